// The meeting and after, through the real handlers: the notulist's record, the minutes flow and its
// deadline, actions across meetings, the decisions register, search (the decision chain: tests/services/chain.test.ts).
// Meetings: Tue 2 February 2027 (Leudal) and Tue 2 March 2027 (Nederweert).
// Minutes of 2 February are due +5 = Sun 7 February → shifted later to Mon 8 February.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestRegie, type TestRegie } from '../helpers/regie';
import { createRegiegroep, errorOf } from '../helpers/fixtures';

let r: TestRegie;
let bodyId: string;
let people: Record<string, string>;
let feb: string;
let march: string;

beforeEach(async () => {
  r = await openTestRegie('2027-02-02T08:00:00Z');
  const created = await createRegiegroep(r.api);
  bodyId = created.body.id;
  people = created.people;
  feb = (await r.api['meetings.create']({ bodyId, date: '2027-02-02', start: '09:30' })).meeting.id;
  march = (await r.api['meetings.create']({ bodyId, date: '2027-03-02', start: '09:30' })).meeting.id;
});
afterEach(async () => r.cleanup());

describe('recording a meeting', () => {
  it('records attendance, a decision, two actions and a postponed item that flow into the next meeting', async () => {
    const platform = await r.api['items.add']({
      meetingId: feb,
      kind: 'besluitvormend',
      title: 'Aanschaf informatieplatform',
      proposal: 'Instemmen.',
      submittedAt: '2027-01-20T10:00',
    });
    const later = await r.api['items.add']({
      meetingId: feb,
      kind: 'informerend',
      title: 'Stavaza Beschermd wonen',
      submittedAt: '2027-01-20T10:00',
    });

    const attendance = await r.api['minutes.setAttendance']({
      meetingId: feb,
      entries: [
        { personId: people['A. Hendriks'], name: 'A. Hendriks', status: 'present' },
        { personId: people['M. Janssen'], name: 'M. Janssen', status: 'present' },
        { personId: people['P. Smeets'], name: 'P. Smeets', status: 'absent' },
        { name: 'K. de Vries', status: 'substitute', substituteFor: 'P. Smeets' },
      ],
    });
    expect(attendance.map((a) => `${a.name}:${a.status}`)).toEqual([
      'A. Hendriks:present',
      'M. Janssen:present',
      'P. Smeets:absent',
      'K. de Vries:substitute',
    ]);

    await r.api['minutes.setNotes']({ itemId: platform.id, notes: 'Kosten besproken.' });
    const decision = await r.api['decisions.add']({
      itemId: platform.id,
      text: 'De regiegroep besluit tot aanschaf.',
    });
    expect(decision).toMatchObject({
      itemNumber: 3,
      itemKind: 'besluitvormend',
      destination: null,
      followUps: [],
      closes: null,
      meetingDate: '2027-02-02',
    });
    const a1 = await r.api['actions.add']({
      itemId: platform.id,
      what: 'Offerte aanvragen',
      whoPersonId: people['M. Janssen'],
      due: '2027-02-20',
    });
    const a2 = await r.api['actions.add']({
      itemId: platform.id,
      what: 'Budget reserveren',
      whoName: 'Afdeling Financiën',
      due: '2027-03-15',
    });
    expect([a1.nr, a1.who, a2.nr, a2.who]).toEqual([1, 'M. Janssen', 2, 'Afdeling Financiën']);
    await r.api['items.setStatus']({ id: platform.id, status: 'handled' });
    await r.api['items.setStatus']({ id: later.id, status: 'postponed' });

    const next = await r.api['meetings.get']({ id: march });
    expect(next.openActions.map((a) => `${a.nr} ${a.what} ${a.who} ${a.due}`)).toEqual([
      '1 Offerte aanvragen M. Janssen 2027-02-20',
      '2 Budget reserveren Afdeling Financiën 2027-03-15',
    ]);
    expect(next.proposals.find((p) => p.kind === 'postponed')).toMatchObject({
      title: 'Stavaza Beschermd wonen',
      fromItemId: later.id,
      reason: 'aangehouden in de vergadering van 2 februari 2027',
    });
    // Taking the proposal carries the item over; it is no longer proposed.
    await r.api['items.add']({
      meetingId: march,
      kind: 'informerend',
      title: 'Stavaza Beschermd wonen',
      postponedFromItemId: later.id,
    });
    const after = await r.api['meetings.get']({ id: march });
    expect(after.proposals.some((p) => p.kind === 'postponed')).toBe(false);
    expect(after.items[2]).toMatchObject({
      title: 'Stavaza Beschermd wonen',
      postponedFrom: { meetingId: feb, meetingDate: '2027-02-02' },
    });

    // Closing an action in the March meeting: it shows there once more, then no longer.
    r.setNow('2027-03-02T10:00:00Z');
    const done = await r.api['actions.setStatus']({
      id: a1.id,
      status: 'done',
      meetingId: march,
      note: 'offerte binnen',
    });
    expect(done).toMatchObject({ status: 'done', closedOn: '2027-03-02', closedInMeetingDate: '2027-03-02' });
    expect(
      (await r.api['meetings.get']({ id: march })).openActions.map((a) => `${a.nr}:${a.status}`),
    ).toEqual(['1:done', '2:open']);
    const history = await r.api['actions.history']({ id: a1.id });
    expect(history.map((h) => `${h.status} ${h.onDate} ${h.meetingDate} ${h.note}`)).toEqual([
      'open 2027-02-02 2027-02-02 aangemaakt',
      'done 2027-03-02 2027-03-02 offerte binnen',
    ]);
  });
});

