// Request validation, shared by every transport. Messages are Dutch: they reach the user unchanged.
import { z } from 'zod';
import {
  ACTION_LIST_ORDERS,
  ACTION_STATUSES,
  ATTENDANCE_STATUSES,
  DAY_UNITS,
  FOLLOW_UP_RESULTS,
  FOLLOW_UP_STATUSES,
  ITEM_KINDS,
  ITEM_STATUSES,
  LATE_RESOLUTIONS,
  MEETING_ROLES,
  MEETING_STATUSES,
  ROLES,
  SENT_DOCUMENT_KINDS,
  TARGETS,
} from '../domain/types';
import { dutchEnum, shown } from './messages';

const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;
const TIME_RE = /^([01]\d|2[0-3]):[0-5]\d$/;
const DATETIME_RE = /^\d{4}-\d{2}-\d{2}T([01]\d|2[0-3]):[0-5]\d$/;

function realDate(s: string): boolean {
  const [y, m, d] = s.split('-').map(Number) as [number, number, number];
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

export const localDate = z
  .string({
    error: (i) =>
      i.input === undefined
        ? 'een datum (JJJJ-MM-DD) is verplicht'
        : `${shown(i.input)} is geen datum (verwacht JJJJ-MM-DD)`,
  })
  .regex(DATE_RE, { error: (i) => `${shown(i.input)} is geen geldige datum (verwacht JJJJ-MM-DD)` })
  .refine(realDate, { error: (i) => `de datum ${shown(i.input)} bestaat niet` });
export const localTime = z
  .string({
    error: (i) =>
      i.input === undefined
        ? 'een tijd (UU:MM) is verplicht'
        : `${shown(i.input)} is geen tijd (verwacht UU:MM)`,
  })
  .regex(TIME_RE, { error: (i) => `${shown(i.input)} is geen geldige tijd (verwacht UU:MM)` });
export const localDateTime = z
  .string({ error: (i) => `${shown(i.input)} is geen tijdstip (verwacht JJJJ-MM-DDTUU:MM)` })
  .regex(DATETIME_RE, {
    error: (i) => `${shown(i.input)} is geen geldig tijdstip (verwacht JJJJ-MM-DDTUU:MM)`,
  })
  .refine((s) => realDate(s.slice(0, 10)), { error: (i) => `de datum van ${shown(i.input)} bestaat niet` });
export const id = z
  .string({ error: 'een id is verplicht' })
  .min(1, { error: 'een id is verplicht' })
  .max(100);
/**
 * Control characters (NUL, the other C0 codes but tab, line feed and carriage return, DEL, the C1 codes): they
 * are invisible, Word calls a document holding them unreadable, and a NUL cuts text short in other programs.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

/** The message for text holding a control character, naming it and where it is. */
export function controlCharacterProblem(value: string): string | null {
  const at = value.search(CONTROL_CHARACTER);
  if (at < 0) return null;
  const code = value.charCodeAt(at).toString(16).toUpperCase().padStart(4, '0');
  return `${shown(value)} bevat een onzichtbaar stuurteken (U+${code}, teken ${at + 1}); haal het weg`;
}

const withoutControlCharacters = <T extends z.ZodString>(schema: T) =>
  schema.refine((value) => !CONTROL_CHARACTER.test(value), {
    error: (i) => controlCharacterProblem(String(i.input)) ?? 'bevat een stuurteken',
  });

export const text = (max: number) =>
  withoutControlCharacters(
    z.string().max(max, { error: (i) => `${shown(i.input)}: maximaal ${max} tekens` }),
  );
export const requiredText = (max: number, what: string) =>
  withoutControlCharacters(
    z
      .string({ error: `${what} is verplicht` })
      .trim()
      .min(1, { error: `${what} is verplicht` })
      .max(max, { error: (i) => `${what} ${shown(i.input)}: maximaal ${max} tekens` }),
  );

/** An e-mail address, or empty (unknown). */
export const email = z.union([z.literal(''), z.email()], {
  error: (i) => `${shown(i.input)} is geen geldig e-mailadres`,
});

export const itemKind = dutchEnum(ITEM_KINDS, 'soort');
export const target = dutchEnum(TARGETS, 'doel');
export const role = dutchEnum(ROLES, 'rol');
export const meetingStatus = dutchEnum(MEETING_STATUSES, 'status');
// These were (and stay) plain enums: the error map in ./messages words their messages.
export const itemStatus = z.enum(ITEM_STATUSES);
const meetingRole = z.enum(MEETING_ROLES);
export const lateResolution = z.enum(LATE_RESOLUTIONS);
export const sentDocumentKind = z.enum(SENT_DOCUMENT_KINDS);
export const actionListOrder = z.enum(ACTION_LIST_ORDERS);

/** The tables whose deleted rows the recycle bin shows and restores. */
const TRASH_TABLES = ['agenda_items', 'documents', 'meetings'] as const;
export type TrashTable = (typeof TRASH_TABLES)[number];
export const trashTable = z.enum(TRASH_TABLES);

/** The action lists' filter: by status, or the open ones past their due date, or all. */
export const ACTION_FILTERS = ['open', 'overdue', 'done', 'dropped', 'all'] as const;
export type ActionFilter = (typeof ACTION_FILTERS)[number];
export const followUpStatus = dutchEnum(FOLLOW_UP_STATUSES, 'status van het vervolg');
export const followUpResult = dutchEnum(FOLLOW_UP_RESULTS, 'uitkomst');

/** A whole number in a range, with a Dutch message. */
const wholeNumber = (min: number, max: number, what: string) =>
  z
    .number({ error: (i) => `${what}: ${shown(i.input)} is geen getal` })
    .int({ error: (i) => `${what}: ${shown(i.input)} is geen heel getal` })
    .min(min, { error: (i) => `${what}: ${shown(i.input)} is kleiner dan ${min}` })
    .max(max, { error: (i) => `${what}: ${shown(i.input)} is groter dan ${max}` });

export const deadlineSettings = z.strictObject({
  submissionDays: wholeNumber(0, 60, 'dagen vóór de vergadering voor inbrengen'),
  distributionDays: wholeNumber(0, 60, 'dagen vóór de vergadering voor versturen'),
  minutesDays: wholeNumber(0, 60, 'dagen na de vergadering voor het verslag'),
  unit: dutchEnum(DAY_UNITS, 'eenheid'),
  shiftToWorkingDay: z.boolean(),
});

export const recurringSetting = z.strictObject({
  key: requiredText(60, 'sleutel'),
  title: requiredText(300, 'titel'),
  kind: itemKind,
  everyMonths: wholeNumber(1, 24, 'elke hoeveel maanden'),
  startMonth: wholeNumber(1, 12, 'beginmaand'),
  months: z.array(wholeNumber(1, 12, 'maand')).optional(),
});

export const fixedWording = z.strictObject({
  opening: requiredText(300, 'tekst van punt 1'),
  minutes: requiredText(300, 'tekst van punt 2'),
  closing: requiredText(300, 'tekst van het laatste punt'),
});

export const bodySave = z.strictObject({
  id: id.optional(),
  name: requiredText(200, 'naam van het overleg'),
  shortName: text(60).nullable().optional(),
  rotation: z
    .array(requiredText(100, 'naam van de gemeente'))
    .min(1, { error: 'noem minstens één gemeente voor de rotatie' })
    .refine((names) => new Set(names.map((n) => n.toLowerCase())).size === names.length, {
      error: 'een gemeente staat dubbel in de rotatie',
    }),
  deadlines: deadlineSettings,
  closedDays: z
    .array(z.strictObject({ date: localDate, reason: text(200) }))
    .default([])
    .superRefine((days, ctx) => {
      const seen = new Map<string, number>();
      days.forEach((d, i) => {
        const first = seen.get(d.date);
        if (first !== undefined)
          ctx.addIssue({
            code: 'custom',
            path: [i, 'date'],
            message: `${shown(d.date)} staat al bij de sluitingsdagen (closedDays[${first}])`,
          });
        else seen.set(d.date, i);
      });
    }),
  fixedWording: fixedWording.optional(),
  recurring: z.array(recurringSetting).optional(),
  defaultStart: localTime.optional(),
  /** Weeks after which a follow-up still open is signalled. */
  followUpWeeks: wholeNumber(1, 104, 'weken voordat een open vervolg wordt gesignaleerd').optional(),
  /** The body in Regie that is this body's stuurgroep (null: the one body named "stuurgroep", if any). */
  stuurgroepBodyId: id.nullable().optional(),
});

const membershipInput = z.strictObject({
  role,
  municipality: text(100).nullable().optional(),
  validFrom: localDate.nullable().optional(),
  validTo: localDate.nullable().optional(),
});

export const personSave = z.strictObject({
  bodyId: id,
  id: id.optional(),
  name: requiredText(200, 'naam'),
  email: email.default(''),
  municipality: text(100).nullable().optional(),
  // Without a role a person is not in the body (and would be saved but not shown): refused, not half done.
  memberships: z.array(membershipInput, { error: 'de rollen in dit overleg ontbreken' }).min(1, {
    error:
      'kies minstens één rol in dit overleg; wie er niet meer bij hoort, haalt u eruit met "Verwijderen"',
  }),
});

const seriesRule = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('nthWeekdayOfMonth'),
    weekday: wholeNumber(0, 6, 'weekdag'),
    nth: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5), z.literal(-1)]),
    everyMonths: wholeNumber(1, 12, 'elke hoeveel maanden').optional(),
    from: localDate,
    until: localDate,
  }),
  z.strictObject({
    kind: z.literal('everyWeeks'),
    weeks: wholeNumber(1, 26, 'elke hoeveel weken'),
    from: localDate,
    until: localDate,
  }),
]);

