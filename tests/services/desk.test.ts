// The ondersteuner's desk through the real handlers: setting up a body, planning, building an agenda,
// late items, documents in the store, trash, undo, audit and the attention list.
// Dates worked out by hand (2027): Koningsdag is Tuesday 27 April; Easter is 28 March.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { openTestRegie, type TestRegie } from '../helpers/regie';
import { CALENDAR_5_DAYS, createRegiegroep, errorOf } from '../helpers/fixtures';

let r: TestRegie;
beforeEach(async () => {
  r = await openTestRegie('2027-01-10T09:00:00Z');
});
afterEach(async () => r.cleanup());

const deadlines = CALENDAR_5_DAYS;
const setUpBody = () => createRegiegroep(r.api);

describe('setting up a body', () => {
  it('keeps the rotation order and refuses a municipality twice', async () => {
    const { body } = await setUpBody();
    expect(body.rotation.map((m) => m.name)).toEqual(['Leudal', 'Nederweert', 'Weert']);
    const bad = await errorOf(
      r.api['bodies.save']({ name: 'X', rotation: ['Weert', 'weert'], deadlines, closedDays: [] }),
    );
    expect(bad.message).toContain('een gemeente staat dubbel in de rotatie');
    expect(bad.issues?.[0]?.path).toBe('rotation');
    expect(await r.api['bodies.list']({})).toHaveLength(1);
  });

  it('allows one opdrachtgever per municipality at a time, and a successor from a date', async () => {
    const { body, people } = await setUpBody();
    const clash = await errorOf(
      r.api['people.save']({
        bodyId: body.id,
        name: 'J. Nieuw',
        municipality: 'Weert',
        memberships: [{ role: 'opdrachtgever', municipality: 'Weert' }],
      }),
    );
    expect(clash.code).toBe('conflict');
    expect(clash.message).toContain('al een opdrachtgever (P. Smeets)');
    await r.api['people.save']({
      bodyId: body.id,
      id: people['P. Smeets'],
      name: 'P. Smeets',
      municipality: 'Weert',
      memberships: [{ role: 'opdrachtgever', municipality: 'Weert', validTo: '2027-03-31' }],
    });
    await r.api['people.save']({
      bodyId: body.id,
      name: 'J. Nieuw',
      municipality: 'Weert',
      memberships: [{ role: 'opdrachtgever', municipality: 'Weert', validFrom: '2027-04-01' }],
    });
    // Weert hosts the third meeting: before and after the handover.
    await r.api['meetings.create']({ bodyId: body.id, date: '2027-02-02', start: '09:30' });
    await r.api['meetings.create']({ bodyId: body.id, date: '2027-03-02', start: '09:30' });
    const march = await r.api['meetings.create']({ bodyId: body.id, date: '2027-03-30', start: '09:30' });
    expect([march.meeting.host?.name, march.meeting.chair.name]).toEqual(['Weert', 'P. Smeets']);
    const moved = await r.api['meetings.update']({ id: march.meeting.id, date: '2027-04-06' });
    expect(moved.meeting.chair.name).toBe('J. Nieuw');
    expect(moved.changes).toContain('6 april 2027: voorzitter nu J. Nieuw (was P. Smeets).');
  });
});

