// A row version's identity: SHA-256 of its canonical JSON (keys sorted). Both laptops compute it from
// the same values, so "this exact version was exchanged before" is a lookup, not a guess.
import { createHash } from 'node:crypto';

export type RowValue = string | number | null;
export type SyncRow = Record<string, RowValue> & { id: string };

function canonicalJson(row: Record<string, unknown>): string {
  const sorted: Record<string, unknown> = {};
  for (const key of Object.keys(row).sort()) sorted[key] = row[key];
  return JSON.stringify(sorted);
}

export function rowHash(row: Record<string, unknown>): string {
  return createHash('sha256').update(canonicalJson(row)).digest('hex');
}

/** Deterministic id of a sync_bases entry, so recording the same version twice is a no-op. */
export function baseId(table: string, rowId: string, hash: string): string {
  return `${table}:${rowId}:${hash}`;
}
