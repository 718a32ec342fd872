// The edge: every request is validated against the contract's schema before a handler sees it, and every
// failure leaves as an ApiError with a Dutch message (and the bad fields' paths for invalid input).
import { z } from 'zod';
import { contract, isApiMethod, type Handlers } from '../../shared/api/contract';
import { ApiError } from '../../shared/api/errors';
import { formatPath } from '../../shared/api/schemas';
import { isDiskFull } from './sync/atomic-file';

export function validationError(error: z.ZodError, prefix: readonly PropertyKey[] = []): ApiError {
  const issues = error.issues.map((issue) => ({
    path: formatPath([...prefix, ...issue.path]),
    message: issue.message,
  }));
  const first = issues[0];
  const where = first?.path ? `${first.path}: ` : '';
  return new ApiError('invalid', `Ongeldige invoer — ${where}${first?.message ?? 'onbekende fout'}`, issues);
}

export async function dispatch(handlers: Handlers, name: string, payload: unknown): Promise<unknown> {
  if (!isApiMethod(name)) throw new ApiError('not_found', `Onbekende opdracht: ${name}`);
  const parsed = contract[name].input.safeParse(payload ?? {});
  if (!parsed.success) throw validationError(parsed.error);
  const handler = handlers[name] as (req: unknown) => Promise<unknown>;
  try {
    return await handler(parsed.data);
  } catch (error) {
    throw toApiError(error);
  }
}

export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  if (error instanceof z.ZodError) return validationError(error);
  const message = error instanceof Error ? error.message : String(error);
  if (isDiskFull(error))
    return new ApiError(
      'internal',
      'De schijf is vol: er is niets gewijzigd. Maak ruimte vrij en probeer het opnieuw.',
    );
  if (/UNIQUE constraint failed: meetings/.test(message))
    return new ApiError('conflict', 'Er is al een vergadering van dit overleg op die datum.');
  if (/UNIQUE constraint failed/.test(message)) return new ApiError('conflict', 'Dit bestaat al.');
  if (/attempt to write a readonly database|SQLITE_READONLY/.test(message))
    return new ApiError(
      'conflict',
      'Deze gegevens zijn nu alleen te lezen: een ander programma van Regie heeft ze geopend. Er is niets gewijzigd; voer dit uit in de app.',
    );
  return new ApiError('internal', `Er ging iets mis: ${message}`);
}