export const seriesRequest = z.strictObject({
  bodyId: id,
  rule: seriesRule,
  start: localTime,
  location: text(200).default(''),
});

export const meetingCreate = z.strictObject({
  bodyId: id,
  date: localDate,
  start: localTime,
  end: localTime.nullable().optional(),
  location: text(200).default(''),
  hostId: id.nullable().optional(),
});

export const meetingUpdate = z.strictObject({
  id,
  date: localDate.optional(),
  start: localTime.optional(),
  end: localTime.nullable().optional(),
  location: text(200).optional(),
  hostId: id.nullable().optional(),
  status: meetingStatus.optional(),
});

export const overrideRequest = z.strictObject({
  id,
  role: meetingRole,
  personId: id.nullable(),
  reason: text(300),
});

const itemFields = z.strictObject({
  kind: itemKind,
  target: target.nullable().optional(),
  title: requiredText(500, 'titel'),
  explanation: text(20_000).default(''),
  proposal: text(20_000).default(''),
  submitterPersonId: id.nullable().optional(),
  submitterName: text(200).default(''),
  submittedAt: localDateTime.nullable().optional(),
  durationMinutes: wholeNumber(0, 600, 'geplande minuten').nullable().optional(),
  recurringKey: text(60).nullable().optional(),
  postponedFromItemId: id.nullable().optional(),
  /** Adding the feedback of a voorbereidend item's advice: marks its decided follow-ups as reported. */
  feedbackDecisionId: id.nullable().optional(),
  /** Adding the feedback of one decided follow-up (one destination): marks it as reported. */
  feedbackFollowUpId: id.nullable().optional(),
  /** Taking up another body's advice on the stuurgroep's agenda: links the item with that follow-up. */
  forwardFollowUpId: id.nullable().optional(),
});

