// Exporting a meeting package. The rows are read in one transaction (one consistent moment), the file is
// written under a temporary name and renamed, and only then is each row version recorded as exchanged:
// a package that never reached the disk must not count as sent. (The reverse, a package written but not
// recorded because the laptop died in between, is harmless: the merge then falls back to an older
// common version, which can only cause a conflict to be shown, never a change to be lost.)
import { createHash, randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { rm, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { ApiError } from '../../../shared/api/errors';
import type { PackageExportResult } from '../../../shared/api/calls/sync';
import {
  exchangedVersions,
  recordExported,
  removedRows,
  type NewExchangedVersion,
} from '../../../db/repos/sync';
import { getSetting, setSetting, type Db } from '../../../db/repos/reads';
import type { AppContext } from '../context';
import { isDiskFull, writeAtomically, type OpenSink } from './atomic-file';
import { ZipWriter } from './zip-writer';
import { collectMeetingRows } from './package-contents';
import { readShapes, SYNC_TABLES, type SyncTable } from './tables';
import { baseId, rowHash, type SyncRow } from './row-version';
import {
  documentEntryName,
  MANIFEST_NAME,
  PACKAGE_APP,
  PACKAGE_FORMAT_VERSION,
  PACKAGE_KIND,
  rowsEntryName,
  type Manifest,
} from './package-format';

/** How many earlier versions per row a package names: enough to find a common one, small enough to carry. */
const MAX_BASES_PER_ROW = 50;

interface ExportOptions {
  /** Injected in tests to simulate a full disk. */
  openSink?: OpenSink;
}

async function installationId(db: Db): Promise<string> {
  const found = await getSetting(db, 'installation_id');
  if (found) return found;
  const id = randomUUID();
  await setSetting(db, 'installation_id', id);
  return id;
}

interface Snapshot {
  rows: Map<SyncTable, Map<string, SyncRow>>;
  bases: Map<string, string[]>;
  removed: { table: SyncTable; id: string }[];
}

async function takeSnapshot(ctx: AppContext, meetingId: string): Promise<Snapshot> {
  const shapes = await readShapes(ctx.store.db);
  return ctx.store.db.transaction().execute(async (trx) => {
    const rows = await collectMeetingRows(trx, meetingId, shapes);
    const bases = new Map<string, string[]>();
    for (const [table, bucket] of rows) {
      const history = await exchangedVersions(trx, table, [...bucket.keys()]);
      for (const [rowId, versions] of history)
        bases.set(
          `${table}:${rowId}`,
          versions
            .map((v) => v.row_hash)
            .reverse()
            .slice(0, MAX_BASES_PER_ROW),
        );
    }
    const removed = (await removedRows(trx, SYNC_TABLES)).map((r) => ({
      table: r.table_name as SyncTable,
      id: r.row_id,
    }));
    return { rows, bases, removed };
  });
}

async function* verifiedDocument(path: string, sha256: string, title: string): AsyncGenerator<Uint8Array> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
    hash.update(chunk);
    yield chunk;
  }
  if (hash.digest('hex') !== sha256)
    throw new ApiError(
      'internal',
      `Het document "${title}" is beschadigd in de documentopslag; voer "regie check" uit. Er is geen pakket gemaakt.`,
    );
}

