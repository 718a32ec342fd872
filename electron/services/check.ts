// `regie check` and the app's Controleren: database integrity (integrity_check + foreign keys), every stored
// row against its table's schema (shared/api/rows.ts: dates, times, enums, types), every stored document's
// checksum, and files in the document store that nothing refers to (left by an import that was interrupted).
// Says clearly what is wrong, naming each bad row; changes nothing, except with `repair`: then it removes the
// orphaned files (and the leftovers of interrupted writes), and only those.
import { rm } from 'node:fs/promises';
import { fullCheck } from '../../db/open';
import { allLiveDocumentHashes, storedFileReferences } from '../../db/repos/reads';
import { allRows } from '../../db/repos/sync';
import { describeRow, rowProblems, rowSchemas, type RowTable } from '../../shared/api/rows';
import type { AppContext } from './context';

interface CheckReport {
  lines: string[];
  problems: string[];
  /** Files removed by `repair` (orphans and leftovers). */
  repaired: string[];
}

/** Temporary files younger than this may belong to a write still under way. */
const STALE_TEMPORARY_MS = 60 * 60 * 1000;
/** At most this many bad rows are named per table; the rest are counted. */
const NAMED_PER_TABLE = 20;

async function storedValueProblems(ctx: AppContext): Promise<string[]> {
  const problems: string[] = [];
  for (const table of Object.keys(rowSchemas) as RowTable[]) {
    let bad = 0;
    for (const row of await allRows(ctx.store.db, table)) {
      const found = rowProblems(table, row);
      if (found.length === 0) continue;
      bad++;
      if (bad <= NAMED_PER_TABLE)
        problems.push(
          `ongeldige waarde: ${describeRow(table, row)} (${table} ${String(row.id)}): ${found
            .map((p) => `${p.path}: ${p.message}`)
            .join('; ')}`,
        );
    }
    if (bad > NAMED_PER_TABLE)
      problems.push(`ongeldige waarde: nog ${bad - NAMED_PER_TABLE} rij(en) in ${table}`);
  }
  return problems;
}

/** Files in the store no row refers to (not those this process just put there), and stale temporary files. */
async function orphanedFiles(ctx: AppContext): Promise<{ orphans: string[]; leftovers: string[] }> {
  const referenced = await storedFileReferences(ctx.store.db);
  const orphans = (await ctx.files.list()).filter(
    (sha) => !referenced.has(sha) && !ctx.files.wasPutThisSession(sha),
  );
  const leftovers = await ctx.files.staleTemporaryFiles(ctx.now().getTime(), STALE_TEMPORARY_MS);
  return { orphans, leftovers };
}

/** After a failed or refused import: removes the files it added that no row refers to. */
export async function removeUnreferenced(ctx: AppContext, added: readonly string[]): Promise<void> {
  if (added.length === 0) return;
  const referenced = await storedFileReferences(ctx.store.db);
  for (const sha of added) if (!referenced.has(sha)) await ctx.files.remove(sha);
}

export async function checkStore(ctx: AppContext, options: { repair?: boolean } = {}): Promise<CheckReport> {
  const problems = fullCheck(ctx.store.sqlite).map((p) => `database: ${p}`);
  problems.push(...(await storedValueProblems(ctx)).map((p) => `database: ${p}`));
  const docs = await allLiveDocumentHashes(ctx.store.db);
  const seen = new Map<string, string>();
  for (const d of docs) if (!seen.has(d.sha256)) seen.set(d.sha256, d.title);
  let ok = 0;
  for (const [sha, title] of seen) {
    const state = await ctx.files.verify(sha);
    if (state === 'ok') ok++;
    else
      problems.push(
        `document "${title}" is ${state === 'missing' ? 'niet gevonden' : 'beschadigd (controlegetal klopt niet)'} (${sha.slice(0, 12)}…)`,
      );
  }
  const { orphans, leftovers } = await orphanedFiles(ctx);
  const repaired: string[] = [];
  const lines = [
    `Database: ${problems.filter((p) => p.startsWith('database')).length === 0 ? 'in orde' : 'problemen gevonden'}.`,
    `Documenten: ${ok} van ${seen.size} in orde.`,
  ];
  if (options.repair) {
    for (const sha of orphans) {
      await ctx.files.remove(sha);
      repaired.push(sha);
    }
    for (const path of leftovers) {
      await rm(path, { force: true });
      repaired.push(path);
    }
    const parts: string[] = [];
    if (orphans.length === 1) parts.push('1 los bestand waar niets naar verwees');
    else if (orphans.length) parts.push(`${orphans.length} losse bestanden waar niets naar verwees`);
    if (leftovers.length === 1) parts.push('1 restant van een onderbroken schrijfactie');
    else if (leftovers.length) parts.push(`${leftovers.length} restanten van onderbroken schrijfacties`);
    if (parts.length) lines.push(`Opgeruimd in de documentopslag: ${parts.join(' en ')}.`);
  } else {
    for (const sha of orphans)
      problems.push(
        `los bestand in de documentopslag: ${sha.slice(0, 12)}… (geen document verwijst ernaar; "regie check --repair" ruimt het op)`,
      );
    for (const path of leftovers)
      problems.push(
        `restant van een onderbroken schrijfactie: ${path} ("regie check --repair" ruimt het op)`,
      );
  }
  return { lines, problems, repaired };
}
