// Exports: the agenda, the minutes and the action list as Word files, the distribution package, and
// sending as a record. What was sent is stored (the .docx itself in the content store, with the hashes of
// its attachments); a later change makes the next export a visibly revised version, never a silent one.
import { randomUUID } from 'node:crypto';
import { copyFile, mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { basename, dirname, join, relative, sep } from 'node:path';
import type { Handlers } from '../../../shared/api/contract';
import type { ExportResult } from '../../../shared/api/calls/exports';
import type { MeetingDetail } from '../../../shared/api/views';
import { ApiError } from '../../../shared/api/errors';
import { formatDutchDate } from '../../../shared/rules/calendar';
import { addMinutesToTime } from '../../../shared/rules/calendar';
import { safeFileName, safeFolderName } from '../../../shared/rules/fileNames';
import { adoptedOnDate, sentVersions } from '../../../db/repos/reads';
import { insertRow } from '../../../db/tracked';
import {
  buildActionListDocument,
  buildAgendaDocument,
  buildMinutesDocument,
  packDocx,
  writeDistributionPackage,
  writeFileAtomic,
} from '../../documents/index';
import type { DocRevision } from '../../documents/model';
import { act, today, type AppContext } from '../context';
import { assertOutsideData, dataPlaces } from '../output-path';
import { loadBodyState } from '../read/body-state';
import { agendaChanges, agendaSnapshot, allActionViews, meetingDetail } from '../read/meeting-views';
import { requireMeeting } from '../handlers/meetings';
import { actionListModel, agendaModel, minutesModel } from './models';
import { diffMinutes, minutesSnapshot, type MinutesSnapshot } from './minutes-snapshot';

interface SentFile {
  role: string;
  name: string;
  sha256: string;
  size: number;
}

export function exportsDir(ctx: AppContext): string {
  return join(ctx.dataDir, 'exports');
}

/**
 * Where a file goes: the user's choice (never onto the data folder, see output-path.ts), or the app's exports
 * folder (browser mode).
 */
async function target(
  ctx: AppContext,
  outPath: string | undefined,
  defaultName: string,
  what: string,
): Promise<string> {
  const path = outPath
    ? assertOutsideData(outPath, dataPlaces(ctx), what)
    : join(exportsDir(ctx), safeFileName(defaultName));
  await mkdir(dirname(path), { recursive: true });
  return path;
}

export function downloadName(ctx: AppContext, path: string): string | null {
  const rel = relative(exportsDir(ctx), path);
  return rel && !rel.startsWith('..') && !rel.includes(`..${sep}`) ? rel.split(sep).join('/') : null;
}

export async function detailOf(ctx: AppContext, meetingId: string): Promise<MeetingDetail> {
  const meeting = await requireMeeting(ctx.store.db, meetingId);
  return meetingDetail(
    ctx.store.db,
    await loadBodyState(ctx.store.db, meeting.body_id),
    meeting.id,
    today(ctx),
  );
}

function baseName(detail: MeetingDetail, what: string): string {
  return `${what} ${detail.bodyName} ${detail.date}`;
}

interface AgendaPlan {
  revision: DocRevision | null;
  exactlyAsSent: boolean;
  changes: string[];
  lastVersion: number;
  /** Reads the stored sent file, or builds and packs the (revised) agenda: the costly part, done on demand. */
  render(): Promise<Buffer>;
}

interface AgendaBuild extends Omit<AgendaPlan, 'render'> {
  bytes: Buffer;
}

/** What the agenda is now — the stored sent file when nothing changed, otherwise a (revised) new build. */
async function agendaPlan(ctx: AppContext, detail: MeetingDetail): Promise<AgendaPlan> {
  const sent = (await sentVersions(ctx.store.db, detail.id, 'agenda'))[0];
  const now = ctx.now();
  if (!sent)
    return {
      revision: null,
      exactlyAsSent: false,
      changes: [],
      lastVersion: 0,
      render: () => packDocx(buildAgendaDocument(agendaModel(detail, null, now))),
    };
  const changes = agendaChanges(sent.snapshot, detail);
  if (changes.length === 0) {
    const file = (JSON.parse(sent.files) as SentFile[]).find((f) => f.role === 'agenda');
    if (file && (await ctx.files.has(file.sha256))) {
      const path = ctx.files.pathOf(file.sha256);
      return {
        revision: null,
        exactlyAsSent: true,
        changes: [],
        lastVersion: sent.version,
        render: () => readFile(path),
      };
    }
  }
  const revision: DocRevision = {
    number: sent.version + 1,
    previousSentAt: sent.sent_at,
    changes: changes.length ? changes : ['Opnieuw opgemaakt.'],
  };
  return {
    revision,
    exactlyAsSent: false,
    changes,
    lastVersion: sent.version,
    render: () => packDocx(buildAgendaDocument(agendaModel(detail, revision, now))),
  };
}

async function currentAgenda(ctx: AppContext, detail: MeetingDetail): Promise<AgendaBuild> {
  const { render, ...plan } = await agendaPlan(ctx, detail);
  return { ...plan, bytes: await render() };
}

/** The minutes of a meeting as a Word file now (a visibly revised version when changed after sending). */
export async function currentMinutes(
  ctx: AppContext,
  detail: MeetingDetail,
): Promise<{ bytes: Buffer; revision: DocRevision | null; changes: string[] }> {
  const sent = (await sentVersions(ctx.store.db, detail.id, 'minutes'))[0];
  let revision: DocRevision | null = null;
  let changes: string[] = [];
  if (sent && detail.minutesStatus !== 'adopted') {
    changes = diffMinutes(JSON.parse(sent.snapshot) as MinutesSnapshot, minutesSnapshot(detail));
    if (changes.length) revision = { number: sent.version + 1, previousSentAt: sent.sent_at, changes };
  }
  const adopted = detail.minutesAdoptedAt ? await adoptedOnDate(ctx.store.db, detail.id) : null;
  const bytes = await packDocx(buildMinutesDocument(minutesModel(detail, adopted, revision, ctx.now())));
  return { bytes, revision, changes };
}

function result(ctx: AppContext, path: string, extra: Partial<ExportResult> = {}): ExportResult {
  return {
    path,
    fileName: basename(path),
    download: downloadName(ctx, path),
    revision: null,
    exactlyAsSent: false,
    changes: [],
    ...extra,
  };
}

export function exportHandlers(
  ctx: AppContext,
): Pick<
  Handlers,
  | 'export.agenda'
  | 'export.minutes'
  | 'export.actions'
  | 'export.package'
  | 'jobs.get'
  | 'agenda.markSent'
  | 'sent.versions'
  | 'export.sentVersion'
> {
  const db = ctx.store.db;
  return {
    async 'export.agenda'(req) {
      const detail = await detailOf(ctx, req.meetingId);
      const built = await currentAgenda(ctx, detail);
      const name = `${built.revision ? 'Gewijzigde agenda' : 'Agenda'} ${detail.bodyName} ${detail.date}${built.revision ? ` v${built.revision.number}` : ''}.docx`;
      const path = await target(ctx, req.outPath, name, 'De agenda');
      await writeFileAtomic(path, built.bytes);
      return result(ctx, path, {
        revision: built.revision?.number ?? null,
        exactlyAsSent: built.exactlyAsSent,
        changes: built.changes,
      });
    },

    async 'export.minutes'(req) {
      const detail = await detailOf(ctx, req.meetingId);
      const built = await currentMinutes(ctx, detail);
      const path = await target(
        ctx,
        req.outPath,
        `${baseName(detail, 'Verslag en afsprakenlijst')}.docx`,
        'Het verslag',
      );
      await writeFileAtomic(path, built.bytes);
      return result(ctx, path, { revision: built.revision?.number ?? null, changes: built.changes });
    },

    async 'export.actions'(req) {
      const state = await loadBodyState(db, req.bodyId);
      const actions = await allActionViews(db, state, today(ctx));
      const model = actionListModel(state.body.name, today(ctx), actions, req.groupBy);
      const path = await target(
        ctx,
        req.outPath,
        `Actielijst ${state.body.name} ${today(ctx)}.docx`,
        'De actielijst',
      );
      await writeFileAtomic(path, await packDocx(buildActionListDocument(model)));
      return result(ctx, path);
    },

    async 'export.package'(req) {
      const detail = await detailOf(ctx, req.meetingId);
      const outDir = req.outDir
        ? assertOutsideData(req.outDir, dataPlaces(ctx), 'Het verzendpakket')
        : exportsDir(ctx);
      await mkdir(outDir, { recursive: true });
      const jobId = ctx.jobs.start(async (progress) => {
        const scratch = await mkdtemp(join(ctx.dataDir, 'exports-tmp-'));
        try {
          const agenda = await agendaPlan(ctx, detail);
          const attachments = [];
          const sealing: Promise<void>[] = [];
          for (const item of detail.items) {
            for (const a of item.attachments) {
              if (a.source === 'document' && a.sha256) {
                // The CRC-32 recorded when the file entered the store saves reading it twice for the zip, and a
                // sealed (read-only) store file can be hard-linked into the folder instead of copied.
                sealing.push(ctx.files.seal(a.sha256));
                attachments.push({
                  label: a.label,
                  title: a.title,
                  sourcePath: ctx.files.pathOf(a.sha256),
                  originalFileName: a.fileName,
                  ...(a.crc32 !== null ? { crc32: a.crc32, immutable: true } : {}),
                });
              } else if (a.source === 'previous-minutes' && detail.previousMeeting) {
                const previous = await detailOf(ctx, detail.previousMeeting.id);
                const bytes = (await currentMinutes(ctx, previous)).bytes;
                const file = join(scratch, `${randomUUID()}.docx`);
                await writeFileAtomic(file, bytes);
                attachments.push({
                  label: a.label,
                  title: a.title,
                  sourcePath: file,
                  originalFileName: a.fileName,
                });
              }
            }
          }
          await Promise.all(sealing);
          const when = formatDutchDate(detail.date, true);
          const durations = detail.items.reduce((sum, i) => sum + (i.durationMinutes ?? 0), 0);
          const end = detail.end ?? addMinutesToTime(detail.start, Math.max(durations, 60));
          const subject = `${agenda.revision ? 'Gewijzigde agenda' : 'Agenda'} ${detail.bodyName} ${when}`;
          const written = await writeDistributionPackage({
            outDir,
            folderName: safeFolderName(
              `${agenda.revision ? 'Gewijzigde agenda' : 'Agenda'} ${detail.date} ${detail.bodyName}`,
            ),
            // Built while the attachments are copied (the copies wait on the disk, the agenda on the processor).
            agendaDocx: agenda.render,
            attachments,
            email: {
              to: detail.invitees.map((p) => ({ name: p.name, email: p.email })),
              subject,
              bodyText: [
                'Beste leden van het overleg,',
                '',
                `Hierbij ontvangt u de ${agenda.revision ? 'gewijzigde ' : ''}agenda met de stukken voor de vergadering van ${when} om ${detail.start} uur${detail.location ? `, ${detail.location}` : ''}.`,
                ...(agenda.revision
                  ? [
                      '',
                      'Gewijzigd ten opzichte van de vorige versie:',
                      ...agenda.revision.changes.map((c) => `- ${c}`),
                    ]
                  : []),
                '',
                `Voorzitter: ${detail.chair.name ?? 'onbekend'}. Notulist: ${detail.notulist.name ?? 'onbekend'}.`,
                '',
                'Met vriendelijke groet,',
                '',
                'Het secretariaat',
              ].join('\n'),
            },
            calendar: {
              uid: `${detail.id}@regie`,
              title: `${detail.bodyName}`,
              date: detail.date,
              start: detail.start,
              end,
              location: detail.location,
              description: detail.items.map((i) => `${i.number}. ${i.title}`).join('\n'),
              attendees: detail.invitees.map((p) => ({ name: p.name, email: p.email })),
              sequence: agenda.lastVersion,
              status: detail.status === 'cancelled' ? 'CANCELLED' : 'CONFIRMED',
            },
            onProgress: progress,
          });
          return {
            folder: written.folder,
            zipPath: written.zipPath,
            files: written.files,
            download: downloadName(ctx, written.zipPath),
            skippedRecipients: written.skippedRecipients.map((r) => r.name),
          };
        } finally {
          await rm(scratch, { recursive: true, force: true });
        }
      });
      return { jobId };
    },

    async 'jobs.get'(req) {
      return ctx.jobs.get(req.jobId);
    },

    async 'agenda.markSent'(req) {
      const detail = await detailOf(ctx, req.meetingId);
      const built = await currentAgenda(ctx, detail);
      if (built.exactlyAsSent)
        throw new ApiError(
          'conflict',
          `Deze agenda is al verstuurd (versie ${built.lastVersion}) en sindsdien niet gewijzigd.`,
        );
      const stored = await ctx.files.putBytes(built.bytes);
      const version = built.lastVersion + 1;
      const files: SentFile[] = [
        {
          role: 'agenda',
          name: `${built.revision ? 'Gewijzigde agenda' : 'Agenda'} ${detail.date}.docx`,
          sha256: stored.sha256,
          size: stored.size,
        },
        ...detail.items.flatMap((i) =>
          i.attachments
            .filter((a) => a.sha256)
            .map((a) => ({
              role: `bijlage ${a.label}`,
              name: a.fileName,
              sha256: a.sha256 as string,
              size: a.size,
            })),
        ),
      ];
      const sentAt = await act(
        ctx,
        `Agenda ${formatDutchDate(detail.date)} verstuurd (versie ${version})`,
        async (cx) => {
          await insertRow(cx, 'sent_versions', {
            id: randomUUID(),
            meeting_id: detail.id,
            kind: 'agenda',
            version,
            sent_at: cx.now,
            sent_by: cx.user,
            snapshot: JSON.stringify(agendaSnapshot(detail)),
            files: JSON.stringify(files),
          });
          return cx.now;
        },
      );
      return { version, sentAt, sentBy: ctx.user, changes: built.changes };
    },

    async 'sent.versions'(req) {
      await requireMeeting(db, req.meetingId);
      const rows = [
        ...(await sentVersions(db, req.meetingId, 'agenda')),
        ...(await sentVersions(db, req.meetingId, 'minutes')),
      ];
      return rows.map((r) => ({
        kind: r.kind,
        version: r.version,
        sentAt: r.sent_at,
        sentBy: r.sent_by,
        files: JSON.parse(r.files) as SentFile[],
      }));
    },

    async 'export.sentVersion'(req) {
      const detail = await detailOf(ctx, req.meetingId);
      const row = (await sentVersions(db, req.meetingId, req.kind)).find((r) => r.version === req.version);
      if (!row) throw new ApiError('not_found', `Versie ${req.version} is niet verstuurd.`);
      const file = (JSON.parse(row.files) as SentFile[]).find((f) => f.role === req.kind);
      if (!file) throw new ApiError('not_found', 'Van deze versie is geen document bewaard.');
      const path = await target(
        ctx,
        req.outPath,
        `${req.kind === 'agenda' ? 'Agenda' : 'Verslag'} ${detail.bodyName} ${detail.date} verstuurd v${req.version}.docx`,
        'Het document',
      );
      const tmp = `${path}.${randomUUID()}.part`;
      await copyFile(ctx.files.pathOf(file.sha256), tmp);
      const { rename } = await import('node:fs/promises');
      await rename(tmp, path);
      return result(ctx, path, { exactlyAsSent: true });
    },
  };
}