describe('planning', () => {
  it('previews a series with the skipped holiday, then creates it with rotating hosts', async () => {
    const { body } = await setUpBody();
    const rule = {
      kind: 'nthWeekdayOfMonth' as const,
      weekday: 2,
      nth: 4 as const,
      from: '2027-02-01',
      until: '2027-06-30',
    };
    const preview = await r.api['meetings.previewSeries']({ bodyId: body.id, rule, start: '09:30' });
    expect(preview.description).toContain('vierde dinsdag');
    expect(preview.dates.map((d) => [d.date, d.skipped])).toEqual([
      ['2027-02-23', null],
      ['2027-03-23', null],
      ['2027-04-27', 'Koningsdag'],
      ['2027-05-25', null],
      ['2027-06-22', null],
    ]);
    const created = await r.api['meetings.createSeries']({ bodyId: body.id, rule, start: '09:30' });
    expect(
      created.created.map((m) => `${m.date} ${m.host?.name} ${m.chair.name} / ${m.notulist.name}`),
    ).toEqual([
      '2027-02-23 Leudal A. Hendriks / P. Smeets',
      '2027-03-23 Nederweert M. Janssen / A. Hendriks',
      '2027-05-25 Weert P. Smeets / M. Janssen',
      '2027-06-22 Leudal A. Hendriks / P. Smeets',
    ]);
    // 23 March 2027: −5 = Thu 18 March; +5 = Sun 28 March (Easter) → Mon 29 (Tweede Paasdag) → Tue 30 March.
    expect(created.created[1]?.deadlines).toEqual({
      submission: '2027-03-18',
      distribution: '2027-03-18',
      minutes: '2027-03-30',
    });
  });

  it('cancelling a meeting moves the rotation on and says what changed', async () => {
    const { body } = await setUpBody();
    const rule = {
      kind: 'nthWeekdayOfMonth' as const,
      weekday: 2,
      nth: 4 as const,
      from: '2027-02-01',
      until: '2027-06-30',
    };
    const { created } = await r.api['meetings.createSeries']({ bodyId: body.id, rule, start: '09:30' });
    const cancelled = await r.api['meetings.update']({ id: created[1]?.id as string, status: 'cancelled' });
    expect(cancelled.changes).toEqual([
      'De vergadering van 23 maart 2027 is geannuleerd.',
      '25 mei 2027: gastgemeente nu Nederweert (was Weert).',
      '25 mei 2027: voorzitter nu M. Janssen (was P. Smeets).',
      '25 mei 2027: notulist nu A. Hendriks (was M. Janssen).',
      '22 juni 2027: gastgemeente nu Weert (was Leudal).',
      '22 juni 2027: voorzitter nu P. Smeets (was A. Hendriks).',
      '22 juni 2027: notulist nu M. Janssen (was P. Smeets).',
    ]);
  });

  it('an override needs a reason, is visible, and the substitute chair becomes the next notulist', async () => {
    const { body, people } = await setUpBody();
    const a = await r.api['meetings.create']({ bodyId: body.id, date: '2027-02-02', start: '09:30' });
    await r.api['meetings.create']({ bodyId: body.id, date: '2027-03-02', start: '09:30' });
    const noReason = await errorOf(
      r.api['meetings.setOverride']({
        id: a.meeting.id,
        role: 'chair',
        personId: people['P. Smeets'] as string,
        reason: ' ',
      }),
    );
    expect(noReason.message).toContain('Geef een reden op');
    const done = await r.api['meetings.setOverride']({
      id: a.meeting.id,
      role: 'chair',
      personId: people['P. Smeets'] as string,
      reason: 'A. Hendriks met vakantie',
    });
    expect(done.meeting.chair).toMatchObject({
      name: 'P. Smeets',
      overridden: true,
      reason: 'A. Hendriks met vakantie',
    });
    expect(done.changes).toContain('2 maart 2027: notulist nu P. Smeets (was A. Hendriks).');
  });

  it('refuses a second meeting on the same date with a Dutch message', async () => {
    const { body } = await setUpBody();
    await r.api['meetings.create']({ bodyId: body.id, date: '2027-02-02', start: '09:30' });
    const e = await errorOf(
      r.api['meetings.create']({ bodyId: body.id, date: '2027-02-02', start: '13:00' }),
    );
    expect(e.message).toBe('Er is al een vergadering op 2 februari 2027.');
  });
});