describe('the minutes flow', () => {
  it('warns before sending, counts down to D+5, and freezes once adopted at the next meeting', async () => {
    const item = await r.api['items.add']({
      meetingId: feb,
      kind: 'besluitvormend',
      title: 'Aanschaf',
      proposal: 'Instemmen.',
    });
    const prep = await r.api['items.add']({
      meetingId: feb,
      kind: 'voorbereidend',
      target: 'colleges',
      title: 'Visie',
    });
    let state = await r.api['minutes.state']({ meetingId: feb });
    expect(state).toMatchObject({ status: 'draft', due: '2027-02-08', daysLeft: 6, overdue: false });
    expect(state.warnings.map((w) => w.message)).toEqual([
      'De aanwezigheid is nog niet vastgelegd.',
      'Punt 3 "Aanschaf" heeft nog geen verslag.',
      'Punt 3 is besluitvormend: het genomen besluit ontbreekt.',
      'Punt 4 "Visie" heeft nog geen verslag.',
      'Punt 4 is voorbereidend: het advies en waar het heen gaat ontbreken.',
    ]);
    const refused = await errorOf(r.api['minutes.send']({ meetingId: feb }));
    expect(refused.code).toBe('conflict');
    expect(refused.message).toContain('Het verslag is nog niet compleet');

    r.setNow('2027-02-09T08:00:00Z');
    state = await r.api['minutes.state']({ meetingId: feb });
    expect(state).toMatchObject({ daysLeft: -1, overdue: true });
    const attention = await r.api['attention.get']({ bodyId });
    expect(attention.warnings.find((w) => w.kind === 'minutes-overdue')?.message).toBe(
      'Het verslag van 2 februari 2027 is te laat: uiterlijk 8 februari 2027 (notulist: P. Smeets).',
    );

    // Draft minutes are not the next meeting's attachment yet.
    expect((await r.api['meetings.get']({ id: march })).items[1]?.attachments).toEqual([]);
    await r.api['decisions.add']({ itemId: item.id, text: 'Akkoord.' });
    await r.api['decisions.add']({ itemId: prep.id, text: 'Positief advies.' });
    await r.api['minutes.setAttendance']({
      meetingId: feb,
      entries: [{ name: 'A. Hendriks', status: 'present' }],
    });
    state = await r.api['minutes.send']({ meetingId: feb });
    expect(state).toMatchObject({ status: 'sent', overdue: false });
    // Sent once: sending again is refused and records no second version.
    const again = await errorOf(r.api['minutes.send']({ meetingId: feb, acknowledgeWarnings: true }));
    expect([again.code, again.message]).toEqual(['conflict', 'Dit verslag is al verstuurd.']);
    expect((await r.api['sent.versions']({ meetingId: feb })).map((v) => `${v.kind} ${v.version}`)).toEqual([
      'minutes 1',
    ]);
    expect((await r.api['meetings.list']({ bodyId }))[0]).toMatchObject({
      status: 'held',
      minutesStatus: 'sent',
    });
    // Sent minutes become item 2's attachment of the next meeting.
    expect(
      (await r.api['meetings.get']({ id: march })).items[1]?.attachments.map((a) => `${a.label} ${a.title}`),
    ).toEqual(['A Verslag en afsprakenlijst 2 februari 2027']);

    const early = await errorOf(r.api['minutes.adopt']({ meetingId: feb, inMeetingId: feb }));
    expect(early.message).toContain('latere vergadering');
    state = await r.api['minutes.adopt']({
      meetingId: feb,
      inMeetingId: march,
      changes: 'Punt 3: typefout hersteld.',
    });
    expect(state).toMatchObject({
      status: 'adopted',
      frozen: true,
      adoptedInMeeting: { id: march, date: '2027-03-02' },
      adoptionChanges: 'Punt 3: typefout hersteld.',
    });
    const frozen = await errorOf(r.api['minutes.setNotes']({ itemId: item.id, notes: 'achteraf' }));
    expect(frozen.message).toBe(
      'Het verslag van 2 februari 2027 is vastgesteld en kan niet meer worden gewijzigd.',
    );
    expect((await errorOf(r.api['decisions.add']({ itemId: item.id, text: 'X' }))).code).toBe('conflict');
  });
});

