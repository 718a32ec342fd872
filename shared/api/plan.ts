// The plan format of `regie import PLAN.json` (see the README). Strict: unknown keys are errors, so a typo
// never silently drops data. Names are resolved against the plan itself by the importer.
import { z } from 'zod';
import { shown } from './messages';
import { KIND_RULES, kindName, TARGET_CHOICES, targetProblem } from '../domain/item-kinds';
import { ACTION_STATUSES, ITEM_KINDS, type ItemKind } from '../domain/types';
import { orList } from '../domain/lists';
import {
  deadlineSettings,
  email,
  formatPath,
  followUpResult,
  itemKind,
  localDate,
  localDateTime,
  localTime,
  meetingStatus,
  requiredText,
  role,
  target,
  text,
} from './schemas';

const planDocument = z.strictObject({
  title: requiredText(300, 'titel'),
  file: requiredText(1000, 'bestand'),
});

const TARGET_PROBLEM: Record<NonNullable<ReturnType<typeof targetProblem>>, (kind: ItemKind) => string> = {
  missing: (kind) => `${kindName(kind)} vraagt een doel: ${TARGET_CHOICES}`,
  'not-allowed': () =>
    `alleen een ${orList(ITEM_KINDS.filter((k) => KIND_RULES[k].decidedElsewhere).map(kindName))} punt heeft een doel`,
};

const planItem = z
  .strictObject({
    kind: itemKind,
    target: target.optional(),
    title: requiredText(500, 'titel'),
    explanation: text(20_000).optional(),
    proposal: text(20_000).optional(),
    submittedBy: text(200).optional(),
    submittedAt: localDateTime.optional(),
    durationMinutes: z.number().int().min(0).max(600).optional(),
    documents: z.array(planDocument).default([]),
  })
  .superRefine((item, ctx) => {
    const problem = targetProblem(item.kind, item.target);
    if (problem)
      ctx.addIssue({ code: 'custom', path: ['target'], message: TARGET_PROBLEM[problem](item.kind) });
  });

const planAction = z
  .strictObject({
    what: requiredText(2000, 'wat'),
    who: requiredText(200, 'wie'),
    due: localDate.optional(),
    status: z.enum(ACTION_STATUSES).optional(),
    /** The day a done or dropped action was closed; without it that day is unknown. */
    closedOn: localDate.optional(),
  })
  .refine((a) => a.closedOn === undefined || (a.status !== undefined && a.status !== 'open'), {
    path: ['closedOn'],
    message: 'alleen bij een actie die gereed (done) of vervallen (dropped) is',
  });

/** What one destination of an advice did with it: `by` is "stuurgroep" or a municipality of the body. */
const planOutcome = z
  .strictObject({
    by: requiredText(100, 'wie (stuurgroep of gemeente)'),
    /** The day it is planned, or decided. */
    on: localDate.optional(),
    /** Without a result: geagendeerd on `on` (or still open without a date). */
    result: followUpResult.optional(),
    note: text(5000).optional(),
    /** The B&W-voorstel's number and the zaaknummer, when known. */
    proposalNumber: text(100).optional(),
    caseNumber: text(100).optional(),
  })
  .refine((o) => o.result !== 'anders' || Boolean(o.note?.trim()), {
    path: ['note'],
    message: 'beschrijf bij "anders" wat er besloten is',
  });

/**
 * A decision: its text (as before), or an object with its destination (only on a voorbereidend item; without
 * it the item's target) and the outcomes of its follow-ups.
 */
const planDecision = z.preprocess(
  // The plain string of earlier plans is the object's text; errors then name their field by its path.
  (value) => (typeof value === 'string' ? { text: value } : value),
  z.strictObject(
    {
      text: requiredText(5000, 'besluit'),
      destination: target.optional(),
      outcomes: z.array(planOutcome).default([]),
    },
    { error: 'een besluit is een tekst of {"text", "destination", "outcomes"}' },
  ),
);

export type PlanDecision = z.output<typeof planDecision>;

const planMinutes = z.strictObject({
  /** The day the minutes were sent; without it the sending day is unknown (shown as such). */
  sentOn: localDate.optional(),
  present: z.array(requiredText(200, 'naam')).default([]),
  absent: z.array(requiredText(200, 'naam')).default([]),
  items: z
    .array(
      z.strictObject({
        item: z.number().int().min(1),
        notes: text(50_000).optional(),
        decisions: z.array(planDecision).default([]),
        actions: z.array(planAction).default([]),
      }),
    )
    .default([]),
});

