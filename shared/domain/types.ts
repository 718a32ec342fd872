// Domain vocabulary shared by every layer. Pure types and constants: no Node, no DOM, no clock.
//
// Conventions (see ARCHITECTURE in the README):
// - a local date is 'YYYY-MM-DD' (Europe/Amsterdam), a local time 'HH:mm',
//   a local date-time 'YYYY-MM-DDTHH:mm'; moments are ISO-8601 UTC strings.
// - every row that may travel between laptops has a UUID id.

export type LocalDate = string;
export type LocalTime = string;
export type LocalDateTime = string;
export type IsoMoment = string;

export const ITEM_KINDS = ['informerend', 'besluitvormend', 'voorbereidend'] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];
/** 'vast' marks the fixed items (opening, previous minutes, closing). */
export type AgendaItemKind = ItemKind | 'vast';

export const FIXED_ROLES = ['opening', 'minutes', 'closing'] as const;
export type FixedRole = (typeof FIXED_ROLES)[number];

export const TARGETS = ['stuurgroep', 'colleges', 'beide'] as const;
/** Where a voorbereidend item goes next: stuurgroep, colleges van B&W, or both ('beide' / 'zowel'). */
export type Target = (typeof TARGETS)[number];

export const DAY_UNITS = ['calendar', 'working'] as const;
export type DayUnit = (typeof DAY_UNITS)[number];

export interface DeadlineSettings {
  submissionDays: number;
  distributionDays: number;
  minutesDays: number;
  unit: DayUnit;
  /** In calendar mode: move a date off weekends/holidays (earlier before the meeting, later after). */
  shiftToWorkingDay: boolean;
}

export const DEFAULT_DEADLINES: DeadlineSettings = {
  submissionDays: 5,
  distributionDays: 5,
  minutesDays: 5,
  unit: 'calendar',
  shiftToWorkingDay: true,
};

export interface Deadlines {
  submission: LocalDate;
  distribution: LocalDate;
  minutes: LocalDate;
}

export const MEETING_STATUSES = ['planned', 'held', 'cancelled'] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];

export const ROLES = ['opdrachtgever', 'ondersteuner', 'projectleider', 'lid'] as const;
export type Role = (typeof ROLES)[number];

/** Who works with this installation of Regie (asked on first start): named as author of changes and sendings. */
export const USER_ROLES = [
  'ondersteuner',
  'voorzitter',
  'notulist',
  'opdrachtgever',
  'projectleider',
  'anders',
] as const;
export type UserRole = (typeof USER_ROLES)[number];

export const ITEM_STATUSES = ['open', 'handled', 'postponed'] as const;
export type ItemStatus = (typeof ITEM_STATUSES)[number];

/** What the ondersteuner decided about an item submitted after the deadline. */
export const LATE_DECISIONS = ['pending', 'admitted'] as const;
export type LateDecision = (typeof LATE_DECISIONS)[number];

export const ACTION_STATUSES = ['open', 'done', 'dropped'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

export const ATTENDANCE_STATUSES = ['present', 'absent', 'substitute'] as const;
export type AttendanceStatus = (typeof ATTENDANCE_STATUSES)[number];

export const MINUTES_STATUSES = ['draft', 'sent', 'adopted'] as const;
export type MinutesStatus = (typeof MINUTES_STATUSES)[number];

/** decisions.follow_up_status before the decision chain (superseded by follow_ups, migration 0030; kept, no longer written). */
export const LEGACY_FOLLOW_UP_STATUSES = ['open', 'answered'] as const;
export type LegacyFollowUpStatus = (typeof LEGACY_FOLLOW_UP_STATUSES)[number];

/** Whether an attached file's text was read for search (migration 0051): read, not a PDF/Word file, or failed. */
export const DOCUMENT_TEXT_STATUSES = ['done', 'unsupported', 'failed'] as const;
export type DocumentTextStatus = (typeof DOCUMENT_TEXT_STATUSES)[number];

/** The documents whose sent versions are kept as a record. */
export const SENT_DOCUMENT_KINDS = ['agenda', 'minutes'] as const;
export type SentDocumentKind = (typeof SENT_DOCUMENT_KINDS)[number];

/** What the ondersteuner does with a late item: admit it to this agenda, or move it to the next meeting. */
export const LATE_RESOLUTIONS = ['admit', 'moveToNext'] as const;
export type LateResolution = (typeof LATE_RESOLUTIONS)[number];

/** The order of the action list document: by due date, or by person. */
export const ACTION_LIST_ORDERS = ['due', 'person'] as const;
export type ActionListOrder = (typeof ACTION_LIST_ORDERS)[number];

/** The two roles that rotate per meeting and can be overridden for one meeting. */
export const MEETING_ROLES = ['chair', 'notulist'] as const;
export type MeetingRole = (typeof MEETING_ROLES)[number];

/** The wording of the fixed items; a setting of each body. */
export interface FixedItemWording {
  opening: string;
  minutes: string;
  closing: string;
}

export const DEFAULT_FIXED_WORDING: FixedItemWording = {
  opening: 'Opening, mededelingen en vaststelling agenda',
  minutes: 'Vaststelling verslag en afsprakenlijst vorige bijeenkomst',
  closing: 'Rondvraag, sluiting en volgend overleg',
};

/** Recurring items and their rhythm; a setting of each body. */
export interface RecurringItemSetting {
  key: string;
  title: string;
  kind: ItemKind;
  /** Every N months, counted from `startMonth` (1-12). */
  everyMonths: number;
  startMonth: number;
  /** Only in these months (1-12), when set; e.g. the input session for next year in autumn. */
  months?: number[];
}

export const DEFAULT_RECURRING: RecurringItemSetting[] = [
  {
    key: 'dashboard',
    title: 'Dashboard bezetting regionale functies en budgetten',
    kind: 'informerend',
    everyMonths: 2,
    startMonth: 1,
  },
  {
    key: 'jaarplan-voortgang',
    title: 'Jaarplan: voortgang en knelpunten',
    kind: 'informerend',
    everyMonths: 4,
    startMonth: 2,
  },
  {
    key: 'jaarplan-input',
    title: 'Jaarplan: inputsessie volgend jaar',
    kind: 'voorbereidend',
    everyMonths: 12,
    startMonth: 9,
    months: [9, 10],
  },
];

export const TARGET_LABEL: Record<Target, string> = {
  stuurgroep: 'stuurgroep',
  colleges: 'colleges van B&W',
  beide: 'stuurgroep en colleges van B&W',
};

// ---------- the decision chain (DOMAIN.md, "The decision chain") ----------

/** Where one follow-up of an advice is decided: the stuurgroep or the college van B&W of one municipality. */
export const FOLLOW_UP_BY_KINDS = ['stuurgroep', 'college'] as const;
export type FollowUpByKind = (typeof FOLLOW_UP_BY_KINDS)[number];

/** open → geagendeerd → besloten, or aangehouden. */
export const FOLLOW_UP_STATUSES = ['open', 'geagendeerd', 'besloten', 'aangehouden'] as const;
export type FollowUpStatus = (typeof FOLLOW_UP_STATUSES)[number];

export const FOLLOW_UP_RESULTS = [
  'akkoord',
  'akkoord met aanpassing',
  'niet akkoord',
  'aangehouden',
  'anders',
] as const;
export type FollowUpResult = (typeof FOLLOW_UP_RESULTS)[number];

/** A follow-up open longer than this many weeks is signalled (a setting of each body). */
export const DEFAULT_FOLLOW_UP_WEEKS = 8;
