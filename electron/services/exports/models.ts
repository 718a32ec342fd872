// From the services' views to the documents' models. Everything the documents show is computed here
// (labels, letters, file names, Dutch wording), so the builders only lay it out.
import type {
  ActionView,
  InviteeView,
  ItemView,
  MeetingDetail,
  RoleHolderView,
} from '../../../shared/api/views';
import {
  TARGET_LABEL,
  type ActionListOrder,
  type ActionStatus,
  type AgendaItemKind,
  type LocalDate,
  type MinutesStatus,
} from '../../../shared/domain/types';
import { kindLabel, kindRules, type DecisionRole } from '../../../shared/domain/item-kinds';
import type {
  ActionListDocModel,
  AgendaDocModel,
  AgendaOutlook,
  DocRevision,
  MeetingInfo,
  MinutesDocModel,
  OpenActionRow,
  ReviewedAction,
  SentStamp,
} from '../../documents/model';

const ROLE_LABEL: Record<string, string> = {
  opdrachtgever: 'opdrachtgever',
  ondersteuner: 'ondersteuner',
  projectleider: 'projectleider',
  lid: 'lid',
};

/** How an item's proposal is introduced: an advice to another body, or a decision of this one. */
const PROPOSAL_LABEL: Record<DecisionRole, string> = { decision: 'Voorstel', advice: 'Voorgesteld advies' };

function proposalLabel(kind: AgendaItemKind): string {
  return PROPOSAL_LABEL[kindRules(kind)?.proposal?.role ?? 'decision'];
}

/** 'Karin Wolters (vervangt Anouk Hendriks)' for a substitute, else the name. */
function roleName(holder: RoleHolderView): string {
  if (!holder.name) return 'onbekend';
  if (!holder.overridden) return holder.name;
  return holder.replaces ? `${holder.name} (vervangt ${holder.replaces})` : `${holder.name} (vervanging)`;
}

export function meetingInfo(detail: MeetingDetail): MeetingInfo {
  return {
    date: detail.date,
    start: detail.start,
    end: detail.end,
    location: detail.place?.name ?? '',
    address: detail.place?.address || null,
    host: detail.host?.name ?? '',
    chair: roleName(detail.chair),
    notulist: roleName(detail.notulist),
  };
}

/** 'voorzitter', 'notulist, vervangt Anouk Hendriks', 'voorzitter en notulist'. */
export function meetingRoleText(invitee: Pick<InviteeView, 'meetingRole' | 'replaces'>): string | null {
  const role =
    invitee.meetingRole === 'chair'
      ? 'voorzitter'
      : invitee.meetingRole === 'notulist'
        ? 'notulist'
        : invitee.meetingRole === 'chair+notulist'
          ? 'voorzitter en notulist'
          : null;
  if (!role) return null;
  return invitee.replaces ? `${role}, vervangt ${invitee.replaces}` : role;
}

/** The items' planned start times mean something only when items have durations. */
export function hasPlannedTimes(detail: Pick<MeetingDetail, 'items'>): boolean {
  return detail.items.some((i) => (i.durationMinutes ?? 0) > 0);
}

/** What the documents show of an action from an earlier meeting. */
function earlierAction(a: ActionView) {
  return { nr: a.nr, what: a.what, who: a.who, due: a.due, meetingDate: a.meetingDate };
}

/**
 * The running afsprakenlijst of a meeting: the actions of earlier meetings that were open when it began
 * (still open, or closed in this meeting), the ones past their date marked.
 */
export function openActionRows(detail: MeetingDetail): OpenActionRow[] {
  return detail.openActions.map((a) => ({
    ...earlierAction(a),
    itemTitle: a.itemTitle ?? '',
    overdue: a.status === 'open' && a.overdue,
  }));
}

export interface AgendaContext {
  revision: DocRevision | null;
  sent: SentStamp | null;
  now: Date;
  /** The package name of each attachment, by item id and position (see packageFileNames). */
  fileNames: Map<ItemView['attachments'][number], string>;
  outlook: AgendaOutlook | null;
}

/** The agenda as members read it. */
export function agendaModel(detail: MeetingDetail, cx: AgendaContext): AgendaDocModel {
  const minutesItem = detail.items.find((i) => i.fixedRole === 'minutes');
  return {
    bodyName: detail.bodyName,
    meeting: meetingInfo(detail),
    invitees: detail.invitees.map((p) => ({
      name: p.name,
      municipality: p.municipality,
      role: p.role ? (ROLE_LABEL[p.role] ?? p.role) : null,
      meetingRole: meetingRoleText(p),
    })),
    cc: detail.cc.map((c) => ({
      name: c.name,
      municipality: c.municipality,
      role: `inbrenger punt ${c.items.join(', ')}`,
    })),
    items: detail.items.map((item) => ({
      number: item.number,
      kindLabel: kindLabel(item.kind),
      title: item.title,
      attachmentLetters: item.attachments.map((a) => a.label).join(', '),
      startsAt: item.startsAt,
      durationMinutes: item.durationMinutes,
      proposal: kindRules(item.kind)?.proposal && item.proposal.trim() ? item.proposal : null,
      proposalLabel: proposalLabel(item.kind),
      target: kindRules(item.kind)?.decidedElsewhere && item.target ? TARGET_LABEL[item.target] : null,
      explanation: item.explanation.trim() ? item.explanation : null,
      late: item.late ? (item.lateDecision === 'admitted' ? 'admitted' : 'pending') : null,
      submitter: item.kind !== 'vast' ? (item.submitter?.name ?? null) : null,
    })),
    showTimes: hasPlannedTimes(detail),
    openActions: minutesItem ? { atItem: minutesItem.number, rows: openActionRows(detail) } : null,
    attachments: detail.items.flatMap((item) =>
      item.attachments.map((a) => ({
        label: a.label,
        title: a.title,
        fileName: cx.fileNames.get(a) ?? a.fileName,
        itemNumber: item.number,
        itemTitle: item.title,
      })),
    ),
    outlook: cx.outlook,
    revision: cx.revision,
    sent: cx.sent,
    generatedAt: cx.now.toISOString(),
  };
}

