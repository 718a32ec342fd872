// Opening an attachment (documents.open) through the real services: a copy of the stored file in the exports
// folder under its package name, the previous meeting's minutes for item 2, and clear refusals — an unknown
// attachment, a store file that is missing or damaged — that leave nothing behind.
// Fixture: tests/fixtures/plan/plan.json (the meeting of 1 April 2027: A previous minutes, B, C1, C2).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { chmodSync, existsSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import mammoth from 'mammoth';
import type { ItemView } from '../../shared/api/views';
import { openTestRegie, type TestRegie } from '../helpers/regie';

const FIXTURES = resolve(__dirname, '../fixtures/plan');
let r: TestRegie;
let items: ItemView[];

function exportsDir(): string {
  return join(r.dataDir, 'exports', 'Geopende stukken');
}

/** Everything in the exports folder, temporary files included. */
function exported(): string[] {
  return existsSync(exportsDir()) ? readdirSync(exportsDir()).sort() : [];
}

function attachment(itemIndex: number, label: string) {
  const item = items[itemIndex] as ItemView;
  const a = item.attachments.find((x) => x.label === label);
  if (!a) throw new Error(`no attachment ${label}`);
  return { item, a };
}

beforeEach(async () => {
  r = await openTestRegie('2027-03-15T09:00:00Z');
  const plan = JSON.parse(readFileSync(join(FIXTURES, 'plan.json'), 'utf8'));
  await r.api['plan.import']({ plan, baseDir: FIXTURES });
  const april = await r.api['meetings.find']({ ref: '2027-04-01' });
  items = april.items;
});
afterEach(async () => r.cleanup());

describe('opening a stored attachment', () => {
  it('copies the stored file into the exports folder as "B - Title.pdf", byte for byte, with a download name', async () => {
    const { item, a } = attachment(2, 'B');
    const res = await r.api['documents.open']({ itemId: item.id, id: a.id });
    expect(res).toEqual({
      path: join(exportsDir(), 'B - Stavaza BW.pdf'),
      fileName: 'B - Stavaza BW.pdf',
      download: 'Geopende stukken/B - Stavaza BW.pdf',
    });
    const bytes = readFileSync(res.path);
    expect(bytes.equals(readFileSync(join(FIXTURES, 'stukken/stavaza-bw.pdf')))).toBe(true);
    expect(bytes.equals(readFileSync(r.context.files.pathOf(a.sha256 as string)))).toBe(true);
    // A copy, not the (read-only, hash-named) store file: its own inode, and the store stays sealed.
    expect(statSync(res.path).ino).not.toBe(statSync(r.context.files.pathOf(a.sha256 as string)).ino);
    expect(statSync(r.context.files.pathOf(a.sha256 as string)).mode & 0o222).toBe(0);
    expect(exported()).toEqual(['B - Stavaza BW.pdf']);
  });

  it('numbers the documents of one item (C1, C2) and opens each by its id', async () => {
    const { item, a } = attachment(3, 'C2');
    const res = await r.api['documents.open']({ itemId: item.id, id: a.id });
    expect(res.fileName).toBe('C2 - Offertes.pdf');
    expect(readFileSync(res.path).equals(readFileSync(join(FIXTURES, 'stukken/offertes.pdf')))).toBe(true);
  });

  it('opening again reuses the same file; a stale file of that name is replaced; no temporary files remain', async () => {
    const { item, a } = attachment(2, 'B');
    const first = await r.api['documents.open']({ itemId: item.id, id: a.id });
    const before = statSync(first.path);
    const again = await r.api['documents.open']({ itemId: item.id, id: a.id });
    expect(again.path).toBe(first.path);
    expect(statSync(again.path).ino).toBe(before.ino);

    writeFileSync(first.path, 'an older, different file');
    const replaced = await r.api['documents.open']({ itemId: item.id, id: a.id });
    expect(replaced.path).toBe(first.path);
    expect(readFileSync(replaced.path).equals(readFileSync(join(FIXTURES, 'stukken/stavaza-bw.pdf')))).toBe(
      true,
    );
    expect(exported()).toEqual(['B - Stavaza BW.pdf']);
  });

  it('uses the current title and letter', async () => {
    const { item, a } = attachment(2, 'B');
    await r.api['documents.update']({ id: a.id as string, title: 'Stand van zaken: beschermd wonen' });
    const res = await r.api['documents.open']({ itemId: item.id, id: a.id });
    expect(res.fileName).toBe('B - Stand van zaken - beschermd wonen.pdf');
  });
});

