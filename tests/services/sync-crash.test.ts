// The crash test, short: a worker recording, exporting and importing on two laptops is killed with
// SIGKILL ten times at random moments; after each kill both laptops pass `regie check` and hold every
// change the worker had seen return. The long run (200 kills) is `npm run crash-test`.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { runCrashTest } from '../../scripts/crash-worker';

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
  it('loses nothing and stays sound over 10 kills', async () => {
    const result = await runCrashTest({
      bundle,
      work,
      planPath: join(root, 'tests', 'fixtures', 'plan', 'plan.json'),
      kills: 10,
      seed: 20271,
    });
    expect(result.problems).toEqual([]);
    expect(result.kills).toBe(10);
    expect(result.checksPassed).toBe(10);
    expect(
      result.counts.imports + result.counts.exports + result.counts.inserts + result.counts.fields,
    ).toBeGreaterThan(0);
  }, 120_000);
});
