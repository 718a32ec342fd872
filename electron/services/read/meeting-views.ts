// Meeting summaries and the full meeting view: the rules applied to the stored rows.
import type { AgendaItem, Action, Decision, DocumentRow, Meeting } from '../../../db/schema';
import {
  actionsOfBody,
  attendanceOfMeeting,
  decisionsOfBody,
  documentsOfMeeting,
  itemsOfBody,
  itemsOfMeeting,
  latestAgendaSentOfBody,
  sentVersions,
  type Db,
} from '../../../db/repos/reads';
import {
  actionsAroundMeeting,
  agendaRows,
  decisionsOfItems,
  itemOrigins,
  postponedBefore,
} from '../../../db/repos/meeting-scope';
import type {
  ActionView,
  AttachmentView,
  CcView,
  DecisionView,
  FollowUpView,
  InviteeView,
  ItemView,
  MeetingDetail,
  MeetingSummary,
  ProposalView,
  SentInfo,
} from '../../../shared/api/views';
import { agendaTimes, assignAttachmentLabels, missingFields } from '../../../shared/rules/agenda';
import { orderRows } from './order';
import { formatDutchDate } from '../../../shared/rules/calendar';
import { isLateSubmission } from '../../../shared/rules/deadlines';
import { dueRecurringItems } from '../../../shared/rules/recurring';
import { diffAgendaSnapshots, type AgendaSnapshot } from '../../../shared/rules/agenda-snapshot';
import { ApiError } from '../../../shared/api/errors';
import { meetingLocation, neighbours, parseJson, roleHolderView, type BodyState } from './body-state';
import { followUpViewsOfBody } from '../chain/views';
import { keptUntilChange } from './memo';
import { chainProposals } from '../chain/proposals';
import {
  decisionsWithFollowUps,
  followUpsClosedInBody,
  linkedFollowUpSources,
} from '../../../db/repos/chain';

function isLate(
  state: BodyState,
  meetingId: string,
  item: Pick<AgendaItem, 'kind' | 'submitted_at'>,
): boolean {
  const deadlines = state.deadlines.get(meetingId);
  if (!deadlines || item.kind === 'vast' || !item.submitted_at) return false;
  return isLateSubmission(item.submitted_at, deadlines.submission);
}

function sentInfo(row: { version: number; sent_at: string; sent_by: string } | undefined): SentInfo | null {
  return row ? { version: row.version, sentAt: row.sent_at, sentBy: row.sent_by } : null;
}

function summarize(
  state: BodyState,
  meeting: Meeting,
  items: readonly Pick<AgendaItem, 'kind' | 'submitted_at' | 'late_decision'>[],
  sent: { version: number; sent_at: string; sent_by: string } | undefined,
  changedSinceSent: boolean,
): MeetingSummary {
  const roles = state.roles.get(meeting.id);
  const deadlines = state.deadlines.get(meeting.id);
  if (!roles || !deadlines) throw new Error(`meeting ${meeting.id} not in body state`);
  const typed = items.filter((i) => i.kind !== 'vast');
  const late = typed.filter((i) => isLate(state, meeting.id, i));
  const hostId = roles.hostId;
  return {
    id: meeting.id,
    bodyId: state.body.id,
    bodyName: state.body.name,
    date: meeting.date,
    start: meeting.start_time,
    end: meeting.end_time,
    location: meeting.location,
    place: meetingLocation(state, meeting.location, roles.hostId),
    status: meeting.status,
    host: hostId ? { id: hostId, name: state.municipalityName.get(hostId) ?? hostId } : null,
    hostFromRotation: roles.hostFromRotation,
    chair: roleHolderView(state, roles.chair),
    notulist: roleHolderView(state, roles.notulist),
    deadlines,
    typedItemCount: typed.length,
    lateCount: late.length,
    pendingLateCount: late.filter((i) => i.late_decision !== 'admitted').length,
    agendaSent: sentInfo(sent),
    agendaChangedSinceSent: changedSinceSent,
    minutesStatus: meeting.minutes_status,
    minutesSentAt: meeting.minutes_sent_at,
    minutesAdoptedAt: meeting.minutes_adopted_at,
  };
}

