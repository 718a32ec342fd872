// In the meeting and after: meeting mode (status, timer), the notulist's record (attendance, notes,
// decisions, actions), the minutes flow (draft → sent → adopted, which freezes them), actions across
// meetings, the decisions register with the follow-ups of voorbereidend items, and search.
import { randomUUID } from 'node:crypto';
import type { Handlers } from '../../../shared/api/contract';
import type { DecisionView, MinutesStateView, MinutesWarningView } from '../../../shared/api/views';
import { ApiError } from '../../../shared/api/errors';
import { formatDutchDate } from '../../../shared/rules/calendar';
import { daysUntil } from '../../../shared/rules/deadlines';
import { makeSnippet, queryWords } from '../../../shared/rules/snippet';
import {
  attendanceOfMeeting,
  getItem,
  getMeeting,
  getPerson,
  sentVersions,
  type Db,
} from '../../../db/repos/reads';
import {
  actionEvents,
  actionRows,
  ftsQuery,
  getAction,
  getDecision,
  searchBody,
} from '../../../db/repos/minutes';
import { insertRow, softDelete, updateRow, type ChangeContext } from '../../../db/tracked';
import { act, today, type AppContext } from '../context';
import { loadBodyState } from '../read/body-state';
import { allActionViews, meetingDetail } from '../read/meeting-views';
import { requireMeeting } from './meetings';

async function requireItem(db: Db, id: string) {
  const item = await getItem(db, id);
  if (!item || item.deleted_at) throw new ApiError('not_found', 'Dit agendapunt bestaat niet (meer).');
  return item;
}

/** Adopted minutes are a record: what they say can no longer change. */
async function assertEditable(db: Db, meetingId: string) {
  const meeting = await requireMeeting(db, meetingId);
  if (meeting.minutes_status === 'adopted')
    throw new ApiError(
      'conflict',
      `Het verslag van ${formatDutchDate(meeting.date)} is vastgesteld en kan niet meer worden gewijzigd.`,
    );
  return meeting;
}

/** What the notulist should look at before the minutes go out. */
export async function minutesWarnings(ctx: AppContext, meetingId: string): Promise<MinutesWarningView[]> {
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
    if (item.kind === 'besluitvormend' && item.decisions.length === 0)
      warnings.push({
        itemId: item.id,
        itemNumber: item.number,
        message: `Punt ${item.number} is besluitvormend: het genomen besluit ontbreekt.`,
      });
    if (item.kind === 'voorbereidend' && item.decisions.length === 0)
      warnings.push({
        itemId: item.id,
        itemNumber: item.number,
        message: `Punt ${item.number} is voorbereidend: het advies en waar het heen gaat ontbreken.`,
      });
  }
  return warnings;
}

