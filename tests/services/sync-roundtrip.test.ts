// A meeting travels between laptops in a `.regie` package and comes back with the minutes: the
// ondersteuner's laptop (A) prepares 1 April 2027 from the plan, the chair's laptop (B) starts empty,
// records the meeting, and sends it back. Changes on one side are taken, changes on both sides to the
// same field are conflicts that the user resolves (once 'ours', once 'theirs'); nothing is lost.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { TestRegie } from '../helpers/regie';
import type { ApiError } from '../../shared/api/errors';
import { changeSetCount, exchangeDir, loadPlan, openLaptop, rowOf, snapshot } from '../fixtures/sync/laptops';

let a: TestRegie;
let b: TestRegie;
let dir: string;
let meetingId: string;

beforeEach(async () => {
  a = await openLaptop();
  b = await openLaptop();
  dir = exchangeDir();
  await loadPlan(a);
  meetingId = (await a.api['meetings.find']({ ref: '2027-04-01' })).id;
});
afterEach(async () => {
  await a.cleanup();
  await b.cleanup();
  rmSync(dir, { recursive: true, force: true });
});

async function errorOf(p: Promise<unknown>): Promise<ApiError['body']> {
  try {
    await p;
  } catch (e) {
    return (e as ApiError).body;
  }
  throw new Error('expected an error');
}

async function send(
  from: TestRegie,
  to: TestRegie,
  name: string,
  resolutions?: 'ours' | 'theirs' | { table: string; id: string; field: string; choice: 'ours' | 'theirs' }[],
) {
  const path = join(dir, name);
  await from.api['package.export']({ meetingId, outPath: path });
  return to.api['package.import']({ path, ...(resolutions ? { resolutions } : {}) });
}