/**
 * The summaries of a body's meetings (or of some of them), from one read of their items and documents. A meeting
 * whose agenda was sent is compared with what was sent ("gewijzigd na verzending"). The whole list is kept until
 * the next change (the Vergaderingen screen: ~100 ms on a ten-year archive when made anew).
 */
export async function meetingSummaries(
  db: Db,
  state: BodyState,
  only?: readonly Meeting[],
): Promise<MeetingSummary[]> {
  if (only) return buildSummaries(db, state, only, true);
  return keptUntilChange(db, state, 'summaries', () => buildSummaries(db, state, state.meetings, false));
}

async function buildSummaries(
  db: Db,
  state: BodyState,
  meetings: readonly Meeting[],
  some: boolean,
): Promise<MeetingSummary[]> {
  const ids = some ? meetings.map((m) => m.id) : null;
  const lastSent = new Map<string, (typeof sentRows)[number]>();
  const sentRows = await latestAgendaSentOfBody(db, state.body.id, ids);
  for (const row of sentRows) lastSent.set(row.meeting_id, row);
  // Documents only where an agenda was sent: they are part of what is compared.
  const rows = await agendaRows(
    db,
    state.body.id,
    ids,
    meetings.filter((m) => lastSent.has(m.id)).map((m) => m.id),
  );
  const items = groupBy(rows.items, (i) => i.meeting_id);
  const documents = groupBy(rows.documents, (d) => d.meeting_id);
  return meetings.map((meeting) => {
    const own = items.get(meeting.id) ?? [];
    const sent = lastSent.get(meeting.id);
    const summary = summarize(state, meeting, own, sent, false);
    if (sent) {
      const agenda = agendaOf(
        state,
        neighbours(state, meeting.id).previous,
        own,
        documents.get(meeting.id) ?? [],
      );
      summary.agendaChangedSinceSent = changedSinceSent(sentSnapshot(db, sent), {
        ...summary,
        items: agenda.items(),
      });
    }
    return summary;
  });
}

function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = out.get(k);
    if (list) list.push(row);
    else out.set(k, [row]);
  }
  return out;
}

/**
 * Whether the agenda differs from the snapshot that was sent, field by field (not the whole snapshot): a field
 * the sent snapshot did not record is no change.
 */
function changedSinceSent(sent: AgendaSnapshot | null, agenda: AgendaSource): boolean {
  return sent !== null && diffAgendaSnapshots(sent, agendaSnapshot(agenda)).length > 0;
}

/**
 * The last parsed sent snapshot per database and meeting, with its text: what was sent never changes, and parsing
 * every sent agenda of ten years (3 MB of JSON) took ~10 ms of each meetings list. A different text is parsed anew.
 */
const parsedSnapshots = new WeakMap<Db, Map<string, { text: string; snapshot: AgendaSnapshot | null }>>();

function sentSnapshot(db: Db, sent: { meeting_id: string; snapshot: string }): AgendaSnapshot | null {
  let cache = parsedSnapshots.get(db);
  if (!cache) {
    cache = new Map();
    parsedSnapshots.set(db, cache);
  }
  const hit = cache.get(sent.meeting_id);
  if (hit?.text === sent.snapshot) return hit.snapshot;
  const snapshot = parseJson<AgendaSnapshot | null>(sent.snapshot, null);
  cache.set(sent.meeting_id, { text: sent.snapshot, snapshot });
  return snapshot;
}

/** The stored action numbers (assigned by the database per body, never shifted). */
function actionNumbers(actions: readonly Action[]): Map<string, number> {
  return new Map(actions.map((a) => [a.id, a.nr ?? 0]));
}

const meetingDateMaps = new WeakMap<BodyState, Map<string, string>>();

function meetingDateOf(state: BodyState, id: string | null): string | null {
  if (!id) return null;
  let map = meetingDateMaps.get(state);
  if (!map) {
    map = new Map(state.meetings.map((m) => [m.id, m.date]));
    meetingDateMaps.set(state, map);
  }
  return map.get(id) ?? null;
}

