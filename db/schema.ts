// Kysely's view of the database: one interface per table (kysely-org/kysely example style).
// Column names are snake_case as in SQL; repositories translate to the camelCase view models in shared/.
// A column with a DEFAULT in its migration is `Generated<T>`: it selects as T and may be left out on insert.
// Every union of values comes from its list in shared/domain (one source per list).
import type { Generated, Insertable, Selectable, Updateable } from 'kysely';
import type {
  ActionStatus,
  AgendaItemKind,
  AttendanceStatus,
  DayUnit,
  DocumentTextStatus,
  FixedRole,
  FollowUpByKind,
  FollowUpResult,
  FollowUpStatus,
  ItemStatus,
  LateDecision,
  LegacyFollowUpStatus,
  MeetingStatus,
  MinutesStatus,
  Role,
  SentDocumentKind,
  Target,
} from '../shared/domain/types';

export interface MunicipalitiesTable {
  id: string;
  name: string;
  /** Where its meetings are held ('Stadhuis Weert'); '' when not set (migration 0020). */
  place_name: Generated<string>;
  place_address: Generated<string>;
  /** The municipality's own Word template for the B&W-voorstel, in the document store (migration 0031). */
  voorstel_template_sha256: string | null;
  voorstel_template_name: string | null;
  created_at: string;
  updated_at: string;
}

export interface BodiesTable {
  id: string;
  name: string;
  short_name: string | null;
  submission_days: Generated<number>;
  distribution_days: Generated<number>;
  minutes_days: Generated<number>;
  day_unit: Generated<DayUnit>;
  shift_to_working_day: Generated<number>;
  default_start: Generated<string>;
  default_duration_minutes: Generated<number>;
  /** JSON FixedItemWording */
  fixed_wording: string;
  /** JSON RecurringItemSetting[] */
  recurring: string;
  /** Weeks after which a follow-up still open is signalled (migration 0030). */
  follow_up_weeks: Generated<number>;
  /** The body in Regie that is this body's stuurgroep, for forwarding advice (migration 0030). */
  stuurgroep_body_id: string | null;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}

export interface BodyMunicipalitiesTable {
  id: string;
  body_id: string;
  municipality_id: string;
  position: number;
}

export interface ClosedDaysTable {
  id: string;
  body_id: string;
  date: string;
  reason: Generated<string>;
}

export interface PeopleTable {
  id: string;
  name: string;
  email: Generated<string>;
  municipality_id: string | null;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}

export interface MembershipsTable {
  id: string;
  body_id: string;
  person_id: string;
  role: Role;
  municipality_id: string | null;
  valid_from: string | null;
  valid_to: string | null;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}

export interface MeetingsTable {
  id: string;
  body_id: string;
  date: string;
  start_time: string;
  end_time: string | null;
  location: Generated<string>;
  host_municipality_id: string | null;
  status: Generated<MeetingStatus>;
  chair_override_person_id: string | null;
  chair_override_reason: string | null;
  notulist_override_person_id: string | null;
  notulist_override_reason: string | null;
  minutes_status: Generated<MinutesStatus>;
  minutes_sent_at: string | null;
  minutes_adopted_at: string | null;
  minutes_adopted_in_meeting_id: string | null;
  minutes_adoption_changes: string | null;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}

export interface AgendaItemsTable {
  id: string;
  meeting_id: string;
  fixed_role: FixedRole | null;
  position: number;
  kind: AgendaItemKind;
  target: Target | null;
  title: string;
  explanation: Generated<string>;
  proposal: Generated<string>;
  submitter_person_id: string | null;
  submitter_name: Generated<string>;
  submitted_at: string | null;
  duration_minutes: number | null;
  late_decision: LateDecision | null;
  status: Generated<ItemStatus>;
  postponed_from_item_id: string | null;
  recurring_key: string | null;
  notes: Generated<string>;
  elapsed_seconds: Generated<number>;
  /** The first item of this item's dossier; null when it is that first item, or alone (migration 0032). */
  dossier_item_id: string | null;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}

export interface DocumentsTable {
  id: string;
  item_id: string;
  position: number;
  title: string;
  file_name: string;
  size: number;
  sha256: string;
  /** CRC-32 of the file (for zips); null for rows from before it was recorded. */
  crc32: number | null;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}

export interface AttendanceTable {
  id: string;
  meeting_id: string;
  person_id: string | null;
  name: string;
  status: AttendanceStatus;
  substitute_for: string | null;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}

export interface DecisionsTable {
  id: string;
  meeting_id: string;
  item_id: string;
  text: string;
  destination: Target | null;
  /** Superseded by follow_ups (migration 0030): kept as it was, no longer written. */
  follow_up_status: LegacyFollowUpStatus | null;
  follow_up_answer: string | null;
  follow_up_answered_on: string | null;
  follow_up_reported_in_meeting_id: string | null;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}

