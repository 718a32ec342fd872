// The package's copy threads: folder files and zip slots, hard links for sealed store files, CRC-32s, a second
// thread joining in, abort and errors (the copying stopped before the promise settles).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import { copyAttachments, type CopyTask } from '../../electron/documents/copy-worker';

let root: string;
const sources: { path: string; data: Buffer }[] = [];

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'regie-copy-'));
  mkdirSync(join(root, 'src'));
  for (let i = 0; i < 6; i++) {
    const data = randomBytes(300_000 + i * 7919);
    const path = join(root, 'src', `${i}.pdf`);
    writeFileSync(path, data);
    sources.push({ path, data });
  }
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Tasks for all sources into `dir`, laid out one after another in `zip` behind a 100-byte gap each. */
function tasksFor(dir: string, zip: string, overrides: Partial<CopyTask> = {}): CopyTask[] {
  mkdirSync(dir, { recursive: true });
  writeFileSync(zip, '');
  let offset = 0;
  return sources.map((s, i) => {
    offset += 100;
    const task: CopyTask = {
      src: s.path,
      dest: join(dir, `${i}.pdf`),
      size: s.data.length,
      zipOffset: offset,
      crc: null,
      linkable: false,
      ...overrides,
    };
    offset += s.data.length;
    return task;
  });
}

/** Each task's folder file size (-1: not there). */
const sizesOf = (tasks: CopyTask[]) => tasks.map((t) => (existsSync(t.dest) ? statSync(t.dest).size : -1));

/** Settled means stopped: 100 ms later no folder file has grown or appeared. */
async function expectNothingWritesAfter(tasks: CopyTask[], before: number[]): Promise<void> {
  await new Promise((r) => setTimeout(r, 100));
  expect(sizesOf(tasks)).toEqual(before);
}

const abortError = () => Object.assign(new Error('afgebroken'), { name: 'AbortError' });

describe('copyAttachments', () => {
  it('copies every file into the folder and into its place in the zip, with its CRC-32', async () => {
    const dir = join(root, 'plain');
    const zip = join(root, 'plain.zip');
    const tasks = tasksFor(dir, zip);
    let bytes = 0;
    const running = copyAttachments(zip, tasks, {
      onBytes: (n) => (bytes += n),
      abortError,
      chunkBytes: 64 * 1024,
    });
    const crcs = await running.result;
    const zipped = readFileSync(zip);
    for (const [i, s] of sources.entries()) {
      const t = tasks[i] as CopyTask;
      expect(readFileSync(t.dest).equals(s.data)).toBe(true);
      expect(zipped.subarray(t.zipOffset, t.zipOffset + t.size).equals(s.data)).toBe(true);
      expect(crcs[i]).toBe(crc32(s.data));
      expect(statSync(t.dest).ino).not.toBe(statSync(s.path).ino);
    }
    expect(bytes).toBe(sources.reduce((n, s) => n + s.data.length, 0));
  });

  it('hard-links sealed store files with a known CRC and still fills the zip', async () => {
    const dir = join(root, 'linked');
    const zip = join(root, 'linked.zip');
    const tasks = tasksFor(dir, zip, { linkable: true }).map((t, i) => ({
      ...t,
      crc: crc32((sources[i] as { data: Buffer }).data),
    }));
    const crcs = await copyAttachments(zip, tasks, {
      onBytes: () => undefined,
      abortError,
      chunkBytes: 1 << 20,
    }).result;
    const zipped = readFileSync(zip);
    for (const [i, s] of sources.entries()) {
      const t = tasks[i] as CopyTask;
      expect(statSync(t.dest).ino).toBe(statSync(s.path).ino);
      expect(zipped.subarray(t.zipOffset, t.zipOffset + t.size).equals(s.data)).toBe(true);
      expect(crcs[i]).toBe(t.crc);
    }
  });

  it('lets a second thread join in: every file copied once, each CRC in its place', async () => {
    const dir = join(root, 'two');
    const zip = join(root, 'two.zip');
    const tasks = tasksFor(dir, zip);
    // Small chunks keep the first thread busy long enough for the second to take files too; a file taken twice
    // would fail (its folder file is opened with 'wx'), a file taken by no thread would be missing.
    const running = copyAttachments(zip, tasks, {
      onBytes: () => undefined,
      abortError,
      chunkBytes: 4096,
    });
    running.speedUp();
    const crcs = await running.result;
    const zipped = readFileSync(zip);
    for (const [i, s] of sources.entries()) {
      const t = tasks[i] as CopyTask;
      expect(readFileSync(t.dest).equals(s.data)).toBe(true);
      expect(zipped.subarray(t.zipOffset, t.zipOffset + t.size).equals(s.data)).toBe(true);
      expect(crcs[i]).toBe(crc32(s.data));
    }
    // Once finished, joining in changes nothing.
    running.speedUp();
  });

  it('stops both threads when one fails', async () => {
    const dir = join(root, 'two-fail');
    const zip = join(root, 'two-fail.zip');
    const tasks = tasksFor(dir, zip);
    tasks[1] = { ...(tasks[1] as CopyTask), src: join(root, 'src', 'weg.pdf') };
    const running = copyAttachments(zip, tasks, { onBytes: () => undefined, abortError, chunkBytes: 4096 });
    running.speedUp();
    const error = await running.result.then(
      () => null,
      (e: unknown) => e as NodeJS.ErrnoException,
    );
    expect(error?.code).toBe('ENOENT');
    await expectNothingWritesAfter(tasks, sizesOf(tasks));
  });

  it('stops on abort with the caller’s error, once nothing writes any more', async () => {
    const dir = join(root, 'abort');
    const zip = join(root, 'abort.zip');
    const tasks = tasksFor(dir, zip);
    const ctrl = new AbortController();
    const running = copyAttachments(zip, tasks, {
      onBytes: () => undefined,
      signal: ctrl.signal,
      abortError,
      chunkBytes: 16 * 1024,
    });
    // Aborted before the thread has even read the request: it must stop at its first chunk.
    ctrl.abort();
    const error = await running.result.then(
      () => null,
      (e: unknown) => e as Error,
    );
    expect(error?.name).toBe('AbortError');
    // It stopped early, and nothing writes any more once the promise has settled.
    const before = sizesOf(tasks);
    expect(before.filter((n) => n >= 0).length).toBeLessThan(tasks.length);
    await expectNothingWritesAfter(tasks, before);
  });

  it('reports a missing source with its system code', async () => {
    const dir = join(root, 'missing');
    const zip = join(root, 'missing.zip');
    const tasks = tasksFor(dir, zip);
    tasks[2] = { ...(tasks[2] as CopyTask), src: join(root, 'src', 'bestaat-niet.pdf') };
    await expect(
      copyAttachments(zip, tasks, { onBytes: () => undefined, abortError, chunkBytes: 65536 }).result,
    ).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('refuses a source that is shorter than announced', async () => {
    const dir = join(root, 'short');
    const zip = join(root, 'short.zip');
    const tasks = tasksFor(dir, zip);
    tasks[0] = { ...(tasks[0] as CopyTask), size: (tasks[0] as CopyTask).size + 10 };
    await expect(
      copyAttachments(zip, tasks, { onBytes: () => undefined, abortError, chunkBytes: 65536 }).result,
    ).rejects.toThrow(/korter geworden/);
  });
});