function actionView(
  state: BodyState,
  action: Action,
  nr: number,
  today: string,
  itemTitles: Map<string, string>,
): ActionView {
  const meetingDate = (id: string | null) => meetingDateOf(state, id);
  return {
    id: action.id,
    nr,
    what: action.what,
    who: action.who_person_id
      ? (state.people.get(action.who_person_id)?.name ?? action.who_name)
      : action.who_name,
    whoPersonId: action.who_person_id,
    due: action.due,
    status: action.status,
    overdue: action.status === 'open' && action.due !== null && action.due < today,
    meetingId: action.meeting_id,
    meetingDate: meetingDate(action.meeting_id) ?? '',
    itemId: action.item_id,
    itemTitle: action.item_id ? (itemTitles.get(action.item_id) ?? null) : null,
    closedOn: action.closed_on,
    closedInMeetingId: action.closed_in_meeting_id,
    closedInMeetingDate: meetingDate(action.closed_in_meeting_id),
  };
}

export async function allActionViews(db: Db, state: BodyState, today: string): Promise<ActionView[]> {
  const [actions, items] = await Promise.all([
    actionsOfBody(db, state.body.id),
    itemsOfBody(db, state.body.id),
  ]);
  const numbers = actionNumbers(actions);
  const titles = new Map(items.map((i) => [i.id, i.title]));
  return actions.map((a) => actionView(state, a, numbers.get(a.id) ?? 0, today, titles));
}

/** The previous minutes count as existing once they were sent or adopted. */
function previousMinutesAttachment(previous: Meeting | null): Omit<AttachmentView, 'label'> | null {
  if (!previous || previous.minutes_status === 'draft') return null;
  return {
    id: null,
    title: `Verslag en afsprakenlijst ${formatDutchDate(previous.date)}`,
    fileName: `Verslag en afsprakenlijst ${previous.date}.docx`,
    size: 0,
    sha256: null,
    crc32: null,
    source: 'previous-minutes',
  };
}

type AgendaRow = Pick<
  AgendaItem,
  | 'id'
  | 'meeting_id'
  | 'fixed_role'
  | 'position'
  | 'kind'
  | 'title'
  | 'proposal'
  | 'target'
  | 'explanation'
  | 'duration_minutes'
  | 'submitted_at'
  | 'late_decision'
>;

/**
 * One meeting's agenda as members see it: the items in order with their numbers, letters and attachments (the
 * previous minutes at item 2 once they exist). The meeting view and the "changed since sent" check share it.
 */
function agendaOf<T extends AgendaRow>(
  state: BodyState,
  previous: Meeting | null,
  rows: readonly T[],
  documents: readonly Pick<
    DocumentRow,
    'id' | 'item_id' | 'title' | 'file_name' | 'size' | 'sha256' | 'crc32'
  >[],
) {
  const ordered = orderRows(rows);
  const docsByItem = groupBy(documents, (d) => d.item_id);
  const prevMinutes = previousMinutesAttachment(previous);
  const labels = assignAttachmentLabels(
    ordered.map((item) => ({
      id: item.id,
      documentIds: [
        ...(item.fixed_role === 'minutes' && prevMinutes ? ['previous-minutes'] : []),
        ...(docsByItem.get(item.id) ?? []).map((d) => d.id),
      ],
    })),
  );
  const attachmentsOf = (item: T): AttachmentView[] => {
    const attachments: AttachmentView[] = [];
    if (item.fixed_role === 'minutes' && prevMinutes)
      attachments.push({ ...prevMinutes, label: labels.documentLabels.get('previous-minutes') ?? '' });
    for (const d of docsByItem.get(item.id) ?? [])
      attachments.push({
        id: d.id,
        label: labels.documentLabels.get(d.id) ?? '',
        title: d.title,
        fileName: d.file_name,
        size: d.size,
        sha256: d.sha256,
        crc32: d.crc32,
        source: 'document',
      });
    return attachments;
  };
  return {
    ordered,
    documentCount: (item: T) => docsByItem.get(item.id)?.length ?? 0,
    letterOf: (item: T) => labels.itemLetters.get(item.id) ?? null,
    attachmentsOf,
    /** The items as the agenda snapshot compares them. */
    items: () =>
      ordered.map((item, index) => {
        const late = isLate(state, item.meeting_id, item);
        return {
          id: item.id,
          number: index + 1,
          kind: item.kind,
          title: item.title,
          proposal: item.proposal,
          target: item.target,
          explanation: item.explanation,
          durationMinutes: item.duration_minutes,
          late,
          lateDecision: late ? (item.late_decision ?? 'pending') : null,
          attachments: attachmentsOf(item),
        };
      }),
  };
}