describe('building an agenda', () => {
  it('judges an item late by the submission deadline, not by the distribution date', async () => {
    // Submission 7 days before, distribution 3: for Tuesday 2 February 2027 that is Tuesday 26 January and
    // Saturday 30 January (moved to Friday 29 January). An item of the 27th is late though the agenda is not out.
    const body = await r.api['bodies.save']({
      name: 'Stuurgroep',
      rotation: ['Leudal', 'Nederweert', 'Weert'],
      deadlines: { ...deadlines, submissionDays: 7, distributionDays: 3 },
      closedDays: [],
    });
    const { meeting } = await r.api['meetings.create']({
      bodyId: body.id,
      date: '2027-02-02',
      start: '09:30',
    });
    expect([meeting.deadlines.submission, meeting.deadlines.distribution]).toEqual([
      '2027-01-26',
      '2027-01-29',
    ]);
    const add = (title: string, submittedAt: string) =>
      r.api['items.add']({ meetingId: meeting.id, kind: 'informerend', title, submittedAt });
    // "Ingebracht op" never lies in the future: the items are recorded on 28 January.
    r.setNow('2027-01-28T09:00:00Z');
    const inTime = await add('Op tijd', '2027-01-26T17:00');
    const late = await add('Te laat', '2027-01-27T09:00');
    expect([inTime.late, late.late]).toEqual([false, true]);
    const [summary] = await r.api['meetings.list']({ bodyId: body.id });
    expect(summary?.lateCount).toBe(1);
  });

  it('numbers the items, letters the documents, flags and resolves late items, and keeps documents in the store', async () => {
    const { body } = await setUpBody();
    const m1 = (await r.api['meetings.create']({ bodyId: body.id, date: '2027-02-02', start: '09:30' }))
      .meeting;
    const m2 = (await r.api['meetings.create']({ bodyId: body.id, date: '2027-03-02', start: '09:30' }))
      .meeting;
    // "Ingebracht op" never lies in the future: the items are recorded on 29 January.
    r.setNow('2027-01-29T09:00:00Z');
    const stavaza = await r.api['items.add']({
      meetingId: m1.id,
      kind: 'informerend',
      title: 'Stavaza Beschermd wonen',
      submittedAt: '2027-01-20T10:00',
      durationMinutes: 15,
    });
    const platform = await r.api['items.add']({
      meetingId: m1.id,
      kind: 'besluitvormend',
      title: 'Aanschaf informatieplatform',
      proposal: 'Instemmen.',
      submittedAt: '2027-01-28T17:00',
      durationMinutes: 30,
    });
    // 2 Feb 2027 − 5 = Thu 28 January: 17:00 that day is in time; 29 January is late.
    const late = await r.api['items.add']({
      meetingId: m1.id,
      kind: 'voorbereidend',
      target: 'stuurgroep',
      title: 'Visie jeugdhulp',
      submittedAt: '2027-01-29T08:00',
    });
    expect([stavaza.late, platform.late, late.late, late.lateDecision]).toEqual([
      false,
      false,
      true,
      'pending',
    ]);

    const bytes = (s: string) => Buffer.from(s).toString('base64');
    const b = await r.api['documents.add']({
      itemId: stavaza.id,
      source: { kind: 'bytes', fileName: 'stavaza_bw.pdf', base64: bytes('%PDF stavaza') },
    });
    await r.api['documents.add']({
      itemId: platform.id,
      title: 'Voorstel',
      source: { kind: 'bytes', fileName: 'voorstel.pdf', base64: bytes('%PDF voorstel') },
    });
    await r.api['documents.add']({
      itemId: platform.id,
      title: 'Offertes',
      source: { kind: 'bytes', fileName: 'offertes.xlsx', base64: bytes('offertes') },
    });
    expect(b).toMatchObject({ label: 'A', title: 'stavaza bw', fileName: 'stavaza_bw.pdf', size: 12 });
    const stored = r.context.files.pathOf(b.sha256 as string);
    expect(readFileSync(stored, 'utf8')).toBe('%PDF stavaza');

    let detail = await r.api['meetings.get']({ id: m1.id });
    expect(
      detail.items.map(
        (i) => `${i.number} ${i.title} ${i.attachments.map((a) => a.label).join('+')} ${i.startsAt}`,
      ),
    ).toEqual([
      '1 Opening, mededelingen en vaststelling agenda  09:30',
      '2 Vaststelling verslag en afsprakenlijst vorige bijeenkomst  09:30',
      '3 Stavaza Beschermd wonen A 09:30',
      '4 Aanschaf informatieplatform B1+B2 09:45',
      '5 Visie jeugdhulp  10:15',
      '6 Rondvraag, sluiting en volgend overleg  10:15',
    ]);
    expect(detail.items[4]?.missing).toEqual(['document']);

    // Moving the platform item first changes the letters.
    await r.api['items.move']({ id: platform.id, toIndex: 0 });
    detail = await r.api['meetings.get']({ id: m1.id });
    expect(detail.items.slice(2, 4).map((i) => `${i.title} ${i.letter}`)).toEqual([
      'Aanschaf informatieplatform A',
      'Stavaza Beschermd wonen B',
    ]);

    // Late: move it to the next meeting, where it is on time.
    const moved = await r.api['items.resolveLate']({ id: late.id, decision: 'moveToNext' });
    expect(moved.movedToMeetingId).toBe(m2.id);
    const next = await r.api['meetings.get']({ id: m2.id });
    expect(next.items.find((i) => i.id === late.id)).toMatchObject({ late: false, number: 3 });
    detail = await r.api['meetings.get']({ id: m1.id });
    expect(detail.items.some((i) => i.id === late.id)).toBe(false);
  });

  it('deletes to the trash and restores; undo reverses the last change; every change is in the audit log', async () => {
    const { body } = await setUpBody();
    const m1 = (await r.api['meetings.create']({ bodyId: body.id, date: '2027-02-02', start: '09:30' }))
      .meeting;
    const item = await r.api['items.add']({ meetingId: m1.id, kind: 'informerend', title: 'Te verwijderen' });
    await r.api['items.delete']({ id: item.id });
    expect((await r.api['meetings.get']({ id: m1.id })).typedItemCount).toBe(0);
    const trash = await r.api['trash.list']({ bodyId: body.id });
    expect(trash).toEqual([
      expect.objectContaining({
        table: 'agenda_items',
        id: item.id,
        title: 'Te verwijderen',
        context: 'agenda 2 februari 2027',
      }),
    ]);
    await r.api['trash.restore']({ table: 'agenda_items', id: item.id });
    expect((await r.api['meetings.get']({ id: m1.id })).items.map((i) => i.title)).toContain(
      'Te verwijderen',
    );
    expect(await r.api['trash.list']({ bodyId: body.id })).toEqual([]);

    await r.api['items.update']({ id: item.id, title: 'Nieuwe titel' });
    const undone = await r.api['undo.last']({});
    expect(undone).toEqual({ label: 'Agendapunt "Nieuwe titel" gewijzigd' });
    expect((await r.api['meetings.get']({ id: m1.id })).items[2]?.title).toBe('Te verwijderen');
    // The undo goes further back on a second call: the restore from the trash.
    expect((await r.api['undo.last']({}))?.label).toBe('Teruggezet uit de prullenbak');
    expect((await r.api['meetings.get']({ id: m1.id })).typedItemCount).toBe(0);

    const log = await r.api['audit.list']({ limit: 20 });
    expect(log[0]).toMatchObject({
      label: 'Ongedaan gemaakt: Teruggezet uit de prullenbak',
      isUndo: true,
      user: 'test',
    });
    expect(log.find((e) => e.label === 'Agendapunt "Nieuwe titel" gewijzigd')).toMatchObject({
      undone: true,
    });
    expect(log.some((e) => e.label === 'Overleg "Regiegroep" aangemaakt')).toBe(true);
  });

  it('undoes and lists per body: Ctrl+Z in one body never reaches into another', async () => {
    const { body } = await setUpBody();
    const other = await r.api['bodies.save']({
      name: 'Stuurgroep',
      rotation: ['Leudal', 'Nederweert', 'Weert'],
      deadlines,
      closedDays: [],
    });
    const mine = (await r.api['meetings.create']({ bodyId: body.id, date: '2027-02-02', start: '09:30' }))
      .meeting;
    const theirs = (await r.api['meetings.create']({ bodyId: other.id, date: '2027-02-03', start: '13:00' }))
      .meeting;
    const item = await r.api['items.add']({
      meetingId: mine.id,
      kind: 'informerend',
      title: 'Regiegroep-punt',
    });
    await r.api['items.add']({ meetingId: theirs.id, kind: 'informerend', title: 'Stuurgroep-punt' });
    await r.api['documents.add']({
      itemId: item.id,
      source: {
        kind: 'bytes',
        fileName: 'stuk.pdf',
        base64: Buffer.from('%PDF-1.4 stuk').toString('base64'),
      },
    });

    // The latest action overall is the regiegroep's document; then the stuurgroep's item. Undo in the
    // stuurgroep takes its own item, not the regiegroep's later document.
    expect(await r.api['undo.last']({ bodyId: other.id })).toEqual({
      label: 'Agendapunt "Stuurgroep-punt" toegevoegd',
    });
    expect((await r.api['meetings.get']({ id: theirs.id })).items.map((i) => i.title)).not.toContain(
      'Stuurgroep-punt',
    );
    expect(
      (await r.api['meetings.get']({ id: mine.id })).items.find((i) => i.id === item.id)?.attachments,
    ).toHaveLength(1);

    // Each body's log shows its own actions (and those of no single body), not the other body's.
    const logOf = async (bodyId: string) =>
      (await r.api['audit.list']({ limit: 100, bodyId })).map((e) => e.label);
    expect(await logOf(body.id)).toContain('Agendapunt "Regiegroep-punt" toegevoegd');
    expect(await logOf(body.id)).not.toContain('Agendapunt "Stuurgroep-punt" toegevoegd');
    expect(await logOf(other.id)).toContain('Ongedaan gemaakt: Agendapunt "Stuurgroep-punt" toegevoegd');
    expect(await logOf(other.id)).not.toContain('Agendapunt "Regiegroep-punt" toegevoegd');
    // Without a body: everything, as before.
    expect((await r.api['audit.list']({ limit: 100 })).map((e) => e.label)).toEqual(
      expect.arrayContaining([
        'Agendapunt "Regiegroep-punt" toegevoegd',
        'Agendapunt "Stuurgroep-punt" toegevoegd',
      ]),
    );
  });

  it('refuses bad input with a Dutch message and changes nothing', async () => {
    const { body } = await setUpBody();
    const m1 = (await r.api['meetings.create']({ bodyId: body.id, date: '2027-02-02', start: '09:30' }))
      .meeting;
    const before = (await r.api['audit.list']({ limit: 100 })).length;
    const noTarget = await errorOf(
      r.api['items.add']({ meetingId: m1.id, kind: 'voorbereidend', title: 'X' }),
    );
    expect(noTarget.message).toContain('stuurgroep, colleges of beide');
    const noTitle = await errorOf(r.api['items.add']({ meetingId: m1.id, kind: 'informerend', title: '  ' }));
    expect(noTitle.issues?.[0]).toEqual({ path: 'title', message: 'titel is verplicht' });
    const missingFile = await errorOf(
      r.api['documents.add']({ itemId: 'nope', source: { kind: 'path', path: '/nonexistent/x.pdf' } }),
    );
    expect(missingFile.code).toBe('not_found');
    expect((await r.api['audit.list']({ limit: 100 })).length).toBe(before);
  });
});

