// Benchmark: a synthetic ten-year archive (250 meetings, 5,000 items, 20,000 actions, 10,000 documents; see
// archive-data.ts) and the numbers that matter to users: search latency (median, p95 over 200 queries; target
// p95 < 30 ms), the open-actions list (target < 30 ms) and generating the action list .docx for it.
// Run: npm run bench:archive (REGIE_BENCH_KEEP=1 keeps the database for bench:ui and prints its path)
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { openRegie } from '../../electron/services/index';
import { ARCHIVE_NOW, TEN_YEARS, WORDS, apiOf, buildArchive } from './archive-data';

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
    for (const q of queries) {
      const s = performance.now();
      hits += (await api['search.query']({ bodyId: body.id, q, limit: 30 })).length;
      searchTimes.push(performance.now() - s);
    }
    const search = stats(searchTimes);
    console.log(
      `Zoeken (200 zoekvragen, ${hits} treffers): mediaan ${ms(search.median)}, p95 ${ms(search.p95)}, max ${ms(search.max)} — doel p95 < 30 ms: ${search.p95 < 30 ? 'GEHAALD' : 'NIET GEHAALD'}`,
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
    const { statSync } = await import('node:fs');
    console.log(
      `Actielijst .docx (${open} open acties, ${(statSync(out).size / 1024).toFixed(0)} kB): mediaan ${ms(docx.median)}`,
    );
    console.log(`Geheugen: ${(process.memoryUsage().rss / 1024 / 1024).toFixed(0)} MB RSS`);
  } finally {
    await regie.close();
    if (process.env.REGIE_BENCH_KEEP) console.log(`Database bewaard: ${join(dir, 'regie.sqlite')}`);
    else rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