/** One destination of a voorbereidend advice: the stuurgroep or one municipality's college (migration 0030). */
export interface FollowUpsTable {
  id: string;
  decision_id: string;
  by_kind: FollowUpByKind;
  /** The college's municipality; null for the stuurgroep. */
  municipality_id: string | null;
  status: Generated<FollowUpStatus>;
  /** The day it is planned (geagendeerd) or decided (besloten, aangehouden). */
  on_date: string | null;
  result: FollowUpResult | null;
  note: Generated<string>;
  proposal_number: Generated<string>;
  case_number: Generated<string>;
  /** The stuurgroep's agenda item this advice was forwarded to. */
  linked_item_id: string | null;
  /** The stuurgroep decision that closed it. */
  outcome_decision_id: string | null;
  /** The meeting whose agenda reported the outcome back. */
  reported_in_meeting_id: string | null;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}

export interface ActionsTable {
  id: string;
  body_id: string;
  meeting_id: string;
  item_id: string | null;
  /** Per body, assigned by the database on insert. */
  nr: number | null;
  what: string;
  who_person_id: string | null;
  who_name: string;
  due: string | null;
  status: Generated<ActionStatus>;
  closed_on: string | null;
  closed_in_meeting_id: string | null;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}

export interface ActionEventsTable {
  id: string;
  action_id: string;
  on_date: string;
  status: ActionStatus;
  meeting_id: string | null;
  note: Generated<string>;
  created_at: string;
}

export interface SentVersionsTable {
  id: string;
  meeting_id: string;
  kind: SentDocumentKind;
  version: number;
  sent_at: string;
  sent_by: string;
  snapshot: string;
  files: string;
}

export interface ChangeSetsTable {
  id: number | undefined;
  at: string;
  user: string;
  label: string;
  undo_of: number | null;
  undone_by: number | null;
  /** The body the action concerned; null for none or several (see db/tracked.ts, assignBody). */
  body_id: string | null;
}

/** Every body a change set concerned (migration 2026_12_03_0010): undo in a body's screens is scoped by it. */
export interface ChangeSetBodiesTable {
  change_set_id: number;
  body_id: string;
}

export interface ChangesTable {
  id: number | undefined;
  change_set_id: number;
  table_name: string;
  row_id: string;
  before: string | null;
  after: string | null;
}

/** What was last exchanged in meeting packages, per row version (see migration 2026_11_23_0003_sync). */
export interface SyncBasesTable {
  id: string;
  table_name: string;
  row_id: string;
  row_hash: string;
  row_json: string;
  exchanged_at: string;
  direction: 'export' | 'import';
  created_at: string;
  updated_at: string;
}

export interface SettingsTable {
  key: string;
  value: string;
}

/** The text read from a stored file (PDF, Word), once per file (see migration 2026_12_03_0051). */
export interface DocumentTextsTable {
  sha256: string;
  status: DocumentTextStatus;
  pages: Generated<number>;
  /** The version of the reader (electron/documents/text-worker.ts): a newer one reads again. */
  reader: number;
  error: string | null;
  read_at: string;
}

export interface DocumentPagesTable {
  sha256: string;
  /** 1, 2, … for a PDF; 0 for a file without fixed pages (Word). */
  page: number;
  text: string;
}

export interface Database {
  municipalities: MunicipalitiesTable;
  bodies: BodiesTable;
  body_municipalities: BodyMunicipalitiesTable;
  closed_days: ClosedDaysTable;
  people: PeopleTable;
  memberships: MembershipsTable;
  meetings: MeetingsTable;
  agenda_items: AgendaItemsTable;
  documents: DocumentsTable;
  attendance: AttendanceTable;
  decisions: DecisionsTable;
  follow_ups: FollowUpsTable;
  actions: ActionsTable;
  action_events: ActionEventsTable;
  sent_versions: SentVersionsTable;
  change_sets: ChangeSetsTable;
  change_set_bodies: ChangeSetBodiesTable;
  changes: ChangesTable;
  settings: SettingsTable;
  sync_bases: SyncBasesTable;
  document_texts: DocumentTextsTable;
  document_pages: DocumentPagesTable;
}

/** Tables whose rows carry a text `id` and are tracked by the audit log / undo. */
export type TrackedTable = Exclude<
  keyof Database,
  'change_sets' | 'change_set_bodies' | 'changes' | 'settings' | 'document_texts' | 'document_pages'
>;

export type Body = Selectable<BodiesTable>;
export type Meeting = Selectable<MeetingsTable>;
export type AgendaItem = Selectable<AgendaItemsTable>;
export type Person = Selectable<PeopleTable>;
export type Membership = Selectable<MembershipsTable>;
export type Action = Selectable<ActionsTable>;
export type DocumentRow = Selectable<DocumentsTable>;
export type Decision = Selectable<DecisionsTable>;
export type FollowUp = Selectable<FollowUpsTable>;
export type NewMeeting = Insertable<MeetingsTable>;
export type MeetingUpdate = Updateable<MeetingsTable>;
