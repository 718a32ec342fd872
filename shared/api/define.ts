// The typed API contract machinery: each call has a zod schema for its request and a TypeScript type for
// its response. The handlers (electron/services), the transports (IPC, loopback bridge, CLI) and the renderer's
// client are all typed from the same record, so a missing or mistyped handler is a compile error.
import type { z } from 'zod';

export interface CallSpec<I extends z.ZodType, O> {
  input: I;
  /** Phantom: carries the response type only. */
  output: O;
}

export function call<I extends z.ZodType, O>(input: I): CallSpec<I, O> {
  return { input, output: undefined as unknown as O };
}

/** Prefix of the IPC channel per call; the channel is `regie:<name>`. */
export const IPC_PREFIX = 'regie:';

/** Error codes every transport passes through unchanged. */
export const API_ERROR_CODES = ['invalid', 'not_found', 'conflict', 'forbidden', 'internal'] as const;
export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

export interface ApiErrorBody {
  code: ApiErrorCode;
  /** A Dutch message fit to show the user. */
  message: string;
  /** For 'invalid': the path of each bad field and what is wrong with it. */
  issues?: { path: string; message: string }[];
}
