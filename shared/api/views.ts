// The shapes the services return. Computed values (numbers, letters, deadlines, chair, notulist) come
// ready-made from the rules, so the renderer, the CLI and the documents all show the same thing.
import type {
  ActionStatus,
  AgendaItemKind,
  AttendanceStatus,
  DeadlineSettings,
  Deadlines,
  FixedItemWording,
  FixedRole,
  FollowUpByKind,
  FollowUpResult,
  FollowUpStatus,
  ItemKind,
  ItemStatus,
  LateDecision,
  LocalDate,
  LocalDateTime,
  LocalTime,
  MeetingStatus,
  MinutesStatus,
  RecurringItemSetting,
  Role,
  Target,
} from '../domain/types';
import type { TrashTable } from './schemas';

export interface MunicipalityRef {
  id: string;
  name: string;
}

/** Where a municipality's meetings are held (set in Instellingen). */
export interface MeetingPlaceView {
  municipalityId: string;
  municipality: string;
  /** 'Stadhuis Weert'; '' when not set. */
  name: string;
  /** 'Wilhelminasingel 101, 6001 GS Weert'; '' when not set. */
  address: string;
}

/** Where one meeting is: its own location, or else its host's meeting place. */
export interface MeetingLocationView {
  name: string;
  address: string;
  /** 'meeting': the meeting's own location; 'host': the host municipality's meeting place. */
  source: 'meeting' | 'host';
}

export interface BodyView {
  id: string;
  name: string;
  shortName: string | null;
  rotation: MunicipalityRef[];
  deadlines: DeadlineSettings;
  closedDays: { date: LocalDate; reason: string }[];
  fixedWording: FixedItemWording;
  recurring: RecurringItemSetting[];
  defaultStart: LocalTime;
  meetingCount: number;
  /** The meeting place of each municipality in the rotation, in rotation order. */
  meetingPlaces: MeetingPlaceView[];
  /** Weeks after which a follow-up still open is signalled. */
  followUpWeeks: number;
  /** The stuurgroep as set for this body (null: found by name, see `stuurgroep`). */
  stuurgroepBodyId: string | null;
  /** The body in Regie that advice for the stuurgroep is forwarded to: as set, or the one body named so. */
  stuurgroep: { id: string; name: string; chosen: boolean } | null;
}

interface MembershipView {
  id: string;
  role: Role;
  municipality: MunicipalityRef | null;
  validFrom: LocalDate | null;
  validTo: LocalDate | null;
}

export interface PersonView {
  id: string;
  name: string;
  email: string;
  municipality: MunicipalityRef | null;
  memberships: MembershipView[];
}

export interface RoleHolderView {
  personId: string | null;
  name: string | null;
  overridden: boolean;
  reason: string | null;
  /** Why this person: "opdrachtgever van Weert (gastgemeente)", "vervanging: …". */
  explanation: string;
  /** For a substitute: whom the rotation would have given the role ('Anouk Hendriks'). */
  replaces: string | null;
}

export interface SentInfo {
  version: number;
  sentAt: string;
  sentBy: string;
}

export interface MeetingSummary {
  id: string;
  bodyId: string;
  bodyName: string;
  date: LocalDate;
  start: LocalTime;
  end: LocalTime | null;
  location: string;
  /** Where it is: its own location, else the host's meeting place; null when neither is known. */
  place: MeetingLocationView | null;
  status: MeetingStatus;
  host: MunicipalityRef | null;
  hostFromRotation: boolean;
  chair: RoleHolderView;
  notulist: RoleHolderView;
  deadlines: Deadlines;
  typedItemCount: number;
  lateCount: number;
  pendingLateCount: number;
  agendaSent: SentInfo | null;
  /** The agenda changed after it was last sent: the next export is a revised version. */
  agendaChangedSinceSent: boolean;
  minutesStatus: MinutesStatus;
  minutesSentAt: string | null;
  minutesAdoptedAt: string | null;
}

export interface AttachmentView {
  /** null for the previous meeting's minutes, which item 2 carries without a stored document. */
  id: string | null;
  label: string;
  title: string;
  fileName: string;
  size: number;
  sha256: string | null;
  crc32: number | null;
  source: 'document' | 'previous-minutes';
}

/** One destination of an advice: the stuurgroep or one municipality's college. */
export interface FollowUpView {
  id: string;
  decisionId: string;
  byKind: FollowUpByKind;
  municipality: MunicipalityRef | null;
  /** 'Stuurgroep' or the municipality's name. */
  byName: string;
  status: FollowUpStatus;
  /** The day it is planned (geagendeerd) or decided (besloten, aangehouden). */
  on: LocalDate | null;
  result: FollowUpResult | null;
  note: string;
  proposalNumber: string;
  caseNumber: string;
  /** The stuurgroep's agenda item this advice was forwarded to (its decision closes the follow-up). */
  forwardedTo: {
    itemId: string;
    itemTitle: string;
    meetingId: string;
    meetingDate: LocalDate;
    bodyId: string;
    bodyName: string;
  } | null;
  /** The meeting whose agenda reported the outcome back (the feedback item). */
  reportedIn: { meetingId: string; meetingDate: LocalDate } | null;
  /** Still waiting longer than the body's setting (weeks since the advice). */
  overdue: boolean;
}

