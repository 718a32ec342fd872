#!/usr/bin/env node
// Crash test: kills a worker with SIGKILL at random moments, spread evenly over plan import, recording, package
// export and import, backup, restore, undo, deletes and the trash, and after every kill checks that every data
// folder opens (taking over the killed worker's lock), passes `regie check`, holds every change the worker had
// seen acknowledged, and holds no partial import (see scripts/crash-worker.ts).
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
  // 23 kills in each of the 9 operations.
  const kills = option('--kills', 207);
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
          `  ${n} kills: ${c.inserts} ingevoegde rijen, ${c.fields} veldwijzigingen, ${c.deletes} prullenbak, ${c.imports} imports, ${c.exports} exports, ${c.backups} back-ups, ${c.restores} keer teruggezet, ${c.undos} keer ongedaan gemaakt, ${c.plans} plannen gecontroleerd`,
        );
    },
  });
  const list = (record) =>
    Object.entries(record)
      .map(([what, n]) => `${what} ${n}`)
      .join(', ');
  const c = result.counts;
  console.log(
    [
      `Kills: ${result.kills} (${result.killedBeforeReady} tijdens het opstarten)`,
      `Kills per bewerking: ${list(result.perOperation)}`,
      `Onderbroken tijdens (volgens het logboek): ${list(result.interrupted)}`,
      `Controles na een kill geslaagd: ${result.checksPassed}`,
      `Gelogde en teruggevonden wijzigingen: ${c.inserts} ingevoegde rijen, ${c.fields} veldwijzigingen, ${c.deletes} naar of uit de prullenbak, ${c.imports} imports, ${c.exports} exports, ${c.backups} back-ups, ${c.restores} keer teruggezet, ${c.undos} keer ongedaan gemaakt, ${c.plans} plannen geïmporteerd`,
      `Sloten van de gestopte worker overgenomen: ${c.locksTakenOver}; losse bestanden opgeruimd: ${c.orphansRepaired}`,
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
