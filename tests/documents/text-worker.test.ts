// The text reader for search: a PDF page by page, a Word file whole, anything else or a damaged file reported,
// never thrown — from source, and as the bundle the app, the CLI and browser mode run (dist/worker).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { Document, Packer, Paragraph } from 'docx';
import { readText, type TextResult } from '../../electron/documents/text-worker';
import { pdfPages } from '../../electron/services/demo-pdf';

let dir: string;
const files: Record<string, string> = {};

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'regie-tekst-'));
  const write = (name: string, data: Buffer) => {
    files[name] = join(dir, name);
    writeFileSync(files[name], data);
  };
  write(
    'rapport.pdf',
    pdfPages([
      { title: 'Stavaza Beschermd wonen', lines: ['Eerste pagina.'] },
      { title: 'Cijfers', lines: ['Tweede pagina met zorgaanbieders.'] },
    ]),
  );
  write(
    'voorstel.docx',
    await Packer.toBuffer(
      new Document({
        sections: [{ children: [new Paragraph('Onderwerp: aanschaf'), new Paragraph('Voorstel: akkoord.')] }],
      }),
    ),
  );
  write('kapot.pdf', Buffer.from('%PDF-1.7\nniets meer'));
  write('foto.jpg', Buffer.from([0xff, 0xd8, 0xff, 0xe0]));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const expectations = (read: (path: string, name: string) => Promise<TextResult>) => async () => {
  const pdf = await read(files['rapport.pdf'] ?? '', 'rapport.pdf');
  expect(pdf.status).toBe('done');
  if (pdf.status !== 'done') return;
  expect(pdf.pages.map((p) => p.page)).toEqual([1, 2]);
  expect(pdf.pages[1]?.text).toContain('Tweede pagina met zorgaanbieders.');
  expect(pdf.pages[0]?.text).not.toContain('zorgaanbieders');

  const word = await read(files['voorstel.docx'] ?? '', 'voorstel.docx');
  expect(word).toEqual({
    status: 'done',
    pages: [{ page: 0, text: 'Onderwerp: aanschaf\nVoorstel: akkoord.' }],
  });

  expect((await read(files['kapot.pdf'] ?? '', 'kapot.pdf')).status).toBe('failed');
  expect(await read(files['foto.jpg'] ?? '', 'foto.jpg')).toEqual({
    status: 'unsupported',
    error: 'geen PDF- of Word-bestand (.docx)',
  });
};

describe('reading the text of documents', () => {
  it('reads PDF pages and Word files, and reports what it cannot read', expectations(readText));

  it('does the same as the bundled worker of the app (dist/worker/text-worker.cjs)', async () => {
    const bundle = resolve(__dirname, '../../dist/worker/text-worker.cjs');
    if (!existsSync(bundle)) throw new Error('dist/worker ontbreekt: voer eerst `npm run build` uit.');
    const worker = new Worker(bundle);
    let id = 0;
    const pending = new Map<number, (r: TextResult) => void>();
    worker.on('message', (m: { id: number; result: TextResult }) => pending.get(m.id)?.(m.result));
    try {
      await expectations(
        (path, fileName) =>
          new Promise((resolveResult) => {
            pending.set(++id, resolveResult);
            worker.postMessage({ id, path, fileName });
          }),
      )();
    } finally {
      await worker.terminate();
    }
  });
});
