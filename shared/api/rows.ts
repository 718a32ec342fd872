// One schema per table: what a stored row may hold, whatever door it comes through — an API call (after its
// request schema), a plan, a meeting package, a restored backup. db/tracked.ts checks every row it writes
// against these, the package import checks each incoming row before anything is written (naming the row),
// and `regie check` checks every stored row. Built from the same pieces as the request schemas
// (./schemas.ts) and the same lists of values (../domain/types.ts), so the API and the store agree.
//
// db/row-schemas.ts types this record against the database (`{ [T in TrackedTable]: … }`): a tracked table
// without a schema here, or a schema whose row does not fit its table, is a compile error there. A new table
// (the follow-ups of issue 14, say) gets its schema in this file.
import { z } from 'zod';
import {
  ACTION_STATUSES,
  ATTENDANCE_STATUSES,
  DAY_UNITS,
  FIXED_ROLES,
  FOLLOW_UP_BY_KINDS,
  FOLLOW_UP_RESULTS,
  FOLLOW_UP_STATUSES,
  ITEM_STATUSES,
  LATE_DECISIONS,
  LEGACY_FOLLOW_UP_STATUSES,
  MEETING_STATUSES,
  MINUTES_STATUSES,
  ROLES,
  TARGETS,
  ITEM_KINDS,
  SENT_DOCUMENT_KINDS,
} from '../domain/types';
import {
  controlCharacterProblem,
  email,
  fixedWording,
  localDate,
  localDateTime,
  localTime,
  recurringSetting,
} from './schemas';
import { dutchEnum, shown } from './messages';

const ISO_MOMENT_RE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/;

/** A row's id: text, 1 to 100 characters (UUIDs, and the derived ids of sync_bases). */
const rowId = z
  .string({ error: (i) => `${shown(i.input)} is geen geldige sleutel (tekst verwacht)` })
  .min(1, { error: 'een lege sleutel' })
  .max(200, { error: 'een sleutel van meer dan 200 tekens' });
const ref = rowId.nullable();
const moment = z
  .string({ error: (i) => `${shown(i.input)} is geen tijdstip` })
  .regex(ISO_MOMENT_RE, {
    error: (i) => `${shown(i.input)} is geen tijdstip (verwacht JJJJ-MM-DDTUU:MM:SSZ)`,
  })
  .refine((s) => !Number.isNaN(new Date(s).getTime()), {
    error: (i) => `${shown(i.input)}: dit tijdstip bestaat niet`,
  });
const str = (max: number) =>
  z
    .string({ error: (i) => `${shown(i.input)} is geen tekst` })
    .max(max, { error: (i) => `${shown(i.input)}: meer dan ${max} tekens` })
    .refine((value) => controlCharacterProblem(value) === null, {
      error: (i) => controlCharacterProblem(String(i.input)) ?? 'bevat een stuurteken',
    });
const int = (min: number, max: number) =>
  z
    .number({ error: (i) => `${shown(i.input)} is geen getal` })
    .int({ error: (i) => `${shown(i.input)} is geen heel getal` })
    .min(min, { error: (i) => `${shown(i.input)} is kleiner dan ${min}` })
    .max(max, { error: (i) => `${shown(i.input)} is groter dan ${max}` });
const flag = z.union([z.literal(0), z.literal(1)], { error: (i) => `${shown(i.input)}: verwacht 0 of 1` });
const sha256 = z
  .string({ error: (i) => `${shown(i.input)} is geen controlegetal` })
  .regex(/^[0-9a-f]{64}$/, { error: (i) => `${shown(i.input)} is geen SHA-256-controlegetal` });

