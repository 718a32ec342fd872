// Benchmark: a synthetic ten-year archive (250 meetings, 5,000 items, 20,000 actions, 10,000 documents)
// and the numbers that matter to users: search latency (median, p95 over 200 queries; target p95 < 30 ms),
// the open-actions list (target < 30 ms) and generating the action list .docx for it.
// Run: npm run bench:archive
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { openRegie } from '../../electron/services/index';
import { addDays } from '../../shared/rules/calendar';
import type { Api } from '../../shared/api/contract';
import { ITEM_KINDS } from '../../shared/domain/types';

const MEETINGS = 250;
const ITEMS_PER_MEETING = 20;
const ACTIONS = 20_000;
const DOCUMENTS = 10_000;
const WORDS = [
  'beschermd',
  'wonen',
  'jeugdhulp',
  'informatieplatform',
  'budget',
  'dashboard',
  'jaarplan',
  'inkoop',
  'participatie',
  'schuldhulp',
  'wmo',
  'toegang',
  'regionale',
  'visie',
  'evaluatie',
  'contract',
  'monitor',
  'privacy',
  'huisvesting',
  'arbeidsmarkt',
  'samenwerking',
  'zorgaanbieder',
  'tarieven',
  'subsidie',
];

function rnd(n: number) {
  return Math.floor(Math.random() * n);
}
// A realistic vocabulary: the domain words plus 3,000 generated ones, drawn with a Zipf distribution
// (a few words are everywhere, most are rare), as in real minutes. A uniform draw from a handful of
// words would put every word in every item, which no archive looks like.
const SYLLABLES = [
  'be',
  'ver',
  'ge',
  'on',
  're',
  'gio',
  'na',
  'al',
  'ten',
  'ing',
  'heid',
  'plan',
  'zorg',
  'werk',
  'raad',
  'wet',
  'stuk',
  'kos',
  'ten',
  'lijk',
  'baar',
  'sa',
  'men',
  'over',
  'leg',
  'voor',
  'stel',
  'uit',
  'voe',
  'ring',
];
const VOCABULARY = [...WORDS];
while (VOCABULARY.length < 3000) {
  const n = 2 + rnd(3);
  VOCABULARY.push(Array.from({ length: n }, () => SYLLABLES[rnd(SYLLABLES.length)]).join(''));
}
const ZIPF = (() => {
  const weights = VOCABULARY.map((_, i) => 1 / (i + 1));
  const total = weights.reduce((a, b) => a + b, 0);
  let acc = 0;
  return weights.map((w) => (acc += w / total));
})();
function word() {
  const x = Math.random();
  let lo = 0;
  let hi = ZIPF.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((ZIPF[mid] as number) < x) lo = mid + 1;
    else hi = mid;
  }
  return VOCABULARY[lo] as string;
}
function phrase(n: number) {
  return Array.from({ length: n }, word).join(' ');
}
function stats(samples: number[]) {
  const s = [...samples].sort((a, b) => a - b);
  const at = (p: number) => s[Math.min(s.length - 1, Math.floor(p * s.length))] as number;
  return { median: at(0.5), p95: at(0.95), max: s[s.length - 1] as number };
}
const ms = (n: number) => `${n.toFixed(1)} ms`;

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'regie-bench-'));
  const now = new Date('2036-06-01T08:00:00Z');
  const regie = await openRegie({ dataDir: dir, user: 'bench', now: () => now });
  const api = new Proxy({} as Api, {
    get: (_t, name: string) => (req: unknown) => regie.dispatch(name, req),
  });
  try {
    const t0 = performance.now();
    const body = await api['bodies.save']({
      name: 'Regiegroep (archief)',
      rotation: ['Leudal', 'Nederweert', 'Weert'],
      deadlines: {
        submissionDays: 5,
        distributionDays: 5,
        minutesDays: 5,
        unit: 'calendar',
        shiftToWorkingDay: true,
      },
      closedDays: [],
    });
    const people: string[] = [];
    for (const [i, m] of ['Leudal', 'Nederweert', 'Weert'].entries()) {
      people.push(
        (
          await api['people.save']({
            bodyId: body.id,
            name: `Opdrachtgever ${i + 1}`,
            municipality: m,
            memberships: [{ role: 'opdrachtgever', municipality: m }],
          })
        ).id,
      );
    }
    // Bulk rows straight into SQLite in one transaction: this is a fixture, not a user action.
    const db = regie.context.store.sqlite;
    const stamp = now.toISOString();
    const insertMeeting = db.prepare(
      `INSERT INTO meetings (id, body_id, date, start_time, location, status, minutes_status, created_at, updated_at) VALUES (?, ?, ?, '09:30', 'Stadhuis', ?, ?, ?, ?)`,
    );
    const insertItem = db.prepare(
      `INSERT INTO agenda_items (id, meeting_id, fixed_role, position, kind, title, explanation, proposal, notes, status, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'handled', ?, ?)`,
    );
    const insertDoc = db.prepare(
      `INSERT INTO documents (id, item_id, position, title, file_name, size, sha256, created_at, updated_at) VALUES (?, ?, ?, ?, ?, 1000, ?, ?, ?)`,
    );
    const insertAction = db.prepare(
      `INSERT INTO actions (id, body_id, meeting_id, item_id, what, who_person_id, who_name, due, status, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, '', ?, ?, ?, ?)`,
    );
    const insertDecision = db.prepare(
      `INSERT INTO decisions (id, meeting_id, item_id, text, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)`,
    );
    const itemIds: { id: string; meetingId: string; date: string }[] = [];
    db.transaction(() => {
      let date = '2026-06-02';
      for (let m = 0; m < MEETINGS; m++) {
        const id = randomUUID();
        const held = date < '2036-06-01';
        insertMeeting.run(
          id,
          body.id,
          date,
          held ? 'held' : 'planned',
          held ? 'adopted' : 'draft',
          stamp,
          stamp,
        );
        insertItem.run(
          randomUUID(),
          id,
          'opening',
          0,
          'vast',
          'Opening, mededelingen en vaststelling agenda',
          '',
          '',
          '',
          stamp,
          stamp,
        );
        insertItem.run(
          randomUUID(),
          id,
          'minutes',
          1,
          'vast',
          'Vaststelling verslag en afsprakenlijst vorige bijeenkomst',
          '',
          '',
          '',
          stamp,
          stamp,
        );
        insertItem.run(
          randomUUID(),
          id,
          'closing',
          1_000_000,
          'vast',
          'Rondvraag, sluiting en volgend overleg',
          '',
          '',
          '',
          stamp,
          stamp,
        );
        for (let i = 0; i < ITEMS_PER_MEETING - 3; i++) {
          const itemId = randomUUID();
          insertItem.run(
            itemId,
            id,
            null,
            10 + i * 10,
            ITEM_KINDS[i % ITEM_KINDS.length],
            `${phrase(3)} ${m}-${i}`,
            phrase(30),
            phrase(12),
            phrase(40),
            stamp,
            stamp,
          );
          itemIds.push({ id: itemId, meetingId: id, date });
          if (i % 3 === 1) insertDecision.run(randomUUID(), id, itemId, phrase(15), stamp, stamp);
        }
        date = addDays(date, 14 + (m % 3) * 7);
      }
      for (let d = 0; d < DOCUMENTS; d++) {
        const item = itemIds[d % itemIds.length] as { id: string };
        insertDoc.run(
          randomUUID(),
          item.id,
          d,
          `${phrase(3)} notitie ${d}`,
          `document-${d}.pdf`,
          'a'.repeat(64),
          stamp,
          stamp,
        );
      }
      for (let a = 0; a < ACTIONS; a++) {
        const item = itemIds[rnd(itemIds.length)] as { id: string; meetingId: string; date: string };
        const open = a % 10 === 0; // ten percent still open after ten years
        insertAction.run(
          randomUUID(),
          body.id,
          item.meetingId,
          item.id,
          `${phrase(5)} ${a}`,
          people[a % 3],
          addDays(item.date, 30),
          open ? 'open' : 'done',
          new Date(Date.parse(`${item.date}T12:00:00Z`) + a).toISOString(),
          stamp,
        );
      }
    })();
    const built = performance.now() - t0;
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
      `Lijst open acties (${open} van ${ACTIONS}): mediaan ${ms(list.median)}, p95 ${ms(list.p95)} — doel < 30 ms: ${list.median < 30 ? 'GEHAALD' : 'NIET GEHAALD'}`,
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
