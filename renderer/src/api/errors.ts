// The one error type the renderer sees from any transport: it carries the services' error body, whose
// `message` is Dutch and fit to show as is, and for invalid input the field `issues` with their paths.
import { API_ERROR_CODES, type ApiErrorBody } from '../../../shared/api/define';
import { nl } from '../i18n/nl';

export class ApiCallError extends Error {
  readonly body: ApiErrorBody;
  constructor(body: ApiErrorBody) {
    super(body.message);
    this.name = 'ApiCallError';
    this.body = body;
  }
}

export function isErrorBody(value: unknown): value is ApiErrorBody {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as { code?: unknown; message?: unknown };
  return (
    typeof v.code === 'string' &&
    (API_ERROR_CODES as readonly string[]).includes(v.code) &&
    typeof v.message === 'string'
  );
}

/** Turns whatever a transport threw (fetch failure, the preload's plain failure object, …) into an ApiCallError. */
export function toApiCallError(error: unknown): ApiCallError {
  if (error instanceof ApiCallError) return error;
  if (typeof error === 'object' && error !== null && isErrorBody((error as { body?: unknown }).body))
    return new ApiCallError((error as { body: ApiErrorBody }).body);
  if (isErrorBody(error)) return new ApiCallError(error);
  return new ApiCallError({ code: 'internal', message: nl.errors.unexpected });
}

/** The Dutch message of any error, for toasts and message bars. */
export function errorMessage(error: unknown): string {
  return toApiCallError(error).body.message;
}
