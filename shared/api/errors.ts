import type { ApiErrorBody, ApiErrorCode } from './define';

/** The one error type that crosses every transport; `message` is Dutch and fit for the user. */
export class ApiError extends Error {
  readonly body: ApiErrorBody;
  constructor(code: ApiErrorCode, message: string, issues?: ApiErrorBody['issues']) {
    super(message);
    this.name = 'ApiError';
    this.body = issues ? { code, message, issues } : { code, message };
  }
}

export function isApiErrorBody(value: unknown): value is ApiErrorBody {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { code?: unknown }).code === 'string' &&
    typeof (value as { message?: unknown }).message === 'string'
  );
}
