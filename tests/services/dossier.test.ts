// The dossier of a subject, replaying the trajectory that opens seed 002 ("eerste conceptversie 16.04; ter
// bespreking in ambtelijke regiegroep 20.04; tweede conceptversie 22.04; … vastgesteld door de stuurgroep op
// 24.06.2021") in 2027: postponed in the regiegroep, advised, forwarded to the stuurgroep, postponed there and
// decided. Items that return join one dossier by themselves; versions are numbered per dossier in the order
// attached (the same file again keeps its number); the Verloop reads as the seed; a later item can be linked.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openTestRegie, type TestRegie } from '../helpers/regie';
import { CALENDAR_5_DAYS, createRegiegroep } from '../helpers/fixtures';
import { docxText } from '../documents/helpers';

let r: TestRegie;
let rg: string;
let sg: string;

beforeEach(async () => {
  r = await openTestRegie('2027-04-10T08:00:00Z');
  rg = (await createRegiegroep(r.api)).body.id;
  sg = (
    await r.api['bodies.save']({
      name: 'Stuurgroep',
      rotation: ['Leudal', 'Nederweert', 'Weert'],
      deadlines: CALENDAR_5_DAYS,
      closedDays: [],
    })
  ).id;
});
afterEach(async () => r.cleanup());

const meeting = async (bodyId: string, date: string) =>
  (await r.api['meetings.create']({ bodyId, date, start: '09:30' })).meeting.id;

async function attach(itemId: string, on: string, name: string, content = name) {
  r.setNow(`${on}T10:00:00Z`);
  return r.api['documents.add']({
    itemId,
    source: { kind: 'bytes', fileName: name, base64: Buffer.from(`%PDF-1.4 ${content}`).toString('base64') },
  });
}

const TITLE = 'Samenwerking inkoop sociaal domein';

async function seedTrajectory() {
  const [apr20, apr28, may6, jun24] = [
    await meeting(rg, '2027-04-20'),
    await meeting(rg, '2027-04-28'),
    await meeting(sg, '2027-05-06'),
    await meeting(sg, '2027-06-24'),
  ];
  const first = await r.api['items.add']({ meetingId: apr20, kind: 'informerend', title: TITLE });
  await attach(first.id, '2027-04-16', 'Notitie inkoop.pdf', 'eerste conceptversie');
  r.setNow('2027-04-20T12:00:00Z');
  await r.api['items.setStatus']({ id: first.id, status: 'postponed' });

  const second = await r.api['items.add']({
    meetingId: apr28,
    kind: 'voorbereidend',
    target: 'stuurgroep',
    title: TITLE,
    postponedFromItemId: first.id,
  });
  await attach(second.id, '2027-04-22', 'Notitie inkoop v2.pdf', 'tweede conceptversie');
  r.setNow('2027-04-28T12:00:00Z');
  const advice = await r.api['decisions.add']({ itemId: second.id, text: 'Advies: vaststellen.' });

  r.setNow('2027-04-29T09:00:00Z');
  const third = await r.api['items.add']({
    meetingId: may6,
    kind: 'besluitvormend',
    title: TITLE,
    forwardFollowUpId: advice.followUps[0]!.id,
  });
  await attach(third.id, '2027-04-29', 'Notitie inkoop v3.pdf', 'derde conceptversie');
  r.setNow('2027-05-06T12:00:00Z');
  await r.api['items.setStatus']({ id: third.id, status: 'postponed' });

  r.setNow('2027-06-10T09:00:00Z');
  const fourth = await r.api['items.add']({
    meetingId: jun24,
    kind: 'besluitvormend',
    title: TITLE,
    postponedFromItemId: third.id,
  });
  r.setNow('2027-06-24T12:00:00Z');
  await r.api['decisions.add']({ itemId: fourth.id, text: 'Vastgesteld.', outcome: 'akkoord' });
  return { first, second, third, fourth };
}

