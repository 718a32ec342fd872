// The plan format of `regie import PLAN.json` (see the README). Strict: unknown keys are errors, so a typo
// never silently drops data. Names are resolved against the plan itself by the importer.
import { z } from 'zod';
import {
  deadlineSettings,
  email,
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
    if (item.kind === 'voorbereidend' && !item.target)
      ctx.addIssue({
        code: 'custom',
        path: ['target'],
        message: 'voorbereidend vraagt een doel: stuurgroep, colleges of beide',
      });
    if (item.kind !== 'voorbereidend' && item.target)
      ctx.addIssue({
        code: 'custom',
        path: ['target'],
        message: 'alleen een voorbereidend punt heeft een doel',
      });
  });

const planAction = z
  .strictObject({
    what: requiredText(2000, 'wat'),
    who: requiredText(200, 'wie'),
    due: localDate.optional(),
    status: z.enum(['open', 'done', 'dropped']).optional(),
    /** The day a done or dropped action was closed; without it that day is unknown. */
    closedOn: localDate.optional(),
  })
  .refine((a) => a.closedOn === undefined || (a.status !== undefined && a.status !== 'open'), {
    path: ['closedOn'],
    message: 'alleen bij een actie die gereed (done) of vervallen (dropped) is',
  });

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
        decisions: z.array(requiredText(5000, 'besluit')).default([]),
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

export const planSchema = z.strictObject({
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

export type Plan = z.output<typeof planSchema>;
export type PlanInput = z.input<typeof planSchema>;
