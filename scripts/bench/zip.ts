// Benchmark: why the distribution package has its own zip writer (electron/documents/zip.ts) instead of fflate's
// streaming Zip. Both write the same 60 attachments of ~3 MB (as in bench:package) as stored entries into one
// archive, on one thread, files read whole from a warm page cache; the only difference is the writer: fflate's
// Zip + ZipPassThrough computes each entry's CRC-32 in JavaScript, ZipFileWriter takes zlib's native one and
// writes each entry at its own, pre-computed offset. Both archives are checked to unpack to 60 entries.
// Run: node scripts/run-ts.mjs scripts/bench/zip.ts
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Zip, ZipPassThrough, unzipSync } from 'fflate';
import { ZipFileWriter, crc32 } from '../../electron/documents/zip';

const RUNS = 7;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

async function withFflate(files: string[], out: string): Promise<void> {
  const fd = openSync(out, 'w');
  let position = 0;
  try {
    await new Promise<void>((resolve, reject) => {
      const zip = new Zip((err, chunk, final) => {
        if (err) return reject(err);
        writeSync(fd, chunk, 0, chunk.length, position);
        position += chunk.length;
        if (final) resolve();
      });
      for (const [i, file] of files.entries()) {
        const entry = new ZipPassThrough(`pakket/${i}.pdf`);
        zip.add(entry);
        entry.push(readFileSync(file), true);
      }
      zip.end();
    });
  } finally {
    closeSync(fd);
  }
}

async function withOwnWriter(files: string[], out: string): Promise<void> {
  const fh = await open(out, 'w');
  try {
    const zip = new ZipFileWriter(fh);
    for (const [i, file] of files.entries()) {
      const data = readFileSync(file);
      const slot = zip.reserveStored(`pakket/${i}.pdf`, data.length);
      await zip.writeData(slot, data, 0);
      await zip.finishSlot(slot, crc32(data));
    }
    await zip.finish();
  } finally {
    await fh.close();
  }
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'regie-bench-zip-'));
  try {
    const files = Array.from({ length: 60 }, (_, i) => {
      const path = join(dir, `stuk-${i}.pdf`);
      writeFileSync(path, randomBytes(3 * 1024 * 1024 + i * 1024));
      return path;
    });
    const mb = files.reduce((sum, f) => sum + readFileSync(f).length, 0) / 1e6;
    const writers = [
      ['fflate Zip + ZipPassThrough (CRC-32 in JavaScript)', withFflate],
      ['ZipFileWriter (CRC-32 van zlib)', withOwnWriter],
    ] as const;
    const times: number[][] = writers.map(() => []);
    for (let run = 0; run < RUNS; run++)
      for (const [w, [, write]] of writers.entries()) {
        const out = join(dir, `uit-${w}.zip`);
        const t = performance.now();
        await write(files, out);
        times[w]?.push(performance.now() - t);
        if (run === RUNS - 1) {
          const entries = Object.keys(unzipSync(readFileSync(out))).length;
          if (entries !== files.length) throw new Error(`${out}: ${entries} onderdelen`);
        }
        rmSync(out);
      }
    console.log(`${files.length} bijlagen, ${mb.toFixed(0)} MB, warm, één thread:`);
    for (const [w, [label]] of writers.entries()) {
      const xs = times[w] as number[];
      console.log(
        `  ${label}: mediaan ${median(xs).toFixed(0)} ms (${xs.map((x) => x.toFixed(0)).join(', ')})`,
      );
    }
    const ratio = median(times[0] as number[]) / median(times[1] as number[]);
    console.log(`  fflate / eigen schrijver: ${ratio.toFixed(1)} ×`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