describe('what needs attention', () => {
  it('counts down the deadlines and links each warning to its place', async () => {
    const { body } = await setUpBody();
    // today = Sunday 10 January 2027. Meeting Tue 12 January: −5 = Thu 7 January (passed, agenda not sent).
    const soon = (await r.api['meetings.create']({ bodyId: body.id, date: '2027-01-12', start: '09:30' }))
      .meeting;
    const item = await r.api['items.add']({
      meetingId: soon.id,
      kind: 'besluitvormend',
      title: 'Zonder voorstel',
      submittedAt: '2027-01-09T10:00',
    });
    const attention = await r.api['attention.get']({ bodyId: body.id });
    expect(attention.today).toBe('2027-01-10');
    expect(attention.upcoming[0]).toMatchObject({
      daysToMeeting: 2,
      daysToSubmission: -3,
      daysToDistribution: -3,
    });
    const kinds = attention.warnings.map((w) => w.kind);
    expect(kinds).toContain('distribution-due');
    expect(attention.warnings.find((w) => w.kind === 'late-item')).toMatchObject({
      link: { screen: 'meeting', meetingId: soon.id, itemId: item.id },
      message:
        'Punt 3 "Zonder voorstel" (12 januari 2027) is na de deadline ingebracht: toelaten of verplaatsen?',
    });
    expect(attention.warnings.find((w) => w.kind === 'item-missing')?.message).toContain(
      'voorstel (besluit) ontbreekt',
    );
    expect(attention.warnings[0]?.severity).toBe('error');
  });
});

