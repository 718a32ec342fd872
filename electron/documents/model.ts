// Plain data the document builders render. The services compute everything — numbers, attachment letters,
// Dutch names, times, labels — so the builders only lay it out. Dates are LocalDate ('YYYY-MM-DD',
// Europe/Amsterdam), times LocalTime ('HH:mm'), moments ISO-8601 instants.
import type {
  ActionListOrder,
  ActionStatus,
  IsoMoment,
  LocalDate,
  LocalTime,
} from '../../shared/domain/types';
import type { KindLabel } from '../../shared/domain/item-kinds';

export interface MeetingInfo {
  date: LocalDate;
  start: LocalTime;
  end?: LocalTime | null;
  /** Where the meeting is: its own location, else the host's meeting place ('Stadhuis Weert'). */
  location: string;
  /** The address of the meeting place, when known ('Wilhelminasingel 101, Weert'). */
  address?: string | null;
  /** Host municipality, e.g. 'Weert'. */
  host: string;
  /** 'Marieke Hermans', or with a substitute 'Karin Wolters (vervangt Marieke Hermans)'. */
  chair: string;
  notulist: string;
}

/** A sent version says so on its first page: 'Verzonden op 26 maart 2027 om 10:15 (versie 1)'. */
export interface SentStamp {
  at: IsoMoment;
  version: number;
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
  /** This meeting's role, e.g. 'voorzitter' or 'notulist, vervangt Anouk Hendriks'. */
  meetingRole?: string | null;
}

/** A late item: 'pending' stands on the agenda 'onder voorbehoud van toelating'; 'admitted' was let in. */
export type LateMark = 'pending' | 'admitted' | null;

export interface AgendaDocItem {
  number: number;
  /** null for the fixed items (opening, previous minutes, closing). */
  kindLabel: KindLabel | null;
  title: string;
  /** 'C', 'C1, C2' or ''. */
  attachmentLetters: string;
  startsAt: LocalTime | null;
  durationMinutes: number | null;
  /** The proposal of an item whose type has one (KIND_RULES): a proposed decision, or the advice. */
  proposal: string | null;
  /** How the proposal is introduced: 'Voorstel' or 'Voorgesteld advies'. */
  proposalLabel?: string;
  /** Whom a voorbereidend item prepares a decision for, in Dutch ('stuurgroep en colleges van B&W'). */
  target: string | null;
  explanation: string | null;
  late?: LateMark;
  /** Who brought it in, for the explanations ('R. Verheijen'). */
  submitter?: string | null;
}

interface AgendaDocAttachment {
  label: string;
  title: string;
  /** Exactly the name the member receives in the distribution package ('B - Stavaza Beschermd wonen.pdf'). */
  fileName: string;
  /** The item it belongs to ('3. Stavaza Beschermd wonen'). */
  itemNumber?: number;
  itemTitle?: string;
}

/** What comes next, for the block on the agenda and the closing item. */
export interface AgendaOutlook {
  /** The minutes of this meeting are due on. */
  minutesDue: LocalDate;
  next: {
    date: LocalDate;
    start: LocalTime;
    location: string;
    /** Agenda items for that meeting are due on. */
    submissionDeadline: LocalDate;
  } | null;
}

export interface AgendaDocModel {
  bodyName: string;
  meeting: MeetingInfo;
  invitees: AgendaInvitee[];
  /** Who submitted an item (and is not invited already): they receive the agenda as Cc. */
  cc?: AgendaInvitee[];
  items: AgendaDocItem[];
  /** The time column: only when items have planned durations (else every row would show the start). */
  showTimes?: boolean;
  /** The running afsprakenlijst, shown at the item of the previous minutes (item 2). */
  openActions?: { atItem: number; rows: OpenActionRow[] } | null;
  attachments: AgendaDocAttachment[];
  outlook?: AgendaOutlook | null;
  /** null for the first version; a revision is titled 'Gewijzigde agenda' and lists its changes. */
  revision: DocRevision | null;
  sent?: SentStamp | null;
  generatedAt: IsoMoment;
}

export type MinutesStatusLabel = 'concept' | 'verzonden' | 'vastgesteld';

export interface DocAction {
  nr: string | number;
  what: string;
  who: string;
  due: LocalDate | null;
}

interface MinutesDecision {
  text: string;
  /** Where a decision goes next (voorbereidend items), e.g. 'stuurgroep'. */
  destination: string | null;
}

/** An earlier action as item 2 reviews it: what became of it at this meeting. */
export interface ReviewedAction extends DocAction {
  /** Date of the meeting it was agreed in. */
  meetingDate: LocalDate;
  outcome: 'done' | 'dropped' | 'open';
  overdue: boolean;
}

export interface MinutesDocItem {
  number: number;
  title: string;
  kindLabel: KindLabel | null;
  /** The proposal the item brought (shown above its decision). */
  proposal?: string | null;
  proposalLabel?: string;
  /** Where a voorbereidend item's advice goes ('stuurgroep en colleges van B&W'). */
  target?: string | null;
  /** Who gave a Toelichting (a guest or the submitter present). */
  presentedBy?: string | null;
  notes: string | null;
  decisions: MinutesDecision[];
  actions: DocAction[];
  /** Item 2: the running action list and what happened to each action. */
  reviewed?: ReviewedAction[];
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
  /** Present but not members: who came to give a Toelichting ('R. Verheijen (toelichting bij punt 3)'). */
  guests?: string[];
  /** When the notulist sends them to the ondersteuner at the latest (D+5). */
  due?: LocalDate | null;
  items: MinutesDocItem[];
  /** The afsprakenlijst: wat, wie, wanneer gereed. */
  actions: DocAction[];
  revision: DocRevision | null;
  sent?: SentStamp | null;
  generatedAt: IsoMoment;
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
  status: Exclude<ActionStatus, 'open'>;
}

export interface ActionListDocModel {
  bodyName: string;
  generatedOn: LocalDate;
  generatedAt: IsoMoment;
  groupBy: ActionListOrder;
  open: OpenActionRow[];
  recentlyClosed: ClosedActionRow[];
}

/** A draft B&W-voorstel for one municipality (see voorstel.ts); null fields are left to fill in Word. */
export interface VoorstelDocModel {
  municipality: string;
  /** The body that advised, e.g. 'Ambtelijke regiegroep Sociaal Domein Midden-Limburg West'. */
  bodyName: string;
  /** Onderwerp: the item's title. */
  subject: string;
  /** Voorstel: the proposal as numbered decision points. */
  decisionPoints: string[];
  /** Inleiding: the item's explanation. */
  introduction: string;
  /** Inleiding, after the explanation: the advice and where the chain stands, one sentence each. */
  adviceLines: string[];
  department: string | null;
  author: string | null;
  portfolioHolder: string | null;
  proposalNumber: string | null;
  caseNumber: string | null;
  publication: string | null;
  /** Overleg gevoerd met, extern: the bodies that discussed it, with their dates. */
  consulted: string[];
  /** Bijlagen: the item's documents by their names. */
  attachments: string[];
  preparedOn: LocalDate;
  /** When it was made, by the app's clock (the document's creation date). */
  generatedAt: IsoMoment;
}
