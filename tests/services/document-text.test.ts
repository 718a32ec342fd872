// Search inside the documents: the text of an attached PDF (page by page) or Word file is read once when the
// file enters the store — added to an item, brought by a plan or a meeting package, or already there from
// before an upgrade — and found by search with the document's letter, item and page.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Document, Packer, Paragraph } from 'docx';
import { openTestRegie, type TestRegie } from '../helpers/regie';
import { createRegiegroep } from '../helpers/fixtures';
import { pdfPages } from '../../electron/services/demo-pdf';
import { openRegie } from '../../electron/services/index';
import { apiClient, type Api } from '../../shared/api/contract';

let r: TestRegie;
beforeEach(async () => {
  r = await openTestRegie('2027-01-10T09:00:00Z');
});
afterEach(async () => r.cleanup());

const report = () =>
  pdfPages([
    { title: 'Stavaza Beschermd wonen', lines: ['Inleiding over de regio Midden-Limburg West.'] },
    { title: 'Cijfers', lines: ['Het aantal clienten groeit in alle drie gemeenten.'] },
    { title: 'Vervolg', lines: ['De nieuwe woonvoorziening in Weert opent in het najaar.'] },
  ]);

async function docx(text: string): Promise<Buffer> {
  return Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph(text)] }] }));
}

const bytes = (fileName: string, data: Buffer) => ({
  kind: 'bytes' as const,
  fileName,
  base64: data.toString('base64'),
});

async function agenda(api: Api = r.api) {
  const { body } = await createRegiegroep(api);
  const meeting = (await api['meetings.create']({ bodyId: body.id, date: '2027-02-02', start: '09:30' }))
    .meeting;
  const stavaza = await api['items.add']({
    meetingId: meeting.id,
    kind: 'informerend',
    title: 'Stavaza Beschermd wonen',
  });
  const platform = await api['items.add']({
    meetingId: meeting.id,
    kind: 'besluitvormend',
    title: 'Aanschaf informatieplatform',
    proposal: 'Akkoord',
  });
  return { body, meeting, stavaza, platform };
}

const search = (bodyId: string, q: string) => r.api['search.query']({ bodyId, q, limit: 30 });

