// Actions across meetings: stable per-body numbers, status history with date and meeting, filters.
import { randomUUID } from 'node:crypto';
import type { Handlers } from '../../../shared/api/contract';
import { ApiError } from '../../../shared/api/errors';
import type { ActionStatus } from '../../../shared/domain/types';
import { getPerson, type Db } from '../../../db/repos/reads';
import { actionCounts, actionEvents, actionRows, getAction } from '../../../db/repos/minutes';
import { insertRow, softDelete, updateRow, type ChangeContext, type RowPatch } from '../../../db/tracked';
import { act, today, type AppContext } from '../context';
import { loadBodyState } from '../read/body-state';
import { allActionViews } from '../read/meeting-views';
import { requireMeeting } from './meetings';
import { assertEditable, requireItem } from './guards';

async function actionViewById(ctx: AppContext, actionId: string) {
  const action = await getAction(ctx.store.db, actionId);
  if (!action) throw new ApiError('not_found', 'Deze actie bestaat niet (meer).');
  const views = await allActionViews(
    ctx.store.db,
    await loadBodyState(ctx.store.db, action.body_id),
    today(ctx),
  );
  const view = views.find((a) => a.id === actionId);
  if (!view) throw new ApiError('not_found', 'Deze actie bestaat niet (meer).');
  return view;
}

async function resolvePerson(
  db: Db,
  personId: string | null | undefined,
  name: string,
): Promise<{ id: string | null; name: string }> {
  if (personId) {
    const person = await getPerson(db, personId);
    if (!person) throw new ApiError('invalid', 'Deze persoon is onbekend.');
    return { id: person.id, name: person.name };
  }
  if (!name.trim())
    throw new ApiError('invalid', 'Wie voert de actie uit? Kies een persoon of typ een naam.', [
      { path: 'whoName', message: 'wie is verplicht' },
    ]);
  return { id: null, name: name.trim() };
}

async function addEvent(
  cx: ChangeContext,
  actionId: string,
  status: ActionStatus,
  onDate: string,
  meetingId: string | null,
  note: string,
) {
  await insertRow(cx, 'action_events', {
    id: randomUUID(),
    action_id: actionId,
    on_date: onDate,
    status,
    meeting_id: meetingId,
    note,
  });
}

export function actionHandlers(
  ctx: AppContext,
): Pick<
  Handlers,
  | 'actions.add'
  | 'actions.update'
  | 'actions.setStatus'
  | 'actions.delete'
  | 'actions.list'
  | 'actions.history'
  | 'actions.counts'