export async function exportPackage(
  ctx: AppContext,
  meetingId: string,
  outPath: string,
  options: ExportOptions = {},
): Promise<PackageExportResult> {
  const target = resolve(outPath);
  const snapshot = await takeSnapshot(ctx, meetingId);
  const meeting = snapshot.rows.get('meetings')?.get(meetingId) as SyncRow;
  if (meeting.deleted_at)
    throw new ApiError('invalid', 'Deze vergadering staat in de prullenbak; zet haar eerst terug.');
  const body = snapshot.rows.get('bodies')?.get(meeting.body_id as string) as SyncRow;
  const createdAt = ctx.now();

  // Rows, per table, in a stable order; each with the versions this laptop exchanged before.
  const rowEntries: { path: string; bytes: Buffer }[] = [];
  const versions: NewExchangedVersion[] = [];
  const counts: Record<string, number> = {};
  for (const table of SYNC_TABLES) {
    const bucket = [...(snapshot.rows.get(table)?.values() ?? [])].sort((a, b) => (a.id < b.id ? -1 : 1));
    if (bucket.length === 0) continue;
    counts[table] = bucket.length;
    const entry = bucket.map((row) => ({ row, bases: snapshot.bases.get(`${table}:${row.id}`) ?? [] }));
    rowEntries.push({ path: rowsEntryName(table), bytes: Buffer.from(JSON.stringify(entry), 'utf8') });
    for (const row of bucket) {
      const hash = rowHash(row);
      versions.push({
        id: baseId(table, row.id, hash),
        table_name: table,
        row_id: row.id,
        row_hash: hash,
        row_json: JSON.stringify(row),
      });
    }
  }

  // Documents: every file of every document row, live or in the trash (a trashed one may come back).
  const documents = new Map<string, { path: string; size: number; title: string }>();
  for (const doc of snapshot.rows.get('documents')?.values() ?? []) {
    const sha = doc.sha256 as string;
    if (documents.has(sha)) continue;
    const path = ctx.files.pathOf(sha);
    let size: number;
    try {
      size = (await stat(path)).size;
    } catch {
      throw new ApiError(
        'internal',
        `Het document "${String(doc.title)}" ontbreekt in de documentopslag; voer "regie check" uit. Er is geen pakket gemaakt.`,
      );
    }
    documents.set(sha, { path, size, title: String(doc.title) });
  }
  // A municipality's own Word template travels with it, when this laptop has the file (else Regie's layout).
  for (const m of snapshot.rows.get('municipalities')?.values() ?? []) {
    const sha = m.voorstel_template_sha256;
    if (typeof sha !== 'string' || documents.has(sha)) continue;
    const path = ctx.files.pathOf(sha);
    const size = await stat(path).then(
      (s) => s.size,
      () => null,
    );
    if (size !== null)
      documents.set(sha, { path, size, title: String(m.voorstel_template_name ?? 'sjabloon') });
  }

  const manifest: Manifest = {
    app: PACKAGE_APP,
    kind: PACKAGE_KIND,
    formatVersion: PACKAGE_FORMAT_VERSION,
    appVersion: ctx.version,
    createdAt: createdAt.toISOString(),
    exporter: { user: ctx.user, installationId: await installationId(ctx.store.db) },
    meeting: { id: meetingId, bodyId: body.id, date: meeting.date as string, bodyName: body.name as string },
    tables: counts,
    removed: snapshot.removed,
    entries: [
      ...rowEntries.map((e) => ({
        path: e.path,
        sha256: createHash('sha256').update(e.bytes).digest('hex'),
        size: e.bytes.byteLength,
      })),
      ...[...documents].map(([sha, d]) => ({ path: documentEntryName(sha), sha256: sha, size: d.size })),
    ],
  };

  let bytes = 0;
  await writeAtomically(
    target,
    async (sink) => {
      const zip = new ZipWriter(sink, createdAt);
      await zip.addBytes(MANIFEST_NAME, Buffer.from(JSON.stringify(manifest, null, 2), 'utf8'));
      for (const e of rowEntries) await zip.addBytes(e.path, e.bytes);
      for (const [sha, d] of documents) {
        const written = await zip.addStream(documentEntryName(sha), verifiedDocument(d.path, sha, d.title));
        if (written !== d.size)
          throw new ApiError(
            'internal',
            `Het document "${d.title}" veranderde tijdens het inpakken; probeer het opnieuw.`,
          );
      }
      await zip.finish();
      bytes = zip.bytesWritten;
    },
    { openSink: options.openSink, what: 'het pakket' },
  );

  // The file is on disk: from now on these versions count as exchanged. If that cannot be recorded (a full
  // disk), the package goes again: a file that looks complete must be one that counts as sent.
  const at = ctx.now().toISOString();
  try {
    await ctx.store.db.transaction().execute((trx) => recordExported(trx, versions, at));
  } catch (error) {
    await rm(target, { force: true });
    if (isDiskFull(error))
      throw new ApiError(
        'internal',
        'De schijf is vol: het pakket is niet opgeslagen. Maak ruimte vrij en probeer het opnieuw.',
      );
    throw error;
  }
  return {
    path: target,
    meeting: { id: meetingId, date: meeting.date as string, bodyId: body.id, bodyName: body.name as string },
    rows: counts,
    documents: documents.size,
    bytes,
  };
}