/** The agendas of the given meetings, from one read of their items and documents. */
async function agendasOf(db: Db, state: BodyState, meetings: readonly Meeting[]) {
  const rows = await agendaRows(
    db,
    state.body.id,
    meetings.map((m) => m.id),
  );
  const items = groupBy(rows.items, (i) => i.meeting_id);
  const documents = groupBy(rows.documents, (d) => d.meeting_id);
  return meetings.map((meeting) => ({
    meeting,
    agenda: agendaOf(
      state,
      neighbours(state, meeting.id).previous,
      items.get(meeting.id) ?? [],
      documents.get(meeting.id) ?? [],
    ),
  }));
}

/** Per meeting, what its agenda's items lack: their number, title, lateness and missing parts (one read). */
export async function agendaChecks(db: Db, state: BodyState, meetings: readonly Meeting[]) {
  return new Map(
    (await agendasOf(db, state, meetings)).map(({ meeting, agenda }) => [
      meeting.id,
      agenda.ordered.map((item, index) => {
        const late = isLate(state, meeting.id, item);
        return {
          id: item.id,
          number: index + 1,
          title: item.title,
          lateDecision: late ? (item.late_decision ?? 'pending') : null,
          missing: missingFields({
            kind: item.kind,
            target: item.target,
            proposal: item.proposal,
            documentCount: agenda.documentCount(item),
            title: item.title,
          }),
        };
      }),
    ]),
  );
}

/** The attachment labels ("B", "C2") of the documents on the agendas of the given meetings, from one read. */
export async function documentLabels(
  db: Db,
  state: BodyState,
  meetingIds: readonly string[],
): Promise<Map<string, string>> {
  const meetings = state.meetings.filter((m) => meetingIds.includes(m.id));
  const labels = new Map<string, string>();
  for (const { agenda } of await agendasOf(db, state, meetings))
    for (const item of agenda.ordered)
      for (const a of agenda.attachmentsOf(item)) if (a.id) labels.set(a.id, a.label);
  return labels;
}

/** What the decision chain adds to decisions: their follow-ups, and the follow-ups they close (by decision id). */
export interface DecisionChain {
  followUps: Map<string, FollowUpView[]>;
  closes: Map<string, NonNullable<DecisionView['closes']>>;
}

/** The chain around a body's decisions: every follow-up of its advice, and what its decisions close. */
export async function decisionChain(db: Db, state: BodyState, today: string): Promise<DecisionChain> {
  const [followUps, closing] = await Promise.all([
    followUpViewsOfBody(db, state, today),
    followUpsClosedInBody(db, state.body.id),
  ]);
  const closes = new Map<string, NonNullable<DecisionView['closes']>>();
  for (const f of closing)
    if (f.outcome_decision_id)
      closes.set(f.outcome_decision_id, {
        followUpId: f.id,
        bodyName: f.body_name,
        adviceDate: f.advice_date,
      });
  return { followUps, closes };
}

export function decisionView(
  d: Decision,
  meetingDate: string,
  item: { number: number | null; title: string; kind: ItemView['kind'] },
  chain: DecisionChain,
): DecisionView {
  return {
    id: d.id,
    meetingId: d.meeting_id,
    meetingDate,
    itemId: d.item_id,
    itemNumber: item.number,
    itemTitle: item.title,
    itemKind: item.kind,
    text: d.text,
    destination: d.destination,
    followUps: chain.followUps.get(d.id) ?? [],
    closes: chain.closes.get(d.id) ?? null,
  };
}

