// The decision chain through the real handlers: a voorbereidend item's advice gets one follow-up per
// destination (the stuurgroep first, then the colleges in rotation order), follow-ups move open → geagendeerd →
// besloten or aangehouden, a decided one becomes a feedback item on the next agenda (one per destination), one
// open too long is signalled in Aandacht, and advice for the stuurgroep is forwarded to the stuurgroep's next
// meeting, where its decision closes the follow-up by itself.
// Regiegroep (Leudal → Nederweert → Weert) meets Tue 20 April and Tue 25 May 2027; the Stuurgroep (a body of
// its own) meets Thu 6 May and Thu 3 June 2027.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestRegie, type TestRegie } from '../helpers/regie';
import { CALENDAR_5_DAYS, createRegiegroep, errorOf } from '../helpers/fixtures';
import type { DecisionView } from '../../shared/api/views';
import { chainSegments, chainText } from '../../shared/rules/chain';

let r: TestRegie;
let bodyId: string;
let april: string;
let may: string;

beforeEach(async () => {
  r = await openTestRegie('2027-04-20T08:00:00Z');
  bodyId = (await createRegiegroep(r.api)).body.id;
  april = (await r.api['meetings.create']({ bodyId, date: '2027-04-20', start: '09:30' })).meeting.id;
  may = (await r.api['meetings.create']({ bodyId, date: '2027-05-25', start: '09:30' })).meeting.id;
});
afterEach(async () => r.cleanup());

async function advice(target: 'stuurgroep' | 'colleges' | 'beide', title = 'Regionale visie jeugdhulp') {
  const item = await r.api['items.add']({
    meetingId: april,
    kind: 'voorbereidend',
    target,
    title,
    explanation: 'De visie beschrijft de regionale jeugdhulp tot 2030.',
    proposal: 'De visie vast te stellen.',
  });
  const decision = await r.api['decisions.add']({ itemId: item.id, text: `Positief advies (${target}).` });
  return { item, decision };
}

/** Records a destination's decision: `who` by its name, on a day, with a result (and a note). */
const decide = (
  d: DecisionView,
  who: string,
  on: string,
  result: 'akkoord' | 'akkoord met aanpassing' | 'niet akkoord' | 'anders',
  note?: string,
) =>
  r.api['followUps.update']({
    id: d.followUps.find((f) => f.byName === who)!.id,
    status: 'besloten',
    on,
    result,
    ...(note ? { note } : {}),
  });

const chainOf = (d: DecisionView) => chainText(chainSegments(d.followUps, 2027));
const by = (d: DecisionView, name: string) => d.followUps.find((f) => f.byName === name)!;

describe('follow-ups per destination', () => {
  it('gives the stuurgroep one, the colleges one per municipality in rotation order, beide both', async () => {
    expect((await advice('stuurgroep', 'A')).decision.followUps.map((f) => f.byName)).toEqual(['Stuurgroep']);
    expect((await advice('colleges', 'B')).decision.followUps.map((f) => f.byName)).toEqual([
      'Leudal',
      'Nederweert',
      'Weert',
    ]);
    const both = (await advice('beide', 'C')).decision;
    expect(both.followUps.map((f) => [f.byKind, f.byName, f.status, f.on, f.result])).toEqual([
      ['stuurgroep', 'Stuurgroep', 'open', null, null],
      ['college', 'Leudal', 'open', null, null],
      ['college', 'Nederweert', 'open', null, null],
      ['college', 'Weert', 'open', null, null],
    ]);
    expect(chainOf(both)).toBe('Stuurgroep open · Leudal open · Nederweert open · Weert open');

    // The rotation order, not the alphabet: Weert first once it leads the rotation.
    await r.api['bodies.save']({
      id: bodyId,
      name: 'Regiegroep',
      rotation: ['Weert', 'Leudal', 'Nederweert'],
      deadlines: CALENDAR_5_DAYS,
      closedDays: [],
    });
    const again = (await r.api['decisions.list']({ bodyId, query: 'C' })).find((d) => d.id === both.id)!;
    expect(again.followUps.map((f) => f.byName)).toEqual(['Stuurgroep', 'Weert', 'Leudal', 'Nederweert']);
  });

  it('follows a changed destination and restores what was recorded when it changes back', async () => {
    const { decision } = await advice('beide');
    await r.api['followUps.update']({
      id: by(decision, 'Leudal').id,
      status: 'besloten',
      on: '2027-05-12',
      result: 'akkoord',
      proposalNumber: 'DJ-1405544',
    });
    const narrowed = await r.api['decisions.update']({ id: decision.id, destination: 'stuurgroep' });
    expect(narrowed.followUps.map((f) => f.byName)).toEqual(['Stuurgroep']);
    const widened = await r.api['decisions.update']({ id: decision.id, destination: 'beide' });
    expect(widened.followUps.map((f) => f.id)).toEqual(decision.followUps.map((f) => f.id));
    expect(by(widened, 'Leudal')).toMatchObject({
      status: 'besloten',
      on: '2027-05-12',
      result: 'akkoord',
      proposalNumber: 'DJ-1405544',
    });
  });

  it('allows a destination only on a voorbereidend item', async () => {
    const item = await r.api['items.add']({ meetingId: april, kind: 'besluitvormend', title: 'Aanschaf' });
    const refused = await errorOf(
      r.api['decisions.add']({ itemId: item.id, text: 'Akkoord.', destination: 'colleges' }),
    );
    expect(refused.code).toBe('invalid');
    expect(refused.issues?.[0]?.path).toBe('destination');
    expect((await r.api['meetings.get']({ id: april })).items.flatMap((i) => i.decisions)).toEqual([]);
    const plain = await r.api['decisions.add']({ itemId: item.id, text: 'Akkoord.' });
    expect(plain.followUps).toEqual([]);
  });
});

