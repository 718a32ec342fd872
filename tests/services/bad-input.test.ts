// Bad input through the API and the loopback bridge (issue 12, "validation that is missing or not Dutch"):
// every refusal is Dutch, names the field and the bad value, and changes nothing. A save is done or refused,
// never done and then reported as an error. The bridge answers a malformed address with 400, not a URIError.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { request } from 'node:http';
import { sql } from 'kysely';
import { startBridge, type Bridge } from '../../electron/bridge/server';
import { describeUnique, toApiError } from '../../electron/services/dispatch';
import { openTestRegie, type TestRegie } from '../helpers/regie';
import { createRegiegroep, errorOf } from '../helpers/fixtures';

let r: TestRegie;
let bodyId: string;
beforeEach(async () => {
  r = await openTestRegie('2027-03-15T09:00:00Z');
  bodyId = (await createRegiegroep(r.api)).body.id;
});
afterEach(() => r.cleanup());

const ENGLISH =
  /Unrecognized|Invalid input|expected|received|constraint|rollback|transaction|URIError|malformed/i;

async function count(table: 'people' | 'meetings' | 'change_sets'): Promise<number> {
  const rows = await sql<{ n: number }>`SELECT count(*) AS n FROM ${sql.table(table)}`.execute(
    r.context.store.db,
  );
  return Number(rows.rows[0]?.n);
}

