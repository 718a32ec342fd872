// Calls of the decision chain: the follow-ups of advice (per destination), listed and moved along.
// Forwarding to the stuurgroep goes through items.add (forwardFollowUpId), closing through decisions.add.
import { z } from 'zod';
import { call, type CallSpec } from '../define';
import {
  documentSource,
  followUpResult,
  followUpStatus,
  id,
  localDate,
  requiredText,
  text,
} from '../schemas';
import type { DecisionView, DossierView, FollowUpView, MunicipalityRef } from '../views';
import type { ExportResult } from './exports';
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

/** A municipality of a body and its own Word template for the B&W-voorstel, if any. */
export interface VoorstelTemplateView {
  municipality: MunicipalityRef;
  template: { name: string } | null;
}

export const voorstelExport = z.strictObject({
  meetingId: id,
  itemId: id,
  /** The municipality's name (any case). */
  municipality: requiredText(100, 'gemeente'),
  outPath: text(4000).optional(),
});

export const templateSet = z.strictObject({
  municipalityId: id,
  /** The .docx with placeholders; null removes the template (Regie's own layout again). */
  source: documentSource.nullable(),
});

export const chainCalls = {
  'followUps.update': call<typeof followUpUpdate, DecisionView>(followUpUpdate),
  'followUps.list': call<
    z.ZodObject<{ bodyId: z.ZodOptional<typeof id>; openOnly: z.ZodDefault<z.ZodBoolean> }>,
    FollowUpEntry[]
  >(z.strictObject({ bodyId: id.optional(), openOnly: z.boolean().default(false) })),
  'export.voorstel': call<typeof voorstelExport, ExportResult>(voorstelExport),
  'templates.list': call<z.ZodObject<{ bodyId: typeof id }>, VoorstelTemplateView[]>(
    z.strictObject({ bodyId: id }),
  ),
  'templates.set': call<typeof templateSet, VoorstelTemplateView>(templateSet),
  'dossier.get': call<z.ZodObject<{ itemId: typeof id }>, DossierView>(z.strictObject({ itemId: id })),
  /** Puts the item's dossier together with that of `withItemId`; null takes the item out of its dossier. */
  'dossier.link': call<z.ZodObject<{ itemId: typeof id; withItemId: z.ZodNullable<typeof id> }>, DossierView>(
    z.strictObject({ itemId: id, withItemId: id.nullable() }),
  ),
  'export.verloop': call<
    z.ZodObject<{ itemId: typeof id; outPath: z.ZodOptional<z.ZodString> }>,
    ExportResult
  >(z.strictObject({ itemId: id, outPath: text(4000).optional() })),
} satisfies Record<string, CallSpec<z.ZodType, unknown>>;
