// The database's CHECK lists are the domain's lists. The compiler follows a new value from shared/domain into
// every TypeScript place; this test follows it into the migrated database (SQL the compiler cannot see): add an
// item type to ITEM_KINDS without a migration that widens the CHECK, and this fails.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore, type Store } from '../../db/open';
import { migrate } from '../../db/migrate';
import {
  ACTION_STATUSES,
  ATTENDANCE_STATUSES,
  DAY_UNITS,
  FIXED_ROLES,
  DOCUMENT_TEXT_STATUSES,
  FOLLOW_UP_BY_KINDS,
  FOLLOW_UP_RESULTS,
  FOLLOW_UP_STATUSES,
  ITEM_KINDS,
  ITEM_STATUSES,
  LATE_DECISIONS,
  LEGACY_FOLLOW_UP_STATUSES,
  MEETING_STATUSES,
  MINUTES_STATUSES,
  ROLES,
  SENT_DOCUMENT_KINDS,
  TARGETS,
} from '../../shared/domain/types';

let dir: string;
let store: Store;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'regie-lists-'));
  store = openStore(join(dir, 'a.sqlite'));
  await migrate(store.db, () => new Date('2027-01-01T00:00:00Z'));
});
afterAll(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

/** The values of `CHECK (column IN ('a', 'b'))` in the table's current CREATE statement. */
function checkList(table: string, column: string): string[] {
  const { sql } = store.sqlite
    .prepare('SELECT sql FROM sqlite_master WHERE type = ? AND name = ?')
    .get('table', table) as {
    sql: string;
  };
  const match = new RegExp(`CHECK \\(${column} IN \\(([^)]*)\\)\\)`).exec(sql);
  if (!match?.[1]) throw new Error(`no CHECK list for ${table}.${column}`);
  return match[1].split(',').map((v) => v.trim().replace(/^'|'$/g, ''));
}

const LISTS: [table: string, column: string, values: readonly string[]][] = [
  ['bodies', 'day_unit', DAY_UNITS],
  ['memberships', 'role', ROLES],
  ['meetings', 'status', MEETING_STATUSES],
  ['meetings', 'minutes_status', MINUTES_STATUSES],
  ['agenda_items', 'fixed_role', FIXED_ROLES],
  ['agenda_items', 'kind', ['vast', ...ITEM_KINDS]],
  ['agenda_items', 'target', TARGETS],
  ['agenda_items', 'late_decision', LATE_DECISIONS],
  ['agenda_items', 'status', ITEM_STATUSES],
  ['attendance', 'status', ATTENDANCE_STATUSES],
  ['decisions', 'destination', TARGETS],
  ['decisions', 'follow_up_status', LEGACY_FOLLOW_UP_STATUSES],
  ['follow_ups', 'by_kind', FOLLOW_UP_BY_KINDS],
  ['follow_ups', 'status', FOLLOW_UP_STATUSES],
  ['follow_ups', 'result', FOLLOW_UP_RESULTS],
  ['actions', 'status', ACTION_STATUSES],
  ['action_events', 'status', ACTION_STATUSES],
  ['sent_versions', 'kind', SENT_DOCUMENT_KINDS],
  ['document_texts', 'status', DOCUMENT_TEXT_STATUSES],
];

describe('the database holds the values of the domain lists', () => {
  it.each(LISTS)('%s.%s', (table, column, values) => {
    expect(checkList(table, column).sort()).toEqual([...values].sort());
  });
});
