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
import { chainCalls } from './calls/chain';

export type { ImportSummary, SeriesPreview, MeetingChange } from './calls/desk';

export const contract = {
  ...deskCalls,
  ...minutesCalls,
  ...exportCalls,
  ...syncCalls,
  ...chainCalls,
} satisfies Record<string, CallSpec<z.ZodType, unknown>>;

export type Contract = typeof contract;
export type ApiMethod = keyof Contract;
export type ApiRequest<K extends ApiMethod> = z.input<Contract[K]['input']>;
export type ApiParsedRequest<K extends ApiMethod> = z.output<Contract[K]['input']>;
export type ApiResponse<K extends ApiMethod> = Contract[K]['output'];

export const API_METHODS = Object.keys(contract) as ApiMethod[];

export function isApiMethod(name: string): name is ApiMethod {
  return Object.prototype.hasOwnProperty.call(contract, name);
}

/** The client's view: one async function per call. */
export type Api = { [K in ApiMethod]: (req: ApiRequest<K>) => Promise<ApiResponse<K>> };

/** The services' view: one handler per call, receiving the validated request. */
export type Handlers = { [K in ApiMethod]: (req: ApiParsedRequest<K>) => Promise<ApiResponse<K>> };