export const itemAdd = itemFields.extend({ meetingId: id });

export const itemUpdate = z.strictObject({
  id,
  kind: itemKind.optional(),
  target: target.nullable().optional(),
  title: requiredText(500, 'titel').optional(),
  explanation: text(20_000).optional(),
  proposal: text(20_000).optional(),
  submitterPersonId: id.nullable().optional(),
  submitterName: text(200).optional(),
  submittedAt: localDateTime.nullable().optional(),
  durationMinutes: wholeNumber(0, 600, 'geplande minuten').nullable().optional(),
  notes: text(50_000).optional(),
});

export const documentSource = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('path'), path: requiredText(4000, 'pad') }),
  z.strictObject({
    kind: z.literal('bytes'),
    fileName: requiredText(255, 'bestandsnaam'),
    base64: z.string().max(700_000_000, { error: 'het document is groter dan 500 MB' }),
  }),
]);

export const documentAdd = z.strictObject({
  itemId: id,
  title: text(300).optional(),
  source: documentSource,
});

export const attendanceStatus = dutchEnum(ATTENDANCE_STATUSES, 'aanwezigheid');
export const actionStatus = dutchEnum(ACTION_STATUSES, 'status');

/** Formats a zod issue path as `meetings[3].items[0].kind`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out;
}