describe('a meeting between two laptops', () => {
  it('goes to the chair, comes back with the minutes, and merges with one conflict resolved each way', async () => {
    // A → B: the chair's empty laptop gets the meeting, with body, rotation, people and documents.
    const out = join(dir, 'april.regie');
    const exported = await a.api['package.export']({ meetingId, outPath: out });
    expect(exported.documents).toBe(3);
    const preview = await b.api['package.preview']({ path: out });
    expect(preview.conflicts).toEqual([]);
    expect(preview.created.meetings).toBe(5); // every meeting of the body: the rotation needs them
    expect(preview.documents).toEqual({ total: 3, new: 3 });
    const first = await b.api['package.import']({ path: out });
    expect(first.documentsAdded).toBe(3);
    const onA = await a.api['meetings.get']({ id: meetingId });
    const onB = await b.api['meetings.get']({ id: meetingId });
    expect(onB.chair.name).toBe('P. Smeets');
    expect(onB.notulist.name).toBe('M. Janssen');
    expect(onB.items.map((i) => [i.number, i.title, i.attachments.map((x) => x.label)])).toEqual(
      onA.items.map((i) => [i.number, i.title, i.attachments.map((x) => x.label)]),
    );
    expect((await b.api['check.run']({})).ok).toBe(true);

    // B records the meeting: attendance, notes on an item, a decision, an action.
    b.setNow('2027-04-01T15:00:00Z');
    const stavaza = onB.items.find((i) => i.title === 'Stavaza Beschermd wonen')!;
    const platform = onB.items.find((i) => i.title === 'Aanschaf informatieplatform')!;
    const people = await b.api['people.list']({ bodyId: onB.bodyId });
    const person = (name: string) => people.find((p) => p.name === name)!.id;
    await b.api['minutes.setAttendance']({
      meetingId,
      entries: [
        { personId: person('A. Hendriks'), name: 'A. Hendriks', status: 'present' },
        { personId: person('M. Janssen'), name: 'M. Janssen', status: 'present' },
        { personId: person('P. Smeets'), name: 'P. Smeets', status: 'present' },
      ],
    });
    await b.api['minutes.setNotes']({ itemId: stavaza.id, notes: 'Toegelicht door de projectleider.' });
    const decision = await b.api['decisions.add']({
      itemId: platform.id,
      text: 'De regiegroep stemt in met de aanschaf.',
    });
    const action = await b.api['actions.add']({
      itemId: platform.id,
      what: 'Offerte laten tekenen',
      whoName: 'R. Verheijen',
      due: '2027-04-15',
    });
    // Meanwhile both laptops retitle the same item (a conflict) and A also edits its explanation.
    await b.api['items.update']({ id: stavaza.id, title: 'Stavaza Beschermd wonen (voorzitter)' });
    await a.api['items.update']({
      id: stavaza.id,
      title: 'Stavaza Beschermd wonen 2027',
      explanation: 'Cijfers tot en met maart.',
    });

    // B → A: the preview shows the conflict side by side; without a choice nothing is imported.
    const back = join(dir, 'terug.regie');
    await b.api['package.export']({ meetingId, outPath: back });
    const seen = await a.api['package.preview']({ path: back });
    expect(seen.conflicts).toEqual([
      {
        table: 'agenda_items',
        id: stavaza.id,
        field: 'title',
        what: 'Agendapunt "Stavaza Beschermd wonen 2027" — titel',
        base: 'Stavaza Beschermd wonen',
        ours: 'Stavaza Beschermd wonen 2027',
        theirs: 'Stavaza Beschermd wonen (voorzitter)',
      },
    ]);
    expect(seen.created).toMatchObject({ attendance: 3, decisions: 1, actions: 1 });
    const before = await snapshot(a);
    const refused = await errorOf(a.api['package.import']({ path: back }));
    expect(refused.code).toBe('conflict');
    expect(refused.issues?.[0]?.message).toContain(
      'hier "Stavaza Beschermd wonen 2027", in het pakket "Stavaza Beschermd wonen (voorzitter)"',
    );
    expect(await snapshot(a)).toBe(before);

    // Resolved 'ours': A keeps its title; everything B did that A did not touch is taken.
    const merged = await a.api['package.import']({
      path: back,
      resolutions: [{ table: 'agenda_items', id: stavaza.id, field: 'title', choice: 'ours' }],
    });
    expect(merged.conflictsResolved).toBe(1);
    const item = await rowOf(a, 'agenda_items', stavaza.id);
    expect(item).toMatchObject({
      title: 'Stavaza Beschermd wonen 2027',
      explanation: 'Cijfers tot en met maart.',
      notes: 'Toegelicht door de projectleider.',
    });
    expect(await rowOf(a, 'decisions', decision.id)).toMatchObject({
      text: 'De regiegroep stemt in met de aanschaf.',
    });
    expect(await rowOf(a, 'actions', action.id)).toMatchObject({
      what: 'Offerte laten tekenen',
      due: '2027-04-15',
    });
    const detail = await a.api['meetings.get']({ id: meetingId });
    expect(detail.attendance.map((x) => `${x.name}:${x.status}`).sort()).toEqual([
      'A. Hendriks:present',
      'M. Janssen:present',
      'P. Smeets:present',
    ]);

    // A → B: B takes A's title and explanation without a conflict (B's title was exchanged already).
    await send(a, b, 'weer-heen.regie');
    expect(await rowOf(b, 'agenda_items', stavaza.id)).toMatchObject({
      title: 'Stavaza Beschermd wonen 2027',
      explanation: 'Cijfers tot en met maart.',
      notes: 'Toegelicht door de projectleider.',
    });

    // Both change the location: resolved 'theirs' this time, so A takes the chair's.
    await a.api['meetings.update']({ id: meetingId, location: 'Raadzaal Weert' });
    await b.api['meetings.update']({ id: meetingId, location: 'Kantine Stadhuis Weert' });
    const second = join(dir, 'tweede.regie');
    await b.api['package.export']({ meetingId, outPath: second });
    const conflicts = (await a.api['package.preview']({ path: second })).conflicts;
    expect(conflicts.map((c) => [c.table, c.field, c.base, c.ours, c.theirs])).toEqual([
      ['meetings', 'location', 'Stadhuis Weert', 'Raadzaal Weert', 'Kantine Stadhuis Weert'],
    ]);
    await a.api['package.import']({
      path: second,
      resolutions: conflicts.map((c) => ({
        table: c.table,
        id: c.id,
        field: c.field,
        choice: 'theirs' as const,
      })),
    });
    expect(await rowOf(a, 'meetings', meetingId)).toMatchObject({ location: 'Kantine Stadhuis Weert' });
    expect((await a.api['check.run']({})).ok).toBe(true);
    expect((await b.api['check.run']({})).ok).toBe(true);
  });

  it('changes nothing when the same package is imported twice (no new change set)', async () => {
    const path = join(dir, 'april.regie');
    await a.api['package.export']({ meetingId, outPath: path });
    await b.api['package.import']({ path });
    const sets = await changeSetCount(b);
    const state = await snapshot(b);
    const again = await b.api['package.preview']({ path });
    expect(again.unchanged).toBe(true);
    expect(again.conflicts).toEqual([]);
    const result = await b.api['package.import']({ path });
    expect(result.unchanged).toBe(true);
    expect(await changeSetCount(b)).toBe(sets);
    expect(await snapshot(b)).toBe(state);
    // And a package that merely echoes what A sent changes nothing on A either.
    const echo = join(dir, 'echo.regie');
    await b.api['package.export']({ meetingId, outPath: echo });
    const setsA = await changeSetCount(a);
    expect((await a.api['package.import']({ path: echo })).unchanged).toBe(true);
    expect(await changeSetCount(a)).toBe(setsA);
  });

  it('is one change set: undo.last takes the whole import back, and it can be imported again', async () => {
    const path = join(dir, 'april.regie');
    await a.api['package.export']({ meetingId, outPath: path });
    const empty = await snapshot(b);
    await b.api['package.import']({ path });
    const audit = await b.api['audit.list']({ limit: 5 });
    expect(audit[0]?.label).toMatch(/^Pakket ingelezen: vergadering van (\w+ )?1 april 2027/);
    expect(await b.api['undo.last']({})).toEqual({ label: audit[0]?.label });
    expect(await rowOf(b, 'meetings', meetingId)).toBeUndefined();
    expect((await b.api['bodies.list']({})).length).toBe(0);
    expect(empty).not.toBe(await snapshot(b)); // the audit log keeps the import and its undo
    // The undo also forgot what the import had learned, so the same package imports again in full.
    const again = await b.api['package.import']({ path });
    expect(again.created.meetings).toBe(5);
    expect((await b.api['meetings.get']({ id: meetingId })).items).toHaveLength(6);

    // An import that updates rows is undone the same way.
    await a.api['items.update']({
      id: (await a.api['meetings.get']({ id: meetingId })).items[2]!.id,
      title: 'Nieuwe titel',
    });
    const update = join(dir, 'update.regie');
    await a.api['package.export']({ meetingId, outPath: update });
    await b.api['package.import']({ path: update });
    expect((await b.api['meetings.get']({ id: meetingId })).items[2]!.title).toBe('Nieuwe titel');
    await b.api['undo.last']({});
    expect((await b.api['meetings.get']({ id: meetingId })).items[2]!.title).toBe('Stavaza Beschermd wonen');
  });

  it('merges packages that crossed in flight (ondersteuner, chair and notulist) without losing either', async () => {
    const c = await openLaptop();
    try {
      await send(a, b, 'naar-voorzitter.regie');
      await send(a, c, 'naar-notulist.regie');
      const items = (await a.api['meetings.get']({ id: meetingId })).items;
      const [, , third, fourth] = items;
      await b.api['minutes.setNotes']({ itemId: third!.id, notes: 'Notitie van de voorzitter.' });
      await b.api['items.update']({ id: fourth!.id, durationMinutes: 45 });
      await c.api['minutes.setNotes']({ itemId: fourth!.id, notes: 'Notitie van de notulist.' });
      await a.api['items.update']({ id: third!.id, explanation: 'Aangevuld door de ondersteuner.' });
      // A exports again to someone else in between: a newer "last exchanged" version that B and C never saw.
      await a.api['package.export']({ meetingId, outPath: join(dir, 'tussendoor.regie') });

      await send(b, a, 'van-voorzitter.regie');
      const fromC = join(dir, 'van-notulist.regie');
      await c.api['package.export']({ meetingId, outPath: fromC });
      expect((await a.api['package.preview']({ path: fromC })).conflicts).toEqual([]);
      await a.api['package.import']({ path: fromC });

      expect(await rowOf(a, 'agenda_items', third!.id)).toMatchObject({
        notes: 'Notitie van de voorzitter.',
        explanation: 'Aangevuld door de ondersteuner.',
      });
      expect(await rowOf(a, 'agenda_items', fourth!.id)).toMatchObject({
        notes: 'Notitie van de notulist.',
        duration_minutes: 45,
      });
    } finally {
      await c.cleanup();
    }
  });

  it('carries a deletion to the trash on the other laptop (soft deletes are field changes)', async () => {
    await send(a, b, 'heen.regie');
    const fifth = (await b.api['meetings.get']({ id: meetingId })).items[4]!;
    await b.api['items.delete']({ id: fifth.id });
    await a.api['items.update']({ id: fifth.id, proposal: 'Advies: vaststellen, met aanvulling.' });
    await send(b, a, 'terug.regie');
    const row = await rowOf(a, 'agenda_items', fifth.id);
    expect(row?.deleted_at).not.toBeNull();
    expect(row?.proposal).toBe('Advies: vaststellen, met aanvulling.'); // the edit is kept, in the trash
    const trash = await a.api['trash.list']({
      bodyId: (await a.api['meetings.get']({ id: meetingId })).bodyId,
    });
    expect(trash.map((t) => t.id)).toContain(fifth.id);
  });

  it('carries rows removed outright (a rewritten closed-day list), but never the rows an undone import took away', async () => {
    await send(a, b, 'heen.regie');
    // A replaces a closed day: the old row is deleted outright (closed days have no trash).
    const body = (await a.api['bodies.list']({}))[0]!;
    await a.api['bodies.save']({
      id: body.id,
      name: body.name,
      rotation: body.rotation.map((m) => m.name),
      deadlines: body.deadlines,
      closedDays: [{ date: '2027-12-28', reason: 'Tussen kerst en oud en nieuw' }],
    });
    await send(a, b, 'gesloten.regie');
    expect((await b.api['bodies.list']({}))[0]!.closedDays).toEqual([
      { date: '2027-12-28', reason: 'Tussen kerst en oud en nieuw' },
    ]);

    // B reads June's package and takes that import back; its next package must not delete June on A.
    const june = (await a.api['meetings.find']({ ref: '2027-06-03' })).id;
    const junePath = join(dir, 'juni.regie');
    await a.api['package.export']({ meetingId: june, outPath: junePath });
    await b.api['package.import']({ path: junePath });
    expect((await b.api['meetings.get']({ id: june })).items).toHaveLength(3);
    await b.api['undo.last']({});
    const juneItems = (await a.api['meetings.get']({ id: june })).items.map((i) => i.id);
    const back = join(dir, 'april-terug.regie');
    await b.api['package.export']({ meetingId, outPath: back });
    const preview = await a.api['package.preview']({ path: back });
    expect(preview.removed).toEqual({});
    await a.api['package.import']({ path: back });
    expect((await a.api['meetings.get']({ id: june })).items.map((i) => i.id)).toEqual(juneItems);
  });
});

