// Migration 0030 on a database made with the old schema (migrations 0001–0004): each decision's one follow-up
// (follow_up_status/answer/answered_on/reported_in_meeting_id) becomes a follow-up per destination, nothing
// lost — and the app then shows them, proposes no feedback twice, and keeps the old columns as they were.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../../db/open';
import { migrate } from '../../db/migrate';
import { MIGRATIONS } from '../../db/migrations/index';
import { openTestRegie } from '../helpers/regie';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'regie-db-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const now = () => new Date('2027-01-01T00:00:00Z');
const WORDING = JSON.stringify({ opening: 'Opening', minutes: 'Verslag', closing: 'Sluiting' });
const OLD = MIGRATIONS.filter(([name]) => name < '2026_12_03_0030');

/** A database as the previous version left it: one body, three meetings, four kinds of decision. */
async function oldDatabase(path: string) {
  const store = openStore(path);
  await migrate(store.db, now, OLD);
  const t = '2027-01-01T00:00:00.000Z';
  store.sqlite.exec(`
    INSERT INTO municipalities (id, name, created_at, updated_at) VALUES ('m-leudal', 'Leudal', '${t}', '${t}'),
      ('m-nederweert', 'Nederweert', '${t}', '${t}'), ('m-weert', 'Weert', '${t}', '${t}');
    INSERT INTO bodies (id, name, fixed_wording, recurring, created_at, updated_at)
      VALUES ('b-rg', 'Regiegroep', '${WORDING}', '[]', '${t}', '${t}');
    INSERT INTO body_municipalities VALUES ('bm1', 'b-rg', 'm-weert', 0), ('bm2', 'b-rg', 'm-leudal', 1),
      ('bm3', 'b-rg', 'm-nederweert', 2);
    INSERT INTO meetings (id, body_id, date, start_time, created_at, updated_at) VALUES
      ('mt-feb', 'b-rg', '2027-02-02', '09:30', '${t}', '${t}'),
      ('mt-mar', 'b-rg', '2027-03-02', '09:30', '${t}', '${t}'),
      ('mt-apr', 'b-rg', '2027-04-06', '09:30', '${t}', '${t}');
    INSERT INTO agenda_items (id, meeting_id, position, kind, target, title, created_at, updated_at) VALUES
      ('i-visie', 'mt-feb', 10, 'voorbereidend', 'beide', 'Regionale visie jeugdhulp', '${t}', '${t}'),
      ('i-inkoop', 'mt-feb', 20, 'voorbereidend', 'colleges', 'Inkoop jeugdhulp', '${t}', '${t}'),
      ('i-plan', 'mt-feb', 30, 'voorbereidend', 'stuurgroep', 'Jaarplan 2028', '${t}', '${t}'),
      ('i-aanschaf', 'mt-feb', 40, 'besluitvormend', NULL, 'Aanschaf informatieplatform', '${t}', '${t}');
    INSERT INTO decisions (id, meeting_id, item_id, text, destination, follow_up_status, follow_up_answer,
        follow_up_answered_on, follow_up_reported_in_meeting_id, created_at, updated_at) VALUES
      ('d-visie', 'mt-feb', 'i-visie', 'Positief advies.', 'beide', 'answered',
        'Stuurgroep stemt in; colleges volgen 20 februari.', '2027-02-16', 'mt-mar', '${t}', '${t}'),
      ('d-inkoop', 'mt-feb', 'i-inkoop', 'Advies: gezamenlijk inkopen.', 'colleges', 'answered',
        'Alle drie akkoord.', '2027-03-20', NULL, '${t}', '${t}'),
      ('d-plan', 'mt-feb', 'i-plan', 'Jaarplan naar de stuurgroep.', 'stuurgroep', 'open', NULL, NULL, NULL,
        '${t}', '${t}'),
      ('d-aanschaf', 'mt-feb', 'i-aanschaf', 'Akkoord met aanschaf.', NULL, NULL, NULL, NULL, NULL, '${t}', '${t}');
  `);
  return store;
}

