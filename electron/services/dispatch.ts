// The edge: every request is validated against the contract's schema before a handler sees it, and every
// failure leaves as an ApiError with a Dutch message (and the bad fields' paths for invalid input).
import { z } from 'zod';
import { contract, isApiMethod, type Handlers } from '../../shared/api/contract';
import { ApiError } from '../../shared/api/errors';
import { formatPath } from '../../shared/api/schemas';
import { isDiskFull } from './sync/atomic-file';
import { fieldLabel } from './sync/tables';
import { isRowTable, ROW_LABEL } from '../../shared/api/rows';

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
  const check = /CHECK constraint failed: (\w+)/.exec(message);
  if (check)
    return new ApiError(
      'invalid',
      `Ongeldige gegevens: de waarde van ${fieldLabel(check[1] ?? '')} is niet toegestaan; er is niets gewijzigd.`,
    );
  const notNull = /NOT NULL constraint failed: (\w+)\.(\w+)/.exec(message);
  if (notNull)
    return new ApiError(
      'invalid',
      `Ongeldige gegevens: ${fieldLabel(notNull[2] ?? '')} ontbreekt; er is niets gewijzigd.`,
    );
  if (/FOREIGN KEY constraint failed/.test(message))
    return new ApiError('invalid', 'Dit verwijst naar iets dat niet (meer) bestaat; er is niets gewijzigd.');
  const unique = /UNIQUE constraint failed: (.*)$/.exec(message);
  if (unique) return new ApiError('conflict', `Dit bestaat al: ${describeUnique(unique[1] ?? '')}.`);
  if (/attempt to write a readonly database|SQLITE_READONLY/.test(message))
    return new ApiError(
      'conflict',
      'Deze gegevens zijn nu alleen te lezen: een ander programma van Regie heeft ze geopend. Er is niets gewijzigd; voer dit uit in de app.',
    );
  return new ApiError('internal', `Er ging iets mis: ${message}`);
}

/** 'closed_days.body_id, closed_days.date' → 'een sluitingsdag met dezelfde datum' (what the rule keeps unique). */
export function describeUnique(columns: string): string {
  const parts = columns.split(',').map((c) => c.trim().split('.'));
  const table = parts[0]?.[0] ?? '';
  const fields = parts
    .map((p) => p[1] ?? '')
    .filter((f) => !/_id$/.test(f) || parts.length === 1)
    .map((f) => fieldLabel(f));
  const what = isRowTable(table) ? ROW_LABEL[table].toLowerCase() : table;
  return fields.length ? `${what} met dezelfde ${fields.join(' en ')}` : `deze ${what}`;
}