describe('status changes', () => {
  it('moves open → geagendeerd → besloten, or aangehouden, and says what is missing', async () => {
    const { decision } = await advice('beide');
    const weert = by(decision, 'Weert').id;
    const noDate = await errorOf(r.api['followUps.update']({ id: weert, status: 'geagendeerd' }));
    expect(noDate.issues).toEqual([{ path: 'on', message: 'geef de datum waarop het geagendeerd is' }]);
    const noResult = await errorOf(
      r.api['followUps.update']({ id: weert, status: 'besloten', on: '2027-05-20' }),
    );
    expect(noResult.issues?.[0]?.path).toBe('result');
    const noNote = await errorOf(
      r.api['followUps.update']({ id: weert, status: 'besloten', on: '2027-05-20', result: 'anders' }),
    );
    expect(noNote.issues?.[0]?.path).toBe('note');
    expect(by((await r.api['decisions.list']({ bodyId }))[0]!, 'Weert').status).toBe('open');

    let d = await r.api['followUps.update']({ id: weert, status: 'geagendeerd', on: '2027-05-18' });
    expect(by(d, 'Weert')).toMatchObject({ status: 'geagendeerd', on: '2027-05-18', result: null });
    d = await r.api['followUps.update']({
      id: weert,
      status: 'besloten',
      on: '2027-05-18',
      result: 'niet akkoord',
      note: 'Eerst de raad informeren.',
      caseNumber: '1405517',
    });
    expect(by(d, 'Weert')).toMatchObject({
      status: 'besloten',
      on: '2027-05-18',
      result: 'niet akkoord',
      note: 'Eerst de raad informeren.',
      caseNumber: '1405517',
    });
    d = await r.api['followUps.update']({
      id: by(d, 'Nederweert').id,
      status: 'aangehouden',
      on: '2027-05-11',
    });
    expect(by(d, 'Nederweert')).toMatchObject({ status: 'aangehouden', result: 'aangehouden' });
    d = await decide(d, 'Stuurgroep', '2027-05-06', 'akkoord');
    expect(chainOf(d)).toBe('Stuurgroep ✓ 6 mei · Leudal open · Nederweert ⏸ 11 mei · Weert ✗ 18 mei');
    d = await r.api['followUps.update']({ id: weert, status: 'open' });
    expect(by(d, 'Weert')).toMatchObject({ status: 'open', on: null, result: null });

    const open = await r.api['followUps.list']({ bodyId, openOnly: true });
    expect(open.map((f) => [f.byName, f.status])).toEqual([
      ['Leudal', 'open'],
      ['Nederweert', 'aangehouden'],
      ['Weert', 'open'],
    ]);
  });
});