export async function minutesState(ctx: AppContext, meetingId: string): Promise<MinutesStateView> {
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

async function decisionView(ctx: AppContext, decisionId: string): Promise<DecisionView> {
  const decision = await getDecision(ctx.store.db, decisionId);
  if (!decision) throw new ApiError('not_found', 'Dit besluit bestaat niet (meer).');
  const meeting = await requireMeeting(ctx.store.db, decision.meeting_id);
  const detail = await meetingDetail(
    ctx.store.db,
    await loadBodyState(ctx.store.db, meeting.body_id),
    meeting.id,
    today(ctx),
  );
  const view = detail.items.flatMap((i) => i.decisions).find((d) => d.id === decisionId);
  if (!view) throw new ApiError('not_found', 'Dit besluit bestaat niet (meer).');
  return view;
}

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
  status: 'open' | 'done' | 'dropped',
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

export function minutesHandlers(
  ctx: AppContext,
): Pick<
  Handlers,
  | 'items.setStatus'
  | 'items.addElapsed'
  | 'minutes.setAttendance'
  | 'minutes.setNotes'
  | 'minutes.state'
  | 'minutes.send'
  | 'minutes.adopt'
  | 'decisions.add'
  | 'decisions.update'
  | 'decisions.delete'
  | 'decisions.recordAnswer'
  | 'decisions.list'
  | 'actions.add'
  | 'actions.update'
  | 'actions.setStatus'
  | 'actions.delete'
  | 'actions.list'
  | 'actions.history'
  | 'search.query'
> {
  const db = ctx.store.db;
  return {
    async 'items.setStatus'(req) {
      const item = await requireItem(db, req.id);
      await assertEditable(db, item.meeting_id);
      const label = { open: 'weer open', handled: 'behandeld', postponed: 'aangehouden' }[req.status];
      await act(ctx, `Punt "${item.title}" ${label}`, (cx) =>
        updateRow(cx, 'agenda_items', item.id, { status: req.status }),
      );
      return { ok: true as const };
    },

    async 'items.addElapsed'(req) {
      const item = await requireItem(db, req.id);
      const elapsed = item.elapsed_seconds + req.seconds;
      await act(ctx, `Tijd bij punt "${item.title}"`, (cx) =>
        updateRow(cx, 'agenda_items', item.id, { elapsed_seconds: elapsed }),
      );
      return { elapsedSeconds: elapsed };
    },

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
      await act(
        ctx,
        `Verslag van ${formatDutchDate(meeting.date)} verstuurd naar de ondersteuner`,
        async (cx) => {
          await updateRow(cx, 'meetings', meeting.id, {
            minutes_status: 'sent',
            minutes_sent_at: cx.now,
            ...(meeting.status === 'planned' ? { status: 'held' } : {}),
          });
          await insertRow(cx, 'sent_versions', {
            id: randomUUID(),
            meeting_id: meeting.id,
            kind: 'minutes',
            version,
            sent_at: cx.now,
            sent_by: cx.user,
            snapshot: JSON.stringify({
              attendance: detail.attendance,
              items: detail.items.map((i) => ({
                id: i.id,
                number: i.number,
                title: i.title,
                notes: i.notes,
                decisions: i.decisions.map((d) => d.text),
                actions: i.actions.map((a) => [a.what, a.who, a.due]),
              })),
            }),
            files: '[]',
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

    async 'decisions.add'(req) {
      const item = await requireItem(db, req.itemId);
      await assertEditable(db, item.meeting_id);
      const preparing = item.kind === 'voorbereidend';
      const destination = preparing ? (req.destination ?? item.target) : (req.destination ?? null);
      if (preparing && !destination)
        throw new ApiError('invalid', 'Waar gaat het advies heen: stuurgroep, colleges of beide?', [
          { path: 'destination', message: 'kies stuurgroep, colleges of beide' },
        ]);
      const id = randomUUID();
      await act(ctx, `Besluit bij "${item.title}"`, (cx) =>
        insertRow(cx, 'decisions', {
          id,
          meeting_id: item.meeting_id,
          item_id: item.id,
          text: req.text,
          destination,
          // A voorbereidend item's advice goes to another body: track its answer.
          follow_up_status: preparing ? 'open' : null,
          follow_up_answer: null,
          follow_up_answered_on: null,
          follow_up_reported_in_meeting_id: null,
        }),
      );
      return decisionView(ctx, id);
    },

    async 'decisions.update'(req) {
      const decision = await getDecision(db, req.id);
      if (!decision || decision.deleted_at)
        throw new ApiError('not_found', 'Dit besluit bestaat niet (meer).');
      await assertEditable(db, decision.meeting_id);
      const patch: Record<string, unknown> = {};
      if (req.text !== undefined) patch.text = req.text;
      if (req.destination !== undefined) patch.destination = req.destination;
      await act(ctx, 'Besluit gewijzigd', (cx) => updateRow(cx, 'decisions', decision.id, patch));
      return decisionView(ctx, decision.id);
    },

    async 'decisions.delete'(req) {
      const decision = await getDecision(db, req.id);
      if (!decision || decision.deleted_at)
        throw new ApiError('not_found', 'Dit besluit bestaat niet (meer).');
      await assertEditable(db, decision.meeting_id);
      await act(ctx, 'Besluit verwijderd', (cx) => softDelete(cx, 'decisions', decision.id));
      return { ok: true as const };
    },

    async 'decisions.recordAnswer'(req) {
      const decision = await getDecision(db, req.id);
      if (!decision || decision.deleted_at)
        throw new ApiError('not_found', 'Dit besluit bestaat niet (meer).');
      if (!decision.follow_up_status)
        throw new ApiError('invalid', 'Dit besluit heeft geen vervolg bij de stuurgroep of de colleges.');
      await act(ctx, 'Antwoord op advies vastgelegd', (cx) =>
        updateRow(cx, 'decisions', decision.id, {
          follow_up_status: 'answered',
          follow_up_answer: req.answer,
          follow_up_answered_on: req.answeredOn,
        }),
      );
      return decisionView(ctx, decision.id);
    },

    async 'decisions.list'(req) {
      const state = await loadBodyState(db, req.bodyId);
      const views: DecisionView[] = [];
      for (const meeting of [...state.meetings].reverse()) {
        const detail = await meetingDetail(db, state, meeting.id, today(ctx));
        for (const item of detail.items) views.push(...item.decisions);
      }
      const words = req.query.toLowerCase().split(/\s+/).filter(Boolean);
      return views.filter(
        (d) =>
          (!req.followUpOnly || d.followUp !== null) &&
          words.every((w) =>
            `${d.text} ${d.itemTitle} ${d.followUp?.answer ?? ''}`.toLowerCase().includes(w),
          ),
      );
    },

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
      const patch: Record<string, unknown> = {};
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

    async 'search.query'(req) {
      const match = ftsQuery(req.q);
      if (!match) return [];
      const rows = await searchBody(db, req.bodyId, match, req.limit);
      const words = queryWords(req.q);
      const titles = new Map<string, string>();
      for (const r of rows) {
        if (r.item_id && !titles.has(r.item_id))
          titles.set(r.item_id, (await getItem(db, r.item_id))?.title ?? '');
      }
      return rows.map((r) => ({
        kind: r.kind,
        id: r.ref_id,
        title: r.title || (r.item_id ? (titles.get(r.item_id) ?? '') : ''),
        snippet: makeSnippet(r.content.trim() ? r.content : r.title, words),
        meetingId: r.meeting_id,
        meetingDate: r.date,
        itemId: r.item_id,
      }));
    },
  };
}
