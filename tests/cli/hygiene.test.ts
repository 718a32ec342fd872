// CLI hygiene (issue 12): `regie meeting list | head` ends quietly when the reader stops early — no EPIPE trace.
// Runs the built bin (bin/regie.mjs over dist/cli/regie.cjs, made by `npm run build`).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const BIN = resolve(__dirname, '../../bin/regie.mjs');
const PLAN = resolve(__dirname, '../fixtures/plan/plan.json');
let dir: string;
let db: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'regie-hygiene-'));
  db = join(dir, 'regie.sqlite');
  execFileSync(process.execPath, [BIN, 'import', PLAN, '--db', db], {
    env: { ...process.env, REGIE_NOW: '2027-03-15T09:00:00Z' },
  });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the command line', () => {
  it('ends quietly when its reader stops early (regie meeting list | head)', async () => {
    const child = spawn(process.execPath, [BIN, 'meeting', 'list', '--json', '--db', db], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    // The reader is gone before the first line is written, as `head` is after its lines.
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const code = await new Promise<number | null>((done) => child.on('exit', (c) => done(c)));
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });
});
