// The desk's read views are kept until the database changes (electron/services/read/memo.ts), and the meetings
// list compares each sent agenda with a parsed snapshot it keeps. Whatever changes after sending must still show
// as "gewijzigd na verzending" — in the list, the meeting and "Aandacht" alike — and undoing it must clear it.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importFixturePlan, openTestRegie, type TestRegie } from '../helpers/regie';
import { loadBodyState } from '../../electron/services/read/body-state';
import { meetingDetail, meetingSummaries } from '../../electron/services/read/meeting-views';
import { computeDeadlines } from '../../shared/rules/deadlines';

let r: TestRegie;
let bodyId: string;
let april: string;
let march: string;

beforeEach(async () => {
  r = await openTestRegie('2027-03-15T09:00:00Z');
  bodyId = await importFixturePlan(r);
  april = (await r.api['meetings.find']({ ref: '2027-04-01' })).id;
  march = (await r.api['meetings.find']({ ref: '2027-03-04' })).id;
  await r.api['agenda.markSent']({ meetingId: april, acknowledgeLate: true });
});
afterEach(async () => r.cleanup());

/**
 * Whether a meeting's agenda changed since it was sent, as the list, the meeting and — for a coming meeting —
 * "Aandacht" say (they must agree).
 */
async function changedSinceSent(meetingId = april): Promise<boolean> {
  const listed = (await r.api['meetings.list']({ bodyId })).find((m) => m.id === meetingId);
  const detail = await r.api['meetings.get']({ id: meetingId });
  expect(listed).toBeDefined();
  expect(detail.agendaChangedSinceSent).toBe(listed?.agendaChangedSinceSent);
  const attention = await r.api['attention.get']({ bodyId });
  if (attention.upcoming.some((u) => u.meeting.id === meetingId)) {
    const warned = attention.warnings.some(
      (w) => w.kind === 'agenda-changed' && w.group === `meeting:${meetingId}`,
    );
    expect(warned).toBe(listed?.agendaChangedSinceSent);
  }
  return listed?.agendaChangedSinceSent ?? false;
}

/** Reads every view twice, so that what follows a change is read after the views were kept. */
async function readTwice(meetingId = april): Promise<boolean> {
  await changedSinceSent(meetingId);
  return changedSinceSent(meetingId);
}

async function aprilItem(title: string) {
  const detail = await r.api['meetings.get']({ id: april });
  const item = detail.items.find((i) => i.title.startsWith(title));
  if (!item) throw new Error(`geen punt ${title}`);
  return item;
}

describe('changed since sent, read after the views were kept', () => {
  it('shows an item edited after sending, and no longer after undo or after sending again', async () => {
    expect(await readTwice()).toBe(false);
    const item = await aprilItem('Aanschaf informatieplatform');
    await r.api['items.update']({ id: item.id, explanation: 'Nieuwe toelichting.' });
    expect(await readTwice()).toBe(true);
    await r.api['undo.last']({ bodyId });
    expect(await readTwice()).toBe(false);

    await r.api['items.update']({ id: item.id, title: 'Aanschaf informatieplatform (herzien)' });
    expect(await readTwice()).toBe(true);
    await r.api['agenda.markSent']({ meetingId: april, acknowledgeLate: true });
    expect((await r.api['meetings.get']({ id: april })).agendaSent?.version).toBe(2);
    expect(await readTwice()).toBe(false);
  });

  it('shows a document added to an item, and no longer once it is removed', async () => {
    expect(await readTwice()).toBe(false);
    const item = await aprilItem('Stavaza Beschermd wonen');
    const added = await r.api['documents.add']({
      itemId: item.id,
      source: {
        kind: 'bytes',
        fileName: 'nagekomen.pdf',
        base64: Buffer.from('%PDF nagekomen').toString('base64'),
      },
    });
    expect(await readTwice()).toBe(true);
    await r.api['documents.delete']({ id: added.id ?? '' });
    expect(await readTwice()).toBe(false);
  });

  it('shows the meeting moved to another time and another chair', async () => {
    expect(await readTwice()).toBe(false);
    await r.api['meetings.update']({ id: april, start: '14:00' });
    expect(await readTwice()).toBe(true);
    await r.api['undo.last']({ bodyId });
    expect(await readTwice()).toBe(false);

    const detail = await r.api['meetings.get']({ id: april });
    const people = await r.api['people.list']({ bodyId });
    const other = people.find((p) => p.id !== detail.chair.personId && p.name);
    if (!other) throw new Error('geen andere persoon');
    await r.api['meetings.setOverride']({ id: april, role: 'chair', personId: other.id, reason: 'vakantie' });
    expect(await readTwice()).toBe(true);
  });

  it("shows the previous meeting's minutes once they are sent, and a cancelled meeting reinstated before it", async () => {
    // June's previous meeting is April (May is cancelled), whose minutes are still a draft.
    const june = (await r.api['meetings.find']({ ref: '2027-06-03' })).id;
    await r.api['agenda.markSent']({ meetingId: june, acknowledgeLate: true });
    expect(await readTwice(june)).toBe(false);
    r.setNow('2027-04-02T09:00:00Z');
    expect(await readTwice(june)).toBe(false);
    await r.api['minutes.send']({ meetingId: april, acknowledgeWarnings: true });
    const minutesItem = (await r.api['meetings.get']({ id: june })).items.find(
      (i) => i.fixedRole === 'minutes',
    );
    expect(minutesItem?.attachments.some((a) => a.source === 'previous-minutes')).toBe(true);
    expect(await readTwice(june)).toBe(true);
    await r.api['agenda.markSent']({ meetingId: june, acknowledgeLate: true });
    expect(await readTwice(june)).toBe(false);

    // May back on the calendar: June's previous minutes are May's, still a draft, so the attachment goes.
    const may = (await r.api['meetings.find']({ ref: '2027-05-06' })).id;
    await r.api['meetings.update']({ id: may, status: 'planned' });
    expect(await readTwice(june)).toBe(true);
  });
});