export interface DecisionView {
  id: string;
  meetingId: string;
  meetingDate: LocalDate;
  itemId: string;
  itemNumber: number | null;
  itemTitle: string;
  itemKind: AgendaItemKind;
  text: string;
  destination: Target | null;
  /** For an advice: one per destination, the stuurgroep first, then the colleges in rotation order. */
  followUps: FollowUpView[];
  /** This decision closed a follow-up of another body's advice (a forwarded item decided here). */
  closes: { followUpId: string; bodyName: string; adviceDate: LocalDate } | null;
}

export interface ActionView {
  id: string;
  nr: number;
  what: string;
  who: string;
  whoPersonId: string | null;
  due: LocalDate | null;
  status: ActionStatus;
  overdue: boolean;
  meetingId: string;
  meetingDate: LocalDate;
  itemId: string | null;
  itemTitle: string | null;
  closedOn: LocalDate | null;
  closedInMeetingId: string | null;
  closedInMeetingDate: LocalDate | null;
}

export interface ItemView {
  id: string;
  number: number;
  kind: AgendaItemKind;
  fixedRole: FixedRole | null;
  target: Target | null;
  title: string;
  explanation: string;
  proposal: string;
  submitter: { personId: string | null; name: string } | null;
  submittedAt: LocalDateTime | null;
  durationMinutes: number | null;
  startsAt: LocalTime | null;
  late: boolean;
  lateDecision: LateDecision | null;
  status: ItemStatus;
  letter: string | null;
  attachments: AttachmentView[];
  /** Type-specific fields still missing: 'proposal', 'target', 'document', 'title'. */
  missing: string[];
  recurringKey: string | null;
  postponedFrom: { meetingId: string; meetingDate: LocalDate } | null;
  notes: string;
  elapsedSeconds: number;
  decisions: DecisionView[];
  actions: ActionView[];
  /** Another body's advice forwarded to this item (on the stuurgroep's agenda): its decision closes that follow-up. */
  forwardedFrom: {
    followUpId: string;
    bodyName: string;
    adviceDate: LocalDate;
    adviceText: string;
  } | null;
}

export interface AttendanceView {
  id: string;
  personId: string | null;
  name: string;
  status: AttendanceStatus;
  substituteFor: string | null;
}

export interface ProposalView {
  kind: 'recurring' | 'postponed' | 'feedback' | 'forwarded';
  key: string;
  title: string;
  itemKind: ItemKind;
  reason: string;
  fromItemId: string | null;
  /** For feedback and forwarded: the advice (decision) it comes from. */
  decisionId: string | null;
  /**
   * For feedback: the decided follow-up to report (items.add feedbackFollowUpId); for forwarded: the stuurgroep's
   * follow-up of another body's advice (items.add forwardFollowUpId — the type is chosen here).
   */
  followUpId: string | null;
  /** What the item would say: for feedback the outcome, for forwarded the advice. */
  explanation: string;
  /** For forwarded: the proposal of the advice's item (the decision points). */
  proposal: string;
}

export interface MeetingDetail extends MeetingSummary {
  items: ItemView[];
  /** Open actions of the body created before this meeting: shown under item 2. */
  openActions: ActionView[];
  /** Actions recorded in this meeting. */
  actions: ActionView[];
  attendance: AttendanceView[];
  proposals: ProposalView[];
  previousMeeting: { id: string; date: LocalDate } | null;
  nextMeeting: { id: string; date: LocalDate } | null;
  /**
   * Everyone with a role in the meeting: the members (opdrachtgevers, ondersteuner, leden) and this meeting's
   * chair and notulist — also a substitute who is no member. `meetingRole` says who chairs or takes notes.
   */
  invitees: InviteeView[];
  /** Who submitted an item and is not invited already: they receive the agenda as Cc. */
  cc: CcView[];
}

export interface CcView {
  personId: string | null;
  name: string;
  email: string;
  municipality: string | null;
  /** The items they brought in ([3, 5]). */
  items: number[];
}

export interface InviteeView {
  personId: string;
  name: string;
  email: string;
  municipality: string | null;
  /** Their role in the body; null for someone who is no member (a substitute, a submitter). */
  role: Role | null;
  /** In this meeting: chair or notulist (null for the others). */
  meetingRole: 'chair' | 'notulist' | 'chair+notulist' | null;
  /** A substitute chair or notulist: whom they replace. */
  replaces: string | null;
}

