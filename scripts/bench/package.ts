// Benchmark: exporting the distribution package of a meeting with 40 items and 60 attachments of several
// MB each, end to end through the services (agenda built, attachments from the content store, .eml, .ics,
// folder and zip), next to a copy of the same 60 files in the same run. Target: export ≤ 1.5 × copy.
//
// Two copies are timed: the plain copy — one file after the other, each by the system's own copy call, as
// Explorer or `cp` make it — which the target is measured against, and the fastest copy Node can make (all
// files at once through the thread pool), printed for comparison. Each is measured warm (the files in memory)
// and cold (page cache emptied first, as for documents submitted days before; needs root on Linux).
// Run: npm run bench:package
import { copyFile, mkdir, rm } from 'node:fs/promises';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { execSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { openRegie } from '../../electron/services/index';
import { apiClient, type Api } from '../../shared/api/contract';
import { ITEM_KINDS } from '../../shared/domain/types';
import { KIND_RULES, targetFor } from '../../shared/domain/item-kinds';

type Regie = Awaited<ReturnType<typeof openRegie>>;

const RUNS = 9;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

/**
 * Empties the page cache (Linux, as root), so a run reads the documents from disk as a user's laptop does:
 * attachments submitted days ago are not in memory. Returns false where that is not allowed.
 */
function dropCaches(): boolean {
  try {
    execSync('sync');
    writeFileSync('/proc/sys/vm/drop_caches', '3');
    return true;
  } catch {
    return false;
  }
}

/**
 * Before each timed step: write back what earlier steps left in memory (setting up 182 MB of documents, the
 * previous run's files), so that flushing them does not land on whichever step comes next — and, for a cold
 * run, empty the page cache too.
 */
function settle(cold: boolean): void {
  if (cold) dropCaches();
  else
    try {
      execSync('sync');
    } catch {
      // No sync command (Windows): measured as it is.
    }
}

type Stored = { sha256: string | null }[];

/** A plain copy, as Explorer or `cp` makes it: one file after the other, each by the system's own copy call. */
async function plainCopy(regie: Regie, stored: Stored, to: string): Promise<void> {
  for (const [i, a] of stored.entries())
    await copyFile(regie.context.files.pathOf(a.sha256 as string), join(to, `${i}.pdf`));
}

/** The fastest copy Node can make: all files at once through the thread pool (4 at a time). */
async function parallelCopy(regie: Regie, stored: Stored, to: string): Promise<void> {
  await Promise.all(
    stored.map((a, i) => copyFile(regie.context.files.pathOf(a.sha256 as string), join(to, `${i}.pdf`))),
  );
}

async function timed(run: () => Promise<void>): Promise<number> {
  const t = performance.now();
  await run();
  return performance.now() - t;
}

async function measure(
  api: Api,
  regie: Regie,
  dir: string,
  meetingId: string,
  stored: Stored,
  cold: boolean,
) {
  const plain: number[] = [];
  const parallel: number[] = [];
  const exports: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    for (const [copy, times] of [
      [plainCopy, plain],
      [parallelCopy, parallel],
    ] as const) {
      const copyDir = join(dir, `kopie-${run}`);
      await mkdir(copyDir);
      settle(cold);
      times.push(await timed(() => copy(regie, stored, copyDir)));
      await rm(copyDir, { recursive: true });
    }

    const out = join(dir, 'exports', `pakket-${run}`);
    settle(cold);
    exports.push(
      await timed(async () => {
        const { jobId } = await api['export.package']({ meetingId, outDir: out });
        const job = await regie.context.jobs.wait(jobId, 2);
        if (job.state !== 'done') throw new Error(job.message ?? 'pakket mislukt');
      }),
    );
    await rm(out, { recursive: true });
  }
  return { plain, parallel, exports };
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'regie-bench-pkg-'));
  // As the app opens it (warmUp: the package copy thread starts in the background).
  const regie = await openRegie({
    dataDir: dir,
    user: 'bench',
    now: () => new Date('2027-03-01T08:00:00Z'),
    warmUp: true,
  });
  const api = apiClient((method, req) => regie.dispatch(method, req));
  try {
    const body = await api['bodies.save']({
      name: 'Regiegroep',
      rotation: ['Leudal', 'Nederweert', 'Weert'],
      deadlines: {
        submissionDays: 5,
        distributionDays: 5,
        minutesDays: 5,
        unit: 'calendar',
        shiftToWorkingDay: true,
      },
      closedDays: [],
    });
    for (const [i, m] of ['Leudal', 'Nederweert', 'Weert'].entries())
      await api['people.save']({
        bodyId: body.id,
        name: `Lid ${i + 1}`,
        email: `lid${i + 1}@example.nl`,
        municipality: m,
        memberships: [{ role: 'opdrachtgever', municipality: m }],
      });
    const meeting = (
      await api['meetings.create']({
        bodyId: body.id,
        date: '2027-04-06',
        start: '09:30',
        location: 'Stadhuis Weert',
      })
    ).meeting;
    const items: string[] = [];
    for (let i = 0; i < 40; i++) {
      const kind = ITEM_KINDS[i % ITEM_KINDS.length] ?? 'informerend';
      items.push(
        (
          await api['items.add']({
            meetingId: meeting.id,
            kind,
            target: targetFor(kind, 'beide'),
            title: `Agendapunt ${i + 1}: stand van zaken regionale opgave`,
            proposal: KIND_RULES[kind].proposal?.required ? 'Instemmen met het voorstel.' : '',
            durationMinutes: 10,
          })
        ).id,
      );
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
    const stored = (await api['meetings.get']({ id: meeting.id })).items
      .flatMap((i) => i.attachments)
      .filter((a) => a.sha256);
    const totalMb = stored.reduce((s, a) => s + a.size, 0) / 1024 / 1024;
    console.log(
      `Vergadering met 40 punten en ${stored.length} bijlagen (${totalMb.toFixed(0)} MB) in de documentopslag.`,
    );

    const list = (xs: number[]) =>
      `mediaan ${median(xs).toFixed(0)} ms (${xs.map((x) => x.toFixed(0)).join(', ')})`;
    const report = (label: string, m: Awaited<ReturnType<typeof measure>>) => {
      const ratio = median(m.exports) / median(m.plain);
      console.log(
        `${label}:\n  gewone kopie van de ${stored.length} bestanden (na elkaar, zoals Verkenner) ${list(m.plain)}\n  snelst mogelijke kopie (alle tegelijk) ${list(m.parallel)}\n  verzendpakket ${list(m.exports)}\n  verhouding pakket/gewone kopie ${ratio.toFixed(2)}; pakket/snelste kopie ${(median(m.exports) / median(m.parallel)).toFixed(2)}`,
      );
      return ratio;
    };
    const warm = report(
      'Warm (bestanden al in het geheugen)',
      await measure(api, regie, dir, meeting.id, stored, false),
    );
    if (dropCaches()) {
      const cold = report(
        'Koud (paginacache geleegd vóór elke meting, zoals op een laptop)',
        await measure(api, regie, dir, meeting.id, stored, true),
      );
      console.log(
        `Doel pakket ≤ 1,5 × gewone kopie: koud (de situatie van de gebruiker) ${cold <= 1.5 ? 'GEHAALD' : 'NIET GEHAALD'}; warm ${warm <= 1.5 ? 'GEHAALD' : 'NIET GEHAALD'}.`,
      );
    } else {
      console.log(
        `De paginacache kan hier niet geleegd worden; alleen warm gemeten. Doel ≤ 1,5: ${warm <= 1.5 ? 'GEHAALD' : 'NIET GEHAALD'}.`,
      );
    }
  } finally {
    await regie.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
