import type { FixedRole } from '../../../shared/domain/types';
import { orderAgenda } from '../../../shared/rules/agenda';

/** The agenda order of stored rows (snake_case) by the shared rule. */
export function orderRows<T extends { fixed_role: FixedRole | null; position: number }>(
  rows: readonly T[],
): T[] {
  return orderAgenda(rows.map((row) => ({ row, fixedRole: row.fixed_role, position: row.position }))).map(
    (x) => x.row,
  );
}
