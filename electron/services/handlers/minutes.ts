// The notulist's record and the minutes flow: attendance, notes, draft → sent → adopted (which freezes them).
import { randomUUID } from 'node:crypto';
import type { Handlers } from '../../../shared/api/contract';
import type { MinutesStateView, MinutesWarningView } from '../../../shared/api/views';
import { ApiError } from '../../../shared/api/errors';
import { formatDutchDate } from '../../../shared/rules/calendar';
import { daysUntil } from '../../../shared/rules/deadlines';
import { attendanceOfMeeting, getMeeting, sentVersions } from '../../../db/repos/reads';
import { insertRow, softDelete, updateRow } from '../../../db/tracked';
import { act, today, type AppContext } from '../context';
import { loadBodyState } from '../read/body-state';
import { meetingDetail } from '../read/meeting-views';
import { currentMinutes } from '../exports/current';
import { minutesSnapshot } from '../exports/minutes-snapshot';
import { requireMeeting } from './meetings';
import { assertEditable, requireItem } from './guards';
import { KIND_RULES, kindName, type DecisionRole } from '../../../shared/domain/item-kinds';

/** What the minutes lack when an item's type asks them to record a decision or an advice (KIND_RULES). */
const MISSING_RECORD: Record<DecisionRole, string> = {
  decision: 'het genomen besluit ontbreekt',
  advice: 'het advies en waar het heen gaat ontbreken',
};

/** What the notulist should look at before the minutes go out. */
async function minutesWarnings(ctx: AppContext, meetingId: string): Promise<MinutesWarningView[]> {
  const meeting = await requireMeeting(ctx.store.db, meetingId);
  const detail = await meetingDetail(
    ctx.store.db,
    await loadBodyState(ctx.store.db, meeting.body_id),
    meetingId,
    today(ctx),
  );
  const warnings: MinutesWarningView[] = [];
  if (detail.attendance.length === 0)
    warnings.push({ itemId: '', itemNumber: 0, message: 'De aanwezigheid is nog niet vastgelegd.' });
  for (const item of detail.items) {
    if (item.kind === 'vast' || item.status === 'postponed') continue;
    const recorded = item.notes.trim() !== '' || item.decisions.length > 0 || item.actions.length > 0;
    if (!recorded)
      warnings.push({
        itemId: item.id,
        itemNumber: item.number,
        message: `Punt ${item.number} "${item.title}" heeft nog geen verslag.`,
      });
    const mustRecord = KIND_RULES[item.kind].minutes;
    if (mustRecord && item.decisions.length === 0)
      warnings.push({
        itemId: item.id,
        itemNumber: item.number,
        message: `Punt ${item.number} is ${kindName(item.kind)}: ${MISSING_RECORD[mustRecord]}.`,
      });
  }
  return warnings;
}

async function minutesState(ctx: AppContext, meetingId: string): Promise<MinutesStateView> {
  const db = ctx.store.db;
  const meeting = await requireMeeting(db, meetingId);
  const state = await loadBodyState(db, meeting.body_id);
  const due = state.deadlines.get(meetingId)?.minutes ?? meeting.date;
  const day = today(ctx);
  const adoptedIn = meeting.minutes_adopted_in_meeting_id
    ? await getMeeting(db, meeting.minutes_adopted_in_meeting_id)
    : undefined;
  return {
    meetingId,
    status: meeting.minutes_status,
    due,
    daysLeft: daysUntil(day, due),
    overdue: meeting.minutes_status === 'draft' && day > due,
    sentAt: meeting.minutes_sent_at,
    adoptedAt: meeting.minutes_adopted_at,
    adoptedInMeeting: adoptedIn ? { id: adoptedIn.id, date: adoptedIn.date } : null,
    adoptionChanges: meeting.minutes_adoption_changes,
    frozen: meeting.minutes_status === 'adopted',
    warnings: meeting.minutes_status === 'draft' ? await minutesWarnings(ctx, meetingId) : [],
  };
}

export function minutesHandlers(
  ctx: AppContext,
): Pick<
  Handlers,
  'minutes.setAttendance' | 'minutes.setNotes' | 'minutes.state' | 'minutes.send' | 'minutes.adopt'
