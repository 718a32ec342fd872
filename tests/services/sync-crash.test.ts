// The crash test, short: a worker is killed with SIGKILL twice in each operation (plan import, recording,
// package export and import, backup, restore, undo, deletes, the trash) at random moments; after each kill
// every data folder opens (taking over the killed worker's lock), passes `regie check`, holds every change the
// worker had seen acknowledged and no partial import. The long run (≥ 200 kills) is `npm run crash-test`.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { OPERATIONS, runCrashTest } from '../../scripts/crash-worker';

const root = resolve(__dirname, '../..');
const bundle = join(root, 'dist', 'crash', 'crash-worker.test.cjs');
let work: string;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'regie-crash-'));
  // Bundled inside the project so the worker finds better-sqlite3 in node_modules.
  await build({
    entryPoints: [join(root, 'scripts', 'crash-worker.ts')],
    outfile: bundle,
    bundle: true,
    platform: 'node',
    target: 'node22',
    format: 'cjs',
    external: ['better-sqlite3', 'electron'],
    logLevel: 'warning',
  });
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('killed at random moments', () => {
  it('loses nothing and stays sound over two kills in each operation', async () => {
    const result = await runCrashTest({
      bundle,
      work,
      planPath: join(root, 'tests', 'fixtures', 'plan', 'plan.json'),
      kills: 2 * OPERATIONS.length,
      seed: 20271,
    });
    expect(result.problems).toEqual([]);
    expect(result.kills).toBe(2 * OPERATIONS.length);
    expect(result.checksPassed).toBe(result.kills);
    expect(Object.keys(result.perOperation).sort()).toEqual([...OPERATIONS].sort());
    const c = result.counts;
    expect(c.inserts + c.fields + c.imports + c.exports).toBeGreaterThan(0);
    expect(c.locksTakenOver).toBeGreaterThan(0);
  }, 240_000);
});