describe('migration 0030: follow-ups per destination', () => {
  it('turns every old follow-up into one per destination, without losing anything', async () => {
    const path = join(dir, 'regie.sqlite');
    const store = await oldDatabase(path);
    const decisionsBefore = store.sqlite.prepare('SELECT * FROM decisions ORDER BY id').all();
    expect((await migrate(store.db, now)).applied).toContain('2026_12_03_0030_follow_ups');

    const rows = store.sqlite
      .prepare(
        `SELECT f.decision_id, f.by_kind, coalesce(m.name, '-') AS who, f.status, f.on_date, f.result, f.note,
                f.reported_in_meeting_id FROM follow_ups f LEFT JOIN municipalities m ON m.id = f.municipality_id
         ORDER BY f.decision_id, f.by_kind DESC, m.name`,
      )
      .all();
    const answer = 'Stuurgroep stemt in; colleges volgen 20 februari.';
    expect(rows).toEqual([
      ...['Alle drie akkoord.'].flatMap((note) =>
        ['Leudal', 'Nederweert', 'Weert'].map((who) => ({
          decision_id: 'd-inkoop',
          by_kind: 'college',
          who,
          status: 'besloten',
          on_date: '2027-03-20',
          result: 'anders',
          note,
          reported_in_meeting_id: null,
        })),
      ),
      {
        decision_id: 'd-plan',
        by_kind: 'stuurgroep',
        who: '-',
        status: 'open',
        on_date: null,
        result: null,
        note: '',
        reported_in_meeting_id: null,
      },
      ...['-', 'Leudal', 'Nederweert', 'Weert'].map((who) => ({
        decision_id: 'd-visie',
        by_kind: who === '-' ? 'stuurgroep' : 'college',
        who,
        status: 'besloten',
        on_date: '2027-02-16',
        result: 'anders',
        note: answer,
        reported_in_meeting_id: 'mt-mar',
      })),
    ]);
    // The old columns stay as they were; the body gets the default 8 weeks and no chosen stuurgroep.
    expect(store.sqlite.prepare('SELECT * FROM decisions ORDER BY id').all()).toEqual(decisionsBefore);
    expect(store.sqlite.prepare('SELECT follow_up_weeks, stuurgroep_body_id FROM bodies').get()).toEqual({
      follow_up_weeks: 8,
      stuurgroep_body_id: null,
    });
    expect(store.sqlite.prepare('PRAGMA foreign_key_check').all()).toEqual([]);
    await store.close();

    // The app shows them in rotation order (Weert, Leudal, Nederweert); the reported one is not proposed again.
    const r = await openTestRegie('2027-03-25T09:00:00Z', dir);
    const decisions = await r.api['decisions.list']({ bodyId: 'b-rg' });
    const visie = decisions.find((d) => d.id === 'd-visie')!;
    expect(visie.followUps.map((f) => [f.byName, f.reportedIn?.meetingDate ?? null])).toEqual([
      ['Stuurgroep', '2027-03-02'],
      ['Weert', '2027-03-02'],
      ['Leudal', '2027-03-02'],
      ['Nederweert', '2027-03-02'],
    ]);
    expect(decisions.find((d) => d.id === 'd-aanschaf')!.followUps).toEqual([]);
    const april = await r.api['meetings.get']({ id: 'mt-apr' });
    expect(april.proposals.filter((p) => p.kind === 'feedback').map((p) => p.title)).toEqual([
      'Terugkoppeling college Weert: Inkoop jeugdhulp',
      'Terugkoppeling college Leudal: Inkoop jeugdhulp',
      'Terugkoppeling college Nederweert: Inkoop jeugdhulp',
    ]);
    const check = await r.api['check.run']({});
    expect(check.problems).toEqual([]);
    await r.cleanup();
  });
});
