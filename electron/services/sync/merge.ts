// The three-way merge of one row, pure. "Base" is the newest version of the row that both laptops are
// known to have exchanged; against it, a field changed only in the package is taken, a field changed
// only here is kept, and a field changed on both sides to different values is a conflict for the user.
// Without a known common base every difference is a conflict: guessing a base could silently undo
// someone's work, a conflict never does.
import { NOT_MERGED } from './tables';
import type { RowValue } from './row-version';

export type Row = Record<string, RowValue>;

export interface BaseVersion {
  hash: string;
  row: Row;
  /** Order of recording on this laptop (newest = highest). */
  seq: number;
}

export interface FieldConflict {
  field: string;
  /** undefined: no common version known for this field. */
  base: RowValue | undefined;
  ours: RowValue;
  theirs: RowValue;
}

type RowMerge =
  /** Not here and never seen: a new row. */
  | { kind: 'insert' }
  /** Removed here (undo, rotation rewritten) and unchanged there since: stays removed. */
  | { kind: 'stay-removed' }
  /** Removed here, changed there: the user decides ('theirs' puts it back). */
  | { kind: 'removed-here-changed-there' }
  /** Both present: the fields to take, and the fields in conflict (possibly none of either). */
  | { kind: 'merge'; take: Row; conflicts: FieldConflict[] };

/** The newest version in our history that the package also names (or is): the common ancestor. */
function chooseBase(history: readonly BaseVersion[], known: ReadonlySet<string>): BaseVersion | undefined {
  let best: BaseVersion | undefined;
  for (const version of history)
    if (known.has(version.hash) && (!best || version.seq > best.seq)) best = version;
  return best;
}

export function mergeRow(args: {
  ours: Row | undefined;
  theirs: Row;
  theirsHash: string;
  /** Hashes the package says its laptop exchanged for this row (plus the row's own hash). */
  known: ReadonlySet<string>;
  history: readonly BaseVersion[];
}): RowMerge {
  const { ours, theirs, history } = args;
  if (!ours) {
    if (history.length === 0) return { kind: 'insert' };
    return history.some((v) => v.hash === args.theirsHash)
      ? { kind: 'stay-removed' }
      : { kind: 'removed-here-changed-there' };
  }
  const base = chooseBase(history, args.known)?.row;
  const take: Row = {};
  const conflicts: FieldConflict[] = [];
  for (const field of Object.keys(theirs)) {
    if (NOT_MERGED.has(field)) continue;
    const mine = ours[field] ?? null;
    const other = theirs[field] ?? null;
    if (mine === other) continue;
    const original = base && field in base ? (base[field] ?? null) : undefined;
    if (original !== undefined && other === original) continue; // only we changed it: keep ours
    if (original !== undefined && mine === original) {
      take[field] = other; // only they changed it: take theirs
      continue;
    }
    conflicts.push({ field, base: original, ours: mine, theirs: other });
  }
  return { kind: 'merge', take, conflicts };
}

/** A row the package marks as removed there: delete here if unchanged since exchanged, else ask. */
export function mergeRemoval(oursHash: string, history: readonly BaseVersion[]): 'remove' | 'conflict' {
  return history.some((v) => v.hash === oursHash) ? 'remove' : 'conflict';
}