describe('the feedback item per destination', () => {
  it('proposes one item per decided destination on the next agenda, and each only once', async () => {
    const { decision } = await advice('beide');
    const feedback = async () =>
      (await r.api['meetings.get']({ id: may })).proposals.filter((p) => p.kind === 'feedback');
    expect(await feedback()).toEqual([]);
    await decide(decision, 'Stuurgroep', '2027-05-06', 'akkoord');
    await decide(decision, 'Leudal', '2027-05-12', 'akkoord met aanpassing', 'Met een jaarlijkse evaluatie.');
    // Decided after the meeting of 25 May: not yet to report there.
    await decide(decision, 'Weert', '2027-06-01', 'akkoord');
    await r.api['followUps.update']({
      id: by(decision, 'Nederweert').id,
      status: 'geagendeerd',
      on: '2027-05-19',
    });
    const proposals = await feedback();
    expect(proposals.map((p) => [p.title, p.reason])).toEqual([
      [
        'Terugkoppeling stuurgroep: Regionale visie jeugdhulp',
        'besluit van de stuurgroep op 6 mei 2027: akkoord',
      ],
      [
        'Terugkoppeling college Leudal: Regionale visie jeugdhulp',
        'besluit van het college van Leudal op 12 mei 2027: akkoord met aanpassing',
      ],
    ]);
    // Not on the agenda of the meeting that gave the advice.
    expect((await r.api['meetings.get']({ id: april })).proposals.some((p) => p.kind === 'feedback')).toBe(
      false,
    );

    const leudal = proposals[1]!;
    const item = await r.api['items.add']({
      meetingId: may,
      kind: 'informerend',
      title: leudal.title,
      feedbackFollowUpId: leudal.followUpId,
    });
    expect(item.explanation).toBe(
      'Besluit van het college van Leudal op 12 mei 2027: akkoord met aanpassing.\nMet een jaarlijkse evaluatie.',
    );
    expect((await feedback()).map((p) => p.followUpId)).toEqual([by(decision, 'Stuurgroep').id]);
    const after = (await r.api['decisions.list']({ bodyId }))[0]!;
    expect(by(after, 'Leudal').reportedIn).toEqual({ meetingId: may, meetingDate: '2027-05-25' });
    const twice = await errorOf(
      r.api['items.add']({
        meetingId: may,
        kind: 'informerend',
        title: 'Nog eens',
        feedbackFollowUpId: by(decision, 'Nederweert').id,
      }),
    );
    expect(twice.message).toBe('Er is (nog) geen besluit om terug te koppelen.');
  });
});

describe('Aandacht', () => {
  it('signals follow-ups open longer than the body setting (default 8 weeks)', async () => {
    const { decision } = await advice('beide');
    await decide(decision, 'Stuurgroep', '2027-05-06', 'akkoord');
    await r.api['followUps.update']({
      id: by(decision, 'Nederweert').id,
      status: 'geagendeerd',
      on: '2027-06-22',
    });
    const warnings = async () =>
      (await r.api['attention.get']({ bodyId })).warnings.filter((w) => w.kind === 'follow-up-overdue');
    r.setNow('2027-06-15T10:00:00Z'); // exactly 8 weeks after 20 April
    expect(await warnings()).toEqual([]);
    r.setNow('2027-06-16T10:00:00Z');
    expect(await warnings()).toEqual([
      {
        kind: 'follow-up-overdue',
        severity: 'warning',
        message:
          'Het advies "Regionale visie jeugdhulp" van 20 april 2027 wacht al 8 weken op de colleges van Leudal en Weert (langer dan 8 weken).',
        link: { screen: 'decisions', decisionId: decision.id },
        group: 'follow-ups',
      },
    ]);
    // Nederweert's college meets on 22 June: once that day has passed without a decision, it counts too.
    r.setNow('2027-06-23T10:00:00Z');
    expect((await warnings())[0]?.message).toContain('de colleges van Leudal, Nederweert en Weert');

    const body = (await r.api['bodies.list']({})).find((b) => b.id === bodyId)!;
    expect(body.followUpWeeks).toBe(8);
    await r.api['bodies.save']({
      id: bodyId,
      name: body.name,
      rotation: body.rotation.map((m) => m.name),
      deadlines: body.deadlines,
      closedDays: [],
      followUpWeeks: 12,
    });
    expect(await warnings()).toEqual([]);
  });
});

