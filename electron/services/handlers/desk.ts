// The ondersteuner's watch: what needs attention, the trash, undo and the audit log.
import type { Handlers } from '../../../shared/api/contract';
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
import { formatDutchDate } from '../../../shared/rules/calendar';
import { act, nowLocal, today, type AppContext } from '../context';
import { loadBodyState } from '../read/body-state';
import { attentionView } from '../read/attention';

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
      return attentionView(db, await loadBodyState(db, req.bodyId), today(ctx));
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
