#!/usr/bin/env node
// Crash test: kills a worker that records, exports and imports meeting packages on two laptops with
// SIGKILL at random moments, and after every kill checks that both databases pass `regie check` and
// still hold every change the worker had seen return (see scripts/crash-worker.ts).
//   node scripts/crash-test.mjs [--kills N] [--seed S]        (npm run crash-test)
// Prints the counts; exit code 1 when anything was lost or damaged.
import { build } from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Bundles the worker inside the project (dist/), so it finds better-sqlite3 in node_modules. */
export async function buildCrashWorker() {
  const outfile = join(root, 'dist', 'crash', 'crash-worker.cjs');
  await build({
    entryPoints: [join(root, 'scripts', 'crash-worker.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node22',
    format: 'cjs',
    external: ['better-sqlite3', 'electron'],
    logLevel: 'warning',
  });
  return outfile;
}

function option(name, fallback) {
  const at = process.argv.indexOf(name);
  return at > 0 && process.argv[at + 1] ? Number(process.argv[at + 1]) : fallback;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const kills = option('--kills', 200);
  const seed = option('--seed', Date.now() % 100000);
  const bundle = await buildCrashWorker();
  const { runCrashTest } = createRequire(import.meta.url)(bundle);
  const work = mkdtempSync(join(tmpdir(), 'regie-crash-'));
  console.log(`Crash-test: ${kills} keer SIGKILL, seed ${seed}, map ${work}`);
  const result = await runCrashTest({
    bundle,
    work,
    planPath: join(root, 'tests', 'fixtures', 'plan', 'plan.json'),
    kills,
    seed,
    onKill: (n, c) => {
      if (n % 25 === 0)
        console.log(
          `  ${n} kills: ${c.inserts} ingevoegde rijen, ${c.fields} veldwijzigingen, ${c.imports} imports, ${c.exports} exports gecontroleerd`,
        );
    },
  });
  console.log(
    [
      `Kills: ${result.kills}; onderbroken tijdens: ${Object.entries(result.interrupted)
        .map(([what, n]) => `${what} ${n}`)
        .join(', ')}`,
      `Controles na een kill geslaagd: ${result.checksPassed}`,
      `Gelogde en teruggevonden wijzigingen: ${result.counts.inserts} ingevoegde rijen, ${result.counts.fields} veldwijzigingen, ${result.counts.imports} imports, ${result.counts.exports} exports`,
      `Duur: ${(result.ms / 1000).toFixed(1)} s`,
    ].join('\n'),
  );
  if (result.problems.length) {
    console.error(`VERLOREN OF BESCHADIGD:\n${result.problems.map((p) => `  ${p}`).join('\n')}`);
    console.error(`De gegevens staan nog in ${work}`);
    process.exitCode = 1;
  } else {
    rmSync(work, { recursive: true, force: true });
    console.log('Niets verloren, alles in orde.');
  }
}