describe('forwarding to the stuurgroep', () => {
  let stuurgroepId: string;
  let sgMay: string;
  let sgJune: string;

  beforeEach(async () => {
    stuurgroepId = (
      await r.api['bodies.save']({
        name: 'Stuurgroep Sociaal Domein',
        rotation: ['Leudal', 'Nederweert', 'Weert'],
        deadlines: CALENDAR_5_DAYS,
        closedDays: [],
      })
    ).id;
    sgMay = (await r.api['meetings.create']({ bodyId: stuurgroepId, date: '2027-05-06', start: '14:00' }))
      .meeting.id;
    sgJune = (await r.api['meetings.create']({ bodyId: stuurgroepId, date: '2027-06-03', start: '14:00' }))
      .meeting.id;
  });

  const forwardedProposals = async (meetingId: string) =>
    (await r.api['meetings.get']({ id: meetingId })).proposals.filter((p) => p.kind === 'forwarded');

  it('proposes the advice on the stuurgroep’s next meeting; accepting links both ends and the decision there closes it', async () => {
    const body = (await r.api['bodies.list']({})).find((b) => b.id === bodyId)!;
    expect(body.stuurgroep).toEqual({ id: stuurgroepId, name: 'Stuurgroep Sociaal Domein', chosen: false });
    const { item, decision } = await advice('beide');
    await r.api['documents.add']({
      itemId: item.id,
      source: {
        kind: 'bytes',
        fileName: 'Visie jeugdhulp.pdf',
        base64: Buffer.from('%PDF-1.4 visie').toString('base64'),
      },
    });
    // Colleges-only advice is not the stuurgroep's.
    await advice('colleges', 'Alleen colleges');
    const proposals = await forwardedProposals(sgMay);
    expect(proposals).toEqual([
      expect.objectContaining({
        title: 'Regionale visie jeugdhulp',
        reason: 'advies van de Regiegroep van 20 april 2027',
        followUpId: by(decision, 'Stuurgroep').id,
        explanation:
          'De visie beschrijft de regionale jeugdhulp tot 2030.\n\nAdvies van de Regiegroep (20 april 2027): Positief advies (beide).',
      }),
    ]);
    expect(await forwardedProposals(sgJune)).toEqual([]);

    const taken = await r.api['items.add']({
      meetingId: sgMay,
      kind: 'besluitvormend',
      title: proposals[0]!.title,
      forwardFollowUpId: proposals[0]!.followUpId,
    });
    expect(taken).toMatchObject({
      proposal: 'De visie vast te stellen.',
      explanation: proposals[0]!.explanation,
      forwardedFrom: {
        bodyName: 'Regiegroep',
        adviceDate: '2027-04-20',
        adviceText: 'Positief advies (beide).',
      },
    });
    expect(taken.attachments.map((a) => [a.label, a.fileName])).toEqual([['A', 'Visie jeugdhulp.pdf']]);
    expect(await forwardedProposals(sgMay)).toEqual([]);
    let d = (await r.api['decisions.list']({ bodyId, query: 'jeugdhulp' }))[0]!;
    expect(by(d, 'Stuurgroep')).toMatchObject({
      status: 'geagendeerd',
      on: '2027-05-06',
      forwardedTo: { itemId: taken.id, meetingId: sgMay, bodyName: 'Stuurgroep Sociaal Domein' },
    });
    const again = await errorOf(
      r.api['items.add']({
        meetingId: sgMay,
        kind: 'besluitvormend',
        title: 'Nog eens',
        forwardFollowUpId: by(d, 'Stuurgroep').id,
      }),
    );
    expect(again.code).toBe('conflict');

    // The stuurgroep decides: the regiegroep's follow-up is closed by itself.
    const sgDecision = await r.api['decisions.add']({
      itemId: taken.id,
      text: 'De stuurgroep stelt de visie vast.',
      outcome: 'akkoord',
    });
    expect(sgDecision.closes).toEqual({
      followUpId: by(d, 'Stuurgroep').id,
      bodyName: 'Regiegroep',
      adviceDate: '2027-04-20',
    });
    d = (await r.api['decisions.list']({ bodyId, query: 'jeugdhulp' }))[0]!;
    expect(by(d, 'Stuurgroep')).toMatchObject({
      status: 'besloten',
      on: '2027-05-06',
      result: 'akkoord',
      note: 'De stuurgroep stelt de visie vast.',
    });
    expect(chainOf(d)).toBe('Stuurgroep ✓ 6 mei · Leudal open · Nederweert open · Weert open');
    expect((await r.api['meetings.get']({ id: may })).proposals.map((p) => p.title)).toContain(
      'Terugkoppeling stuurgroep: Regionale visie jeugdhulp',
    );

    // Removing the stuurgroep's decision opens it again; so does the item going to the trash.
    await r.api['decisions.delete']({ id: sgDecision.id });
    d = (await r.api['decisions.list']({ bodyId, query: 'jeugdhulp' }))[0]!;
    expect(by(d, 'Stuurgroep')).toMatchObject({ status: 'geagendeerd', result: null });
    await r.api['items.delete']({ id: taken.id });
    d = (await r.api['decisions.list']({ bodyId, query: 'jeugdhulp' }))[0]!;
    expect(by(d, 'Stuurgroep')).toMatchObject({ status: 'open', on: null, forwardedTo: null });
    expect((await forwardedProposals(sgMay)).map((p) => p.followUpId)).toEqual([by(d, 'Stuurgroep').id]);
  });

  it('records a follow-up’s change in the advising body’s log and undo, not the stuurgroep’s', async () => {
    const { decision } = await advice('colleges');
    await r.api['followUps.update']({
      id: by(decision, 'Leudal').id,
      status: 'geagendeerd',
      on: '2027-05-11',
    });
    const label = 'Vervolg van advies bijgewerkt';
    expect((await r.api['audit.list']({ bodyId })).map((e) => e.label)).toContain(label);
    expect((await r.api['audit.list']({ bodyId: stuurgroepId })).map((e) => e.label)).not.toContain(label);
    expect(await r.api['undo.last']({ bodyId })).toEqual({ label });
    expect(by((await r.api['decisions.list']({ bodyId }))[0]!, 'Leudal').status).toBe('open');
  });

  it('keeps a postponed stuurgroep item’s follow-up waiting and follows it to the next meeting', async () => {
    const { decision } = await advice('stuurgroep');
    const fu = decision.followUps[0]!.id;
    const taken = await r.api['items.add']({
      meetingId: sgMay,
      kind: 'besluitvormend',
      title: 'Regionale visie jeugdhulp',
      forwardFollowUpId: fu,
    });
    await r.api['items.setStatus']({ id: taken.id, status: 'postponed' });
    let d = (await r.api['decisions.list']({ bodyId }))[0]!;
    expect(d.followUps[0]).toMatchObject({ status: 'aangehouden', on: '2027-05-06', result: 'aangehouden' });
    const carried = await r.api['items.add']({
      meetingId: sgJune,
      kind: 'besluitvormend',
      title: 'Regionale visie jeugdhulp',
      postponedFromItemId: taken.id,
    });
    d = (await r.api['decisions.list']({ bodyId }))[0]!;
    expect(d.followUps[0]).toMatchObject({
      status: 'geagendeerd',
      on: '2027-06-03',
      forwardedTo: { itemId: carried.id, meetingId: sgJune },
    });
    await r.api['decisions.add']({ itemId: carried.id, text: 'Niet vastgesteld.', outcome: 'niet akkoord' });
    d = (await r.api['decisions.list']({ bodyId }))[0]!;
    expect(chainOf(d)).toBe('Stuurgroep ✗ 3 juni');
  });

  it('refuses to forward to a body that is not the advice’s stuurgroep, and an outcome on a plain item', async () => {
    const { decision } = await advice('stuurgroep');
    const other = await r.api['bodies.save']({
      name: 'Andere regiegroep',
      rotation: ['Leudal'],
      deadlines: CALENDAR_5_DAYS,
      closedDays: [],
    });
    const meeting = (await r.api['meetings.create']({ bodyId: other.id, date: '2027-05-10', start: '10:00' }))
      .meeting.id;
    const wrong = await errorOf(
      r.api['items.add']({
        meetingId: meeting,
        kind: 'besluitvormend',
        title: 'X',
        forwardFollowUpId: decision.followUps[0]!.id,
      }),
    );
    expect(wrong.message).toContain('andere stuurgroep');
    expect((await r.api['meetings.get']({ id: meeting })).items.map((i) => i.title)).not.toContain('X');

    const plain = await r.api['items.add']({ meetingId: sgMay, kind: 'besluitvormend', title: 'Eigen punt' });
    const outcome = await errorOf(
      r.api['decisions.add']({ itemId: plain.id, text: 'Akkoord.', outcome: 'akkoord' }),
    );
    expect(outcome.issues?.[0]?.path).toBe('outcome');
    expect((await r.api['meetings.get']({ id: sgMay })).items.flatMap((i) => i.decisions)).toEqual([]);

    // Chosen in the settings: the other body becomes the stuurgroep, the named one no longer.
    const body = (await r.api['bodies.list']({})).find((b) => b.id === bodyId)!;
    const saved = await r.api['bodies.save']({
      id: bodyId,
      name: body.name,
      rotation: body.rotation.map((m) => m.name),
      deadlines: body.deadlines,
      closedDays: [],
      stuurgroepBodyId: other.id,
    });
    expect(saved.stuurgroep).toEqual({ id: other.id, name: 'Andere regiegroep', chosen: true });
    expect(await forwardedProposals(sgMay)).toEqual([]);
    expect((await forwardedProposals(meeting)).map((p) => p.followUpId)).toEqual([decision.followUps[0]!.id]);
  });
});
