// Meetings: planning one or a series, moving, cancelling, overriding chair or notulist. Every change says
// what it changed for the following meetings (hosts, notulists, deadlines follow from the rules).
import { randomUUID } from 'node:crypto';
import type { Handlers } from '../../../shared/api/contract';
import type { MeetingSummary } from '../../../shared/api/views';
import type { MeetingRole, MeetingStatus } from '../../../shared/domain/types';
import { ApiError } from '../../../shared/api/errors';
import { findBodyByName, findMeetingOfBody, getMeeting, listBodies, type Db } from '../../../db/repos/reads';
import { insertRow, softDelete, updateRow, type ChangeContext, type RowPatch } from '../../../db/tracked';
import { generateSeries, describeSeries } from '../../../shared/rules/series';
import { describeMeetingChanges } from '../../../shared/rules/meeting-changes';
import { formatDutchDate } from '../../../shared/rules/calendar';
import { act, today, type AppContext } from '../context';
import { loadBodyState, type BodyState } from '../read/body-state';
import { meetingDetail, meetingSummaries } from '../read/meeting-views';

async function summariesOf(db: Db, bodyId: string): Promise<MeetingSummary[]> {
  return meetingSummaries(db, await loadBodyState(db, bodyId));
}

/** Creates a meeting with its fixed items (opening, previous minutes, closing) in the body's wording. */
export async function insertMeeting(
  cx: ChangeContext,
  state: BodyState,
  m: {
    date: string;
    start: string;
    end?: string | null;
    location: string;
    hostId?: string | null;
    status?: MeetingStatus;
    id?: string;
  },
): Promise<string> {
  const id = m.id ?? randomUUID();
  await insertRow(cx, 'meetings', {
    id,
    body_id: state.body.id,
    date: m.date,
    start_time: m.start,
    end_time: m.end ?? null,
    location: m.location,
    host_municipality_id: m.hostId ?? null,
    status: m.status ?? 'planned',
  });
  const fixed = [
    ['opening', state.fixedWording.opening, 0],
    ['minutes', state.fixedWording.minutes, 1],
    ['closing', state.fixedWording.closing, 1_000_000],
  ] as const;
  for (const [role, title, position] of fixed) {
    await insertRow(cx, 'agenda_items', {
      id: randomUUID(),
      meeting_id: id,
      fixed_role: role,
      position,
      kind: 'vast',
      title,
    });
  }
  return id;
}

/** The columns of a chair or notulist override of a meeting. */
export function overrideColumns(
  role: MeetingRole,
  personId: string | null,
  reason: string | null,
): RowPatch<'meetings'> {
  return role === 'chair'
    ? { chair_override_person_id: personId, chair_override_reason: reason }
    : { notulist_override_person_id: personId, notulist_override_reason: reason };
}

export async function requireMeeting(db: Db, id: string) {
  const meeting = await getMeeting(db, id);
  if (!meeting || meeting.deleted_at)
    throw new ApiError('not_found', 'Deze vergadering bestaat niet (meer).');
  return meeting;
}

function checkHost(state: BodyState, hostId: string | null | undefined) {
  if (hostId && !state.rotation.some((m) => m.id === hostId))
    throw new ApiError('invalid', 'De gastgemeente hoort niet bij dit overleg.');
}

export function meetingHandlers(
  ctx: AppContext,
): Pick<
  Handlers,
  | 'meetings.list'
  | 'meetings.get'
  | 'meetings.find'
  | 'meetings.create'
  | 'meetings.previewSeries'
  | 'meetings.createSeries'
  | 'meetings.update'
  | 'meetings.setOverride'
  | 'meetings.delete'
