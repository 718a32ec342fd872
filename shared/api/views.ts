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
  followUp: null | {
    status: FollowUpStatus;
    answer: string | null;
    answeredOn: LocalDate | null;
  };
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
}

export interface AttendanceView {
  id: string;
  personId: string | null;
  name: string;
  status: AttendanceStatus;
  substituteFor: string | null;
}

export interface ProposalView {
  kind: 'recurring' | 'postponed' | 'feedback';
  key: string;
  title: string;
  itemKind: ItemKind;
  reason: string;
  fromItemId: string | null;
  /** For feedback: the decision whose follow-up was answered (pass as items.add feedbackDecisionId). */
  decisionId: string | null;
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
  | 'agenda-changed';

export interface WarningView {
  kind: WarningKind;
  severity: 'info' | 'warning' | 'error';
  message: string;
  /** Where to fix it: a route inside the app. */
  link: { screen: 'meeting' | 'actions' | 'minutes'; meetingId?: string; itemId?: string };
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
  warnings: WarningView[];
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
  id: string;
  title: string;
  /** A fragment around the match; the matched words between [ and ]. */
  snippet: string;
  meetingId: string;
  meetingDate: LocalDate;
  itemId: string | null;
}
