// The row schemas of shared/api/rows.ts, typed against the database: every tracked table must have one, and
// each schema's row must fit its table's columns. A table added to db/schema.ts without a schema in
// shared/api/rows.ts (or with one that disagrees with its columns) is a compile error on the line below:
// add the schema there. (Helpers adding tables, such as the follow-ups: this is the line that tells you.)
import type { Selectable } from 'kysely';
import type { z } from 'zod';
import { describeRow, rowProblems, rowSchemas } from '../shared/api/rows';
import { ApiError } from '../shared/api/errors';
import type { Database, TrackedTable } from './schema';

export const ROW_SCHEMAS: { [T in TrackedTable]: z.ZodType<Selectable<Database[T]>> } = rowSchemas;

/**
 * Refuses a row that does not pass its table's schema, naming the row, the field and the bad value. Called by
 * db/tracked.ts on every row it writes, inside the transaction, so a bad value from any door changes nothing.
 * `changed`: for an update, the columns written (only those are judged).
 */
export function assertValidRow(
  table: TrackedTable,
  row: Record<string, unknown>,
  changed?: readonly string[],
): void {
  const problems = rowProblems(table, row, changed ? { only: changed } : {});
  const first = problems[0];
  if (!first) return;
  throw new ApiError(
    'invalid',
    `Ongeldige gegevens — ${describeRow(table, row)}, ${first.path}: ${first.message}`,
    problems.map((p) => ({ path: `${table}.${p.path}`, message: p.message })),
  );
}
