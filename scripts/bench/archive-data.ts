// The synthetic ten-year archive of the benchmarks (bench:archive, bench:ui): 250 meetings, 5,000 items,
// 20,000 actions, 10,000 documents, with a realistic vocabulary. Built through the services where a user
// would act (the body, its people) and straight into SQLite for the bulk rows: a fixture, not user actions.
import { createHash, randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { openRegie, type Regie } from '../../electron/services/index';
import { addDays } from '../../shared/rules/calendar';
import { READER_VERSION } from '../../electron/documents/text-worker';
import { agendaSnapshot } from '../../electron/services/read/meeting-views';
import type { MeetingDetail } from '../../shared/api/views';
import { apiClient, type Api } from '../../shared/api/contract';
import { ITEM_KINDS } from '../../shared/domain/types';

/** The archive's "today": ten years after its first meeting. */
export const ARCHIVE_NOW = new Date('2036-06-01T08:00:00Z');

/** How big the archive is: ten years by default; the end-to-end tests use a smaller one. */
export interface ArchiveSize {
  meetings: number;
  itemsPerMeeting: number;
  actions: number;
  documents: number;
  /** Pages of text per document: 1 to 2 × this - 1 (so this on average). */
  pagesPerDocument: number;
  wordsPerPage: number;
  /** Agenda items and documents in the Prullenbak (half each): nothing empties it, so ten years add up. */
  deleted: number;
}

/**
 * Ten years: 250 meetings, 5,000 items, 20,000 actions, 10,000 documents of a few pages (3 on average), and 500
 * items and documents in the Prullenbak.
 */
export const TEN_YEARS: ArchiveSize = {
  meetings: 250,
  itemsPerMeeting: 20,
  actions: 20_000,
  documents: 10_000,
  pagesPerDocument: 3,
  wordsPerPage: 300,
  deleted: 500,
};
export const WORDS = [
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

/** Words as the archive's texts have them (Zipf over a 3,000-word vocabulary). */
export const archivePhrase = phrase;
/** The vocabulary, the most frequent first (the domain words, then generated ones). */
export const archiveVocabulary: readonly string[] = VOCABULARY;

export function apiOf(regie: Regie): Api {
  return apiClient((method, req) => regie.dispatch(method, req));
}

/** Fills an empty Regie with the archive. Returns the body's id and how long it took. */
export async function buildArchive(
  regie: Regie,
  size: ArchiveSize = TEN_YEARS,
): Promise<{ bodyId: string; builtMs: number }> {
  const api = apiOf(regie);
  const now = ARCHIVE_NOW;
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
  const insertDeletedItem = db.prepare(
    `INSERT INTO agenda_items (id, meeting_id, position, kind, title, explanation, proposal, notes, status, created_at, updated_at, deleted_at) VALUES (?, ?, ?, 'informerend', ?, '', '', '', 'handled', ?, ?, ?)`,
  );
  const insertDeletedDoc = db.prepare(
    `INSERT INTO documents (id, item_id, position, title, file_name, size, sha256, created_at, updated_at, deleted_at) VALUES (?, ?, ?, ?, ?, 1000, ?, ?, ?, ?)`,
  );
  const insertAction = db.prepare(
    `INSERT INTO actions (id, body_id, meeting_id, item_id, what, who_person_id, who_name, due, status, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, '', ?, ?, ?, ?)`,
  );
  const insertText = db.prepare(
    `INSERT INTO document_texts (sha256, status, pages, reader, read_at) VALUES (?, 'done', ?, ?, ?)`,
  );
  const insertPage = db.prepare(`INSERT INTO document_pages (sha256, page, text) VALUES (?, ?, ?)`);
  const insertDecision = db.prepare(
    `INSERT INTO decisions (id, meeting_id, item_id, text, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)`,
  );
  const itemIds: { id: string; meetingId: string; date: string }[] = [];
  db.transaction(() => {
    let date = '2026-06-02';
    for (let m = 0; m < size.meetings; m++) {
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
      for (let i = 0; i < size.itemsPerMeeting - 3; i++) {
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
    // Each document its own file, its text as the reader (electron/documents/text-worker.ts) stores it.
    for (let d = 0; d < size.documents; d++) {
      const item = itemIds[d % itemIds.length] as { id: string };
      const sha = createHash('sha256').update(`document-${d}`).digest('hex');
      insertDoc.run(
        randomUUID(),
        item.id,
        d,
        `${phrase(3)} notitie ${d}`,
        `document-${d}.pdf`,
        sha,
        stamp,
        stamp,
      );
      const pages = 1 + rnd(2 * size.pagesPerDocument - 1);
      insertText.run(sha, pages, READER_VERSION, stamp);
      for (let p = 1; p <= pages; p++) insertPage.run(sha, p, phrase(size.wordsPerPage));
    }
    // Thrown away over the years, beside the rows above (so they change none of the other lists): items
    // withdrawn from an agenda and documents replaced, each deleted on its meeting's day.
    for (let k = 0; k < size.deleted; k++) {
      const item = itemIds[(k * 7919) % itemIds.length] as { id: string; meetingId: string; date: string };
      const deletedAt = item.date < stamp ? `${item.date}T10:00:00.000Z` : stamp;
      if (k % 2 === 0) {
        insertDeletedItem.run(
          randomUUID(),
          item.meetingId,
          900_000 + k,
          `${phrase(3)} ingetrokken ${k}`,
          stamp,
          stamp,
          deletedAt,
        );
      } else {
        insertDeletedDoc.run(
          randomUUID(),
          item.id,
          900_000 + k,
          `${phrase(3)} vervangen ${k}`,
          `vervangen-${k}.pdf`,
          createHash('sha256').update(`deleted-${k}`).digest('hex'),
          stamp,
          stamp,
          deletedAt,
        );
      }
    }
    for (let a = 0; a < size.actions; a++) {
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
  // Every held meeting's agenda was sent (what "gewijzigd na verzending" compares with).
  const insertSent = db.prepare(
    `INSERT INTO sent_versions (id, meeting_id, kind, version, sent_at, sent_by, snapshot, files) VALUES (?, ?, 'agenda', 1, ?, 'bench', ?, '[]')`,
  );
  const meetings = (await regie.dispatch('meetings.list', { bodyId: body.id })) as {
    id: string;
    status: string;
  }[];
  const snapshots: [string, string][] = [];
  for (const m of meetings.filter((x) => x.status === 'held')) {
    const detail = (await regie.dispatch('meetings.get', { id: m.id })) as MeetingDetail;
    snapshots.push([m.id, JSON.stringify(agendaSnapshot(detail))]);
  }
  db.transaction(() => {
    for (const [id, snapshot] of snapshots) insertSent.run(randomUUID(), id, stamp, snapshot);
  })();
  return { bodyId: body.id, builtMs: performance.now() - t0 };
}

/** Builds the archive in `dir` and closes it: the database file to open elsewhere. */
export async function buildArchiveAt(dir: string): Promise<string> {
  const regie = await openRegie({ dataDir: dir, user: 'bench', now: () => ARCHIVE_NOW });
  try {
    await buildArchive(regie);
  } finally {
    await regie.close();
  }
  return join(dir, 'regie.sqlite');
}