type WarningKind =
  | 'submission-deadline'
  | 'distribution-due'
  | 'item-missing'
  | 'late-item'
  | 'minutes-overdue'
  | 'minutes-due'
  | 'action-overdue'
  | 'agenda-changed'
  | 'follow-up-overdue';

export type Severity = 'info' | 'warning' | 'error';

export interface WarningView {
  kind: WarningKind;
  severity: Severity;
  message: string;
  /** Where to fix it: a route inside the app. */
  link: {
    screen: 'meeting' | 'actions' | 'minutes' | 'decisions';
    meetingId?: string;
    itemId?: string;
    decisionId?: string;
  };
  /** The key of the AttentionGroup it is shown in. */
  group: string;
  /** How many things the line stands for ("5 acties … zijn over tijd"); 1 when absent. */
  count?: number;
}

/**
 * Signals shown together: those about one meeting (its agenda, its minutes), or the overdue actions (one line
 * per meeting they come from). Ten years of data give hundreds of signals; a group shows its counts at once.
 */
export interface AttentionGroup {
  key: string;
  kind: 'meeting' | 'actions' | 'follow-ups';
  meeting: { id: string; date: LocalDate } | null;
  /** Things needing attention, by severity (a line may stand for several). */
  counts: Record<Severity, number>;
}

export interface AttentionMeeting {
  meeting: MeetingSummary;
  daysToSubmission: number;
  daysToDistribution: number;
  daysToMeeting: number;
}

export interface AttentionView {
  today: LocalDate;
  upcoming: AttentionMeeting[];
  /** Every signal, the most severe first. */
  warnings: WarningView[];
  /** The groups the signals are shown in: those with the most severe signals first. */
  groups: AttentionGroup[];
}

export interface TrashEntry {
  table: TrashTable;
  id: string;
  title: string;
  context: string;
  deletedAt: string;
}

export interface AuditEntry {
  id: number;
  at: string;
  user: string;
  label: string;
  undone: boolean;
  isUndo: boolean;
  rows: number;
}

export interface AppInfo {
  version: string;
  dataDir: string;
  dbPath: string;
  user: string;
  today: LocalDate;
  /** The services' local time (Europe/Amsterdam), e.g. the default "ingebracht op". */
  now: LocalDateTime;
  empty: boolean;
}

export interface ActionEventView {
  id: string;
  onDate: LocalDate;
  status: ActionStatus;
  meetingId: string | null;
  meetingDate: LocalDate | null;
  note: string;
  at: string;
}

export interface MinutesWarningView {
  itemId: string;
  itemNumber: number;
  message: string;
}

export interface MinutesStateView {
  meetingId: string;
  status: MinutesStatus;
  due: LocalDate;
  daysLeft: number;
  overdue: boolean;
  sentAt: string | null;
  adoptedAt: string | null;
  adoptedInMeeting: { id: string; date: LocalDate } | null;
  adoptionChanges: string | null;
  frozen: boolean;
  warnings: MinutesWarningView[];
}

export interface SearchResultView {
  kind: 'item' | 'decision' | 'action' | 'document';
  /** The item, decision, action or document. */
  id: string;
  title: string;
  /** A fragment around the match; the matched words between [ and ]. */
  snippet: string;
  meetingId: string;
  meetingDate: LocalDate;
  itemId: string | null;
  /** A document: its attachment label on its meeting's agenda ("B", "C2"), and its item's title. */
  document?: { label: string | null; itemTitle: string };
  /** Found in a document's text: on this page of a PDF (null: a Word file, which has no fixed pages). */
  page?: number | null;
}

/** One appearance of a dossier's subject: an agenda item of some meeting, with its documents and decisions. */
export interface DossierItemView {
  itemId: string;
  meetingId: string;
  meetingDate: LocalDate;
  meetingStatus: MeetingStatus;
  bodyId: string;
  bodyName: string;
  number: number | null;
  title: string;
  kind: AgendaItemKind;
  status: ItemStatus;
  /** Each document with its version in the dossier; `isNew` where that version first appears. */
  documents: { id: string; title: string; fileName: string; version: number; isNew: boolean }[];
  decisions: DecisionView[];
}

/** The dossier of a subject: its items across meetings and bodies, the document versions and the trajectory. */
export interface DossierView {
  /** The first item of the dossier: its id names the dossier. */
  rootItemId: string;
  title: string;
  items: DossierItemView[];
  versions: { version: number; title: string; attachedOn: LocalDate }[];
  /** The trajectory in the seed's words, one line each ("tweede versie 22.04; ter bespreking …"). */
  verloop: string[];
  /** Items of the same bodies that could join this dossier; same title first. */
  candidates: {
    itemId: string;
    title: string;
    meetingDate: LocalDate;
    bodyName: string;
    sameTitle: boolean;
  }[];
}