describe('the dossier of a subject', () => {
  it('gathers the items that returned, numbers the versions, and reads its Verloop as the seed', async () => {
    const { first, second, third, fourth } = await seedTrajectory();
    const dossier = await r.api['dossier.get']({ itemId: third.id });
    expect(dossier.rootItemId).toBe(first.id);
    expect(dossier.title).toBe(TITLE);
    expect(dossier.items.map((i) => [i.itemId, i.bodyName, i.meetingDate, i.kind, i.status])).toEqual([
      [first.id, 'Regiegroep', '2027-04-20', 'informerend', 'postponed'],
      [second.id, 'Regiegroep', '2027-04-28', 'voorbereidend', 'open'],
      [third.id, 'Stuurgroep', '2027-05-06', 'besluitvormend', 'postponed'],
      [fourth.id, 'Stuurgroep', '2027-06-24', 'besluitvormend', 'open'],
    ]);
    // The forwarded item carries v2 again (the same file): still v2, not new there.
    expect(
      dossier.items.map((i) => i.documents.map((d) => `v${d.version}${d.isNew ? ' nieuw' : ''}`)),
    ).toEqual([['v1 nieuw'], ['v2 nieuw'], ['v2', 'v3 nieuw'], []]);
    expect(dossier.versions).toEqual([
      { version: 1, title: 'Notitie inkoop', attachedOn: '2027-04-16' },
      { version: 2, title: 'Notitie inkoop v2', attachedOn: '2027-04-22' },
      { version: 3, title: 'Notitie inkoop v3', attachedOn: '2027-04-29' },
    ]);
    expect(dossier.verloop).toEqual([
      'eerste versie 16.04; ter bespreking in de regiegroep 20.04 (aangehouden)',
      'tweede versie 22.04; ter bespreking en advisering in de regiegroep 28.04',
      'derde versie 29.04; ter bespreking en vaststelling in de stuurgroep 06.05 (aangehouden)',
      'ter bespreking en vaststelling in de stuurgroep 24.06',
      'Vastgesteld door de stuurgroep op 24.06.2027',
    ]);
    // Every item of the dossier opens the same dossier.
    expect((await r.api['dossier.get']({ itemId: fourth.id })).verloop).toEqual(dossier.verloop);

    const out = mkdtempSync(join(tmpdir(), 'regie-verloop-'));
    const exported = await r.api['export.verloop']({ itemId: second.id, outPath: join(out, 'verloop.docx') });
    const text = (await docxText(readFileSync(exported.path))).split('\n').filter(Boolean);
    expect(text).toEqual(['Verloop', TITLE, ...dossier.verloop]);
    rmSync(out, { recursive: true, force: true });
  });

  it('keeps a version for the same file attached again, and gives a new one to a changed file', async () => {
    const [a, b] = [await meeting(rg, '2027-04-20'), await meeting(rg, '2027-05-25')];
    const one = await r.api['items.add']({ meetingId: a, kind: 'informerend', title: 'Jaarplan' });
    await attach(one.id, '2027-04-12', 'Jaarplan.pdf', 'versie A');
    await r.api['items.setStatus']({ id: one.id, status: 'postponed' });
    const two = await r.api['items.add']({
      meetingId: b,
      kind: 'informerend',
      title: 'Jaarplan',
      postponedFromItemId: one.id,
    });
    await attach(two.id, '2027-05-15', 'Jaarplan.pdf', 'versie A');
    await attach(two.id, '2027-05-16', 'Jaarplan herzien.pdf', 'versie B');
    const view = await r.api['dossier.get']({ itemId: two.id });
    expect(view.items.map((i) => i.documents.map((d) => d.version))).toEqual([[1], [1, 2]]);
    expect(view.verloop).toEqual([
      'eerste versie 12.04; ter bespreking in de regiegroep 20.04 (aangehouden)',
      'tweede versie 16.05; ter bespreking in de regiegroep 25.05.2027',
    ]);
  });

  it('links a later item by hand (same title offered first), and takes it out again', async () => {
    const { first, second } = await seedTrajectory();
    const sep = await meeting(rg, '2027-09-21');
    const same = await r.api['items.add']({ meetingId: sep, kind: 'informerend', title: TITLE });
    const other = await r.api['items.add']({
      meetingId: sep,
      kind: 'informerend',
      title: 'Evaluatie inkoop',
    });
    let view = await r.api['dossier.get']({ itemId: first.id });
    expect(view.candidates.slice(0, 2).map((c) => [c.title, c.sameTitle])).toEqual([
      [TITLE, true],
      ['Evaluatie inkoop', false],
    ]);
    view = await r.api['dossier.link']({ itemId: other.id, withItemId: first.id });
    expect(view.rootItemId).toBe(first.id);
    expect(view.items.at(-1)?.itemId).toBe(other.id);
    expect(view.verloop.at(-1)).toBe('ter bespreking in de regiegroep 21.09.2027');
    expect(view.candidates.map((c) => c.itemId)).toContain(same.id);
    expect(view.candidates.map((c) => c.itemId)).not.toContain(other.id);

    // Out again: the rest of the dossier stays as it was.
    const out = await r.api['dossier.link']({ itemId: other.id, withItemId: null });
    expect(out.items.map((i) => i.itemId)).toEqual([other.id]);
    expect((await r.api['dossier.get']({ itemId: first.id })).items).toHaveLength(4);

    // The first item itself taken out: the next one becomes the dossier's first.
    const rest = await r.api['dossier.link']({ itemId: first.id, withItemId: null });
    expect(rest.items.map((i) => i.itemId)).toEqual([first.id]);
    const remaining = await r.api['dossier.get']({ itemId: second.id });
    expect(remaining.rootItemId).toBe(second.id);
    expect(remaining.items).toHaveLength(3);
  });
});
