// Runs scripts/bench-documents.ts: bundles it (and the TypeScript sources it imports) with esbuild into a
// temporary .cjs file and runs that with the current Node (22). Usage: node scripts/bench-documents.mjs [--agenda-only]
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'regie-bench-build-'));
const outfile = join(dir, 'bench-documents.cjs');
try {
  await build({
    entryPoints: [join(here, 'bench-documents.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node22',
    format: 'cjs',
    logLevel: 'warning',
  });
  const r = spawnSync(process.execPath, [outfile, ...process.argv.slice(2)], { stdio: 'inherit' });
  process.exitCode = r.status ?? 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