/** Text holding JSON that must match `schema`. */
const jsonOf = (schema: z.ZodType, what: string) =>
  z.string({ error: (i) => `${shown(i.input)} is geen tekst` }).superRefine((text, ctx) => {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      ctx.addIssue({ code: 'custom', message: `${what} is geen geldige JSON` });
      return;
    }
    const parsed = schema.safeParse(value);
    if (!parsed.success)
      ctx.addIssue({
        code: 'custom',
        message: `${what} is ongeldig (${parsed.error.issues[0]?.message ?? 'onbekend'})`,
      });
  });

const timestamps = { created_at: moment, updated_at: moment };
const trashable = { ...timestamps, deleted_at: moment.nullable() };

const sentFile = z.object({
  role: z.string(),
  name: z.string(),
  sha256,
  size: int(0, Number.MAX_SAFE_INTEGER),
});

const municipalities = z.strictObject({
  id: rowId,
  name: str(100).min(1),
  // Migration 0020; a package from before it has none: the place is then unknown ('').
  place_name: str(200).default(''),
  place_address: str(300).default(''),
  voorstel_template_sha256: sha256.nullable(),
  voorstel_template_name: str(255).nullable(),
  ...timestamps,
});

const bodies = z.strictObject({
  id: rowId,
  name: str(200).min(1),
  short_name: str(60).nullable(),
  submission_days: int(0, 60),
  distribution_days: int(0, 60),
  minutes_days: int(0, 60),
  day_unit: dutchEnum(DAY_UNITS, 'eenheid van dagen'),
  shift_to_working_day: flag,
  default_start: localTime,
  default_duration_minutes: int(0, 24 * 60),
  fixed_wording: jsonOf(fixedWording, 'de tekst van de vaste punten'),
  recurring: jsonOf(z.array(recurringSetting), 'de terugkerende punten'),
  follow_up_weeks: int(1, 104),
  stuurgroep_body_id: ref,
  ...trashable,
});

const body_municipalities = z.strictObject({
  id: rowId,
  body_id: rowId,
  municipality_id: rowId,
  position: int(0, 1000),
});

const closed_days = z.strictObject({ id: rowId, body_id: rowId, date: localDate, reason: str(200) });

const people = z.strictObject({
  id: rowId,
  name: str(200).min(1),
  email,
  municipality_id: ref,
  ...trashable,
});

const memberships = z.strictObject({
  id: rowId,
  body_id: rowId,
  person_id: rowId,
  role: dutchEnum(ROLES, 'rol'),
  municipality_id: ref,
  valid_from: localDate.nullable(),
  valid_to: localDate.nullable(),
  ...trashable,
});

const meetings = z.strictObject({
  id: rowId,
  body_id: rowId,
  date: localDate,
  start_time: localTime,
  end_time: localTime.nullable(),
  location: str(200),
  host_municipality_id: ref,
  status: dutchEnum(MEETING_STATUSES, 'status'),
  chair_override_person_id: ref,
  chair_override_reason: str(300).nullable(),
  notulist_override_person_id: ref,
  notulist_override_reason: str(300).nullable(),
  minutes_status: dutchEnum(MINUTES_STATUSES, 'status van het verslag'),
  minutes_sent_at: moment.nullable(),
  minutes_adopted_at: moment.nullable(),
  minutes_adopted_in_meeting_id: ref,
  minutes_adoption_changes: str(20_000).nullable(),
  ...trashable,
});

const agenda_items = z.strictObject({
  id: rowId,
  meeting_id: rowId,
  fixed_role: dutchEnum(FIXED_ROLES, 'vaste rol').nullable(),
  position: int(0, 1_000_000),
  kind: dutchEnum(['vast', ...ITEM_KINDS] as const, 'soort'),
  target: dutchEnum(TARGETS, 'doel').nullable(),
  title: str(500),
  explanation: str(20_000),
  proposal: str(20_000),
  submitter_person_id: ref,
  submitter_name: str(200),
  submitted_at: localDateTime.nullable(),
  duration_minutes: int(0, 600).nullable(),
  late_decision: dutchEnum(LATE_DECISIONS, 'besluit over een laat punt').nullable(),
  status: dutchEnum(ITEM_STATUSES, 'status'),
  postponed_from_item_id: ref,
  recurring_key: str(60).nullable(),
  notes: str(50_000),
  elapsed_seconds: int(0, 10_000_000),
  dossier_item_id: ref,
  ...trashable,
});

