// Exports: the agenda, the minutes and the action list as Word files, the distribution package, the
// minutes' e-mail to the ondersteuner, and sending as a record. What was sent is stored (the .docx itself in
// the content store, with the hashes of its attachments); a later change makes the next export a visibly
// revised version, never a silent one.
import { randomUUID } from 'node:crypto';
import { copyFile, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { basename, dirname, join, relative, sep } from 'node:path';
import type { Handlers } from '../../../shared/api/contract';
import type { ExportResult } from '../../../shared/api/calls/exports';
import type { MeetingDetail } from '../../../shared/api/views';
import { ApiError } from '../../../shared/api/errors';
import { addMinutesToTime, formatDutchDate } from '../../../shared/rules/calendar';
import { changedItemIds, type AgendaSnapshot } from '../../../shared/rules/agenda-snapshot';
import { safeFileName, safeFolderName } from '../../../shared/rules/fileNames';
import { sentVersions } from '../../../db/repos/reads';
import { insertRow } from '../../../db/tracked';
import { writeDistributionPackage, writeEml, writeFileAtomic } from '../../documents/index';
import { act, today, type AppContext } from '../context';
import { assertOutsideData, dataPlaces } from '../output-path';
import { loadBodyState } from '../read/body-state';
import { agendaSnapshot } from '../read/meeting-views';
import { requireMeeting } from '../handlers/meetings';
import {
  actionListFileName,
  agendaFileName,
  agendaPlan,
  currentActionList,
  currentMinutes,
  detailOf,
  loadMeeting,
  type SentFile,
} from './current';
import { agendaMailBody, agendaRecipients, minutesMail, placeLine } from './mail';

export { currentMinutes, detailOf } from './current';

export function exportsDir(ctx: AppContext): string {
  return join(ctx.dataDir, 'exports');
}

/**
 * Where a file goes: the user's choice (never onto the data folder, see output-path.ts), or the app's exports
 * folder (browser mode).
 */
export async function target(
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

function baseName(detail: MeetingDetail, what: string): string {
  return `${what} ${detail.bodyName} ${detail.date}`;
}

/** The late items nobody has decided on yet: sending the agenda with them asks first. */
function pendingLate(detail: MeetingDetail) {
  return detail.items.filter((i) => i.late && i.lateDecision !== 'admitted');
}

/** The planned end: the meeting's own end time, else the start plus every item's duration, else the default. */
export function plannedEnd(detail: MeetingDetail, defaultMinutes: number): string {
  if (detail.end) return detail.end;
  const durations = detail.items.reduce((sum, i) => sum + (i.durationMinutes ?? 0), 0);
  return addMinutesToTime(detail.start, durations > 0 ? durations : defaultMinutes);
}

export function result(ctx: AppContext, path: string, extra: Partial<ExportResult> = {}): ExportResult {
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
  | 'export.minutesMail'
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
      const loaded = await loadMeeting(ctx, req.meetingId);
      const plan = await agendaPlan(ctx, loaded);
      const name = `${plan.revision ? 'Gewijzigde agenda' : 'Agenda'} ${loaded.detail.bodyName} ${loaded.detail.date}${plan.revision ? ` v${plan.revision.number}` : ''}.docx`;
      const path = await target(ctx, req.outPath, name, 'De agenda');
      await writeFileAtomic(path, await plan.render());
      return result(ctx, path, {
        revision: plan.revision?.number ?? null,
        exactlyAsSent: plan.exactlyAsSent,
        changes: plan.changes,
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
      return result(ctx, path, {
        revision: built.revision?.number ?? null,
        exactlyAsSent: built.exactlyAsSent,
        changes: built.changes,
      });
    },

    // The notulist's e-mail draft to the ondersteuner, with the minutes and the action list attached. Always
    // written into the exports folder: the desktop opens it (Outlook shows a new message), browser mode
    // downloads it.
    async 'export.minutesMail'(req) {
      const { state, detail } = await loadMeeting(ctx, req.meetingId);
      const minutes = await currentMinutes(ctx, detail);
      const minutesName = safeFileName(`${baseName(detail, 'Verslag en afsprakenlijst')}.docx`);
      const actionsName = actionListFileName(detail);
      const mail = minutesMail(detail, [minutesName, actionsName]);
      const docx = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
      const path = join(exportsDir(ctx), safeFileName(`${baseName(detail, 'Verslag')} aan ondersteuner.eml`));
      await mkdir(dirname(path), { recursive: true });
      await writeEml(path, {
        ...mail,
        date: ctx.now(),
        attachments: [
          { fileName: minutesName, contentType: docx, data: minutes.bytes },
          { fileName: actionsName, contentType: docx, data: await currentActionList(ctx, state) },
        ],
      });
      return result(ctx, path, {
        revision: minutes.revision?.number ?? null,
        exactlyAsSent: minutes.exactlyAsSent,
        changes: minutes.changes,
      });
    },

    async 'export.actions'(req) {
      const state = await loadBodyState(db, req.bodyId);
      const path = await target(
        ctx,
        req.outPath,
        `Actielijst ${state.body.name} ${today(ctx)}.docx`,
        'De actielijst',
      );
      await writeFileAtomic(path, await currentActionList(ctx, state, req.groupBy));
      return result(ctx, path);
    },

    async 'export.package'(req) {
      const loaded = await loadMeeting(ctx, req.meetingId);
      const { state, detail } = loaded;
      const outDir = req.outDir
        ? assertOutsideData(req.outDir, dataPlaces(ctx), 'Het verzendpakket')
        : exportsDir(ctx);
      await mkdir(outDir, { recursive: true });
      const jobId = ctx.jobs.start(async (progress) => {
        const scratch = await mkdtemp(join(ctx.dataDir, 'exports-tmp-'));
        try {
          const agenda = await agendaPlan(ctx, loaded);
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
          const docType = agenda.revision ? 'Gewijzigde agenda' : 'Agenda';
          const sent = (await sentVersions(db, detail.id, 'agenda'))[0];
          const changed = sent
            ? changedItemIds(JSON.parse(sent.snapshot) as AgendaSnapshot, agendaSnapshot(detail))
            : new Set<string>();
          const recipients = agendaRecipients(detail);
          const written = await writeDistributionPackage({
            outDir,
            folderName: safeFolderName(`${docType} ${detail.date} ${detail.bodyName}`),
            names: { agenda: agendaFileName(detail, agenda.revision) },
            // Built while the attachments are copied (the copies wait on the disk, the agenda on the processor).
            agendaDocx: () => agenda.render(),
            attachments,
            documents: [{ name: actionListFileName(detail), bytes: () => currentActionList(ctx, state) }],
            email: {
              to: recipients.to,
              cc: recipients.cc,
              subject: `${docType} ${detail.bodyName} ${when}`,
              bodyText: agendaMailBody(detail, agenda.revision, changed),
              date: ctx.now(),
            },
            calendar: {
              uid: `${detail.id}@regie`,
              title: `${detail.bodyName}`,
              date: detail.date,
              start: detail.start,
              end: plannedEnd(detail, state.body.default_duration_minutes),
              location: placeLine(detail),
              description: detail.items
                .map((i) => {
                  const letters = i.attachments.map((a) => a.label).join(', ');
                  return `${i.number}. ${i.title}${letters ? ` (${letters})` : ''}`;
                })
                .join('\n'),
              attendees: [...recipients.to, ...recipients.cc],
              sequence: agenda.lastVersion,
              status: detail.status === 'cancelled' ? 'CANCELLED' : 'CONFIRMED',
              stamp: ctx.now(),
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
      const loaded = await loadMeeting(ctx, req.meetingId);
      const { state, detail } = loaded;
      const plan = await agendaPlan(ctx, loaded);
      if (plan.exactlyAsSent)
        throw new ApiError(
          'conflict',
          `Deze agenda is al verstuurd (versie ${plan.lastVersion}) en sindsdien niet gewijzigd.`,
        );
      const late = pendingLate(detail);
      if (late.length > 0 && !req.acknowledgeLate)
        throw new ApiError(
          'conflict',
          `Over ${late.length === 1 ? 'een nagekomen punt' : `${late.length} nagekomen punten`} is nog niet beslist: ${late
            .map((i) => `punt ${i.number} "${i.title}"`)
            .join(
              ', ',
            )}. ${late.length === 1 ? 'Het staat' : 'Ze staan'} op de agenda als "nagekomen (onder voorbehoud van toelating)". Laat ${late.length === 1 ? 'het' : 'ze'} toe, verplaats ${late.length === 1 ? 'het' : 'ze'} naar de volgende vergadering, of verstuur toch.`,
          late.map((i) => ({
            path: `items.${i.number}`,
            message: `Punt ${i.number} is nagekomen en nog niet toegelaten.`,
          })),
        );
      const version = plan.lastVersion + 1;
      const sentAt = ctx.now().toISOString();
      // What is stored is what was sent: the agenda with its 'Verzonden op … (versie N)' line, and the action
      // list that went with it.
      const agendaBytes = await plan.render({ at: sentAt, version });
      const stored = await ctx.files.putBytes(agendaBytes);
      const actions = await ctx.files.putBytes(await currentActionList(ctx, state));
      const files: SentFile[] = [
        {
          role: 'agenda',
          name: agendaFileName(detail, plan.revision),
          sha256: stored.sha256,
          size: stored.size,
        },
        { role: 'actions', name: actionListFileName(detail), sha256: actions.sha256, size: actions.size },
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
      await act(ctx, `Agenda ${formatDutchDate(detail.date)} verstuurd (versie ${version})`, (cx) =>
        insertRow(cx, 'sent_versions', {
          id: randomUUID(),
          meeting_id: detail.id,
          kind: 'agenda',
          version,
          sent_at: sentAt,
          sent_by: cx.user,
          snapshot: JSON.stringify(agendaSnapshot(detail)),
          files: JSON.stringify(files),
        }),
      );
      return { version, sentAt, sentBy: ctx.user, changes: plan.changes };
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
