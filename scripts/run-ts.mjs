// Runs a TypeScript script of this project (benchmarks, the crash test's worker): bundles it with esbuild
// into a temporary CommonJS file (better-sqlite3, electron and playwright-core stay external) and runs it with the same Node.
import { build } from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';

const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  console.error('Gebruik: node scripts/run-ts.mjs BESTAND.ts [argumenten]');
  process.exit(2);
}
const dir = mkdtempSync(join(tmpdir(), 'regie-run-'));
// The same layout as dist/: the script in a folder of its own, the text-reading worker in ../worker/.
const outfile = join(dir, 'bin', 'script.cjs');
const options = {
  bundle: true,
  platform: 'node',
  target: 'node22',
  format: 'cjs',
  // playwright-core (the start-up and UI benchmarks) loads its parts at run time: it cannot be bundled.
  external: ['better-sqlite3', 'electron', 'playwright-core'],
  logLevel: 'warning',
  nodePaths: [resolve('node_modules')],
};
try {
  await Promise.all([
    build({ ...options, entryPoints: [resolve(entry)], outfile }),
    build({
      ...options,
      entryPoints: [resolve('electron/documents/text-worker.ts')],
      outfile: join(dir, 'worker', 'text-worker.cjs'),
    }),
  ]);
  const result = spawnSync(process.execPath, ['--expose-gc', outfile, ...args], {
    stdio: 'inherit',
    env: { ...process.env, NODE_PATH: resolve('node_modules') },
  });
  process.exitCode = result.status ?? 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