const documents = z.strictObject({
  id: rowId,
  item_id: rowId,
  position: int(0, 1_000_000),
  title: str(300),
  file_name: str(255).min(1),
  size: int(0, 500 * 1024 * 1024),
  sha256,
  crc32: int(0, 0xffffffff).nullable(),
  ...trashable,
});

const attendance = z.strictObject({
  id: rowId,
  meeting_id: rowId,
  person_id: ref,
  name: str(200).min(1),
  status: dutchEnum(ATTENDANCE_STATUSES, 'aanwezigheid'),
  substitute_for: str(200).nullable(),
  ...trashable,
});

const decisions = z.strictObject({
  id: rowId,
  meeting_id: rowId,
  item_id: rowId,
  text: str(5000),
  destination: dutchEnum(TARGETS, 'vervolg').nullable(),
  follow_up_status: dutchEnum(LEGACY_FOLLOW_UP_STATUSES, 'status van het vervolg').nullable(),
  follow_up_answer: str(5000).nullable(),
  follow_up_answered_on: localDate.nullable(),
  follow_up_reported_in_meeting_id: ref,
  ...trashable,
});

const follow_ups = z.strictObject({
  id: rowId,
  decision_id: rowId,
  by_kind: dutchEnum(FOLLOW_UP_BY_KINDS, 'bestemming'),
  municipality_id: ref,
  status: dutchEnum(FOLLOW_UP_STATUSES, 'status van het vervolg'),
  on_date: localDate.nullable(),
  result: dutchEnum(FOLLOW_UP_RESULTS, 'uitkomst').nullable(),
  note: str(5000),
  proposal_number: str(100),
  case_number: str(100),
  linked_item_id: ref,
  outcome_decision_id: ref,
  reported_in_meeting_id: ref,
  ...trashable,
});

const actions = z.strictObject({
  id: rowId,
  body_id: rowId,
  meeting_id: rowId,
  item_id: ref,
  nr: int(1, 1_000_000).nullable(),
  what: str(2000),
  who_person_id: ref,
  who_name: str(200),
  due: localDate.nullable(),
  status: dutchEnum(ACTION_STATUSES, 'status'),
  closed_on: localDate.nullable(),
  closed_in_meeting_id: ref,
  ...trashable,
});

const action_events = z.strictObject({
  id: rowId,
  action_id: rowId,
  on_date: localDate,
  status: dutchEnum(ACTION_STATUSES, 'status'),
  meeting_id: ref,
  note: str(2000),
  created_at: moment,
});

const sent_versions = z.strictObject({
  id: rowId,
  meeting_id: rowId,
  kind: dutchEnum(SENT_DOCUMENT_KINDS, 'soort'),
  version: int(1, 1_000_000),
  sent_at: moment,
  sent_by: str(200),
  snapshot: jsonOf(z.unknown(), 'de momentopname'),
  files: jsonOf(z.array(sentFile), 'de lijst van verzonden bestanden'),
});

const sync_bases = z.strictObject({
  id: rowId,
  table_name: str(64).min(1),
  row_id: rowId,
  row_hash: sha256,
  row_json: jsonOf(z.record(z.string(), z.unknown()), 'de uitgewisselde versie'),
  exchanged_at: moment,
  direction: dutchEnum(['export', 'import'] as const, 'richting'),
  ...timestamps,
});

export const rowSchemas = {
  municipalities,
  bodies,
  body_municipalities,
  closed_days,
  people,
  memberships,
  meetings,
  agenda_items,
  documents,
  attendance,
  decisions,
  follow_ups,
  actions,
  action_events,
  sent_versions,
  sync_bases,
};

