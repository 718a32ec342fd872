// Opening a `.regie` package and checking it completely before anything is written: a sound zip, our
// manifest (not another program's), a format version we know, only the entries the manifest lists,
// each with the size and SHA-256 it promises, documents within 500 MB, rows in the expected shape.
// Documents are then copied into the store, verified, before any row is touched.
import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import { ApiError } from '../../../shared/api/errors';
import { describeRow, rowProblems } from '../../../shared/api/rows';
import { MAX_DOCUMENT_BYTES, type DocumentStore } from '../document-store';
import { ZipReader, unsafeEntryName, type ZipEntry } from './zip-reader';
import type { OpenSink } from './atomic-file';
import { stageDocuments } from './document-staging';
import { isSyncTable, type SyncTable } from './tables';
import {
  DOCUMENT_ENTRY,
  MANIFEST_NAME,
  manifestHeader,
  manifestSchema,
  MAX_MANIFEST_BYTES,
  MAX_ROWS_ENTRY_BYTES,
  PACKAGE_APP,
  PACKAGE_FORMAT_VERSION,
  PACKAGE_KIND,
  ROWS_ENTRY,
  rowsEntrySchema,
  type Manifest,
  type RowsEntry,
} from './package-format';

export interface OpenedPackage {
  path: string;
  label: string;
  manifest: Manifest;
  rows: Map<SyncTable, RowsEntry>;
  /** Document entries by hash, with the size the manifest promises. */
  documents: Map<string, ZipEntry>;
}

function invalid(message: string): ApiError {
  return new ApiError('invalid', message);
}

async function readManifest(zip: ZipReader, label: string): Promise<Manifest> {
  const entry = zip.find(MANIFEST_NAME);
  if (!entry) throw invalid(`${label} is geen Regie-pakket: er zit geen ${MANIFEST_NAME} in.`);
  let json: unknown;
  try {
    json = JSON.parse((await zip.read(entry, MAX_MANIFEST_BYTES)).toString('utf8'));
  } catch (error) {
    if (error instanceof ApiError) throw error;
    throw invalid(`${label} is beschadigd: ${MANIFEST_NAME} is geen leesbare JSON.`);
  }
  const header = manifestHeader.safeParse(json);
  if (!header.success || header.data.app !== PACKAGE_APP || header.data.kind !== PACKAGE_KIND)
    throw invalid(
      `${label} is geen Regie-vergaderpakket: ${MANIFEST_NAME} hoort bij een ander programma of een ander soort bestand.`,
    );
  if (header.data.formatVersion > PACKAGE_FORMAT_VERSION)
    throw invalid(
      `${label} is gemaakt met een nieuwere versie van Regie (pakketformaat ${header.data.formatVersion}; deze versie leest formaat ${PACKAGE_FORMAT_VERSION}). Werk Regie bij en open het pakket opnieuw.`,
    );
  const parsed = manifestSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw invalid(
      `${label} is beschadigd: ${MANIFEST_NAME} is onvolledig of ongeldig (${issue?.path.join('.') ?? ''}: ${issue?.message ?? ''}).`,
    );
  }
  return parsed.data;
}