/** The decisions register: every decision of the body, newest meeting first, in agenda order within one. */
export async function decisionRegister(
  db: Db,
  state: BodyState,
  today: string,
  order: 'newest-first' | 'oldest-first' = 'newest-first',
): Promise<DecisionView[]> {
  const [rows, all, chain] = await Promise.all([
    agendaRows(db, state.body.id, null, []),
    decisionsOfBody(db, state.body.id),
    decisionChain(db, state, today),
  ]);
  const decisions = groupBy(all, (d) => d.item_id);
  const items = groupBy(rows.items, (i) => i.meeting_id);
  const views: DecisionView[] = [];
  const meetings = order === 'newest-first' ? [...state.meetings].reverse() : state.meetings;
  for (const meeting of meetings) {
    for (const [index, item] of orderRows(items.get(meeting.id) ?? []).entries())
      for (const d of decisions.get(item.id) ?? [])
        views.push(
          decisionView(d, meeting.date, { number: index + 1, title: item.title, kind: item.kind }, chain),
        );
  }
  return views;
}

/**
 * One meeting as its screens show it (agenda, minutes, the running action list). Kept until the next change: the
 * agenda, the minutes and every check before sending ask for it, ~20 ms each on a ten-year archive (most of it the
 * 1,400 open actions of earlier meetings at item 2).
 */
export function meetingDetail(
  db: Db,
  state: BodyState,
  meetingId: string,
  today: string,
): Promise<MeetingDetail> {
  return keptUntilChange(db, state, `meeting:${meetingId}:${today}`, () =>
    buildMeetingDetail(db, state, meetingId, today),
  );
}