export type RowTable = keyof typeof rowSchemas;

export function isRowTable(name: string): name is RowTable {
  return Object.prototype.hasOwnProperty.call(rowSchemas, name);
}

/** How people call a row of each table (in messages and conflicts). */
export const ROW_LABEL: Record<RowTable, string> = {
  municipalities: 'Gemeente',
  bodies: 'Overleg',
  body_municipalities: 'Rotatie',
  closed_days: 'Sluitingsdag',
  people: 'Persoon',
  memberships: 'Lidmaatschap',
  meetings: 'Vergadering',
  agenda_items: 'Agendapunt',
  documents: 'Document',
  attendance: 'Aanwezigheid',
  decisions: 'Besluit',
  follow_ups: 'Vervolg',
  actions: 'Actie',
  action_events: 'Actieverloop',
  sent_versions: 'Verzonden versie',
  sync_bases: 'Uitgewisselde versie',
};

/** 'Vergadering "2027-13-45"' — a row named by its title, name, text or date, else its id. */
export function describeRow(table: RowTable, row: Record<string, unknown>): string {
  // A follow-up has no text of its own: named by its destination (and date).
  if (table === 'follow_ups')
    return `${ROW_LABEL[table]} bij ${row.by_kind === 'stuurgroep' ? 'de stuurgroep' : 'een college'}${typeof row.on_date === 'string' ? ` (${row.on_date})` : ''}`;
  const name = row.title ?? row.name ?? row.what ?? row.text ?? row.date ?? row.on_date ?? row.id;
  const text = typeof name === 'string' ? name : String(name);
  return `${ROW_LABEL[table]} "${text.length > 60 ? `${text.slice(0, 57)}…` : text}"`;
}

/** Rules across fields (kept apart from the schemas, which must stay plain objects for .partial()). */
const ROW_RULES: Partial<
  Record<
    RowTable,
    { fields: string[]; check: (row: Record<string, unknown>) => { path: string; message: string }[] }
  >
> = {
  meetings: {
    fields: ['start_time', 'end_time'],
    check: (m) =>
      typeof m.end_time === 'string' && typeof m.start_time === 'string' && m.end_time <= m.start_time
        ? [
            {
              path: 'end_time',
              message: `de eindtijd ${shown(m.end_time)} ligt niet na de begintijd ${shown(m.start_time)}`,
            },
          ]
        : [],
  },
};

/**
 * What is wrong with a row, field by field (empty when it is fine). `partial` (rows from a package): columns
 * may be missing (a package from an older Regie) or unknown (from a newer one; the import decides about those).
 * `only`: just these columns (an update: a value stored earlier that no longer passes does not block editing
 * another field of its row; `regie check` names it).
 */
export function rowProblems(
  table: RowTable,
  row: Record<string, unknown>,
  options: { partial?: boolean; only?: readonly string[] } = {},
): { path: string; message: string }[] {
  const schema: z.ZodObject = rowSchemas[table];
  const parsed = (options.partial ? schema.partial() : schema).safeParse(row);
  const problems = parsed.success
    ? []
    : parsed.error.issues
        // A package from a newer Regie may carry columns this one does not know: the import refuses those
        // itself, with a message that says to update Regie.
        .filter((issue) => !(options.partial && issue.code === 'unrecognized_keys'))
        .map((issue) => ({
          path: issue.path.map(String).join('.') || '*',
          message: issue.message,
        }));
  const rule = ROW_RULES[table];
  const all = [...problems, ...(rule?.check(row) ?? [])];
  if (!options.only) return all;
  // Only what was written: a rule counts when one of its fields was.
  const only = new Set(options.only);
  if (rule?.fields.some((f) => only.has(f))) for (const f of rule.fields) only.add(f);
  return all.filter((p) => only.has(p.path.split('.')[0] as string));
}
