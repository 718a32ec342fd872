// Plain data the document builders render. The services compute everything — numbers, attachment letters,
// Dutch names, times, labels — so the builders only lay it out. Dates are LocalDate ('YYYY-MM-DD',
// Europe/Amsterdam), times LocalTime ('HH:mm'), moments ISO-8601 instants.
import type { IsoMoment, LocalDate, LocalTime } from '../../shared/domain/types';

export type KindLabel = 'Informerend' | 'Besluitvormend' | 'Voorbereidend';

export interface MeetingInfo {
  date: LocalDate;
  start: LocalTime;
  end?: LocalTime | null;
  location: string;
  /** Host municipality, e.g. 'Weert'. */
  host: string;
  chair: string;
  notulist: string;
}

/** A version sent after an earlier one: it says what it replaces and what changed. */
export interface DocRevision {
  /** Version number of this document (2 for the first change after sending). */
  number: number;
  /** When the previous version was sent. */
  previousSentAt: IsoMoment;
  /** What changed, one line each, in Dutch ('Agendapunt 5 toegevoegd: …'). */
  changes: string[];
}

export interface AgendaInvitee {
  name: string;
  municipality?: string | null;
  role?: string | null;
}

export interface AgendaDocItem {
  number: number;
  /** null for the fixed items (opening, previous minutes, closing). */
  kindLabel: KindLabel | null;
  title: string;
  /** 'C', 'C1, C2' or ''. */
  attachmentLetters: string;
  startsAt: LocalTime | null;
  durationMinutes: number | null;
  /** The proposed decision of a besluitvormend item. */
  proposal: string | null;
  /** Whom a voorbereidend item prepares a decision for, in Dutch ('stuurgroep en colleges van B&W'). */
  target: string | null;
  explanation: string | null;
}

export interface AgendaDocAttachment {
  label: string;
  title: string;
  fileName: string;
}

export interface AgendaDocModel {
  bodyName: string;
  meeting: MeetingInfo;
  invitees: AgendaInvitee[];
  items: AgendaDocItem[];
  attachments: AgendaDocAttachment[];
  /** null for the first version; a revision is titled 'Gewijzigde agenda' and lists its changes. */
  revision: DocRevision | null;
  generatedAt: IsoMoment;
}

export type MinutesStatusLabel = 'concept' | 'verzonden' | 'vastgesteld';

export interface DocAction {
  nr: string | number;
  what: string;
  who: string;
  due: LocalDate | null;
}

export interface MinutesDecision {
  text: string;
  /** Where a decision goes next (voorbereidend items), e.g. 'stuurgroep'. */
  destination: string | null;
}

export interface MinutesDocItem {
  number: number;
  title: string;
  kindLabel: KindLabel | null;
  notes: string | null;
  decisions: MinutesDecision[];
  actions: DocAction[];
}

export interface MinutesDocModel {
  bodyName: string;
  meeting: MeetingInfo;
  status: MinutesStatusLabel;
  /** When status is 'vastgesteld': the date of the meeting that adopted them. */
  adoptedOn?: LocalDate | null;
  present: string[];
  /** Afwezig met kennisgeving. */
  absent: string[];
  substitutes?: { name: string; for: string }[];
  items: MinutesDocItem[];
  /** The afsprakenlijst: wat, wie, wanneer gereed. */
  actions: DocAction[];
  revision: DocRevision | null;
  generatedAt?: IsoMoment;
}

export interface OpenActionRow {
  nr: string | number;
  what: string;
  who: string;
  due: LocalDate | null;
  /** Date of the meeting the action was agreed in. */
  meetingDate: LocalDate;
  itemTitle: string;
  overdue: boolean;
  statusNote?: string | null;
}

export interface ClosedActionRow {
  nr: string | number;
  what: string;
  who: string;
  closedOn: LocalDate;
  closedInMeetingDate: LocalDate | null;
  status: 'done' | 'dropped';
}

export interface ActionListDocModel {
  bodyName: string;
  generatedOn: LocalDate;
  groupBy: 'due' | 'person';
  open: OpenActionRow[];
  recentlyClosed: ClosedActionRow[];
}
