// The decision chain travels in meeting packages: the chair's laptop records an advice for `beide`, the
// ondersteuner's laptop gets its four follow-ups; outcomes recorded on either laptop for different
// destinations merge, the same destination decided differently on both is a conflict named in Dutch; and the
// stuurgroep's meeting package carries the follow-up its forwarded item closes.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { openTestRegie, type TestRegie } from '../helpers/regie';
import { CALENDAR_5_DAYS } from '../helpers/fixtures';
import { exchangeDir, loadPlan, openLaptop, rowOf } from '../fixtures/sync/laptops';
import { readFileSync } from 'node:fs';
import { Document, Packer, Paragraph, TextRun } from 'docx';
import { docxText } from '../documents/helpers';

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
  rmSync(a.dataDir, { recursive: true, force: true });
  await b.cleanup();
  rmSync(dir, { recursive: true, force: true });
});

async function send(from: TestRegie, to: TestRegie, name: string, id = meetingId) {
  const path = join(dir, name);
  await from.api['package.export']({ meetingId: id, outPath: path });
  return { path, preview: await to.api['package.preview']({ path }) };
}

describe('follow-ups between laptops', () => {
  it('carry the advice’s follow-ups, merge outcomes per destination, and name a conflict', async () => {
    await b.api['package.import']({ path: (await send(a, b, 'heen.regie')).path });
    const prep = (await b.api['meetings.get']({ id: meetingId })).items.find(
      (i) => i.title === 'Regionale visie jeugdhulp',
    )!;
    const advice = await b.api['decisions.add']({ itemId: prep.id, text: 'Positief advies.' });
    expect(advice.followUps).toHaveLength(4);

    const back = await send(b, a, 'terug.regie');
    expect(back.preview.created).toMatchObject({ decisions: 1, follow_ups: 4 });
    await a.api['package.import']({ path: back.path });
    const bodyId = (await a.api['meetings.get']({ id: meetingId })).bodyId;
    const onA = (await a.api['decisions.list']({ bodyId }))[0]!;
    expect(onA.followUps.map((f) => f.id)).toEqual(advice.followUps.map((f) => f.id));

    // A records Leudal's college, B Weert's: both arrive on both laptops.
    const [stuurgroep, leudal, , weert] = advice.followUps;
    await a.api['followUps.update']({
      id: leudal!.id,
      status: 'besloten',
      on: '2027-04-20',
      result: 'akkoord',
    });
    await b.api['followUps.update']({
      id: weert!.id,
      status: 'besloten',
      on: '2027-04-22',
      result: 'niet akkoord',
    });
    // And both record the stuurgroep, differently.
    await a.api['followUps.update']({
      id: stuurgroep!.id,
      status: 'besloten',
      on: '2027-04-15',
      result: 'akkoord',
    });
    await b.api['followUps.update']({ id: stuurgroep!.id, status: 'aangehouden', on: '2027-04-15' });

    const second = await send(b, a, 'tweede.regie');
    expect(second.preview.conflicts.map((c) => [c.what, c.ours, c.theirs])).toEqual([
      ['Vervolg bij de stuurgroep (2027-04-15) — status', 'besloten', 'aangehouden'],
      ['Vervolg bij de stuurgroep (2027-04-15) — uitkomst', 'akkoord', 'aangehouden'],
    ]);
    await a.api['package.import']({ path: second.path, resolutions: 'ours' });
    expect(await rowOf(a, 'follow_ups', weert!.id)).toMatchObject({
      status: 'besloten',
      result: 'niet akkoord',
    });
    expect(await rowOf(a, 'follow_ups', leudal!.id)).toMatchObject({ status: 'besloten', result: 'akkoord' });
    expect(await rowOf(a, 'follow_ups', stuurgroep!.id)).toMatchObject({
      status: 'besloten',
      result: 'akkoord',
    });

    await b.api['package.import']({ path: (await send(a, b, 'derde.regie')).path, resolutions: 'theirs' });
    expect(await rowOf(b, 'follow_ups', leudal!.id)).toMatchObject({ status: 'besloten', result: 'akkoord' });
    expect(await rowOf(b, 'follow_ups', stuurgroep!.id)).toMatchObject({ result: 'akkoord' });
    expect((await a.api['check.run']({})).ok).toBe(true);
    expect((await b.api['check.run']({})).ok).toBe(true);
  });

  it('go with the stuurgroep’s meeting whose item closes them', async () => {
    const bodyId = (await a.api['meetings.get']({ id: meetingId })).bodyId;
    const prep = (await a.api['meetings.get']({ id: meetingId })).items.find(
      (i) => i.title === 'Regionale visie jeugdhulp',
    )!;
    const advice = await a.api['decisions.add']({ itemId: prep.id, text: 'Positief advies.' });
    const stuurgroep = await a.api['bodies.save']({
      name: 'Stuurgroep',
      rotation: ['Leudal', 'Nederweert', 'Weert'],
      deadlines: CALENDAR_5_DAYS,
      closedDays: [],
    });
    const sg = (await a.api['meetings.create']({ bodyId: stuurgroep.id, date: '2027-04-15', start: '14:00' }))
      .meeting.id;
    const item = await a.api['items.add']({
      meetingId: sg,
      kind: 'besluitvormend',
      title: 'Regionale visie jeugdhulp',
      forwardFollowUpId: advice.followUps[0]!.id,
    });

    // The stuurgroep's secretary decides on another laptop; the follow-up comes back closed.
    await b.api['package.import']({ path: (await send(a, b, 'stuurgroep.regie', sg)).path });
    expect(await rowOf(b, 'follow_ups', advice.followUps[0]!.id)).toMatchObject({
      status: 'geagendeerd',
      linked_item_id: item.id,
    });
    await b.api['decisions.add']({ itemId: item.id, text: 'Vastgesteld.', outcome: 'akkoord' });
    await a.api['package.import']({ path: (await send(b, a, 'besluit.regie', sg)).path });
    const chain = (await a.api['decisions.list']({ bodyId, query: 'jeugdhulp' }))[0]!.followUps[0];
    expect(chain).toMatchObject({
      status: 'besloten',
      on: '2027-04-15',
      result: 'akkoord',
      note: 'Vastgesteld.',
    });
  });

  it('carry a municipality’s own Word template, which no check counts as a loose file', async () => {
    const body = (await a.api['meetings.get']({ id: meetingId })).bodyId;
    const leudal = (await a.api['templates.list']({ bodyId: body })).find(
      (t) => t.municipality.name === 'Leudal',
    )!;
    const doc = new Document({
      sections: [{ children: [new Paragraph({ children: [new TextRun('Leudal: {onderwerp}')] })] }],
    });
    await a.api['templates.set']({
      municipalityId: leudal.municipality.id,
      source: {
        kind: 'bytes',
        fileName: 'Sjabloon Leudal.docx',
        base64: (await Packer.toBuffer(doc)).toString('base64'),
      },
    });
    // Another day, another session (a file put in this one is never counted as loose): check and repair.
    const dataDir = a.dataDir;
    await a.close();
    a = await openTestRegie('2027-03-16T09:00:00Z', dataDir);
    expect((await a.api['check.run']({})).ok).toBe(true);
    await a.api['check.run']({ repair: true });

    await b.api['package.import']({ path: (await send(a, b, 'sjabloon.regie')).path });
    const item = (await b.api['meetings.get']({ id: meetingId })).items.find(
      (i) => i.title === 'Regionale visie jeugdhulp',
    )!;
    const out = join(dir, 'voorstel.docx');
    const result = await b.api['export.voorstel']({
      meetingId,
      itemId: item.id,
      municipality: 'Leudal',
      outPath: out,
    });
    expect(result.notice).toBeUndefined();
    expect((await docxText(readFileSync(out))).trim()).toBe('Leudal: Regionale visie jeugdhulp');
    expect((await b.api['check.run']({})).ok).toBe(true);
  });
});
