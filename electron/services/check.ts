// `regie check` and the start-up check: database integrity (integrity_check + foreign keys) and every
// stored document's checksum. Says clearly what is wrong; changes nothing.
import { fullCheck } from '../../db/open';
import { allLiveDocumentHashes } from '../../db/repos/reads';
import type { AppContext } from './context';

export interface CheckReport {
  lines: string[];
  problems: string[];
}

export async function checkStore(ctx: AppContext): Promise<CheckReport> {
  const problems = fullCheck(ctx.store.sqlite).map((p) => `database: ${p}`);
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
  return {
    lines: [
      `Database: ${problems.filter((p) => p.startsWith('database')).length === 0 ? 'in orde' : 'problemen gevonden'}.`,
      `Documenten: ${ok} van ${seen.size} in orde.`,
    ],
    problems,
  };
}