> {
  const db = ctx.store.db;

  /** Runs a change and reports what it changed across the body's meetings. */
  async function changeAndDescribe(
    bodyId: string,
    label: string,
    fn: (cx: ChangeContext, state: BodyState) => Promise<string>,
  ) {
    const before = await summariesOf(db, bodyId);
    const state = await loadBodyState(db, bodyId);
    const meetingId = await act(ctx, label, (cx) => fn(cx, state));
    const after = await summariesOf(db, bodyId);
    const meeting = after.find((m) => m.id === meetingId);
    return { meeting, changes: describeMeetingChanges(before, after) };
  }

  return {
    async 'meetings.list'(req) {
      return summariesOf(db, req.bodyId);
    },

    async 'meetings.get'(req) {
      const meeting = await requireMeeting(db, req.id);
      return meetingDetail(db, await loadBodyState(db, meeting.body_id), meeting.id, today(ctx));
    },

    async 'meetings.find'(req) {
      let bodyId: string;
      if (req.body) {
        const body = await findBodyByName(db, req.body);
        if (!body) throw new ApiError('not_found', `Geen overleg met de naam "${req.body}".`);
        bodyId = body.id;
      } else {
        const direct = await getMeeting(db, req.ref);
        if (direct && !direct.deleted_at)
          return meetingDetail(db, await loadBodyState(db, direct.body_id), direct.id, today(ctx));
        const bodies = await listBodies(db);
        const withDate = [];
        for (const b of bodies) {
          const hit = await findMeetingOfBody(db, b.id, req.ref);
          if (hit) withDate.push(b);
        }
        if (withDate.length > 1)
          throw new ApiError(
            'invalid',
            `Meerdere overleggen vergaderen op ${req.ref}; kies er één met --body (${withDate.map((b) => b.name).join(', ')}).`,
          );
        if (withDate.length === 0)
          throw new ApiError('not_found', `Geen vergadering gevonden voor "${req.ref}".`);
        bodyId = (withDate[0] as { id: string }).id;
      }
      const hit = await findMeetingOfBody(db, bodyId, req.ref);
      if (!hit) throw new ApiError('not_found', `Geen vergadering gevonden voor "${req.ref}".`);
      return meetingDetail(db, await loadBodyState(db, bodyId), hit.id, today(ctx));
    },

    async 'meetings.create'(req) {
      const result = await changeAndDescribe(
        req.bodyId,
        `Vergadering ${formatDutchDate(req.date)} gepland`,
        async (cx, state) => {
          checkHost(state, req.hostId);
          if (state.meetings.some((m) => m.date === req.date))
            throw new ApiError('conflict', `Er is al een vergadering op ${formatDutchDate(req.date)}.`);
          return insertMeeting(cx, state, {
            date: req.date,
            start: req.start,
            end: req.end ?? null,
            location: req.location,
            hostId: req.hostId ?? null,
          });
        },
      );
      if (!result.meeting) throw new ApiError('internal', 'De vergadering is niet teruggevonden.');
      return { meeting: result.meeting, changes: result.changes };
    },

    async 'meetings.previewSeries'(req) {
      const state = await loadBodyState(db, req.bodyId);
      if (req.rule.from > req.rule.until)
        throw new ApiError('invalid', 'De einddatum van de reeks ligt vóór de begindatum.');
      const occurrences = generateSeries(req.rule, state.calendar);
      const existing = new Set(state.meetings.map((m) => m.date));
      return {
        description: describeSeries(req.rule),
        dates: occurrences.map((o) => ({
          date: o.date,
          skipped: o.skipped?.reason ?? null,
          exists: existing.has(o.date),
        })),
      };
    },

    async 'meetings.createSeries'(req) {
      const before = await summariesOf(db, req.bodyId);
      const state = await loadBodyState(db, req.bodyId);
      if (req.rule.from > req.rule.until)
        throw new ApiError('invalid', 'De einddatum van de reeks ligt vóór de begindatum.');
      const existing = new Set(state.meetings.map((m) => m.date));
      const dates = generateSeries(req.rule, state.calendar)
        .filter((o) => !o.skipped && !existing.has(o.date))
        .map((o) => o.date);
      if (dates.length === 0) throw new ApiError('invalid', 'Deze reeks levert geen nieuwe vergaderdata op.');
      const ids = await act(
        ctx,
        `Reeks van ${dates.length} vergaderingen gepland (${describeSeries(req.rule)})`,
        async (cx) => {
          const out: string[] = [];
          for (const date of dates)
            out.push(await insertMeeting(cx, state, { date, start: req.start, location: req.location }));
          return out;
        },
      );
      const after = await summariesOf(db, req.bodyId);
      return {
        created: after.filter((m) => ids.includes(m.id)),
        changes: describeMeetingChanges(before, after),
      };
    },

    async 'meetings.update'(req) {
      const meeting = await requireMeeting(db, req.id);
      const label =
        req.status === 'cancelled'
          ? `Vergadering ${formatDutchDate(meeting.date)} geannuleerd`
          : req.date && req.date !== meeting.date
            ? `Vergadering ${formatDutchDate(meeting.date)} verplaatst naar ${formatDutchDate(req.date)}`
            : `Vergadering ${formatDutchDate(meeting.date)} gewijzigd`;
      const heldOn = req.date ?? meeting.date;
      const becomesHeld = req.status === 'held' || (meeting.status === 'held' && heldOn !== meeting.date);
      if (becomesHeld && (req.status ?? meeting.status) === 'held' && heldOn > today(ctx))
        throw new ApiError(
          'invalid',
          `Een vergadering is pas gehouden op of na haar datum: deze is op ${formatDutchDate(heldOn)}.`,
          [{ path: req.status ? 'status' : 'date', message: 'gehouden vóór de datum van de vergadering' }],
        );
      const result = await changeAndDescribe(meeting.body_id, label, async (cx, state) => {
        checkHost(state, req.hostId);
        if (
          req.date &&
          req.date !== meeting.date &&
          state.meetings.some((m) => m.date === req.date && m.id !== meeting.id)
        )
          throw new ApiError('conflict', `Er is al een vergadering op ${formatDutchDate(req.date)}.`);
        const patch: RowPatch<'meetings'> = {};
        if (req.date !== undefined) patch.date = req.date;
        if (req.start !== undefined) patch.start_time = req.start;
        if (req.end !== undefined) patch.end_time = req.end;
        if (req.location !== undefined) patch.location = req.location;
        if (req.hostId !== undefined) patch.host_municipality_id = req.hostId;
        if (req.status !== undefined) patch.status = req.status;
        await updateRow(cx, 'meetings', meeting.id, patch);
        return meeting.id;
      });
      if (!result.meeting) throw new ApiError('internal', 'De vergadering is niet teruggevonden.');
      return { meeting: result.meeting, changes: result.changes };
    },

    async 'meetings.setOverride'(req) {
      const meeting = await requireMeeting(db, req.id);
      const roleName = req.role === 'chair' ? 'voorzitter' : 'notulist';
      if (req.personId && req.reason.trim() === '')
        throw new ApiError(
          'invalid',
          `Geef een reden op voor de vervanging van de ${roleName} (bijvoorbeeld afwezigheid).`,
        );
      const result = await changeAndDescribe(
        meeting.body_id,
        req.personId
          ? `Vervangende ${roleName} voor ${formatDutchDate(meeting.date)}`
          : `Vervanging ${roleName} ${formatDutchDate(meeting.date)} ongedaan`,
        async (cx, state) => {
          if (req.personId && !state.people.has(req.personId))
            throw new ApiError('invalid', 'Deze persoon hoort niet bij dit overleg.');
          await updateRow(
            cx,
            'meetings',
            meeting.id,
            overrideColumns(req.role, req.personId, req.personId ? req.reason.trim() : null),
          );
          return meeting.id;
        },
      );
      if (!result.meeting) throw new ApiError('internal', 'De vergadering is niet teruggevonden.');
      return { meeting: result.meeting, changes: result.changes };
    },

    async 'meetings.delete'(req) {
      const meeting = await requireMeeting(db, req.id);
      const before = await summariesOf(db, meeting.body_id);
      await act(ctx, `Vergadering ${formatDutchDate(meeting.date)} naar de prullenbak`, (cx) =>
        softDelete(cx, 'meetings', meeting.id),
      );
      const after = await summariesOf(db, meeting.body_id);
      return { changes: describeMeetingChanges(before, after) };
    },
  };
}
