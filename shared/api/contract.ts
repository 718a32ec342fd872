// The one API contract (Actual Budget's handlers.ts pattern): every call's name, request schema and
// response type. electron/services implements it completely (a missing handler is a compile error); the IPC
// preload, the loopback bridge, the CLI and the renderer's client are all typed from it.
// The calls are grouped by area in ./calls/*; this record joins them.
import type { z } from 'zod';
import type { CallSpec } from './define';
import { deskCalls } from './calls/desk';
import { minutesCalls } from './calls/minutes';
import { exportCalls } from './calls/exports';
import { syncCalls } from './calls/sync';
import { profileCalls } from './calls/profile';
import { chainCalls } from './calls/chain';

export type { ImportSummary, SeriesPreview, MeetingChange } from './calls/desk';

export const contract = {
  ...deskCalls,
  ...minutesCalls,
  ...exportCalls,
  ...syncCalls,
  ...profileCalls,
  ...chainCalls,
} satisfies Record<string, CallSpec<z.ZodType, unknown>>;

type Contract = typeof contract;
export type ApiMethod = keyof Contract;
export type ApiRequest<K extends ApiMethod> = z.input<Contract[K]['input']>;
type ApiParsedRequest<K extends ApiMethod> = z.output<Contract[K]['input']>;
export type ApiResponse<K extends ApiMethod> = Contract[K]['output'];

export const API_METHODS = Object.keys(contract) as ApiMethod[];

export function isApiMethod(name: string): name is ApiMethod {
  return Object.prototype.hasOwnProperty.call(contract, name);
}

/** The client's view: one async function per call. */
export type Api = { [K in ApiMethod]: (req: ApiRequest<K>) => Promise<ApiResponse<K>> };

/**
 * A client of the whole contract from one way of making a call by name (IPC, HTTP, a direct dispatch). It has
 * every call by construction — API_METHODS are the contract's keys — so no transport can lack one; the one cast
 * is here because Object.fromEntries cannot keep a per-key type.
 */
export function apiClient(call: (method: ApiMethod, request: unknown) => Promise<unknown>): Api {
  return Object.fromEntries(
    API_METHODS.map((method) => [method, (request: unknown) => call(method, request)]),
  ) as Api;
}

/** The services' view: one handler per call, receiving the validated request. */
export type Handlers = { [K in ApiMethod]: (req: ApiParsedRequest<K>) => Promise<ApiResponse<K>> };
