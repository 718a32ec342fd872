// From the services' views to the documents' models. Everything the documents show is computed here
// (labels, letters, Dutch wording), so the builders only lay it out.
import type { ActionView, MeetingDetail } from '../../../shared/api/views';
import { ITEM_KIND_LABEL, TARGET_LABEL, type MinutesStatus } from '../../../shared/domain/types';
import type {
  ActionListDocModel,
  AgendaDocModel,
  DocRevision,
  KindLabel,
  MeetingInfo,
  MinutesDocModel,
} from '../../documents/model';

const ROLE_LABEL: Record<string, string> = {
  opdrachtgever: 'opdrachtgever',
  ondersteuner: 'ondersteuner',
  projectleider: 'projectleider',
  lid: 'lid',
};

function kindLabel(kind: string): KindLabel | null {
  return kind === 'vast' ? null : (ITEM_KIND_LABEL[kind as keyof typeof ITEM_KIND_LABEL] as KindLabel);
}

export function meetingInfo(detail: MeetingDetail): MeetingInfo {
  return {
    date: detail.date,
    start: detail.start,
    end: detail.end,
    location: detail.location,
    host: detail.host?.name ?? '',
    chair: detail.chair.name
      ? `${detail.chair.name}${detail.chair.overridden ? ' (vervanging)' : ''}`
      : 'onbekend',
    notulist: detail.notulist.name
      ? `${detail.notulist.name}${detail.notulist.overridden ? ' (vervanging)' : ''}`
      : 'onbekend',
  };
}

/** The agenda as members read it: postponed-to-later items are not on it, admitted late items are. */
export function agendaModel(detail: MeetingDetail, revision: DocRevision | null, now: Date): AgendaDocModel {
  return {
    bodyName: detail.bodyName,
    meeting: meetingInfo(detail),
    invitees: detail.invitees.map((p) => ({
      name: p.name,
      municipality: p.municipality,
      role: ROLE_LABEL[p.role] ?? p.role,
    })),
    items: detail.items.map((item) => ({
      number: item.number,
      kindLabel: kindLabel(item.kind),
      title: item.title,
      attachmentLetters: item.attachments.map((a) => a.label).join(', '),
      startsAt: item.startsAt,
      durationMinutes: item.durationMinutes,
      proposal: item.kind === 'besluitvormend' && item.proposal.trim() ? item.proposal : null,
      target: item.kind === 'voorbereidend' && item.target ? TARGET_LABEL[item.target] : null,
      explanation: item.explanation.trim() ? item.explanation : null,
    })),
    attachments: detail.items.flatMap((item) =>
      item.attachments.map((a) => ({ label: a.label, title: a.title, fileName: a.fileName })),
    ),
    revision,
    generatedAt: now.toISOString(),
  };
}

const MINUTES_LABEL: Record<MinutesStatus, MinutesDocModel['status']> = {
  draft: 'concept',
  sent: 'verzonden',
  adopted: 'vastgesteld',
};

export function minutesModel(
  detail: MeetingDetail,
  adoptedOn: string | null,
  revision: DocRevision | null,
  now: Date,
): MinutesDocModel {
  const doc = (a: ActionView) => ({ nr: a.nr, what: a.what, who: a.who, due: a.due });
  return {
    bodyName: detail.bodyName,
    meeting: meetingInfo(detail),
    status: MINUTES_LABEL[detail.minutesStatus],
    adoptedOn,
    present: detail.attendance.filter((a) => a.status === 'present').map((a) => a.name),
    absent: detail.attendance.filter((a) => a.status === 'absent').map((a) => a.name),
    substitutes: detail.attendance
      .filter((a) => a.status === 'substitute')
      .map((a) => ({ name: a.name, for: a.substituteFor ?? '' })),
    items: detail.items.map((item) => ({
      number: item.number,
      title: item.title,
      kindLabel: kindLabel(item.kind),
      notes: item.notes.trim()
        ? item.notes
        : item.status === 'postponed'
          ? 'Aangehouden; komt terug op een volgende agenda.'
          : null,
      decisions: item.decisions.map((d) => ({
        text: d.text,
        destination: d.destination ? TARGET_LABEL[d.destination] : null,
      })),
      actions: item.actions.map(doc),
    })),
    actions: detail.actions.map(doc),
    revision,
    generatedAt: now.toISOString(),
  };
}

/** Recently closed: the last 90 days. */
const RECENT_DAYS = 90;

export function actionListModel(
  bodyName: string,
  today: string,
  actions: readonly ActionView[],
  groupBy: 'due' | 'person',
): ActionListDocModel {
  const since = new Date(Date.parse(`${today}T12:00:00Z`) - RECENT_DAYS * 86_400_000)
    .toISOString()
    .slice(0, 10);
  return {
    bodyName,
    generatedOn: today,
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
        status: a.status as 'done' | 'dropped',
      })),
  };
}