const MINUTES_LABEL: Record<MinutesStatus, MinutesDocModel['status']> = {
  draft: 'concept',
  sent: 'verzonden',
  adopted: 'vastgesteld',
};

/** What became of each earlier action at this meeting (item 2's review). */
function reviewedActions(detail: MeetingDetail): ReviewedAction[] {
  return detail.openActions.map((a) => ({
    ...earlierAction(a),
    outcome:
      a.status !== 'open' && a.closedInMeetingId === detail.id
        ? a.status === 'done'
          ? 'done'
          : 'dropped'
        : 'open',
    overdue: a.status === 'open' && a.due !== null && a.due < detail.date,
  }));
}

export interface MinutesContext {
  adoptedOn: LocalDate | null;
  revision: DocRevision | null;
  sent: SentStamp | null;
  now: Date;
}

export function minutesModel(detail: MeetingDetail, cx: MinutesContext): MinutesDocModel {
  const doc = (a: ActionView) => ({ nr: a.nr, what: a.what, who: a.who, due: a.due });
  const members = new Set(detail.invitees.map((i) => i.personId));
  const present = detail.attendance.filter((a) => a.status === 'present');
  // Guests: present, but no member of the body (a projectleider who came for an item).
  const guests = present.filter(
    (a) => !(a.personId && members.has(a.personId)) && !detail.invitees.some((i) => i.name === a.name),
  );
  const presentedBy = (item: ItemView): string | null => {
    const who = item.submitter;
    if (!who || item.kind === 'vast') return null;
    const there = present.find(
      (a) => (who.personId !== null && a.personId === who.personId) || a.name === who.name,
    );
    return there ? there.name : null;
  };
  return {
    bodyName: detail.bodyName,
    meeting: meetingInfo(detail),
    status: MINUTES_LABEL[detail.minutesStatus],
    adoptedOn: cx.adoptedOn,
    due: detail.deadlines.minutes,
    present: present.filter((a) => !guests.includes(a)).map((a) => a.name),
    absent: detail.attendance.filter((a) => a.status === 'absent').map((a) => a.name),
    substitutes: detail.attendance
      .filter((a) => a.status === 'substitute')
      .map((a) => ({ name: a.name, for: a.substituteFor ?? '' })),
    guests: guests.map((g) => {
      const items = detail.items.filter((i) => presentedBy(i) === g.name).map((i) => i.number);
      return items.length > 0 ? `${g.name} (toelichting bij punt ${items.join(', ')})` : g.name;
    }),
    items: detail.items.map((item) => ({
      number: item.number,
      title: item.title,
      kindLabel: kindLabel(item.kind),
      proposal: kindRules(item.kind)?.proposal && item.proposal.trim() ? item.proposal : null,
      proposalLabel: proposalLabel(item.kind),
      target: kindRules(item.kind)?.decidedElsewhere && item.target ? TARGET_LABEL[item.target] : null,
      presentedBy: presentedBy(item),
      notes: item.notes.trim()
        ? item.notes
        : item.status === 'postponed'
          ? 'Aangehouden; komt terug op een volgende agenda.'
          : null,
      decisions: item.decisions.map((d) => {
        const destination = d.destination ?? (kindRules(item.kind)?.decidedElsewhere ? item.target : null);
        return { text: d.text, destination: destination ? TARGET_LABEL[destination] : null };
      }),
      actions: item.actions.map(doc),
      ...(item.fixedRole === 'minutes' ? { reviewed: reviewedActions(detail) } : {}),
    })),
    actions: detail.actions.map(doc),
    revision: cx.revision,
    sent: cx.sent,
    generatedAt: cx.now.toISOString(),
  };
}

/** Recently closed: the last 90 days. */
const RECENT_DAYS = 90;

export function actionListModel(
  bodyName: string,
  today: string,
  actions: readonly ActionView[],
  groupBy: ActionListOrder,
  now: Date,
): ActionListDocModel {
  const since = new Date(Date.parse(`${today}T12:00:00Z`) - RECENT_DAYS * 86_400_000)
    .toISOString()
    .slice(0, 10);
  return {
    bodyName,
    generatedOn: today,
    generatedAt: now.toISOString(),
    groupBy,
    open: actions
      .filter((a) => a.status === 'open')
      .map((a) => ({
        nr: a.nr,
        what: a.what,
        who: a.who,
        due: a.due,
        meetingDate: a.meetingDate,
        itemTitle: a.itemTitle ?? '',
        overdue: a.overdue,
      })),
    recentlyClosed: actions
      .filter((a) => a.status !== 'open' && a.closedOn !== null && a.closedOn >= since)
      .sort((a, b) => ((a.closedOn ?? '') < (b.closedOn ?? '') ? 1 : -1))
      .map((a) => ({
        nr: a.nr,
        what: a.what,
        who: a.who,
        closedOn: a.closedOn ?? today,
        closedInMeetingDate: a.closedInMeetingDate,
        status: a.status as Exclude<ActionStatus, 'open'>,
      })),
  };
}
