// Meeting summaries and the full meeting view: the rules applied to the stored rows.
import type { AgendaItem, Action, Meeting } from '../../../db/schema';
import {
  actionsOfBody,
  attendanceOfMeeting,
  decisionsOfBody,
  documentsOfMeeting,
  itemsOfBody,
  itemsOfMeeting,
  sentVersions,
  type Db,
} from '../../../db/repos/reads';
import type {
  ActionView,
  AttachmentView,
  CcView,
  DecisionView,
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

type ItemLite = Awaited<ReturnType<typeof itemsOfBody>>[number];

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
  items: readonly ItemLite[],
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

export async function meetingSummaries(db: Db, state: BodyState): Promise<MeetingSummary[]> {
  const items = await itemsOfBody(db, state.body.id);
  const byMeeting = new Map<string, ItemLite[]>();
  for (const item of items) {
    const list = byMeeting.get(item.meeting_id) ?? [];
    list.push(item);
    byMeeting.set(item.meeting_id, list);
  }
  const result: MeetingSummary[] = [];
  for (const meeting of state.meetings) {
    const sent = (await sentVersions(db, meeting.id, 'agenda'))[0];
    let changed = false;
    if (sent) {
      const detail = await meetingDetail(db, state, meeting.id, '0000-01-01');
      changed = detail.agendaChangedSinceSent;
    }
    result.push(summarize(state, meeting, byMeeting.get(meeting.id) ?? [], sent, changed));
  }
  return result;
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

export async function meetingDetail(
  db: Db,
  state: BodyState,
  meetingId: string,
  today: string,
): Promise<MeetingDetail> {
  const meeting = state.meetings.find((m) => m.id === meetingId);
  if (!meeting) throw new ApiError('not_found', 'Deze vergadering bestaat niet (meer).');
  const [rows, documents, attendance, bodyItems, actions, decisions, sent] = await Promise.all([
    itemsOfMeeting(db, meetingId),
    documentsOfMeeting(db, meetingId),
    attendanceOfMeeting(db, meetingId),
    itemsOfBody(db, state.body.id),
    actionsOfBody(db, state.body.id),
    decisionsOfBody(db, state.body.id),
    sentVersions(db, meetingId, 'agenda'),
  ]);
  const { previous, next } = neighbours(state, meetingId);
  const ordered = orderRows(rows);
  const docsByItem = new Map<string, typeof documents>();
  for (const d of documents) {
    const list = docsByItem.get(d.item_id) ?? [];
    list.push(d);
    docsByItem.set(d.item_id, list);
  }
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
  const times = agendaTimes(
    meeting.start_time,
    ordered.map((i) => i.duration_minutes),
  );
  const titles = new Map(bodyItems.map((i) => [i.id, i.title]));
  const numbers = actionNumbers(actions);
  const meetingDates = new Map(state.meetings.map((m) => [m.id, m.date]));
  const itemNumbers = new Map(ordered.map((item, index) => [item.id, index + 1]));
  const itemKinds = new Map(bodyItems.map((i) => [i.id, i.kind]));

  const decisionView = (d: (typeof decisions)[number]): DecisionView => ({
    id: d.id,
    meetingId: d.meeting_id,
    meetingDate: meetingDates.get(d.meeting_id) ?? '',
    itemId: d.item_id,
    itemNumber: itemNumbers.get(d.item_id) ?? null,
    itemTitle: titles.get(d.item_id) ?? '',
    itemKind: itemKinds.get(d.item_id) ?? 'vast',
    text: d.text,
    destination: d.destination,
    followUp: d.follow_up_status
      ? { status: d.follow_up_status, answer: d.follow_up_answer, answeredOn: d.follow_up_answered_on }
      : null,
  });

  const items: ItemView[] = ordered.map((item, index) => {
    const docs = docsByItem.get(item.id) ?? [];
    const attachments: AttachmentView[] = [];
    if (item.fixed_role === 'minutes' && prevMinutes)
      attachments.push({ ...prevMinutes, label: labels.documentLabels.get('previous-minutes') ?? '' });
    for (const d of docs)
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
    const late = isLate(state, meetingId, item);
    const postponedFrom = item.postponed_from_item_id
      ? bodyItems.find((i) => i.id === item.postponed_from_item_id)
      : undefined;
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
      letter: labels.itemLetters.get(item.id) ?? null,
      attachments,
      missing: missingFields({
        kind: item.kind,
        target: item.target,
        proposal: item.proposal,
        documentCount: docs.length,
        title: item.title,
      }),
      recurringKey: item.recurring_key,
      postponedFrom: postponedFrom
        ? {
            meetingId: postponedFrom.meeting_id,
            meetingDate: meetingDates.get(postponedFrom.meeting_id) ?? '',
          }
        : null,
      notes: item.notes,
      elapsedSeconds: item.elapsed_seconds,
      decisions: decisions.filter((d) => d.item_id === item.id).map(decisionView),
      actions: actions
        .filter((a) => a.item_id === item.id)
        .map((a) => actionView(state, a, numbers.get(a.id) ?? 0, today, titles)),
    };
  });

  const openActions = actions
    .filter((a) => {
      const created = meetingDates.get(a.meeting_id);
      if (!created || created >= meeting.date) return false;
      return a.status === 'open' || a.closed_in_meeting_id === meetingId;
    })
    .map((a) => actionView(state, a, numbers.get(a.id) ?? 0, today, titles));

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
    });
  }
  const alreadyCarried = new Set(bodyItems.map((i) => i.postponed_from_item_id).filter(Boolean));
  for (const item of bodyItems) {
    if (item.status !== 'postponed' || item.kind === 'vast' || alreadyCarried.has(item.id)) continue;
    const from = meetingDates.get(item.meeting_id);
    if (!from || from >= meeting.date) continue;
    proposals.push({
      kind: 'postponed',
      key: `postponed:${item.id}`,
      title: item.title,
      itemKind: item.kind,
      reason: `aangehouden in de vergadering van ${formatDutchDate(from)}`,
      fromItemId: item.id,
      decisionId: null,
    });
  }
  for (const d of decisions) {
    if (d.follow_up_status !== 'answered' || d.follow_up_reported_in_meeting_id) continue;
    if ((meetingDates.get(d.meeting_id) ?? '9999') >= meeting.date) continue;
    proposals.push({
      kind: 'feedback',
      key: `feedback:${d.id}`,
      title: `Terugkoppeling: ${titles.get(d.item_id) ?? d.text}`,
      itemKind: 'informerend',
      reason: `antwoord van de ${d.destination === 'colleges' ? 'colleges' : d.destination === 'beide' ? 'stuurgroep en colleges' : 'stuurgroep'} ontvangen`,
      fromItemId: d.item_id,
      decisionId: d.id,
    });
  }

  const { invitees, cc } = inviteesOf(state, meeting, items, summarizeRoles(state, meeting.id));

  const summary = summarize(
    state,
    meeting,
    bodyItems.filter((i) => i.meeting_id === meetingId),
    sent[0],
    false,
  );
  const detail: MeetingDetail = {
    ...summary,
    items,
    openActions,
    actions: actions
      .filter((a) => a.meeting_id === meetingId)
      .map((a) => actionView(state, a, numbers.get(a.id) ?? 0, today, titles)),
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
  if (sent[0]) {
    const sentSnapshot = parseJson<AgendaSnapshot | null>(sent[0].snapshot, null);
    // Field by field (not the whole snapshot): a field the sent snapshot did not record is no change.
    detail.agendaChangedSinceSent =
      sentSnapshot !== null && diffAgendaSnapshots(sentSnapshot, agendaSnapshot(detail)).length > 0;
  }
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

export function agendaSnapshot(detail: MeetingDetail): AgendaSnapshot {
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
