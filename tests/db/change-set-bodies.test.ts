// Migration 0010: every change set's bodies (change_set_bodies), filled in for existing change sets by the rule
// new ones are recorded with (db/tracked.ts, recordBodies): a body's own rows, a person through their memberships.
import { afterEach, beforeEach, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { migrate } from '../../db/migrate';
import { openTestRegie } from '../helpers/regie';
import { CALENDAR_5_DAYS, createRegiegroep } from '../helpers/fixtures';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'regie-csb-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

it('fills in the bodies of existing change sets as new ones are recorded', async () => {
  const r = await openTestRegie('2027-01-10T09:00:00Z', dir);
  try {
    const { body, people } = await createRegiegroep(r.api);
    const other = await r.api['bodies.save']({
      name: 'Stuurgroep',
      rotation: ['Leudal', 'Weert'],
      deadlines: CALENDAR_5_DAYS,
      closedDays: [],
    });
    // A. Hendriks in both bodies, then her e-mail changed: that change concerns both.
    await r.api['people.save']({
      bodyId: other.id,
      id: people['A. Hendriks'],
      name: 'A. Hendriks',
      municipality: 'Leudal',
      memberships: [{ role: 'lid' }],
    });
    await r.api['people.save']({
      bodyId: body.id,
      id: people['A. Hendriks'],
      name: 'A. Hendriks',
      email: 'a.hendriks@leudal.nl',
      municipality: 'Leudal',
      memberships: [{ role: 'opdrachtgever', municipality: 'Leudal' }],
    });
    await r.api['meetings.create']({ bodyId: other.id, date: '2027-02-03', start: '13:00' });
    const { sqlite } = r.context.store;
    const read = () =>
      sqlite
        .prepare(
          `SELECT c.label, group_concat(b.body_id) AS bodies FROM change_sets c
           LEFT JOIN (SELECT * FROM change_set_bodies ORDER BY body_id) b ON b.change_set_id = c.id
           GROUP BY c.id ORDER BY c.id`,
        )
        .all() as { label: string; bodies: string | null }[];
    const recorded = read();
    const both = [body.id, other.id].sort().join(',');
    expect(recorded.at(-2)).toEqual({ label: 'Persoon "A. Hendriks" gewijzigd', bodies: both });
    expect(recorded.at(-1)?.bodies).toBe(other.id);

    sqlite.exec(`DROP TABLE change_set_bodies;
      DELETE FROM schema_migrations WHERE name = '2026_12_03_0010_change_set_bodies';`);
    expect((await migrate(r.context.store.db, () => new Date())).applied).toEqual([
      '2026_12_03_0010_change_set_bodies',
    ]);
    // Today's memberships and rotations are all the migration knows: what was recorded is kept, and a change set
    // may gain a body a person or municipality belongs to since (the creation of Leudal, now in both rotations).
    const filled = read();
    expect(filled.map((c) => c.label)).toEqual(recorded.map((c) => c.label));
    filled.forEach((c, i) => {
      const was = (recorded[i]?.bodies ?? '').split(',').filter(Boolean);
      expect(c.bodies?.split(',')).toEqual(expect.arrayContaining(was));
    });
    expect(filled.slice(-2)).toEqual(recorded.slice(-2));
  } finally {
    await r.cleanup();
  }
});