describe('what needs attention, on years of data', () => {
  it('groups the signals per meeting with counts, and the overdue actions per meeting they come from', async () => {
    const { body, people } = await setUpBody();
    // today = Sunday 10 January 2027. Two held meetings with actions past due, one coming with a late item.
    const october = (await r.api['meetings.create']({ bodyId: body.id, date: '2026-10-06', start: '09:30' }))
      .meeting;
    const november = (await r.api['meetings.create']({ bodyId: body.id, date: '2026-11-03', start: '09:30' }))
      .meeting;
    const soon = (await r.api['meetings.create']({ bodyId: body.id, date: '2027-01-12', start: '09:30' }))
      .meeting;
    const itemOf = async (meetingId: string, title: string) =>
      r.api['items.add']({ meetingId, kind: 'informerend', title, submittedAt: '2026-09-01T10:00' });
    const octItem = await itemOf(october.id, 'Stavaza Beschermd wonen');
    const novItem = await itemOf(november.id, 'Dashboard formatie');
    for (const [what, due] of [
      ['Notitie schrijven', '2026-11-01'],
      ['Cijfers opvragen', '2026-10-20'],
      ['Overleg plannen', '2026-12-01'],
    ] as const)
      await r.api['actions.add']({ itemId: octItem.id, what, whoPersonId: people['A. Hendriks'], due });
    await r.api['actions.add']({
      itemId: novItem.id,
      what: 'Budget bijwerken',
      whoName: 'M. Janssen',
      due: '2026-12-15',
    });
    // Not overdue: due today, due later, and one done.
    await r.api['actions.add']({
      itemId: novItem.id,
      what: 'Vandaag',
      whoName: 'M. Janssen',
      due: '2027-01-10',
    });
    await r.api['actions.add']({
      itemId: novItem.id,
      what: 'Later',
      whoName: 'M. Janssen',
      due: '2027-02-01',
    });
    const done = await r.api['actions.add']({
      itemId: novItem.id,
      what: 'Klaar',
      whoName: 'X',
      due: '2026-11-10',
    });
    await r.api['actions.setStatus']({ id: done.id, status: 'done', onDate: '2026-11-20', note: '' });
    await r.api['items.add']({
      meetingId: soon.id,
      kind: 'besluitvormend',
      title: 'Zonder voorstel',
      submittedAt: '2027-01-09T10:00',
    });

    const attention = await r.api['attention.get']({ bodyId: body.id });
    const overdue = attention.warnings.filter((w) => w.kind === 'action-overdue');
    // One line per meeting of origin, newest first; a single action keeps its own sentence.
    expect(overdue.map((w) => [w.message, w.count, w.link])).toEqual([
      [
        'Actie 4 "Budget bijwerken" (M. Janssen) was uiterlijk 15 december 2026 gereed.',
        1,
        { screen: 'actions', meetingId: november.id },
      ],
      [
        '3 acties uit de vergadering van 6 oktober 2026 zijn over tijd (de oudste moest 20 oktober 2026 gereed zijn).',
        3,
        { screen: 'actions', meetingId: october.id },
      ],
    ]);
    const groups = attention.groups.map((g) => [g.key, g.counts]);
    // The coming meeting (an error: agenda not sent) first, then the minutes drafts, then the actions.
    expect(groups[0]).toEqual([`meeting:${soon.id}`, { error: 1, warning: 2, info: 0 }]);
    expect(groups.at(-1)).toEqual(['actions', { error: 0, warning: 4, info: 0 }]);
    for (const w of attention.warnings) expect(attention.groups.some((g) => g.key === w.group)).toBe(true);
    const soonSignals = attention.warnings.filter((w) => w.group === `meeting:${soon.id}`).map((w) => w.kind);
    expect(soonSignals.sort()).toEqual(['distribution-due', 'item-missing', 'late-item']);

    // The tabs of the action list count the same, without the lists.
    expect(await r.api['actions.counts']({ bodyId: body.id })).toEqual({
      all: 7,
      open: 6,
      overdue: 4,
      done: 1,
      dropped: 0,
    });
    expect(await r.api['actions.counts']({ bodyId: body.id, meetingId: october.id })).toMatchObject({
      all: 3,
      overdue: 3,
    });
    const municipalities = Object.fromEntries(body.rotation.map((m) => [m.name, m.id]));
    expect(
      await r.api['actions.counts']({ bodyId: body.id, municipalityId: municipalities.Leudal ?? '' }),
    ).toMatchObject({ all: 3, overdue: 3 });
  });
});
