// Calls of the decision chain: the follow-ups of advice (per destination), listed and moved along.
// Forwarding to the stuurgroep goes through items.add (forwardFollowUpId), closing through decisions.add.
import { z } from 'zod';
import { call, type CallSpec } from '../define';
import { followUpResult, followUpStatus, id, localDate, text } from '../schemas';
import type { DecisionView, FollowUpView } from '../views';
import type { LocalDate, Target } from '../../domain/types';

/** A follow-up with the advice it belongs to: for lists across meetings (the CLI, Aandacht). */
export interface FollowUpEntry extends FollowUpView {
  bodyId: string;
  bodyName: string;
  meetingId: string;
  meetingDate: LocalDate;
  itemId: string;
  itemTitle: string;
  decisionText: string;
  destination: Target | null;
}

export const followUpUpdate = z
  .object({
    id,
    status: followUpStatus,
    on: localDate.nullable().optional(),
    result: followUpResult.nullable().optional(),
    note: text(5000).optional(),
    proposalNumber: text(100).optional(),
    caseNumber: text(100).optional(),
  })
  .superRefine((req, ctx) => {
    if (req.status !== 'open' && !req.on)
      ctx.addIssue({
        code: 'custom',
        path: ['on'],
        message:
          req.status === 'geagendeerd'
            ? 'geef de datum waarop het geagendeerd is'
            : 'geef de datum van het besluit',
      });
    if (req.status === 'besloten') {
      if (!req.result || req.result === 'aangehouden')
        ctx.addIssue({
          code: 'custom',
          path: ['result'],
          message: 'kies de uitkomst: akkoord, akkoord met aanpassing, niet akkoord of anders',
        });
      if (req.result === 'anders' && !req.note?.trim())
        ctx.addIssue({
          code: 'custom',
          path: ['note'],
          message: 'beschrijf bij "anders" wat er besloten is',
        });
    }
  });

export const chainCalls = {
  'followUps.update': call<typeof followUpUpdate, DecisionView>(followUpUpdate),
  'followUps.list': call<
    z.ZodObject<{ bodyId: z.ZodOptional<typeof id>; openOnly: z.ZodDefault<z.ZodBoolean> }>,
    FollowUpEntry[]
  >(z.object({ bodyId: id.optional(), openOnly: z.boolean().default(false) })),
} satisfies Record<string, CallSpec<z.ZodType, unknown>>;
