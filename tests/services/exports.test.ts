// Exports through the real services, read back: the agenda, sending as a record and the revised version
// after a change, the minutes, the action list, and the distribution package (via a job with progress).
// Fixture: tests/fixtures/plan/plan.json (see tests/cli/cli.test.ts for the hand-worked dates).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { unzipSync, strFromU8 } from 'fflate';
import { importFixturePlan, openTestRegie, type TestRegie } from '../helpers/regie';

let r: TestRegie;
let april: string;
let bodyId: string;

async function text(path: string): Promise<string> {
  return (await mammoth.extractRawText({ path })).value;
}

beforeEach(async () => {
  r = await openTestRegie('2027-03-15T09:00:00Z');
  bodyId = await importFixturePlan(r);
  april = (await r.api['meetings.find']({ ref: '2027-04-01' })).id;
});
afterEach(async () => r.cleanup());

describe('the agenda as a Word file', () => {
  it('lists the items in order with their type, letters, Dutch date and the proposal', async () => {
    const out = join(r.dataDir, 'exports', 'uit', 'agenda.docx');
    const res = await r.api['export.agenda']({ meetingId: april, outPath: out });
    expect(res).toMatchObject({ path: out, revision: null, exactlyAsSent: false });
    const t = await text(out);
    expect(t).toContain('donderdag 1 april 2027');
    expect(t).toContain('Stadhuis Weert');
    const order = [
      'Opening, mededelingen en vaststelling agenda',
      'Vaststelling verslag en afsprakenlijst vorige bijeenkomst',
      'Informerend: Stavaza Beschermd wonen',
      'Besluitvormend: Aanschaf informatieplatform',
      'Voorbereidend: Regionale visie jeugdhulp',
      'Rondvraag, sluiting en volgend overleg',
    ];
    const positions = order.map((s) => t.indexOf(s));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(t).toContain('Instemmen met de aanschaf.');
    expect(t).toMatch(/C1, C2/);
    expect(t).toContain('stuurgroep en colleges van B&W');
    expect(t).not.toContain('Gewijzigde agenda');
  });

  it('keeps what was sent, and makes the next export a visibly revised version', async () => {
    // Item 5 came in after the deadline and nobody decided yet: sending it anyway is a conscious choice.
    const sent = await r.api['agenda.markSent']({ meetingId: april, acknowledgeLate: true });
    expect(sent).toMatchObject({ version: 1, sentBy: 'test', changes: [] });
    let list = await r.api['meetings.list']({ bodyId });
    expect(list.find((m) => m.id === april)).toMatchObject({
      agendaSent: { version: 1 },
      agendaChangedSinceSent: false,
    });
    const same = await r.api['export.agenda']({
      meetingId: april,
      outPath: join(r.dataDir, 'exports', 'a1.docx'),
    });
    expect(same.exactlyAsSent).toBe(true);
    await expect(r.api['agenda.markSent']({ meetingId: april, acknowledgeLate: true })).rejects.toMatchObject(
      {
        body: { code: 'conflict' },
      },
    );

    const detail = await r.api['meetings.get']({ id: april });
    await r.api['items.update']({
      id: detail.items[3]?.id as string,
      title: 'Aanschaf informatieplatform (herzien)',
    });
    list = await r.api['meetings.list']({ bodyId });
    expect(list.find((m) => m.id === april)?.agendaChangedSinceSent).toBe(true);
    const attention = await r.api['attention.get']({ bodyId });
    expect(attention.warnings.some((w) => w.kind === 'agenda-changed')).toBe(true);

    const revised = await r.api['export.agenda']({
      meetingId: april,
      outPath: join(r.dataDir, 'exports', 'a2.docx'),
    });
    expect(revised).toMatchObject({
      revision: 2,
      exactlyAsSent: false,
      changes: ['Agendapunt 4: titel gewijzigd (was "Aanschaf informatieplatform").'],
    });
    const t = await text(revised.path);
    expect(t).toContain('Gewijzigde agenda');
    expect(t).toContain('Agendapunt 4: titel gewijzigd');

    // Version 1 stays retrievable byte for byte.
    const v1 = await r.api['export.sentVersion']({
      meetingId: april,
      kind: 'agenda',
      version: 1,
      outPath: join(r.dataDir, 'exports', 'v1.docx'),
    });
    expect(readFileSync(v1.path).equals(readFileSync(same.path))).toBe(true);
    expect(await text(v1.path)).toContain('Besluitvormend: Aanschaf informatieplatform');
    const second = await r.api['agenda.markSent']({ meetingId: april, acknowledgeLate: true });
    expect(second.version).toBe(2);
    const versions = await r.api['sent.versions']({ meetingId: april });
    expect(versions.map((v) => `${v.kind} ${v.version}`)).toEqual(['agenda 2', 'agenda 1']);
    expect(versions[1]?.files.map((f) => f.role)).toEqual([
      'agenda',
      'actions',
      'bijlage B',
      'bijlage C1',
      'bijlage C2',
    ]);
  });
});

