// Tracked writes are typed by the table they write. The `@ts-expect-error` lines below are the test of the
// types: `npm test` type-checks this file, and each line must stay a compile error — if insertRow/updateRow
// ever accept a misspelt column or a wrong value type again, the directive itself becomes the error.
// At run time the same calls show what the compiler saves us from.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore, type Store } from '../../db/open';
import { migrate } from '../../db/migrate';
import { DEFAULT_FIXED_WORDING } from '../../shared/domain/types';
import {
  insertRow,
  runAction,
  updateRow,
  type ChangeContext,
  type NewRow,
  type RowPatch,
} from '../../db/tracked';

let dir: string;
let store: Store;
const now = new Date('2027-01-01T09:00:00Z');
const action = <T>(fn: (cx: ChangeContext) => Promise<T>) =>
  runAction(store.db, { user: 'test', label: 'test', now }, fn);

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'regie-tracked-'));
  store = openStore(join(dir, 'a.sqlite'));
  await migrate(store.db, () => now);
  await action((cx) =>
    insertRow(cx, 'bodies', {
      id: 'b',
      name: 'Regiegroep',
      fixed_wording: JSON.stringify(DEFAULT_FIXED_WORDING),
      recurring: '[]',
    }),
  );
});
afterEach(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('typed tracked writes', () => {
  it('fills the defaults and timestamps a typed insert leaves out, and records the row', async () => {
    const body = await store.db
      .selectFrom('bodies')
      .selectAll()
      .where('id', '=', 'b')
      .executeTakeFirstOrThrow();
    expect(body).toMatchObject({ minutes_days: 5, day_unit: 'calendar', created_at: now.toISOString() });
    const changes = await store.db.selectFrom('changes').select(['table_name', 'row_id', 'before']).execute();
    expect(changes).toEqual([{ table_name: 'bodies', row_id: 'b', before: null }]);
  });

  it('a misspelt column is a compile error, and SQLite would have refused it anyway', async () => {
    await expect(
      action((cx) =>
        // @ts-expect-error — no column minutes_dayz
        updateRow(cx, 'bodies', 'b', { minutes_dayz: 3 }),
      ),
    ).rejects.toThrow(/minutes_dayz/);
    // A row built beforehand is held to the same columns (no excess-property escape through a variable).
    const values = { name: 'Stuurgroep', minutes_dayz: 3 };
    await expect(
      action((cx) =>
        // @ts-expect-error — no column minutes_dayz, also when the row is not written in place
        updateRow(cx, 'bodies', 'b', values),
      ),
    ).rejects.toThrow(/minutes_dayz/);
    await expect(
      action((cx) =>
        insertRow(cx, 'agenda_items', {
          id: 'i',
          meeting_id: 'm',
          position: 1,
          kind: 'informerend',
          // @ts-expect-error — no column titel in agenda_items
          titel: 'x',
        }),
      ),
    ).rejects.toThrow(/titel/);
  });

  it('a wrong value type is a compile error (SQLite would have stored it without a word)', async () => {
    // SQLite's type affinity takes '3' for an INTEGER column: only the compiler stands between this and a
    // text in minutes_days.
    // @ts-expect-error — minutes_days is a number
    const wrongType: RowPatch<'bodies'> = { minutes_days: '3' };
    // @ts-expect-error — 'wekelijks' is no day unit
    const wrongUnit: RowPatch<'bodies'> = { day_unit: 'wekelijks' };
    await action(async (cx) => {
      // @ts-expect-error — a column of another table (agenda_items.kind) on bodies
      await expect(updateRow(cx, 'bodies', 'b', { kind: 'informerend' })).rejects.toThrow(/kind/);
      // @ts-expect-error — a required column (title) missing from a new agenda item
      const missingTitle: NewRow<'agenda_items'> = {
        id: 'i',
        meeting_id: 'm',
        position: 1,
        kind: 'informerend',
      };
      void missingTitle;
      expect(await updateRow(cx, 'bodies', 'b', { minutes_days: 3, name: 'Regiegroep MLW' })).toBe(true);
    });
    void wrongType;
    void wrongUnit;
    const body = await store.db
      .selectFrom('bodies')
      .selectAll()
      .where('id', '=', 'b')
      .executeTakeFirstOrThrow();
    expect([body.minutes_days, body.name]).toEqual([3, 'Regiegroep MLW']);
  });
});