async function checkEntries(zip: ZipReader, manifest: Manifest, label: string) {
  const listed = new Map(manifest.entries.map((e) => [e.path, e]));
  for (const e of manifest.entries) {
    const unsafe = unsafeEntryName(e.path);
    if (unsafe)
      throw invalid(
        `${label} is geweigerd: het manifest noemt een bestandsnaam met ${unsafe} ("${e.path}").`,
      );
  }
  for (const entry of zip.entries) {
    if (entry.name === MANIFEST_NAME) continue;
    if (!listed.has(entry.name))
      throw invalid(`${label} is geweigerd: het bevat "${entry.name}", dat niet in het manifest staat.`);
  }
  const rows = new Map<SyncTable, RowsEntry>();
  const documents = new Map<string, ZipEntry>();
  for (const e of manifest.entries) {
    const entry = zip.find(e.path);
    if (!entry) throw invalid(`${label} is onvolledig: "${e.path}" ontbreekt.`);
    const doc = DOCUMENT_ENTRY.exec(e.path);
    if (doc) {
      if (doc[1] !== e.sha256)
        throw invalid(`${label} is beschadigd: "${e.path}" heeft een ander controlegetal dan zijn naam.`);
      if (e.size > MAX_DOCUMENT_BYTES || entry.size > MAX_DOCUMENT_BYTES)
        throw invalid(
          `${label} is geweigerd: het bevat een document van meer dan 500 MB (${Math.round(Math.max(e.size, entry.size) / 1024 / 1024)} MB).`,
        );
      if (entry.size !== e.size)
        throw invalid(`${label} is beschadigd: "${e.path}" heeft niet de grootte die het manifest noemt.`);
      documents.set(e.sha256, entry);
      continue;
    }
    const table = ROWS_ENTRY.exec(e.path)?.[1];
    if (!table || !isSyncTable(table)) throw invalid(`${label} bevat een onbekend onderdeel "${e.path}".`);
    if (entry.size !== e.size)
      throw invalid(`${label} is beschadigd: "${e.path}" heeft niet de grootte die het manifest noemt.`);
    const bytes = await zip.read(entry, MAX_ROWS_ENTRY_BYTES);
    if (createHash('sha256').update(bytes).digest('hex') !== e.sha256)
      throw invalid(`${label} is beschadigd: het controlegetal van "${e.path}" klopt niet.`);
    let parsed;
    try {
      parsed = rowsEntrySchema.safeParse(JSON.parse(bytes.toString('utf8')));
    } catch {
      throw invalid(`${label} is beschadigd: "${e.path}" is geen leesbare JSON.`);
    }
    if (!parsed.success) throw invalid(`${label} is beschadigd: "${e.path}" heeft niet de verwachte vorm.`);
    checkRows(table, parsed.data, label);
    rows.set(table, parsed.data);
  }
  return { rows, documents };
}

/**
 * Each row passes its table's schema (shared/api/rows.ts), the same that every write is checked against: a
 * checksum only says the package is as its maker wrote it, not that what was written is sound (a package
 * edited by hand and its checksums recomputed). Columns a package from an older Regie lacks may be missing.
 */
function checkRows(table: SyncTable, entries: RowsEntry, label: string): void {
  for (const { row } of entries) {
    const problems = rowProblems(table, row, { partial: true });
    const first = problems[0];
    if (first)
      throw new ApiError(
        'invalid',
        `${label} bevat ongeldige gegevens — ${describeRow(table, row)} (${table} ${String(row.id)}), ${first.path}: ${first.message}. Er is niets geïmporteerd.`,
        problems.map((p) => ({ path: `${table}/${String(row.id)}/${p.path}`, message: p.message })),
      );
  }
}

export interface CopyOptions {
  /** Injected in tests to simulate a full disk. */
  openSink?: OpenSink;
}

/**
 * Verifies every document entry against its SHA-256 and puts the new ones in the store, all or nothing.
 * Returns the hashes it added (for the clean-up when the import then fails).
 */
export async function copyDocumentsIntoStore(
  pkg: OpenedPackage,
  zip: ZipReaderLike,
  files: DocumentStore,
  options: CopyOptions = {},
): Promise<string[]> {
  return stageDocuments(
    files,
    [...pkg.documents].map(([sha256, entry]) => ({ sha256, open: () => zip.stream(entry) })),
    { openSink: options.openSink, label: pkg.label, outcome: 'het pakket is niet geïmporteerd' },
  );
}

interface ZipReaderLike {
  stream(entry: ZipEntry): AsyncIterable<Buffer>;
}

/** Opens a package and hands it, with its zip, to `use`; always closes it. */
export async function withPackage<T>(
  path: string,
  use: (pkg: OpenedPackage, zip: ZipReaderLike) => Promise<T>,
): Promise<T> {
  const label = `Het pakket "${basename(path)}"`;
  const zip = await ZipReader.open(path, label);
  try {
    const manifest = await readManifest(zip, label);
    const { rows, documents } = await checkEntries(zip, manifest, label);
    return await use({ path, label, manifest, rows, documents }, zip);
  } finally {
    await zip.close();
  }
}
