// Calls for the meeting and after: meeting mode, the notulist's record (attendance, notes, decisions,
// actions), the minutes flow, actions across meetings, the decisions register and search.
import { z } from 'zod';
import { call, type CallSpec } from '../define';
import { shown } from '../messages';
import {
  ACTION_FILTERS,
  type ActionFilter,
  actionStatus,
  attendanceStatus,
  followUpResult,
  id,
  itemStatus,
  localDate,
  requiredText,
  target,
  text,
} from '../schemas';
import type {
  ActionEventView,
  ActionView,
  AttendanceView,
  DecisionView,
  MinutesStateView,
  SearchResultView,
} from '../views';

const byId = z.strictObject({ id });

const attendanceEntry = z.strictObject({
  personId: id.nullable().optional(),
  name: requiredText(200, 'naam'),
  status: attendanceStatus,
  substituteFor: text(200).nullable().optional(),
});

const actionFilter = z.strictObject({
  bodyId: id,
  status: z.enum(ACTION_FILTERS).default('open'),
  personId: id.optional(),
  municipalityId: id.optional(),
  meetingId: id.optional(),
});

const actionCountFilter = actionFilter.omit({ status: true });

export const minutesCalls = {
  'items.setStatus': call<z.ZodObject<{ id: typeof id; status: typeof itemStatus }>, { ok: true }>(
    z.strictObject({ id, status: itemStatus }),
  ),
  'items.addElapsed': call<z.ZodObject<{ id: typeof id; seconds: z.ZodNumber }>, { elapsedSeconds: number }>(
    z.strictObject({ id, seconds: z.number().int().min(0).max(36_000) }),
  ),

  'minutes.setAttendance': call<
    z.ZodObject<{ meetingId: typeof id; entries: z.ZodArray<typeof attendanceEntry> }>,
    AttendanceView[]
  >(
    z.strictObject({
      meetingId: id,
      // One entry per person: two would store them as both present and absent (issue 12).
      entries: z
        .array(attendanceEntry)
        .max(200)
        .superRefine((entries, ctx) => {
          const seen = new Map<string, number>();
          entries.forEach((e, i) => {
            if (!e.personId) return;
            const first = seen.get(e.personId);
            if (first !== undefined)
              ctx.addIssue({
                code: 'custom',
                path: [i, 'personId'],
                message: `${shown(e.name)} staat al in de lijst (entries[${first}]); iemand is aanwezig of afwezig, niet allebei`,
              });
            else seen.set(e.personId, i);
          });
        }),
    }),
  ),
  'minutes.setNotes': call<z.ZodObject<{ itemId: typeof id; notes: z.ZodString }>, { ok: true }>(
    z.strictObject({ itemId: id, notes: text(50_000) }),
  ),
  'minutes.state': call<z.ZodObject<{ meetingId: typeof id }>, MinutesStateView>(
    z.strictObject({ meetingId: id }),
  ),
  'minutes.send': call<
    z.ZodObject<{ meetingId: typeof id; acknowledgeWarnings: z.ZodDefault<z.ZodBoolean> }>,
    MinutesStateView
  >(z.strictObject({ meetingId: id, acknowledgeWarnings: z.boolean().default(false) })),
  'minutes.adopt': call<
    z.ZodObject<{ meetingId: typeof id; inMeetingId: typeof id; changes: z.ZodDefault<z.ZodString> }>,
    MinutesStateView
  >(z.strictObject({ meetingId: id, inMeetingId: id, changes: text(20_000).default('') })),

  'decisions.add': call<
    z.ZodObject<{
      itemId: typeof id;
      text: z.ZodString;
      destination: z.ZodOptional<z.ZodNullable<typeof target>>;
      outcome: z.ZodOptional<typeof followUpResult>;
    }>,
    DecisionView
  >(
    z.strictObject({
      itemId: id,
      text: requiredText(5000, 'besluit'),
      destination: target.nullable().optional(),
      /** On a forwarded item: the outcome for the advising body's follow-up (without it: to fill in later). */
      outcome: followUpResult.optional(),
    }),
  ),
  'decisions.update': call<
    z.ZodObject<{
      id: typeof id;
      text: z.ZodOptional<z.ZodString>;
      destination: z.ZodOptional<z.ZodNullable<typeof target>>;
    }>,
    DecisionView
  >(
    z.strictObject({
      id,
      text: requiredText(5000, 'besluit').optional(),
      destination: target.nullable().optional(),
    }),
  ),
  'decisions.delete': call<typeof byId, { ok: true }>(byId),
  'decisions.list': call<
    z.ZodObject<{
      bodyId: typeof id;
      query: z.ZodDefault<z.ZodString>;
      followUpOnly: z.ZodDefault<z.ZodBoolean>;
    }>,
    DecisionView[]
  >(z.strictObject({ bodyId: id, query: text(200).default(''), followUpOnly: z.boolean().default(false) })),

  'actions.add': call<
    z.ZodObject<{
      itemId: typeof id;
      what: z.ZodString;
      whoPersonId: z.ZodOptional<z.ZodNullable<typeof id>>;
      whoName: z.ZodDefault<z.ZodString>;
      due: z.ZodOptional<z.ZodNullable<typeof localDate>>;
    }>,
    ActionView
  >(
    z.strictObject({
      itemId: id,
      what: requiredText(2000, 'wat'),
      whoPersonId: id.nullable().optional(),
      whoName: text(200).default(''),
      due: localDate.nullable().optional(),
    }),
  ),
  'actions.update': call<
    z.ZodObject<{
      id: typeof id;
      what: z.ZodOptional<z.ZodString>;
      whoPersonId: z.ZodOptional<z.ZodNullable<typeof id>>;
      whoName: z.ZodOptional<z.ZodString>;
      due: z.ZodOptional<z.ZodNullable<typeof localDate>>;
    }>,
    ActionView
  >(
    z.strictObject({
      id,
      what: requiredText(2000, 'wat').optional(),
      whoPersonId: id.nullable().optional(),
      whoName: text(200).optional(),
      due: localDate.nullable().optional(),
    }),
  ),
  'actions.setStatus': call<
    z.ZodObject<{
      id: typeof id;
      status: typeof actionStatus;
      onDate: z.ZodOptional<typeof localDate>;
      meetingId: z.ZodOptional<z.ZodNullable<typeof id>>;
      note: z.ZodDefault<z.ZodString>;
    }>,
    ActionView
  >(
    z.strictObject({
      id,
      status: actionStatus,
      onDate: localDate.optional(),
      meetingId: id.nullable().optional(),
      note: text(2000).default(''),
    }),
  ),
  'actions.delete': call<typeof byId, { ok: true }>(byId),
  'actions.list': call<typeof actionFilter, ActionView[]>(actionFilter),
  /** How many actions each status tab holds, under the same filters (the tabs' counts, without the lists). */
  'actions.counts': call<typeof actionCountFilter, Record<ActionFilter, number>>(actionCountFilter),
  'actions.history': call<typeof byId, ActionEventView[]>(byId),

  'search.query': call<
    z.ZodObject<{ bodyId: typeof id; q: z.ZodString; limit: z.ZodDefault<z.ZodNumber> }>,
    SearchResultView[]
  >(z.strictObject({ bodyId: id, q: text(200), limit: z.number().int().min(1).max(200).default(30) })),
} satisfies Record<string, CallSpec<z.ZodType, unknown>>;