describe('opening the previous minutes (item 2)', () => {
  it('writes the previous meeting’s minutes as a Word file named by its letter', async () => {
    const { item, a } = attachment(1, 'A');
    expect(a).toMatchObject({ id: null, source: 'previous-minutes' });
    const res = await r.api['documents.open']({ itemId: item.id, id: null });
    expect(res.fileName).toBe('A - Verslag en afsprakenlijst 4 maart 2027.docx');
    expect(res.download).toBe(`Geopende stukken/${res.fileName}`);
    const bytes = readFileSync(res.path);
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    const text = (await mammoth.extractRawText({ path: res.path })).value;
    expect(text).toContain('Verslag en afsprakenlijst');
    expect(text).toContain('donderdag 4 maart 2027');
    expect(text).toContain('Geen mededelingen.');
    expect(exported()).toEqual([res.fileName]);
  });
});

describe('refusals leave nothing behind', () => {
  it('refuses an unknown attachment, an unknown item, and previous minutes on an item without them', async () => {
    const b = attachment(2, 'B');
    await expect(
      r.api['documents.open']({ itemId: b.item.id, id: 'no-such-document' }),
    ).rejects.toMatchObject({
      body: { code: 'not_found', message: 'Dit stuk hoort niet (meer) bij dit agendapunt.' },
    });
    // A document of another item is not this item's.
    const c1 = attachment(3, 'C1');
    await expect(r.api['documents.open']({ itemId: b.item.id, id: c1.a.id })).rejects.toMatchObject({
      body: { code: 'not_found' },
    });
    await expect(r.api['documents.open']({ itemId: 'no-such-item', id: b.a.id })).rejects.toMatchObject({
      body: { code: 'not_found', message: 'Dit agendapunt bestaat niet (meer).' },
    });
    await expect(r.api['documents.open']({ itemId: b.item.id, id: null })).rejects.toMatchObject({
      body: {
        code: 'not_found',
        message: 'Bij dit agendapunt hoort geen verslag van de vorige vergadering.',
      },
    });
    await expect(r.api['documents.open']({ itemId: b.item.id } as never)).rejects.toMatchObject({
      body: { code: 'invalid' },
    });
    // A deleted document is gone for opening too.
    await r.api['documents.delete']({ id: c1.a.id as string });
    await expect(r.api['documents.open']({ itemId: c1.item.id, id: c1.a.id })).rejects.toMatchObject({
      body: { code: 'not_found' },
    });
    expect(exported()).toEqual([]);
  });

  it('refuses a stored file that is missing, with a clear Dutch message', async () => {
    const { item, a } = attachment(2, 'B');
    rmSync(r.context.files.pathOf(a.sha256 as string));
    await expect(r.api['documents.open']({ itemId: item.id, id: a.id })).rejects.toMatchObject({
      body: {
        code: 'not_found',
        message: expect.stringMatching(/^Stuk B "Stavaza BW" ontbreekt in de opslag van Regie/),
      },
    });
    expect(exported()).toEqual([]);
  });

  it('refuses a damaged stored file (its hash no longer matches) and leaves no copy or temporary file', async () => {
    const { item, a } = attachment(2, 'B');
    const stored = r.context.files.pathOf(a.sha256 as string);
    chmodSync(stored, 0o644);
    writeFileSync(stored, '%PDF-1.4 beschadigd');
    await expect(r.api['documents.open']({ itemId: item.id, id: a.id })).rejects.toMatchObject({
      body: {
        code: 'internal',
        message: expect.stringMatching(/^Stuk B "Stavaza BW" is beschadigd in de opslag van Regie/),
      },
    });
    expect(exported()).toEqual([]);
  });
});

describe('old opened copies', () => {
  it('are cleared after two weeks when the app starts; newer ones and other exports stay', async () => {
    const { pruneOpenedCopies } = await import('../../electron/services/exports/open-document');
    const { utimesSync } = await import('node:fs');
    const { item, a } = attachment(2, 'B');
    const old = (await r.api['documents.open']({ itemId: item.id, id: a.id })).path;
    const c2 = attachment(3, 'C2');
    const fresh = (await r.api['documents.open']({ itemId: c2.item.id, id: c2.a.id })).path;
    const other = join(r.dataDir, 'exports', 'Agenda.docx');
    writeFileSync(other, 'een export');
    const now = new Date('2027-03-15T09:00:00Z');
    const daysAgo = (n: number) => new Date(now.getTime() - n * 86_400_000);
    utimesSync(old, daysAgo(15), daysAgo(15));
    utimesSync(fresh, daysAgo(13), daysAgo(13));
    utimesSync(other, daysAgo(30), daysAgo(30));
    expect(await pruneOpenedCopies(r.context, now)).toBe(1);
    expect([existsSync(old), existsSync(fresh), existsSync(other)]).toEqual([false, true, true]);
    // Opening it again simply makes a new copy.
    expect(existsSync((await r.api['documents.open']({ itemId: item.id, id: a.id })).path)).toBe(true);
  });
});