describe('kept views', () => {
  it('are copies: what one caller changes in them, the next does not get', async () => {
    const list = await r.api['meetings.list']({ bodyId });
    const detail = await r.api['meetings.get']({ id: april });
    const attention = await r.api['attention.get']({ bodyId });
    const pristine = structuredClone({ list, detail, attention });
    (list[0] as { date: string }).date = '1999-01-01';
    detail.items.pop();
    detail.openActions.push(detail.openActions[0] as never);
    attention.warnings.length = 0;
    expect({
      list: await r.api['meetings.list']({ bodyId }),
      detail: await r.api['meetings.get']({ id: april }),
      attention: await r.api['attention.get']({ bodyId }),
    }).toEqual(pristine);
  });

  it('follow the day: another day is another view without any change in between', async () => {
    const before = await r.api['attention.get']({ bodyId });
    expect(before.today).toBe('2027-03-15');
    const detail = await r.api['meetings.get']({ id: april });
    const marchItem = (await r.api['meetings.get']({ id: march })).items[0];
    const action = await r.api['actions.add']({
      itemId: marchItem?.id ?? '',
      what: 'Notitie opstellen',
      whoName: 'J. Peeters',
      due: '2027-03-20',
    });
    expect(
      (await r.api['meetings.get']({ id: april })).openActions.find((a) => a.id === action.id),
    ).toMatchObject({
      overdue: false,
    });
    r.setNow('2027-03-25T09:00:00Z');
    const later = await r.api['attention.get']({ bodyId });
    expect(later.today).toBe('2027-03-25');
    expect(later.warnings.some((w) => w.kind === 'action-overdue')).toBe(true);
    expect(
      (await r.api['meetings.get']({ id: april })).openActions.find((a) => a.id === action.id),
    ).toMatchObject({
      overdue: true,
    });
    expect(detail.id).toBe(april);
  });

  it('are made anew after a change even for a caller that holds the body state from before it', async () => {
    const db = r.context.store.db;
    const state = await loadBodyState(db, bodyId);
    const item = await aprilItem('Aanschaf informatieplatform');
    expect((await meetingDetail(db, state, april, '2027-03-15')).agendaChangedSinceSent).toBe(false);
    expect((await meetingSummaries(db, state)).find((m) => m.id === april)?.agendaChangedSinceSent).toBe(
      false,
    );
    await r.api['items.update']({ id: item.id, title: 'Aanschaf informatieplatform (herzien)' });
    const detail = await meetingDetail(db, state, april, '2027-03-15');
    expect(detail.items.find((i) => i.id === item.id)?.title).toBe('Aanschaf informatieplatform (herzien)');
    expect(detail.agendaChangedSinceSent).toBe(true);
    expect((await meetingSummaries(db, state)).find((m) => m.id === april)?.agendaChangedSinceSent).toBe(
      true,
    );
  });

  it("follow the body's deadline settings and closed days", async () => {
    const aprilDeadlines = async () =>
      (await r.api['meetings.list']({ bodyId })).find((m) => m.id === april)?.deadlines;
    const body = (await r.api['bodies.list']({})).find((b) => b.id === bodyId);
    if (!body) throw new Error('geen overleg');
    const save = (deadlines: typeof body.deadlines, closedDays: typeof body.closedDays) =>
      r.api['bodies.save']({
        id: bodyId,
        name: body.name,
        rotation: body.rotation.map((m) => m.name),
        deadlines,
        closedDays,
      });
    const first = await aprilDeadlines();
    expect(first).toEqual(computeDeadlines('2027-04-01', body.deadlines, { closedDays: [] }));

    const earlier = { ...body.deadlines, submissionDays: body.deadlines.submissionDays + 2 };
    await save(earlier, body.closedDays);
    const moved = await aprilDeadlines();
    expect(moved).toEqual(computeDeadlines('2027-04-01', earlier, { closedDays: [] }));
    expect(moved?.submission).not.toBe(first?.submission);

    const working = { ...earlier, unit: 'working' as const };
    const closed = [{ date: moved?.submission ?? '', reason: 'sluitingsdag' }];
    await save(working, closed);
    const closedAfter = await aprilDeadlines();
    expect(closedAfter).toEqual(
      computeDeadlines('2027-04-01', working, { closedDays: [closed[0]?.date ?? ''] }),
    );
    await save(working, []);
    expect(await aprilDeadlines()).toEqual(computeDeadlines('2027-04-01', working, { closedDays: [] }));
    expect(await aprilDeadlines()).not.toEqual(closedAfter);
  });
});