> {
  const db = ctx.store.db;
  return {
    async 'actions.add'(req) {
      const item = await requireItem(db, req.itemId);
      const meeting = await assertEditable(db, item.meeting_id);
      const who = await resolvePerson(db, req.whoPersonId, req.whoName);
      const id = randomUUID();
      await act(ctx, `Actie "${req.what}"`, async (cx) => {
        await insertRow(cx, 'actions', {
          id,
          body_id: meeting.body_id,
          meeting_id: meeting.id,
          item_id: item.id,
          what: req.what,
          who_person_id: who.id,
          who_name: who.name,
          due: req.due ?? null,
          status: 'open',
          closed_on: null,
          closed_in_meeting_id: null,
        });
        await addEvent(cx, id, 'open', meeting.date, meeting.id, 'aangemaakt');
      });
      return actionViewById(ctx, id);
    },

    async 'actions.update'(req) {
      const action = await getAction(db, req.id);
      if (!action || action.deleted_at) throw new ApiError('not_found', 'Deze actie bestaat niet (meer).');
      const meeting = await requireMeeting(db, action.meeting_id);
      if (meeting.minutes_status === 'adopted' && req.what !== undefined && req.what !== action.what)
        throw new ApiError(
          'conflict',
          'Deze actie staat in een vastgesteld verslag: de omschrijving ligt vast.',
        );
      const patch: RowPatch<'actions'> = {};
      if (req.what !== undefined) patch.what = req.what;
      if (req.whoPersonId !== undefined || req.whoName !== undefined) {
        const who = await resolvePerson(db, req.whoPersonId, req.whoName ?? action.who_name);
        patch.who_person_id = who.id;
        patch.who_name = who.name;
      }
      if (req.due !== undefined) patch.due = req.due;
      await act(ctx, `Actie "${action.what}" gewijzigd`, (cx) => updateRow(cx, 'actions', action.id, patch));
      return actionViewById(ctx, action.id);
    },

    async 'actions.setStatus'(req) {
      const action = await getAction(db, req.id);
      if (!action || action.deleted_at) throw new ApiError('not_found', 'Deze actie bestaat niet (meer).');
      const onDate = req.onDate ?? today(ctx);
      if (req.meetingId) {
        const reported = await requireMeeting(db, req.meetingId);
        if (reported.body_id !== action.body_id)
          throw new ApiError('invalid', 'Die vergadering hoort bij een ander overleg.');
      }
      const label = { open: 'heropend', done: 'afgerond', dropped: 'vervallen' }[req.status];
      await act(ctx, `Actie "${action.what}" ${label}`, async (cx) => {
        await updateRow(cx, 'actions', action.id, {
          status: req.status,
          closed_on: req.status === 'open' ? null : onDate,
          closed_in_meeting_id: req.status === 'open' ? null : (req.meetingId ?? null),
        });
        await addEvent(cx, action.id, req.status, onDate, req.meetingId ?? null, req.note);
      });
      return actionViewById(ctx, action.id);
    },

    async 'actions.delete'(req) {
      const action = await getAction(db, req.id);
      if (!action || action.deleted_at) throw new ApiError('not_found', 'Deze actie bestaat niet (meer).');
      await assertEditable(db, action.meeting_id);
      await act(ctx, `Actie "${action.what}" verwijderd`, (cx) => softDelete(cx, 'actions', action.id));
      return { ok: true as const };
    },

    async 'actions.list'(req) {
      const day = today(ctx);
      const rows = await actionRows(db, req.bodyId, {
        status: req.status,
        today: day,
        ...(req.personId ? { personId: req.personId } : {}),
        ...(req.meetingId ? { meetingId: req.meetingId } : {}),
      });
      return rows
        .filter((a) => !req.municipalityId || a.person_municipality_id === req.municipalityId)
        .map((a) => ({
          id: a.id,
          nr: a.nr,
          what: a.what,
          who: a.person_name ?? a.who_name,
          whoPersonId: a.who_person_id,
          due: a.due,
          status: a.status,
          overdue: a.status === 'open' && a.due !== null && a.due < day,
          meetingId: a.meeting_id,
          meetingDate: a.meeting_date,
          itemId: a.item_id,
          itemTitle: a.item_title,
          closedOn: a.closed_on,
          closedInMeetingId: a.closed_in_meeting_id,
          closedInMeetingDate: a.closed_meeting_date,
        }));
    },

    async 'actions.counts'(req) {
      return actionCounts(db, req.bodyId, {
        today: today(ctx),
        ...(req.personId ? { personId: req.personId } : {}),
        ...(req.meetingId ? { meetingId: req.meetingId } : {}),
        ...(req.municipalityId ? { municipalityId: req.municipalityId } : {}),
      });
    },

    async 'actions.history'(req) {
      const action = await getAction(db, req.id);
      if (!action) throw new ApiError('not_found', 'Deze actie bestaat niet (meer).');
      const events = await actionEvents(db, action.id);
      const state = await loadBodyState(db, action.body_id);
      const dates = new Map(state.meetings.map((m) => [m.id, m.date]));
      return events.map((e) => ({
        id: e.id,
        onDate: e.on_date,
        status: e.status,
        meetingId: e.meeting_id,
        meetingDate: e.meeting_id ? (dates.get(e.meeting_id) ?? null) : null,
        note: e.note,
        at: e.created_at,
      }));
    },
  };
}