async function buildMeetingDetail(
  db: Db,
  state: BodyState,
  meetingId: string,
  today: string,
): Promise<MeetingDetail> {
  const meeting = state.meetings.find((m) => m.id === meetingId);
  if (!meeting) throw new ApiError('not_found', 'Deze vergadering bestaat niet (meer).');
  const [rows, documents, attendance, sent, postponed, chain] = await Promise.all([
    itemsOfMeeting(db, meetingId),
    documentsOfMeeting(db, meetingId),
    attendanceOfMeeting(db, meetingId),
    sentVersions(db, meetingId, 'agenda'),
    postponedBefore(db, state.body.id, meeting.date),
    decisionChain(db, state, today),
  ]);
  const itemIds = rows.map((r) => r.id);
  const [actions, decisions, origins, forwarded] = await Promise.all([
    actionsAroundMeeting(db, state.body.id, meeting, itemIds),
    decisionsOfItems(db, itemIds),
    itemOrigins(
      db,
      rows.flatMap((r) => (r.postponed_from_item_id ? [r.postponed_from_item_id] : [])),
    ),
    linkedFollowUpSources(db, itemIds),
  ]);
  const { previous, next } = neighbours(state, meetingId);
  const agenda = agendaOf(state, previous, rows, documents);
  const ordered = agenda.ordered;
  const times = agendaTimes(
    meeting.start_time,
    ordered.map((i) => i.duration_minutes),
  );
  const titles = new Map<string, string>();
  for (const a of actions) if (a.item_id && a.item_title !== null) titles.set(a.item_id, a.item_title);
  for (const item of rows) titles.set(item.id, item.title);
  const originOf = new Map(origins.map((o) => [o.id, o]));
  const decisionsByItem = groupBy(decisions, (d) => d.item_id);
  const actionsByItem = groupBy(
    actions.filter((a) => a.item_id !== null),
    (a) => a.item_id ?? '',
  );
  const view = (a: Action) => actionView(state, a, a.nr ?? 0, today, titles);

  const items: ItemView[] = ordered.map((item, index) => {
    const late = isLate(state, meetingId, item);
    const origin = item.postponed_from_item_id ? originOf.get(item.postponed_from_item_id) : undefined;
    const submitterName = item.submitter_person_id
      ? (state.people.get(item.submitter_person_id)?.name ?? item.submitter_name)
      : item.submitter_name;
    return {
      id: item.id,
      number: index + 1,
      kind: item.kind,
      fixedRole: item.fixed_role,
      target: item.target,
      title: item.title,
      explanation: item.explanation,
      proposal: item.proposal,
      submitter: submitterName ? { personId: item.submitter_person_id, name: submitterName } : null,
      submittedAt: item.submitted_at,
      durationMinutes: item.duration_minutes,
      startsAt: times[index] ?? null,
      late,
      lateDecision: late ? (item.late_decision ?? 'pending') : null,
      status: item.status,
      letter: agenda.letterOf(item),
      attachments: agenda.attachmentsOf(item),
      missing: missingFields({
        kind: item.kind,
        target: item.target,
        proposal: item.proposal,
        documentCount: agenda.documentCount(item),
        title: item.title,
      }),
      recurringKey: item.recurring_key,
      postponedFrom: origin ? { meetingId: origin.meeting_id, meetingDate: origin.meeting_date } : null,
      notes: item.notes,
      elapsedSeconds: item.elapsed_seconds,
      decisions: (decisionsByItem.get(item.id) ?? []).map((d) =>
        decisionView(
          d,
          meeting.date,
          {
            number: index + 1,
            title: item.title,
            kind: item.kind,
          },
          chain,
        ),
      ),
      actions: (actionsByItem.get(item.id) ?? []).map(view),
      forwardedFrom: (() => {
        const source = forwarded.find((f) => f.linked_item_id === item.id);
        return source
          ? {
              followUpId: source.id,
              bodyName: source.body_name,
              adviceDate: source.advice_date,
              adviceText: source.advice_text,
            }
          : null;
      })(),
    };
  });

  const openActions = actions
    .filter((a) => {
      const created = a.meeting_date;
      if (!created || created >= meeting.date) return false;
      return a.status === 'open' || a.closed_in_meeting_id === meetingId;
    })
    .map(view);

  const proposals: ProposalView[] = [];
  const onAgenda = new Set(rows.map((r) => r.recurring_key).filter(Boolean));
  for (const setting of dueRecurringItems(state.recurring, meeting.date, previous?.date ?? null)) {
    if (onAgenda.has(setting.key)) continue;
    proposals.push({
      kind: 'recurring',
      key: setting.key,
      title: setting.title,
      itemKind: setting.kind,
      reason: 'terugkerend agendapunt dat nu aan de beurt is',
      fromItemId: null,
      decisionId: null,
      followUpId: null,
      explanation: '',
      proposal: '',
    });
  }
  for (const item of postponed) {
    proposals.push({
      kind: 'postponed',
      key: `postponed:${item.id}`,
      title: item.title,
      itemKind: item.kind,
      reason: `aangehouden in de vergadering van ${formatDutchDate(item.meeting_date)}`,
      fromItemId: item.id,
      decisionId: null,
      followUpId: null,
      explanation: '',
      proposal: '',
    });
  }
  const withFollowUps = await decisionsWithFollowUps(db, state.body.id);
  proposals.push(
    ...(await chainProposals(db, state, meeting, {
      decisions: withFollowUps,
      followUps: chain.followUps,
      titles: new Map(withFollowUps.map((d) => [d.item_id, d.item_title ?? d.text])),
      meetingDates: new Map(state.meetings.map((m) => [m.id, m.date])),
      today,
    })),
  );

  const { invitees, cc } = inviteesOf(state, meeting, items, summarizeRoles(state, meeting.id));

  const summary = summarize(state, meeting, rows, sent[0], false);
  const detail: MeetingDetail = {
    ...summary,
    items,
    openActions,
    actions: actions.filter((a) => a.meeting_id === meetingId).map(view),
    attendance: attendance.map((a) => ({
      id: a.id,
      personId: a.person_id,
      name: a.name,
      status: a.status,
      substituteFor: a.substitute_for,
    })),
    proposals,
    previousMeeting: previous ? { id: previous.id, date: previous.date } : null,
    nextMeeting: next ? { id: next.id, date: next.date } : null,
    invitees,
    cc,
  };
  if (sent[0]) detail.agendaChangedSinceSent = changedSinceSent(sentSnapshot(db, sent[0]), detail);
  return detail;
}

function summarizeRoles(state: BodyState, meetingId: string) {
  const roles = state.roles.get(meetingId);
  return {
    chair: roles ? roleHolderView(state, roles.chair) : null,
    notulist: roles ? roleHolderView(state, roles.notulist) : null,
  };
}

/**
 * Who is invited: the members on the meeting's date (opdrachtgevers, ondersteuner, leden; projectleiders come
 * for their own items), and this meeting's chair and notulist — a substitute too, with whom they replace.
 * Whoever submitted an item and is not invited gets the agenda as Cc.
 */