describe('things made on both laptops that must exist once', () => {
  it('gives a duplicate action number and a person recorded twice one outcome on both laptops', async () => {
    await send(a, b, 'start.regie');
    const items = (await a.api['meetings.get']({ id: meetingId })).items;
    const platform = items.find((i) => i.title === 'Aanschaf informatieplatform')!;
    const bodyId = (await a.api['meetings.get']({ id: meetingId })).bodyId;
    const smeets = (await a.api['people.list']({ bodyId })).find((p) => p.name === 'P. Smeets')!.id;

    // Between exchanges, each laptop adds an action (the same next number on both) and records P. Smeets.
    a.setNow('2027-04-01T13:40:00Z');
    const onA = await a.api['actions.add']({
      itemId: platform.id,
      what: 'Offerte opvragen',
      whoName: 'R. Verheijen',
    });
    await a.api['minutes.setAttendance']({
      meetingId,
      entries: [{ personId: smeets, name: 'P. Smeets', status: 'present' }],
    });
    b.setNow('2027-04-01T13:50:00Z');
    const onB = await b.api['actions.add']({
      itemId: platform.id,
      what: 'Budget checken',
      whoName: 'M. Janssen',
    });
    await b.api['minutes.setAttendance']({
      meetingId,
      entries: [{ personId: smeets, name: 'P. Smeets', status: 'absent' }],
    });
    expect(onB.nr).toBe(onA.nr);

    // The packages cross: each laptop imports the other's, made before either import.
    const fromA = join(dir, 'van-a.regie');
    const fromB = join(dir, 'van-b.regie');
    await a.api['package.export']({ meetingId, outPath: fromA });
    await b.api['package.export']({ meetingId, outPath: fromB });
    // The preview already says what the import will settle (it tries the import and rolls it back).
    const previewA = await a.api['package.preview']({ path: fromB });
    expect(previewA.problem).toBeNull();
    expect(previewA.notes).toHaveLength(2);
    const intoA = await a.api['package.import']({ path: fromB });
    expect(intoA.notes).toEqual(previewA.notes);
    const intoB = await b.api['package.import']({ path: fromA });
    for (const result of [intoA, intoB])
      expect(result.notes).toEqual([
        `Actie "Budget checken" heeft nummer ${onA.nr + 1} gekregen: nummer ${onA.nr} was op de andere laptop al gebruikt.`,
        'De aanwezigheid van P. Smeets was op beide laptops vastgelegd; de laatste vastlegging (afwezig) is bewaard.',
      ]);

    // Both laptops now agree, and the next exchange finds nothing to ask about.
    const state = async (r: TestRegie) => ({
      actions: (await r.api['actions.list']({ bodyId, status: 'all' }))
        .map((x) => [x.id, x.nr, x.what])
        .sort(),
      attendance: (await r.api['meetings.get']({ id: meetingId })).attendance.map((x) => [x.name, x.status]),
    });
    expect(await state(a)).toEqual(await state(b));
    expect((await state(a)).attendance).toEqual([['P. Smeets', 'absent']]);
    for (const [from, to, name] of [
      [a, b, 'weer-naar-b.regie'],
      [b, a, 'weer-naar-a.regie'],
    ] as const) {
      const path = join(dir, name);
      await from.api['package.export']({ meetingId, outPath: path });
      expect((await to.api['package.preview']({ path })).conflicts).toEqual([]);
      expect((await to.api['package.import']({ path })).notes).toEqual([]);
    }
    expect(await state(a)).toEqual(await state(b));
  });

  it('says in the preview when a package would clash with another meeting on the same day, and imports nothing', async () => {
    await send(a, b, 'start.regie');
    const bodyId = (await a.api['meetings.get']({ id: meetingId })).bodyId;
    // Each laptop plans a meeting on 2 September 2027: two different meetings of one body on one day.
    await a.api['meetings.create']({ bodyId, date: '2027-09-02', start: '09:30' });
    await b.api['meetings.create']({ bodyId, date: '2027-09-02', start: '13:30' });
    const path = join(dir, 'september.regie');
    await a.api['package.export']({ meetingId, outPath: path });
    const before = await snapshot(b);
    const preview = await b.api['package.preview']({ path });
    expect(preview.problem).toBe(
      'Dit pakket botst met een andere vergadering hier op dezelfde datum. Verplaats of verwijder die eerst.',
    );
    expect(await snapshot(b)).toBe(before);
    const refused = await errorOf(b.api['package.import']({ path }));
    expect(refused.message).toBe(
      'Het pakket "september.regie" botst met een andere vergadering hier op dezelfde datum. Verplaats of verwijder die eerst; er is niets geïmporteerd.',
    );
    expect(await snapshot(b)).toBe(before);
  });
});