describe('actions across meetings', () => {
  it('filters by status, overdue, person, municipality and meeting', async () => {
    const item = await r.api['items.add']({ meetingId: feb, kind: 'informerend', title: 'Dashboard' });
    const a = await r.api['actions.add']({
      itemId: item.id,
      what: 'Cijfers aanvullen',
      whoPersonId: people['A. Hendriks'],
      due: '2027-02-10',
    });
    await r.api['actions.add']({
      itemId: item.id,
      what: 'Toelichting schrijven',
      whoPersonId: people['P. Smeets'],
      due: '2027-03-30',
    });
    const c = await r.api['actions.add']({ itemId: item.id, what: 'Oud punt', whoName: 'Extern bureau' });
    await r.api['actions.setStatus']({ id: c.id, status: 'dropped', note: 'niet meer nodig' });
    r.setNow('2027-02-15T08:00:00Z');
    const whats = async (filter: Record<string, string>) =>
      (await r.api['actions.list']({ bodyId, ...filter })).map((x) => x.what);
    expect(await whats({ status: 'open' })).toEqual(['Cijfers aanvullen', 'Toelichting schrijven']);
    expect(await whats({ status: 'overdue' })).toEqual(['Cijfers aanvullen']);
    expect(await whats({ status: 'dropped' })).toEqual(['Oud punt']);
    expect(await whats({ status: 'all', personId: people['P. Smeets'] as string })).toEqual([
      'Toelichting schrijven',
    ]);
    const leudal = (await r.api['bodies.list']({}))[0]?.rotation.find((m) => m.name === 'Leudal')
      ?.id as string;
    expect(await whats({ status: 'all', municipalityId: leudal })).toEqual(['Cijfers aanvullen']);
    expect(await whats({ status: 'all', meetingId: march })).toEqual([]);
    expect((await r.api['actions.list']({ bodyId, status: 'open' }))[0]).toMatchObject({
      id: a.id,
      overdue: true,
    });
  });
});

describe('search', () => {
  it('finds items, notes, decisions, actions and document titles as you type, across meetings', async () => {
    const item = await r.api['items.add']({
      meetingId: feb,
      kind: 'besluitvormend',
      title: 'Aanschaf informatieplatform',
      proposal: 'Instemmen met de aanschaf.',
    });
    await r.api['minutes.setNotes']({ itemId: item.id, notes: 'Privacy-effectbeoordeling gevraagd.' });
    await r.api['decisions.add']({ itemId: item.id, text: 'Besluit: leverancier Zorgdata gekozen.' });
    await r.api['actions.add']({ itemId: item.id, what: 'Contract opstellen', whoName: 'Inkoop' });
    await r.api['documents.add']({
      itemId: item.id,
      title: 'Offertevergelijking',
      source: { kind: 'bytes', fileName: 'offertes.xlsx', base64: 'AAAA' },
    });
    await r.api['items.add']({
      meetingId: march,
      kind: 'informerend',
      title: 'Evaluatie informatieplatform',
    });
    const q = async (text: string) =>
      (await r.api['search.query']({ bodyId, q: text })).map((x) => `${x.kind}:${x.meetingDate}:${x.title}`);
    // Ranked by relevance (bm25): both meetings' items, in either order.
    // A decision is found under its item's title too.
    expect((await q('informatiepl')).sort()).toEqual([
      'decision:2027-02-02:Aanschaf informatieplatform',
      'item:2027-02-02:Aanschaf informatieplatform',
      'item:2027-03-02:Evaluatie informatieplatform',
    ]);
    expect(await q('privacy')).toEqual(['item:2027-02-02:Aanschaf informatieplatform']);
    expect(await q('zorgdata')).toEqual(['decision:2027-02-02:Aanschaf informatieplatform']);
    expect(await q('contract')).toEqual(['action:2027-02-02:Contract opstellen']);
    expect(await q('offertever')).toEqual(['document:2027-02-02:Offertevergelijking']);
    expect((await r.api['search.query']({ bodyId, q: 'privacy' }))[0]?.snippet).toContain(
      '[Privacy-effectbeoordeling]',
    );
    expect(await q('   ')).toEqual([]);
    expect(await q('"(*')).toEqual([]);
    // Deleted items leave the index.
    await r.api['items.delete']({ id: item.id });
    expect(await q('privacy')).toEqual([]);
  });
});