> {
  const db = ctx.store.db;
  return {
    async 'minutes.setAttendance'(req) {
      await assertEditable(db, req.meetingId);
      await act(ctx, 'Aanwezigheid vastgelegd', async (cx) => {
        const current = await attendanceOfMeeting(cx.trx, req.meetingId);
        const kept = new Set<string>();
        for (const entry of req.entries) {
          const match = current.find(
            (a) =>
              !kept.has(a.id) &&
              ((entry.personId && a.person_id === entry.personId) ||
                (!entry.personId && a.name === entry.name)),
          );
          const values = {
            person_id: entry.personId ?? null,
            name: entry.name,
            status: entry.status,
            substitute_for: entry.substituteFor ?? null,
          };
          if (match) {
            kept.add(match.id);
            await updateRow(cx, 'attendance', match.id, values);
          } else
            await insertRow(cx, 'attendance', { id: randomUUID(), meeting_id: req.meetingId, ...values });
        }
        for (const a of current) if (!kept.has(a.id)) await softDelete(cx, 'attendance', a.id);
      });
      const meeting = await requireMeeting(db, req.meetingId);
      return (await meetingDetail(db, await loadBodyState(db, meeting.body_id), meeting.id, today(ctx)))
        .attendance;
    },

    async 'minutes.setNotes'(req) {
      const item = await requireItem(db, req.itemId);
      await assertEditable(db, item.meeting_id);
      await act(ctx, `Verslag bij "${item.title}"`, (cx) =>
        updateRow(cx, 'agenda_items', item.id, { notes: req.notes }),
      );
      return { ok: true as const };
    },

    async 'minutes.state'(req) {
      return minutesState(ctx, req.meetingId);
    },

    async 'minutes.send'(req) {
      const meeting = await assertEditable(db, req.meetingId);
      if (meeting.minutes_status !== 'draft') throw new ApiError('conflict', 'Dit verslag is al verstuurd.');
      if (meeting.date > today(ctx))
        throw new ApiError(
          'invalid',
          `Het verslag kan pas na de vergadering worden verstuurd: die is op ${formatDutchDate(meeting.date)}.`,
        );
      const warnings = await minutesWarnings(ctx, meeting.id);
      if (warnings.length > 0 && !req.acknowledgeWarnings)
        throw new ApiError(
          'conflict',
          `Het verslag is nog niet compleet:\n${warnings.map((w) => `- ${w.message}`).join('\n')}`,
          warnings.map((w) => ({
            path: w.itemId ? `items.${w.itemNumber}` : 'attendance',
            message: w.message,
          })),
        );
      const detail = await meetingDetail(
        db,
        await loadBodyState(db, meeting.body_id),
        meeting.id,
        today(ctx),
      );
      const version = ((await sentVersions(db, meeting.id, 'minutes'))[0]?.version ?? 0) + 1;
      // What is stored is what was sent: the minutes with their 'Verzonden op … (versie N)' line.
      const sentAt = ctx.now().toISOString();
      const built = await currentMinutes(ctx, detail, { at: sentAt, version });
      const stored = await ctx.files.putBytes(built.bytes);
      await act(
        ctx,
        `Verslag van ${formatDutchDate(meeting.date)} verstuurd naar de ondersteuner`,
        async (cx) => {
          await updateRow(cx, 'meetings', meeting.id, {
            minutes_status: 'sent',
            minutes_sent_at: sentAt,
            ...(meeting.status === 'planned' ? { status: 'held' } : {}),
          });
          await insertRow(cx, 'sent_versions', {
            id: randomUUID(),
            meeting_id: meeting.id,
            kind: 'minutes',
            version,
            sent_at: sentAt,
            sent_by: cx.user,
            // The same snapshot the comparison later makes of the minutes (field by field).
            snapshot: JSON.stringify(minutesSnapshot(detail)),
            files: JSON.stringify([
              {
                role: 'minutes',
                name: `Verslag en afsprakenlijst ${detail.bodyName} ${detail.date}.docx`,
                sha256: stored.sha256,
                size: stored.size,
              },
            ]),
          });
        },
      );
      return minutesState(ctx, meeting.id);
    },

    async 'minutes.adopt'(req) {
      const meeting = await requireMeeting(db, req.meetingId);
      const adopting = await requireMeeting(db, req.inMeetingId);
      if (meeting.minutes_status === 'adopted')
        throw new ApiError('conflict', 'Dit verslag is al vastgesteld.');
      if (meeting.minutes_status !== 'sent')
        throw new ApiError('invalid', 'Een verslag wordt vastgesteld nadat de notulist het heeft verstuurd.');
      if (adopting.body_id !== meeting.body_id || adopting.date <= meeting.date)
        throw new ApiError(
          'invalid',
          'Een verslag wordt vastgesteld in een latere vergadering van hetzelfde overleg.',
        );
      await act(
        ctx,
        `Verslag van ${formatDutchDate(meeting.date)} vastgesteld in de vergadering van ${formatDutchDate(adopting.date)}`,
        (cx) =>
          updateRow(cx, 'meetings', meeting.id, {
            minutes_status: 'adopted',
            minutes_adopted_at: cx.now,
            minutes_adopted_in_meeting_id: adopting.id,
            minutes_adoption_changes: req.changes.trim() || null,
          }),
      );
      return minutesState(ctx, meeting.id);
    },
  };
}
