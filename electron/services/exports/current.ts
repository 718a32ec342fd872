// What each document is now: the agenda, the minutes and the action list of a meeting as Word files. A
// version that was sent and has not changed since is the stored file itself (byte for byte, with its
// 'Verzonden op … (versie N)' line); a change after sending makes a visibly revised version that lists, field
// by field, what differs from what members received.
import { readFile } from 'node:fs/promises';
import type { MeetingDetail } from '../../../shared/api/views';
import { formatDutchDate } from '../../../shared/rules/calendar';
import { safeFileName } from '../../../shared/rules/fileNames';
import { adoptedOnDate, sentVersions } from '../../../db/repos/reads';
import {
  buildActionListDocument,
  buildAgendaDocument,
  buildMinutesDocument,
  packDocx,
} from '../../documents/index';
import type { AgendaOutlook, DocRevision, SentStamp } from '../../documents/model';
import { packageFileNames } from '../../documents/package';
import { today, type AppContext } from '../context';
import { loadBodyState, meetingLocation, neighbours, type BodyState } from '../read/body-state';
import { agendaChanges, allActionViews, meetingDetail } from '../read/meeting-views';
import { requireMeeting } from '../handlers/meetings';
import { actionListModel, agendaModel, minutesModel } from './models';
import { diffMinutes, minutesSnapshot, type MinutesSnapshot } from './minutes-snapshot';

export interface SentFile {
  role: string;
  name: string;
  sha256: string;
  size: number;
}

export interface LoadedMeeting {
  state: BodyState;
  detail: MeetingDetail;
}

export async function loadMeeting(ctx: AppContext, meetingId: string): Promise<LoadedMeeting> {
  const meeting = await requireMeeting(ctx.store.db, meetingId);
  const state = await loadBodyState(ctx.store.db, meeting.body_id);
  return { state, detail: await meetingDetail(ctx.store.db, state, meeting.id, today(ctx)) };
}

export async function detailOf(ctx: AppContext, meetingId: string): Promise<MeetingDetail> {
  return (await loadMeeting(ctx, meetingId)).detail;
}

/** The agenda's file name in the package, after its meeting, so several meetings' agendas can share a folder. */
export function agendaFileName(detail: MeetingDetail, revision: DocRevision | null): string {
  return safeFileName(
    `${revision ? 'Gewijzigde agenda' : 'Agenda'} ${detail.date} ${detail.bodyName}${revision ? ` v${revision.number}` : ''}.docx`,
  );
}

export function actionListFileName(detail: MeetingDetail): string {
  return safeFileName(`Actielijst ${detail.date} ${detail.bodyName}.docx`);
}

/** What comes after the meeting: the minutes' due date, and the next meeting with its submission deadline. */
export function outlookOf(state: BodyState, detail: MeetingDetail): AgendaOutlook {
  const { next } = neighbours(state, detail.id);
  const roles = next ? state.roles.get(next.id) : undefined;
  const deadlines = next ? state.deadlines.get(next.id) : undefined;
  const place = next ? meetingLocation(state, next.location, roles?.hostId ?? null) : null;
  return {
    minutesDue: detail.deadlines.minutes,
    next:
      next && deadlines
        ? {
            date: next.date,
            start: next.start_time,
            location: place?.name ?? '',
            submissionDeadline: deadlines.submission,
          }
        : null,
  };
}

/** The package names of the attachments, as the agenda's Bijlagen list must give them. */
export function attachmentNames(
  detail: MeetingDetail,
  revision: DocRevision | null,
): Map<MeetingDetail['items'][number]['attachments'][number], string> {
  const all = detail.items.flatMap((i) => i.attachments);
  const names = packageFileNames(
    agendaFileName(detail, revision),
    all.map((a) => ({ label: a.label, title: a.title, originalFileName: a.fileName })),
  ).attachments;
  return new Map(all.map((a, i) => [a, names[i] as string]));
}

export interface AgendaPlan {
  revision: DocRevision | null;
  exactlyAsSent: boolean;
  changes: string[];
  lastVersion: number;
  /** Reads the stored sent file, or builds and packs the (revised) agenda: the costly part, done on demand. */
  render(sent?: SentStamp | null): Promise<Buffer>;
}

/** What the agenda is now — the stored sent file when nothing changed, otherwise a (revised) new build. */
export async function agendaPlan(ctx: AppContext, loaded: LoadedMeeting): Promise<AgendaPlan> {
  const { state, detail } = loaded;
  const sent = (await sentVersions(ctx.store.db, detail.id, 'agenda'))[0];
  const now = ctx.now();
  const build = (revision: DocRevision | null) => (stamp?: SentStamp | null) =>
    packDocx(
      buildAgendaDocument(
        agendaModel(detail, {
          revision,
          sent: stamp ?? null,
          now,
          fileNames: attachmentNames(detail, revision),
          outlook: outlookOf(state, detail),
        }),
      ),
    );
  if (!sent)
    return { revision: null, exactlyAsSent: false, changes: [], lastVersion: 0, render: build(null) };
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
  return { revision, exactlyAsSent: false, changes, lastVersion: sent.version, render: build(revision) };
}

export interface MinutesBuild {
  bytes: Buffer;
  revision: DocRevision | null;
  changes: string[];
  exactlyAsSent: boolean;
}

/**
 * The minutes of a meeting as a Word file now: the stored sent file when nothing changed since sending, a
 * visibly revised version when something did (field by field), the concept before sending. `sent` builds the
 * version that is being sent (with its 'Verzonden op' line).
 */
export async function currentMinutes(
  ctx: AppContext,
  detail: MeetingDetail,
  sending: SentStamp | null = null,
): Promise<MinutesBuild> {
  const sent = (await sentVersions(ctx.store.db, detail.id, 'minutes'))[0];
  let revision: DocRevision | null = null;
  let changes: string[] = [];
  if (sent && !sending && detail.minutesStatus !== 'adopted') {
    changes = diffMinutes(JSON.parse(sent.snapshot) as MinutesSnapshot, minutesSnapshot(detail));
    if (changes.length === 0) {
      const file = (JSON.parse(sent.files) as SentFile[]).find((f) => f.role === 'minutes');
      if (file && (await ctx.files.has(file.sha256)))
        return {
          bytes: await readFile(ctx.files.pathOf(file.sha256)),
          revision: null,
          changes,
          exactlyAsSent: true,
        };
    } else revision = { number: sent.version + 1, previousSentAt: sent.sent_at, changes };
  }
  const adoptedOn = detail.minutesAdoptedAt ? await adoptedOnDate(ctx.store.db, detail.id) : null;
  const model = minutesModel(sending ? { ...detail, minutesStatus: 'sent' } : detail, {
    adoptedOn,
    revision,
    sent: sending,
    now: ctx.now(),
  });
  return { bytes: await packDocx(buildMinutesDocument(model)), revision, changes, exactlyAsSent: false };
}

/** The body's action list as of today. */
export async function currentActionList(
  ctx: AppContext,
  state: BodyState,
  groupBy: 'due' | 'person' = 'due',
): Promise<Buffer> {
  const day = today(ctx);
  const actions = await allActionViews(ctx.store.db, state, day);
  return packDocx(
    buildActionListDocument(actionListModel(state.body.name, day, actions, groupBy, ctx.now())),
  );
}

/** 'donderdag 1 april 2027' */
export function meetingDay(detail: Pick<MeetingDetail, 'date'>): string {
  return formatDutchDate(detail.date, true);
}