export function inviteesOf(
  state: BodyState,
  meeting: Meeting,
  items: readonly ItemView[],
  roles: { chair: RoleHolderViewLite | null; notulist: RoleHolderViewLite | null },
): { invitees: InviteeView[]; cc: CcView[] } {
  const invitees: InviteeView[] = [];
  const add = (personId: string, role: InviteeView['role']) => {
    if (invitees.some((i) => i.personId === personId)) return;
    const person = state.people.get(personId);
    if (!person?.name) return;
    const membership = state.memberships.find((m) => m.person_id === personId && m.municipality_id);
    const municipality = person.municipality_id ?? membership?.municipality_id ?? null;
    invitees.push({
      personId,
      name: person.name,
      email: person.email,
      municipality: municipality ? (state.municipalityName.get(municipality) ?? null) : null,
      role,
      meetingRole: null,
      replaces: null,
    });
  };
  for (const m of state.memberships) {
    if (m.role === 'projectleider') continue;
    if (m.valid_from !== null && m.valid_from > meeting.date) continue;
    if (m.valid_to !== null && m.valid_to < meeting.date) continue;
    add(m.person_id, m.role);
  }
  for (const [key, holder] of [
    ['chair', roles.chair],
    ['notulist', roles.notulist],
  ] as const) {
    if (!holder?.personId) continue;
    add(holder.personId, null);
    const invitee = invitees.find((i) => i.personId === holder.personId);
    if (!invitee) continue;
    invitee.meetingRole = invitee.meetingRole === 'chair' && key === 'notulist' ? 'chair+notulist' : key;
    if (holder.overridden && holder.replaces) invitee.replaces = holder.replaces;
  }

  const cc: CcView[] = [];
  for (const item of items) {
    if (item.kind === 'vast' || !item.submitter) continue;
    const { personId, name } = item.submitter;
    if (invitees.some((i) => (personId !== null && i.personId === personId) || i.name === name)) continue;
    // One entry per person: an item of theirs recorded by name only joins their entry.
    const person = personId ? state.people.get(personId) : undefined;
    const shownName = person?.name ?? name;
    const known = cc.find((c) => (personId !== null && c.personId === personId) || c.name === shownName);
    if (known) {
      known.items.push(item.number);
      continue;
    }
    const municipality = person?.municipality_id ?? null;
    cc.push({
      personId,
      name: shownName,
      email: person?.email ?? '',
      municipality: municipality ? (state.municipalityName.get(municipality) ?? null) : null,
      items: [item.number],
    });
  }
  return { invitees, cc };
}

type RoleHolderViewLite = Pick<ReturnType<typeof roleHolderView>, 'personId' | 'overridden' | 'replaces'>;

/** What an agenda snapshot is made of: the meeting's facts and its items as the agenda shows them. */
type AgendaSource = Pick<
  MeetingDetail,
  'date' | 'start' | 'end' | 'location' | 'place' | 'host' | 'chair' | 'notulist'
> & {
  items: Pick<
    ItemView,
    | 'id'
    | 'number'
    | 'kind'
    | 'title'
    | 'proposal'
    | 'target'
    | 'explanation'
    | 'durationMinutes'
    | 'late'
    | 'lateDecision'
    | 'attachments'
  >[];
};

export function agendaSnapshot(detail: AgendaSource): AgendaSnapshot {
  return {
    date: detail.date,
    start: detail.start,
    end: detail.end,
    location: detail.location,
    place: detail.place?.name ?? '',
    address: detail.place?.address ?? '',
    host: detail.host?.name ?? null,
    chair: detail.chair.name,
    notulist: detail.notulist.name,
    items: detail.items.map((i) => ({
      id: i.id,
      number: i.number,
      kind: i.kind,
      title: i.title,
      proposal: i.proposal,
      target: i.target,
      explanation: i.explanation,
      durationMinutes: i.durationMinutes,
      late: i.late ? (i.lateDecision === 'admitted' ? 'admitted' : 'pending') : null,
      attachments: i.attachments.map((a) => ({ label: a.label, title: a.title, sha256: a.sha256 })),
    })),
  };
}

export function agendaChanges(sentSnapshotJson: string, detail: MeetingDetail): string[] {
  const sent = parseJson<AgendaSnapshot | null>(sentSnapshotJson, null);
  return sent ? diffAgendaSnapshots(sent, agendaSnapshot(detail)) : [];
}
