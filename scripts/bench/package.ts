// Benchmark: exporting the distribution package of a meeting with 40 items and 60 attachments of several
// MB each, end to end through the services (agenda built, attachments from the content store, .eml, .ics,
// zip), next to a plain copy of the same 60 files in the same run. Target: export ≤ 1.5 × copy.
// Run: npm run bench:package
import { copyFile, mkdir, rm } from 'node:fs/promises';
import { mkdtempSync, rmSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { openRegie } from '../../electron/app/index';
import type { Api } from '../../shared/api/contract';

const RUNS = 5;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'regie-bench-pkg-'));
  const regie = await openRegie({ dataDir: dir, user: 'bench', now: () => new Date('2027-03-01T08:00:00Z') });
  const api = new Proxy({} as Api, { get: (_t, name: string) => (req: unknown) => regie.dispatch(name, req) });
  try {
    const body = await api['bodies.save']({ name: 'Regiegroep', rotation: ['Leudal', 'Nederweert', 'Weert'], deadlines: { submissionDays: 5, distributionDays: 5, minutesDays: 5, unit: 'calendar', shiftToWorkingDay: true }, closedDays: [] });
    for (const [i, m] of ['Leudal', 'Nederweert', 'Weert'].entries())
      await api['people.save']({ bodyId: body.id, name: `Lid ${i + 1}`, email: `lid${i + 1}@example.nl`, municipality: m, memberships: [{ role: 'opdrachtgever', municipality: m }] });
    const meeting = (await api['meetings.create']({ bodyId: body.id, date: '2027-04-06', start: '09:30', location: 'Stadhuis Weert' })).meeting;
    const items: string[] = [];
    for (let i = 0; i < 40; i++) {
      const kind = (['informerend', 'besluitvormend', 'voorbereidend'] as const)[i % 3] ?? 'informerend';
      items.push((await api['items.add']({ meetingId: meeting.id, kind, target: kind === 'voorbereidend' ? 'beide' : null, title: `Agendapunt ${i + 1}: stand van zaken regionale opgave`, proposal: kind === 'besluitvormend' ? 'Instemmen met het voorstel.' : '', durationMinutes: 10 })).id);
    }
    const src = join(dir, 'bron');
    await mkdir(src, { recursive: true });
    const { writeFile } = await import('node:fs/promises');
    const sources: string[] = [];
    for (let d = 0; d < 60; d++) {
      const path = join(src, `stuk-${d}.pdf`);
      await writeFile(path, randomBytes(3 * 1024 * 1024 + d * 1024));
      await api['documents.add']({ itemId: items[d % 40] as string, source: { kind: 'path', path } });
      sources.push(path);
    }
    const stored = (await api['meetings.get']({ id: meeting.id })).items.flatMap((i) => i.attachments).filter((a) => a.sha256);
    const totalMb = stored.reduce((s, a) => s + a.size, 0) / 1024 / 1024;
    console.log(`Vergadering met 40 punten en ${stored.length} bijlagen (${totalMb.toFixed(0)} MB) in de documentopslag.`);

    const copies: number[] = [];
    const exports: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const copyDir = join(dir, `kopie-${run}`);
      await mkdir(copyDir);
      let t = performance.now();
      await Promise.all(stored.map((a, i) => copyFile(regie.context.files.pathOf(a.sha256 as string), join(copyDir, `${i}.pdf`))));
      copies.push(performance.now() - t);
      await rm(copyDir, { recursive: true });

      const out = join(dir, `pakket-${run}`);
      t = performance.now();
      const { jobId } = await api['export.package']({ meetingId: meeting.id, outDir: out });
      const job = await regie.context.jobs.wait(jobId, 2);
      exports.push(performance.now() - t);
      if (job.state !== 'done') throw new Error(job.message ?? 'pakket mislukt');
      await rm(out, { recursive: true });
    }
    const c = median(copies);
    const e = median(exports);
    console.log(`Gewone kopie van de ${stored.length} bestanden: mediaan ${c.toFixed(0)} ms (${copies.map((x) => x.toFixed(0)).join(', ')})`);
    console.log(`Verzendpakket (agenda, bijlagen, e-mail, uitnodiging, zip): mediaan ${e.toFixed(0)} ms (${exports.map((x) => x.toFixed(0)).join(', ')})`);
    console.log(`Verhouding pakket/kopie: ${(e / c).toFixed(2)} — doel ≤ 1,5: ${e / c <= 1.5 ? 'GEHAALD' : 'NIET GEHAALD'}`);
  } finally {
    await regie.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
