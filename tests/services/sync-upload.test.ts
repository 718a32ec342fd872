// Browser mode has no native file paths: a `.regie` package arrives as bytes (package.upload), is stored
// under the data folder, and is then previewed and imported by that path like any other package.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, rmSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { TestRegie } from '../helpers/regie';
import type { ApiError } from '../../shared/api/errors';
import { exchangeDir, loadPlan, openLaptop } from '../fixtures/sync/laptops';

let a: TestRegie;
let b: TestRegie;
let dir: string;
let meetingId: string;

beforeAll(async () => {
  a = await openLaptop();
  b = await openLaptop();
  dir = exchangeDir();
  await loadPlan(a);
  meetingId = (await a.api['meetings.find']({ ref: '2027-04-01' })).id;
});
afterAll(async () => {
  await a.cleanup();
  await b.cleanup();
  rmSync(dir, { recursive: true, force: true });
});

async function refusal(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    return (e as ApiError).body.message;
  }
  throw new Error('expected a refusal');
}

describe('package.upload', () => {
  it('stores the bytes under the data folder; preview and import work on the stored path', async () => {
    const out = join(dir, 'april.regie');
    await a.api['package.export']({ meetingId, outPath: out });
    const base64 = readFileSync(out).toString('base64');
    const { path } = await b.api['package.upload']({ fileName: 'april.regie', base64 });
    expect(existsSync(path)).toBe(true);
    expect(relative(join(b.dataDir, 'imports'), path).startsWith('..')).toBe(false);
    expect(readFileSync(path).equals(readFileSync(out))).toBe(true);

    const preview = await b.api['package.preview']({ path });
    expect(preview.conflicts).toEqual([]);
    expect(preview.unchanged).toBe(false);
    const result = await b.api['package.import']({ path });
    expect(result.meeting.id).toBe(meetingId);
    expect((await b.api['meetings.get']({ id: meetingId })).items.length).toBeGreaterThan(0);
  });

  it('refuses a file that is not a .regie package, and an empty one', async () => {
    expect(await refusal(b.api['package.upload']({ fileName: 'verslag.docx', base64: 'AAAA' }))).toMatch(
      /\.regie/,
    );
    expect(await refusal(b.api['package.upload']({ fileName: 'x.regie', base64: '' }))).toBeTruthy();
    // A name with folders in it never decides where the file goes.
    const { path } = await b.api['package.upload']({
      fileName: '../../boos.regie',
      base64: 'UEsFBgAAAAAAAAAAAAAAAAAAAAAAAA==',
    });
    expect(relative(join(b.dataDir, 'imports'), path).startsWith('..')).toBe(false);
    expect(await refusal(b.api['package.preview']({ path }))).toBeTruthy();
  });
});
