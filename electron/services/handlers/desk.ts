// The ondersteuner's watch: what needs attention, the trash, undo and the audit log.
import type { Handlers } from '../../../shared/api/contract';
import type { AttentionMeeting, WarningView } from '../../../shared/api/views';
import { ApiError } from '../../../shared/api/errors';
import {
  auditLog,
  findMeetingOfBody,
  getMeeting,
  listBodies,
  trashableRow,
  trashOfBody,
} from '../../../db/repos/reads';
import { restoreDeleted, undoLast } from '../../../db/tracked';
import { daysUntil } from '../../../shared/rules/deadlines';
import { formatDutchDate } from '../../../shared/rules/calendar';
import { MISSING_FIELD_LABEL, type MissingField } from '../../../shared/rules/agenda';
import { act, nowLocal, today, type AppContext } from '../context';
import { loadBodyState } from '../read/body-state';
import { allActionViews, meetingDetail, meetingSummaries } from '../read/meeting-views';
import { followUpWarnings } from '../chain/warnings';

const UPCOMING_DAYS = 70;

export function deskHandlers(
  ctx: AppContext,
): Pick<
  Handlers,
  'app.info' | 'attention.get' | 'trash.list' | 'trash.restore' | 'undo.last' | 'audit.list'
> {
  const db = ctx.store.db;
  return {
    async 'app.info'() {
      const bodies = await listBodies(db);
      return {
        version: ctx.version,
        dataDir: ctx.dataDir,
        dbPath: ctx.store.path,
        user: ctx.user,
        today: today(ctx),
        now: nowLocal(ctx),
        empty: bodies.length === 0,
      };
    },

    async 'attention.get'(req) {
      const day = today(ctx);
      const state = await loadBodyState(db, req.bodyId);
      const summaries = await meetingSummaries(db, state);
      const warnings: WarningView[] = [];
      const upcoming: AttentionMeeting[] = [];
      const live = summaries.filter((m) => m.status !== 'cancelled');
      const next = live.filter((m) => m.date >= day);
      for (const [index, m] of next.entries()) {
        const daysToMeeting = daysUntil(day, m.date);
        if (index > 0 && daysToMeeting > UPCOMING_DAYS) break;
        const entry: AttentionMeeting = {
          meeting: m,
          daysToSubmission: daysUntil(day, m.deadlines.submission),
          daysToDistribution: daysUntil(day, m.deadlines.distribution),
          daysToMeeting,
        };
        upcoming.push(entry);
        const when = formatDutchDate(m.date);
        const link = { screen: 'meeting' as const, meetingId: m.id };
        if (!m.agendaSent) {
          if (entry.daysToDistribution < 0)
            warnings.push({
              kind: 'distribution-due',
              severity: 'error',
              message: `De agenda voor ${when} had op ${formatDutchDate(m.deadlines.distribution)} verstuurd moeten worden.`,
              link,
            });
          else if (entry.daysToDistribution <= 2)
            warnings.push({
              kind: 'distribution-due',
              severity: 'warning',
              message: `De agenda voor ${when} moet ${entry.daysToDistribution === 0 ? 'vandaag' : `over ${entry.daysToDistribution} dag(en)`} verstuurd worden (${formatDutchDate(m.deadlines.distribution)}).`,
              link,
            });
        } else if (m.agendaChangedSinceSent) {
          warnings.push({
            kind: 'agenda-changed',
            severity: 'warning',
            message: `De agenda voor ${when} is gewijzigd na verzending: stuur een gewijzigde agenda.`,
            link,
          });
        }
        if (entry.daysToSubmission >= 0 && entry.daysToSubmission <= 3)
          warnings.push({
            kind: 'submission-deadline',
            severity: 'info',
            message: `Inbrengen voor ${when} kan nog tot en met ${formatDutchDate(m.deadlines.submission)}.`,
            link,
          });
        if (index < 3) {
          const detail = await meetingDetail(db, state, m.id, day);
          for (const item of detail.items) {
            if (item.lateDecision === 'pending')
              warnings.push({
                kind: 'late-item',
                severity: 'warning',
                message: `Punt ${item.number} "${item.title}" (${when}) is na de deadline ingebracht: toelaten of verplaatsen?`,
                link: { ...link, itemId: item.id },
              });
            if (item.missing.length)
              warnings.push({
                kind: 'item-missing',
                severity:
                  item.missing.includes('proposal') || item.missing.includes('target') ? 'warning' : 'info',
                message: `Punt ${item.number} "${item.title}" (${when}): ${item.missing.map((f) => MISSING_FIELD_LABEL[f as MissingField] ?? f).join(', ')}.`,
                link: { ...link, itemId: item.id },
              });
          }
        }
      }
      for (const m of live) {
        if (m.date >= day || m.minutesStatus !== 'draft') continue;
        const left = daysUntil(day, m.deadlines.minutes);
        const link = { screen: 'minutes' as const, meetingId: m.id };
        const who = m.notulist.name ? ` (notulist: ${m.notulist.name})` : '';
        if (left < 0)
          warnings.push({
            kind: 'minutes-overdue',
            severity: 'error',
            message: `Het verslag van ${formatDutchDate(m.date)} is te laat: uiterlijk ${formatDutchDate(m.deadlines.minutes)}${who}.`,
            link,
          });
        else
          warnings.push({
            kind: 'minutes-due',
            severity: 'info',
            message: `Het verslag van ${formatDutchDate(m.date)} wordt uiterlijk ${formatDutchDate(m.deadlines.minutes)} verwacht${who}.`,
            link,
          });
      }
      for (const a of await allActionViews(db, state, day)) {
        if (a.overdue)
          warnings.push({
            kind: 'action-overdue',
            severity: 'warning',
            message: `Actie ${a.nr} "${a.what}" (${a.who}) was uiterlijk ${formatDutchDate(a.due ?? day)} gereed.`,
            link: { screen: 'actions' },
          });
      }
      warnings.push(...(await followUpWarnings(db, state, day)));
      const order = { error: 0, warning: 1, info: 2 };
      warnings.sort((a, b) => order[a.severity] - order[b.severity]);
      return { today: day, upcoming, warnings };
    },

    async 'trash.list'(req) {
      const [items, documents, meetings] = await trashOfBody(db, req.bodyId);
      return [
        ...meetings.map((m) => ({
          table: 'meetings' as const,
          id: m.id,
          title: `Vergadering ${formatDutchDate(m.date)}`,
          context: '',
          deletedAt: m.deleted_at ?? '',
        })),
        ...items.map((i) => ({
          table: 'agenda_items' as const,
          id: i.id,
          title: i.title,
          context: `agenda ${formatDutchDate(i.meetingDate)}`,
          deletedAt: i.deleted_at ?? '',
        })),
        ...documents.map((d) => ({
          table: 'documents' as const,
          id: d.id,
          title: d.title,
          context: `bij "${d.itemTitle}" (${formatDutchDate(d.meetingDate)})`,
          deletedAt: d.deleted_at ?? '',
        })),
      ].sort((a, b) => (a.deletedAt < b.deletedAt ? 1 : -1));
    },

    async 'trash.restore'(req) {
      const row = await trashableRow(db, req.table, req.id);
      if (!row || !row.deleted_at) throw new ApiError('not_found', 'Dit staat niet (meer) in de prullenbak.');
      if (req.table === 'meetings') {
        const meeting = await getMeeting(db, req.id);
        if (!meeting) throw new ApiError('not_found', 'Dit staat niet (meer) in de prullenbak.');
        const clash = await findMeetingOfBody(db, meeting.body_id, meeting.date);
        if (clash)
          throw new ApiError(
            'conflict',
            `Er staat inmiddels een andere vergadering op ${formatDutchDate(meeting.date)}.`,
          );
      }
      await act(ctx, 'Teruggezet uit de prullenbak', (cx) => restoreDeleted(cx, req.table, req.id));
      return { ok: true as const };
    },

    async 'undo.last'(req) {
      const result = await undoLast(db, {
        user: ctx.user,
        now: ctx.now(),
        bodyId: req.bodyId,
        includeLater: req.includeLater,
      });
      if (!result) return null;
      return result.alsoUndone.length
        ? { label: result.undoneLabel, alsoUndone: result.alsoUndone }
        : { label: result.undoneLabel };
    },

    async 'audit.list'(req) {
      const rows = await auditLog(db, req.limit, req.bodyId);
      return rows.map((r) => ({
        id: Number(r.id),
        at: r.at,
        user: r.user,
        label: r.label,
        undone: r.undone_by !== null,
        isUndo: r.undo_of !== null,
        rows: Number(r.rows ?? 0),
      }));
    },
  };
}
