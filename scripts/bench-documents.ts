// Benchmark of the document builders and the distribution package. Run: node scripts/bench-documents.mjs
// (bundles this file with esbuild and runs it on Node 22).
//
// 1. build + pack + atomically write one agenda .docx with 40 items (target: median < 200 ms);
// 2. export a package with that agenda and 60 attachments of ~3 MB, next to a plain copy of the same 60 files
//    in the same run (target: export ≤ 1.5 × copy). Three variants: the agenda built inside the export, already
//    packed, and packed with CRC-32s supplied by the content store. The attachments were just written, so they
//    are in the page cache: the copy is memory-bound, the worst case for the ratio (an export writes every byte
//    twice — folder and zip — and computes its CRC; with cold files both are bound by the same disk reads).
import { randomBytes } from 'node:crypto';
import { copyFile, mkdir, rm, writeFile } from 'node:fs/promises';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildAgendaDocument } from '../electron/documents/agenda';
import { writeDistributionPackage, type PackageAttachment } from '../electron/documents/package';
import { packDocx, writeDocx } from '../electron/documents/write';
import { crc32 } from '../electron/documents/zip';
import { bigAgendaModel } from '../tests/fixtures/documents/models';

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
};
const ms = (x: number) => `${x.toFixed(1)} ms`;

async function main(): Promise<void> {
  const root = mkdtempSync(join(tmpdir(), 'regie-bench-'));
  const args = new Set(process.argv.slice(2));
  const rounds = Number(process.env.BENCH_ROUNDS ?? 7);
  try {
    // 1. One agenda
    const model = bigAgendaModel(40);
    const times: number[] = [];
    for (let i = 0; i < rounds + 3; i++) {
      const t = performance.now();
      await writeDocx(buildAgendaDocument(model), join(root, 'agenda.docx'));
      if (i >= 3) times.push(performance.now() - t);
    }
    const agendaMedian = median(times);
    console.log(
      `agenda docx, 40 items, build+pack+write: median ${ms(agendaMedian)} (min ${ms(Math.min(...times))}, max ${ms(Math.max(...times))}, ${times.length} runs) — target < 200 ms`,
    );
    if (args.has('--agenda-only')) return;

    // 2. Package vs plain copy
    const store = join(root, 'store');
    await mkdir(store);
    const attachments: PackageAttachment[] = [];
    let totalBytes = 0;
    for (let i = 0; i < 60; i++) {
      const size = 3 * 1024 * 1024 + ((i * 7919) % 500_000) - 250_000;
      const p = join(store, `${i}.bin`);
      await writeFile(p, randomBytes(size));
      totalBytes += size;
      const ext = ['pdf', 'docx', 'xlsx', 'pdf', 'pptx'][i % 5] as string;
      attachments.push({
        label: String.fromCharCode(65 + (i % 26)) + (i >= 26 ? String(Math.floor(i / 26)) : ''),
        title: `Bijlage ${i + 1}: stand van zaken regionale opgave ${i + 1}`,
        sourcePath: p,
        originalFileName: `stuk-${i}.${ext}`,
      });
    }
    console.log(`attachments: 60 files, ${(totalBytes / 1e6).toFixed(1)} MB`);

    const crcs = attachments.map((a) => crc32(readFileSync(a.sourcePath)));
    const agendaBytes = await packDocx(buildAgendaDocument(model));
    const variants = {
      full: 'export, agenda built and packed in the export',
      packed: 'export, agenda already packed (the sent version is stored)',
      storeCrc: 'export, packed agenda + CRC-32 recorded by the content store',
    } as const;
    type Variant = keyof typeof variants;
    const copyTimes: number[] = [];
    const exportTimes: Record<Variant, number[]> = { full: [], packed: [], storeCrc: [] };
    for (let r = 0; r < rounds + 1; r++) {
      // plain copy: the 60 files into a fresh folder, one after the other (as Explorer would)
      const copyDir = join(root, `copy-${r}`);
      let t = performance.now();
      await mkdir(copyDir);
      for (let i = 0; i < attachments.length; i++)
        await copyFile(attachments[i]!.sourcePath, join(copyDir, `${i}.bin`));
      const copy = performance.now() - t;
      await rm(copyDir, { recursive: true, force: true });
      if (r > 0) copyTimes.push(copy);
      for (const v of Object.keys(variants) as Variant[]) {
        const outDir = join(root, `out-${r}-${v}`);
        t = performance.now();
        await writeDistributionPackage({
          outDir,
          folderName: 'Regiegroep 8 december 2026',
          agendaDocx: v === 'full' ? buildAgendaDocument(model) : agendaBytes,
          attachments: v === 'storeCrc' ? attachments.map((a, i) => ({ ...a, crc32: crcs[i] })) : attachments,
          email: {
            to: [{ name: 'Marieke Hermans', email: 'm.hermans@weert.nl' }],
            subject: 'Agenda regiegroep 8 december 2026',
            bodyText: 'Beste leden,\n\nHierbij de agenda.\n',
          },
          calendar: {
            uid: 'bench@regie',
            title: 'Regiegroep',
            date: '2026-12-08',
            start: '09:30',
            end: '11:30',
            location: 'Weert',
            description: 'Regiegroep',
            attendees: [],
          },
        });
        const exp = performance.now() - t;
        if (r > 0) exportTimes[v].push(exp);
        await rm(outDir, { recursive: true, force: true });
      }
    }
    const c = median(copyTimes);
    console.log(
      `plain copy of the 60 files (fs.copyFile): median ${ms(c)}, best ${ms(Math.min(...copyTimes))} (runs: ${copyTimes.map((x) => x.toFixed(0)).join(', ')})`,
    );
    const verdict: string[] = [];
    for (const v of Object.keys(variants) as Variant[]) {
      const xs = exportTimes[v];
      // Copy and exports run back to back in each round, so a round's ratio sees the same machine load.
      const ratio = median(xs.map((x, i) => x / (copyTimes[i] as number)));
      console.log(
        `${variants[v]}: median ${ms(median(xs))}, best ${ms(Math.min(...xs))}; export/copy median ${ratio.toFixed(2)}, best/best ${(Math.min(...xs) / Math.min(...copyTimes)).toFixed(2)} (runs: ${xs.map((x) => x.toFixed(0)).join(', ')})`,
      );
      verdict.push(`${v} ${ratio <= 1.5 ? 'OK' : 'over'}`);
    }
    console.log(
      `targets: agenda < 200 ms ${agendaMedian < 200 ? 'OK' : 'SLOW'}; export ≤ 1.5 × copy: ${verdict.join(', ')}`,
    );
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