describe('the sent agenda and the meeting it is for', () => {
  it('a new location after sending makes a revised agenda that says so', async () => {
    await r.api['agenda.markSent']({ meetingId: april, acknowledgeLate: true });
    await r.api['meetings.update']({ id: april, location: 'Gemeentehuis Nederweert, raadzaal' });
    const list = await r.api['meetings.list']({ bodyId });
    expect(list.find((m) => m.id === april)?.agendaChangedSinceSent).toBe(true);
    const revised = await r.api['export.agenda']({
      meetingId: april,
      outPath: join(r.dataDir, 'exports', 'locatie.docx'),
    });
    expect(revised).toMatchObject({
      revision: 2,
      exactlyAsSent: false,
      changes: ['Locatie gewijzigd naar Gemeentehuis Nederweert, raadzaal.'],
    });
    const t = await text(revised.path);
    expect(t).toContain('Gewijzigde agenda');
    expect(t).toContain('Gemeentehuis Nederweert, raadzaal');
  });
});

describe('minutes and action list', () => {
  it('writes the minutes with attendance, notes, decisions and the action list (nr, wat, wie, wanneer)', async () => {
    const feb = (await r.api['meetings.find']({ ref: '2027-02-04' })).id;
    const res = await r.api['export.minutes']({
      meetingId: feb,
      outPath: join(r.dataDir, 'exports', 'verslag.docx'),
    });
    const t = await text(res.path);
    expect(t).toContain('Verslag en afsprakenlijst');
    expect(t).toContain('donderdag 4 februari 2027');
    for (const s of [
      'A. Hendriks',
      'M. Janssen',
      'P. Smeets',
      'L. Peeters',
      'Toegelicht.',
      'Cijfers Q4 aanvullen',
      'R. Verheijen',
    ])
      expect(t).toContain(s);
    expect(t).toMatch(/1 (maart|mrt\.) 2027/);
  });

  it('writes the action list of the body with the overdue action marked', async () => {
    const res = await r.api['export.actions']({ bodyId, outPath: join(r.dataDir, 'exports', 'acties.docx') });
    const t = await text(res.path);
    expect(t).toContain('Actielijst');
    expect(t).toContain('Cijfers Q4 aanvullen');
    expect(t.toLowerCase()).toContain('verlopen');
  });

  it('writes into the exports folder when no path is given (browser mode), with a download name', async () => {
    const res = await r.api['export.agenda']({ meetingId: april });
    expect(res.path.startsWith(join(r.dataDir, 'exports'))).toBe(true);
    expect(res.download).toBe(res.fileName);
    expect(existsSync(res.path)).toBe(true);
  });
});

describe('the distribution package', () => {
  it('holds the agenda and the attachments named by letter, an e-mail draft and an invitation, and a zip', async () => {
    const out = join(r.dataDir, 'exports', 'pakket');
    const { jobId } = await r.api['export.package']({ meetingId: april, outDir: out });
    const job = await r.context.jobs.wait(jobId);
    expect(job.state, job.message ?? '').toBe('done');
    expect(job.doneBytes).toBe(job.totalBytes);
    const files = readdirSync(job.result?.folder as string).sort();
    expect(files).toEqual(
      expect.arrayContaining([
        'A - Verslag en afsprakenlijst 4 maart 2027.docx',
        'B - Stavaza BW.pdf',
        'C1 - Voorstel informatieplatform.pdf',
        'C2 - Offertes.pdf',
      ]),
    );
    expect(files.some((f) => f.endsWith('.eml'))).toBe(true);
    expect(files.some((f) => f.endsWith('.ics'))).toBe(true);
    expect(files.some((f) => f.endsWith('.docx') && f.startsWith('Agenda'))).toBe(true);
    // Stored documents are hard-linked into the folder (same volume), read-only, so the store stays sealed.
    const b = (await r.api['meetings.get']({ id: april })).items[2]?.attachments[0];
    const storePath = r.context.files.pathOf(b?.sha256 as string);
    expect(statSync(join(job.result?.folder as string, 'B - Stavaza BW.pdf')).ino).toBe(
      statSync(storePath).ino,
    );
    expect(statSync(storePath).mode & 0o222).toBe(0);
    const zip = unzipSync(readFileSync(job.result?.zipPath as string));
    expect(
      Buffer.from(
        zip[Object.keys(zip).find((k) => k.endsWith('B - Stavaza BW.pdf')) as string] as Uint8Array,
      ).equals(readFileSync(storePath)),
    ).toBe(true);
    expect(Object.keys(zip).some((k) => k.endsWith('B - Stavaza BW.pdf'))).toBe(true);
    const eml = strFromU8(zip[Object.keys(zip).find((k) => k.endsWith('.eml')) as string] as Uint8Array);
    expect(eml).toContain('X-Unsent: 1');
    expect(eml).toContain('p.smeets@example.nl');
    const ics = strFromU8(zip[Object.keys(zip).find((k) => k.endsWith('.ics')) as string] as Uint8Array);
    expect(ics).toContain('DTSTART;TZID=Europe/Amsterdam:20270401T133000');
    expect(ics).toContain(`UID:${april}@regie`);
  });
});