const planMeeting = z.strictObject({
  date: localDate,
  start: localTime,
  end: localTime.optional(),
  host: text(100).optional(),
  location: text(200).default(''),
  status: meetingStatus.default('planned'),
  chair: text(200).optional(),
  notulist: text(200).optional(),
  items: z.array(planItem).default([]),
  minutes: planMinutes.optional(),
});

/** Reports the second and later occurrence (case-insensitive) of each value, naming the first. */
function duplicates(
  ctx: z.RefinementCtx,
  values: readonly { value: string; path: (string | number)[] }[],
  said: (value: string, firstPath: string, path: string) => string,
) {
  const first = new Map<string, (string | number)[]>();
  for (const { value, path } of values) {
    const key = value.trim().toLowerCase();
    const seen = first.get(key);
    if (seen)
      ctx.addIssue({ code: 'custom', path, message: said(value, formatPath(seen), formatPath(path)) });
    else first.set(key, path);
  }
}

/**
 * What the importer would otherwise merge silently or store wrongly: a municipality twice in the rotation, two
 * people or two items of one meeting with the same name (matched by name, they would become one), a meeting
 * that ends before it starts, someone both present and absent.
 */
function checkPlan(plan: z.output<typeof planShape>, ctx: z.RefinementCtx) {
  duplicates(
    ctx,
    plan.body.rotation.map((value, i) => ({ value, path: ['body', 'rotation', i] })),
    (v, at) => `${shown(v)} staat al in de rotatie (${at}); elke gemeente komt er één keer in`,
  );
  duplicates(
    ctx,
    plan.municipalities.map((value, i) => ({ value, path: ['municipalities', i] })),
    (v, at) => `${shown(v)} staat twee keer in het plan (${at})`,
  );
  duplicates(
    ctx,
    plan.people.map((p, i) => ({ value: p.name, path: ['people', i, 'name'] })),
    (v, at) => `${shown(v)} staat twee keer in het plan (${at}); personen worden op naam herkend`,
  );
  plan.meetings.forEach((m, mi) => {
    if (m.end !== undefined && m.end <= m.start)
      ctx.addIssue({
        code: 'custom',
        path: ['meetings', mi, 'end'],
        message: `de eindtijd ${shown(m.end)} ligt niet na de begintijd ${shown(m.start)}`,
      });
    duplicates(
      ctx,
      m.items.map((item, ii) => ({ value: item.title, path: ['meetings', mi, 'items', ii, 'title'] })),
      (v, at) =>
        `${shown(v)} staat al op deze agenda (${at}); twee punten met dezelfde titel zouden één punt worden`,
    );
    if (!m.minutes) return;
    const minutes = m.minutes;
    const at = (list: 'present' | 'absent', i: number) => ['meetings', mi, 'minutes', list, i];
    duplicates(
      ctx,
      [
        ...minutes.present.map((value, i) => ({ value, path: at('present', i) })),
        ...minutes.absent.map((value, i) => ({ value, path: at('absent', i) })),
      ],
      (v, first, here) =>
        first.includes('.present[') && here.includes('.absent[')
          ? `${shown(v)} staat ook bij de aanwezigen (${first}); iemand is aanwezig of afwezig`
          : `${shown(v)} staat twee keer in de presentielijst (${first})`,
    );
    duplicates(
      ctx,
      minutes.items.map((r, ri) => ({
        value: String(r.item),
        path: ['meetings', mi, 'minutes', 'items', ri, 'item'],
      })),
      (v, first) => `punt ${v} staat al in het verslag (${first}); zet alles van één punt bij elkaar`,
    );
    duplicates(
      ctx,
      minutes.items.flatMap((r, ri) =>
        r.actions.map((a, ai) => ({
          value: a.what,
          path: ['meetings', mi, 'minutes', 'items', ri, 'actions', ai, 'what'],
        })),
      ),
      (v, first) => `${shown(v)} staat al bij de acties van deze vergadering (${first})`,
    );
  });
}

const planShape = z.strictObject({
  body: z.strictObject({
    name: requiredText(200, 'naam van het overleg'),
    rotation: z.array(requiredText(100, 'gemeente')).min(1),
    deadlines: deadlineSettings.optional(),
    closedDays: z.array(localDate).default([]),
  }),
  municipalities: z.array(requiredText(100, 'gemeente')).min(1),
  people: z
    .array(
      z.strictObject({
        name: requiredText(200, 'naam'),
        email: email.optional(),
        municipality: text(100).optional(),
        roles: z.array(role).default([]),
      }),
    )
    .default([]),
  meetings: z.array(planMeeting).default([]),
});

export const planSchema = planShape.superRefine(checkPlan);

export type Plan = z.output<typeof planSchema>;
export type PlanInput = z.input<typeof planSchema>;
