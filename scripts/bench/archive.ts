// Benchmark: a synthetic ten-year archive (250 meetings, 5,000 items, 20,000 actions, 10,000 documents of a few
// pages of text; see archive-data.ts) and the numbers that matter to users: search latency over titles, notes and
// the documents' text (median, p95 over 200 queries; target p95 < 30 ms), the open-actions list (target
// < 30 ms), generating the action list .docx for it, and reading the text of new documents (on the worker).
// Run: npm run bench:archive (REGIE_BENCH_KEEP=1 keeps the database for bench:ui and prints its path)
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { Document, Packer, Paragraph } from 'docx';
import { TextReader } from '../../electron/documents/text-reader';
import { pdfPages } from '../../electron/services/demo-pdf';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { openRegie } from '../../electron/services/index';
import {
  ARCHIVE_NOW,
  TEN_YEARS,
  WORDS,
  apiOf,
  archivePhrase,
  archiveVocabulary,
  buildArchive,
} from './archive-data';

function stats(samples: number[]) {
  const s = [...samples].sort((a, b) => a - b);
  const at = (p: number) => s[Math.min(s.length - 1, Math.floor(p * s.length))] as number;
  return { median: at(0.5), p95: at(0.95), max: s[s.length - 1] as number };
}
const ms = (n: number) => `${n.toFixed(1)} ms`;

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'regie-bench-'));
  const regie = await openRegie({ dataDir: dir, user: 'bench', now: () => ARCHIVE_NOW });
  const api = apiOf(regie);
  try {
    const { bodyId, builtMs: built } = await buildArchive(regie);
    const body = { id: bodyId };
    const db = regie.context.store.sqlite;
    const counts = db
      .prepare(
        `SELECT (SELECT count(*) FROM meetings) m, (SELECT count(*) FROM agenda_items) i, (SELECT count(*) FROM actions) a, (SELECT count(*) FROM documents) d, (SELECT count(*) FROM search_index) s`,
      )
      .get() as Record<string, number>;
    console.log(
      `Archief opgebouwd in ${ms(built)}: ${counts.m} vergaderingen, ${counts.i} agendapunten, ${counts.a} acties, ${counts.d} documenten, ${counts.s} zoekregels.`,
    );

    // Search: 200 queries as a user types them (prefixes of one or two words).
    const queries = Array.from({ length: 200 }, (_, i) => {
      const w = WORDS[i % WORDS.length] as string;
      const prefix = w.slice(0, 3 + (i % Math.max(1, w.length - 3)));
      return i % 4 === 0 ? `${prefix} ${(WORDS[(i * 7) % WORDS.length] as string).slice(0, 4)}` : prefix;
    });
    for (const q of queries.slice(0, 10)) await api['search.query']({ bodyId: body.id, q }); // warm up
    const searchTimes: number[] = [];
    let hits = 0;
    let inText = 0;
    for (const q of queries) {
      const s = performance.now();
      const found = await api['search.query']({ bodyId: body.id, q, limit: 30 });
      searchTimes.push(performance.now() - s);
      hits += found.length;
      inText += found.filter((h) => h.page !== undefined).length;
    }
    const search = stats(searchTimes);
    console.log(
      `Zoeken (200 zoekvragen, ${hits} treffers, ${inText} in de tekst van stukken): mediaan ${ms(search.median)}, p95 ${ms(search.p95)}, max ${ms(search.max)} — doel p95 < 30 ms: ${search.p95 < 30 ? 'GEHAALD' : 'NIET GEHAALD'}`,
    );
    // Rarer words, as a user looks for one report: fewer matches, ranked by relevance — most of them in the text
    // of the documents (a typed-out word and its first letters; the broad ones above come newest first).
    const rare = archiveVocabulary.filter((_, i) => i >= 300 && i % 60 === 0);
    const rareQueries = rare.flatMap((w) => [w, w.slice(0, Math.max(4, w.length - 2))]);
    const rareTimes: number[] = [];
    let rareHits = 0;
    let rareInText = 0;
    for (const q of rareQueries) {
      const s = performance.now();
      const found = await api['search.query']({ bodyId: body.id, q, limit: 30 });
      rareTimes.push(performance.now() - s);
      rareHits += found.length;
      rareInText += found.filter((h) => h.page !== undefined).length;
    }
    const rareStats = stats(rareTimes);
    console.log(
      `Zoeken op zeldzamere woorden (${rareQueries.length} zoekvragen, ${rareHits} treffers, ${rareInText} in de tekst van stukken): mediaan ${ms(rareStats.median)}, p95 ${ms(rareStats.p95)} — doel p95 < 30 ms: ${rareStats.p95 < 30 ? 'GEHAALD' : 'NIET GEHAALD'}`,
    );

    const listTimes: number[] = [];
    let open = 0;
    for (let i = 0; i < 20; i++) {
      const s = performance.now();
      open = (await api['actions.list']({ bodyId: body.id, status: 'open' })).length;
      listTimes.push(performance.now() - s);
    }
    const list = stats(listTimes);
    console.log(
      `Lijst open acties (${open} van ${TEN_YEARS.actions}): mediaan ${ms(list.median)}, p95 ${ms(list.p95)} — doel < 30 ms: ${list.median < 30 ? 'GEHAALD' : 'NIET GEHAALD'}`,
    );

    const out = join(dir, 'exports', 'actielijst.docx');
    const docTimes: number[] = [];
    for (let i = 0; i < 3; i++) {
      const s = performance.now();
      await regie.dispatch('export.actions', { bodyId: body.id, outPath: out });
      docTimes.push(performance.now() - s);
    }
    const docx = stats(docTimes);
    console.log(
      `Actielijst .docx (${open} open acties, ${(statSync(out).size / 1024).toFixed(0)} kB): mediaan ${ms(docx.median)}`,
    );
    await readingBench(dir);
    const size = statSync(join(dir, 'regie.sqlite')).size + statSync(`${join(dir, 'regie.sqlite')}-wal`).size;
    console.log(`Gegevensbestand: ${(size / 1024 / 1024).toFixed(0)} MB`);
    console.log(`Geheugen: ${(process.memoryUsage().rss / 1024 / 1024).toFixed(0)} MB RSS`);
  } finally {
    await regie.close();
    if (process.env.REGIE_BENCH_KEEP) console.log(`Database bewaard: ${join(dir, 'regie.sqlite')}`);
    else rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Reading the text of new documents as they enter the store (on the worker thread, one after the other): 30 PDFs
 * of three pages and 10 Word files like the archive's, the first one including the start of the thread.
 */
async function readingBench(dir: string) {
  const folder = join(dir, 'lezen');
  mkdirSync(folder, { recursive: true });
  const page = () => archivePhrase(300);
  const files: [string, Buffer][] = [];
  for (let i = 0; i < 30; i++)
    files.push([
      `rapport-${i}.pdf`,
      pdfPages([1, 2, 3].map((n) => ({ title: `Rapport ${i}, pagina ${n}`, lines: lines(page()) }))),
    ]);
  for (let i = 0; i < 10; i++)
    files.push([
      `notitie-${i}.docx`,
      await Packer.toBuffer(
        new Document({ sections: [{ children: lines(page()).map((l) => new Paragraph(l)) }] }),
      ),
    ]);
  for (const [name, data] of files) writeFileSync(join(folder, name), data);
  const reader = new TextReader();
  const times: number[] = [];
  try {
    for (const [name] of files) {
      const s = performance.now();
      const result = await reader.read(join(folder, name), name);
      if (result.status !== 'done') throw new Error(`${name}: ${result.error}`);
      times.push(performance.now() - s);
    }
  } finally {
    await reader.close();
  }
  const [first = 0, ...rest] = times;
  const pdf = stats(rest.slice(0, 29));
  const word = stats(rest.slice(29));
  console.log(
    `Tekst lezen (werkthread): eerste bestand ${ms(first)} (met het starten), daarna PDF van 3 pagina's mediaan ${ms(pdf.median)}, Word mediaan ${ms(word.median)}; 10.000 stukken ≈ ${((pdf.median * 10_000) / 60_000).toFixed(1)} min op de achtergrond`,
  );
}

/** A page's words as lines of about twelve words (a PDF line holds no more). */
function lines(text: string): string[] {
  const words = text.split(' ');
  return Array.from({ length: Math.ceil(words.length / 12) }, (_, i) =>
    words.slice(i * 12, i * 12 + 12).join(' '),
  );
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