describe('a bad request', () => {
  it('people.save without a role: refused before anything is stored (not saved and then an internal error)', async () => {
    const [people, sets] = [await count('people'), await count('change_sets')];
    const error = await errorOf(r.api['people.save']({ bodyId, name: 'Zonder Rol', memberships: [] }));
    expect(error.code).toBe('invalid');
    expect(error.message).toBe(
      'Ongeldige invoer — memberships: kies minstens één rol in dit overleg; wie er niet meer bij hoort, haalt u eruit met "Verwijderen"',
    );
    expect([await count('people'), await count('change_sets')]).toEqual([people, sets]);
  });

  it('attendance with one person twice (present and absent): refused naming them, nothing stored', async () => {
    const { meeting } = await r.api['meetings.create']({ bodyId, date: '2027-04-06', start: '13:30' });
    const person = (await r.api['people.list']({ bodyId }))[0]!;
    const sets = await count('change_sets');
    const error = await errorOf(
      r.api['minutes.setAttendance']({
        meetingId: meeting.id,
        entries: [
          { personId: person.id, name: person.name, status: 'present' },
          { personId: person.id, name: person.name, status: 'absent' },
        ],
      }),
    );
    expect(error.message).toBe(
      `Ongeldige invoer — entries[1].personId: "${person.name}" staat al in de lijst (entries[0]); iemand is aanwezig of afwezig, niet allebei`,
    );
    expect(await count('change_sets')).toBe(sets);
    expect((await r.api['meetings.find']({ ref: '2027-04-06' })).attendance).toEqual([]);
  });

  it('a meeting that would end before it starts, through any call: refused naming both times', async () => {
    const { meeting } = await r.api['meetings.create']({ bodyId, date: '2027-04-06', start: '13:30' });
    const error = await errorOf(r.api['meetings.update']({ id: meeting.id, end: '12:00' }));
    expect(error.message).toBe(
      'Ongeldige gegevens — Vergadering "2027-04-06", end_time: de eindtijd "12:00" ligt niet na de begintijd "13:30"',
    );
    expect((await r.api['meetings.find']({ ref: '2027-04-06' })).end).toBeNull();
  });

  it('a value of the wrong type, a control character, a closed day twice: each named with its value', async () => {
    const meetings = await count('meetings');
    const start = await errorOf(
      r.api['meetings.create']({ bodyId, date: '2027-04-06', start: 930 as never }),
    );
    expect(start.message).toBe('Ongeldige invoer — start: 930 is geen tijd (verwacht UU:MM)');
    const { meeting } = await r.api['meetings.create']({ bodyId, date: '2027-04-06', start: '09:30' });
    const nul = await errorOf(
      r.api['items.add']({ meetingId: meeting.id, kind: 'informerend', title: 'Stavaza\u0000' }),
    );
    expect(nul.message).toBe(
      'Ongeldige invoer — title: "Stavaza\\u0000" bevat een onzichtbaar stuurteken (U+0000, teken 8); haal het weg',
    );
    const kind = await errorOf(
      r.api['items.add']({ meetingId: meeting.id, kind: 'informatief' as never, title: 'Stavaza' }),
    );
    expect(kind.message).toBe(
      'Ongeldige invoer — kind: "informatief" is geen soort; kies informerend, besluitvormend of voorbereidend',
    );
    const body = (await r.api['bodies.list']({}))[0]!;
    const days = await errorOf(
      r.api['bodies.save']({
        id: body.id,
        name: body.name,
        rotation: ['Leudal', 'Nederweert', 'Weert'],
        deadlines: body.deadlines,
        closedDays: [
          { date: '2027-12-27', reason: '' },
          { date: '2027-12-27', reason: 'kerst' },
        ],
      }),
    );
    expect(days.message).toBe(
      'Ongeldige invoer — closedDays[1].date: "2027-12-27" staat al bij de sluitingsdagen (closedDays[0])',
    );
    for (const e of [start, nul, kind, days]) expect(e.message).not.toMatch(ENGLISH);
    expect(await count('meetings')).toBe(meetings + 1);
  });

  it('a misspelt or unknown field, at the top or deeper: refused naming it, not silently dropped', async () => {
    const { meeting } = await r.api['meetings.create']({ bodyId, date: '2027-04-06', start: '13:30' });
    const sets = await count('change_sets');
    // "titel" for "title": dropping it would save the meeting unchanged and report success.
    const top = await errorOf(r.dispatch('meetings.update', { id: meeting.id, titel: 'Extra overleg' }));
    expect(top.code).toBe('invalid');
    expect(top.message).toBe('Ongeldige invoer — onbekend veld "titel" (een tikfout?)');
    const person = (await r.api['people.list']({ bodyId }))[0]!;
    const deep = await errorOf(
      r.dispatch('minutes.setAttendance', {
        meetingId: meeting.id,
        entries: [{ personId: person.id, name: person.name, status: 'present', rol: 'voorzitter' }],
      }),
    );
    expect(deep.message).toBe('Ongeldige invoer — entries[0]: onbekend veld "rol" (een tikfout?)');
    expect(await count('change_sets')).toBe(sets);
    expect((await r.api['meetings.find']({ ref: '2027-04-06' })).attendance).toEqual([]);
  });

  it("says in Dutch what a database rule refused: 'Dit bestaat al' names what exists", () => {
    expect(describeUnique('closed_days.body_id, closed_days.date')).toBe('sluitingsdag met dezelfde datum');
    expect(
      toApiError(new Error('UNIQUE constraint failed: closed_days.body_id, closed_days.date')).message,
    ).toBe('Dit bestaat al: sluitingsdag met dezelfde datum.');
    expect(toApiError(new Error("CHECK constraint failed: kind IN ('vast')")).message).toBe(
      'Ongeldige gegevens: de waarde van soort is niet toegestaan; er is niets gewijzigd.',
    );
    expect(toApiError(new Error('NOT NULL constraint failed: meetings.date')).message).toBe(
      'Ongeldige gegevens: datum ontbreekt; er is niets gewijzigd.',
    );
    expect(
      toApiError(Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' })).message,
    ).toBe('De schijf is vol: er is niets gewijzigd. Maak ruimte vrij en probeer het opnieuw.');
  });
});

describe('the bridge', () => {
  let bridge: Bridge;
  beforeEach(async () => {
    bridge = await startBridge({ dispatch: r.dispatch });
  });
  afterEach(() => bridge.close());

  function call(path: string, method = 'POST') {
    return new Promise<{ status: number; body: string }>((done, fail) => {
      const req = request(
        { host: '127.0.0.1', port: bridge.port, path, method, headers: { 'x-regie-token': bridge.token } },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () =>
            done({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }),
          );
        },
      );
      req.on('error', fail);
      req.end('{}');
    });
  }

  it.each([
    ['/api/bodies.list%E0%A4%A', 'POST'],
    ['/api/%', 'POST'],
    [`/download/%E0%A4%A?token=`, 'GET'],
  ])('answers a malformed address (%s) with 400 in Dutch', async (path, method) => {
    const res = await call(path.endsWith('token=') ? `${path}${bridge.token}` : path, method);
    expect(res.status).toBe(400);
    const error = JSON.parse(res.body).error;
    expect(error).toEqual({
      code: 'invalid',
      message: 'Het adres van dit verzoek is ongeldig (een onjuiste %-codering).',
    });
  });
});