describe('search inside the documents', () => {
  it('finds words on a page of a PDF and in a Word file, with the letter, item and page', async () => {
    const { body, stavaza, platform } = await agenda();
    const pdf = await r.api['documents.add']({ itemId: stavaza.id, source: bytes('stavaza.pdf', report()) });
    const pdfId = pdf.id ?? '';
    const word = await r.api['documents.add']({
      itemId: platform.id,
      source: bytes('leidraad.docx', await docx('De aanbestedingsleidraad volgt in maart.')),
    });
    await r.context.texts.idle();

    const onPage3 = await search(body.id, 'woonvoorz');
    expect(onPage3).toHaveLength(1);
    expect(onPage3[0]).toMatchObject({
      kind: 'document',
      id: pdfId,
      page: 3,
      document: { label: 'A', itemTitle: 'Stavaza Beschermd wonen' },
      itemId: stavaza.id,
    });
    expect(onPage3[0]?.snippet).toContain('[woonvoorziening]');

    const inWord = await search(body.id, 'aanbestedingsleidraad maart');
    expect(inWord[0]).toMatchObject({
      id: word.id,
      page: null,
      document: { label: 'B', itemTitle: 'Aanschaf informatieplatform' },
    });
    // A word on every page of a document: the document once, where it matched best.
    const everywhere = await search(body.id, 'stavaza');
    expect(everywhere.filter((h) => h.id === pdfId)).toHaveLength(1);

    // Deleted, the document's text is no longer found; restored, it is again.
    await r.api['documents.delete']({ id: pdfId });
    expect(await search(body.id, 'woonvoorziening')).toEqual([]);
    await r.api['trash.restore']({ table: 'documents', id: pdfId });
    expect((await search(body.id, 'woonvoorziening')).map((h) => h.page)).toEqual([3]);
  });

  it('reads a file once however often it is attached, and records a file it cannot read', async () => {
    const { body, stavaza, platform } = await agenda();
    const file = report();
    await r.api['documents.add']({ itemId: stavaza.id, source: bytes('stavaza.pdf', file) });
    await r.api['documents.add']({ itemId: platform.id, source: bytes('kopie.pdf', file) });
    await r.api['documents.add']({
      itemId: platform.id,
      title: 'Beschadigd verslag',
      source: bytes('kapot.pdf', Buffer.from('%PDF-1.4 dit is geen pdf')),
    });
    await r.api['documents.add']({
      itemId: platform.id,
      source: bytes('begroting.xlsx', Buffer.from('PK\u0003\u0004 geen word')),
    });
    await r.context.texts.idle();
    const texts = r.context.store.sqlite
      .prepare('SELECT status, pages, error FROM document_texts ORDER BY status')
      .all() as { status: string; pages: number; error: string | null }[];
    expect(texts.map((t) => [t.status, t.pages])).toEqual([
      ['done', 3],
      ['failed', 0],
      ['unsupported', 0],
    ]);
    expect(texts.find((t) => t.status === 'unsupported')?.error).toBe('geen PDF- of Word-bestand (.docx)');
    // Found under both items, each with its own letter.
    const hits = await search(body.id, 'woonvoorziening');
    expect(hits.map((h) => h.document?.label).sort()).toEqual(['A', 'B1']);
    // The damaged file is still found by its title.
    const damaged = (await search(body.id, 'beschadigd'))[0];
    expect(damaged?.kind).toBe('document');
    expect(damaged?.page).toBeUndefined();
  });

  it('follows an item to another meeting', async () => {
    const { body, stavaza } = await agenda();
    const later = (await r.api['meetings.create']({ bodyId: body.id, date: '2027-03-02', start: '09:30' }))
      .meeting;
    await r.api['documents.add']({ itemId: stavaza.id, source: bytes('stavaza.pdf', report()) });
    await r.context.texts.idle();
    await r.context.store.db
      .updateTable('agenda_items')
      .set({ meeting_id: later.id })
      .where('id', '=', stavaza.id)
      .execute();
    expect((await search(body.id, 'woonvoorziening'))[0]?.meetingId).toBe(later.id);
  });

  it('reads at start what was stored before (an upgrade), and what a plan brings', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'regie-upgrade-'));
    try {
      const before = await openTestRegie('2027-01-10T09:00:00Z', dir);
      const { body, stavaza } = await agenda(before.api);
      await before.api['documents.add']({ itemId: stavaza.id, source: bytes('stavaza.pdf', report()) });
      await before.context.texts.idle();
      // As before this version: nothing read.
      before.context.store.sqlite.exec('DELETE FROM document_pages; DELETE FROM document_texts;');
      expect(await before.api['search.query']({ bodyId: body.id, q: 'woonvoorziening', limit: 9 })).toEqual(
        [],
      );
      await before.cleanup();

      const now = () => new Date('2027-01-10T09:00:00Z');
      const app = await openRegie({ dataDir: dir, user: 'test', now, warmUp: true });
      try {
        await app.context.texts.idle();
        const api = apiClient((method, req) => app.dispatch(method, req));
        expect(await api['search.query']({ bodyId: body.id, q: 'woonvoorziening', limit: 9 })).toHaveLength(
          1,
        );

        // A plan with its documents.
        writeFileSync(
          join(dir, 'visie.pdf'),
          pdfPages([{ title: 'Visie', lines: ['Over de jeugdhulpregio.'] }]),
        );
        const plan = {
          body: { name: 'Stuurgroep', rotation: ['Leudal', 'Nederweert', 'Weert'] },
          municipalities: ['Leudal', 'Nederweert', 'Weert'],
          people: [],
          meetings: [
            {
              date: '2027-02-09',
              start: '14:00',
              items: [
                {
                  kind: 'informerend',
                  title: 'Regionale visie',
                  documents: [{ title: 'Visie', file: 'visie.pdf' }],
                },
              ],
            },
          ],
        };
        const { bodyId } = await api['plan.import']({ plan, baseDir: dir });
        await app.context.texts.idle();
        expect((await api['search.query']({ bodyId, q: 'jeugdhulpregio', limit: 9 }))[0]).toMatchObject({
          kind: 'document',
          page: 1,
          document: { label: 'A', itemTitle: 'Regionale visie' },
        });
      } finally {
        await app.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reads the documents a meeting package brings', async () => {
    const { body, meeting, stavaza } = await agenda();
    await r.api['documents.add']({ itemId: stavaza.id, source: bytes('stavaza.pdf', report()) });
    const dir = mkdtempSync(join(tmpdir(), 'regie-pakket-'));
    const other = await openTestRegie('2027-01-10T09:00:00Z');
    try {
      const path = join(dir, 'februari.regie');
      await r.api['package.export']({ meetingId: meeting.id, outPath: path });
      const imported = await other.api['package.import']({ path });
      expect(imported.documentsAdded).toBe(1);
      await other.context.texts.idle();
      expect(
        (await other.api['search.query']({ bodyId: body.id, q: 'woonvoorziening', limit: 9 }))[0],
      ).toMatchObject({ page: 3, document: { label: 'A', itemTitle: 'Stavaza Beschermd wonen' } });
    } finally {
      await other.cleanup();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
