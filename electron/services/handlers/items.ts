// Agenda items and their documents. Documents are copied into the app's store before the row is written.
import { randomUUID } from 'node:crypto';
import { basename, extname } from 'node:path';
import type { Handlers } from '../../../shared/api/contract';
import type { ItemView } from '../../../shared/api/views';
import { ApiError } from '../../../shared/api/errors';
import { documentsOfItem, getDocument, itemsOfMeeting, type Db } from '../../../db/repos/reads';
import { insertRow, softDelete, updateRow, type ChangeContext, type RowPatch } from '../../../db/tracked';
import { act, nowLocal, today, type AppContext } from '../context';
import { formatDutchDate } from '../../../shared/rules/calendar';
import { kindName, TARGET_CHOICES, targetFor, targetProblem } from '../../../shared/domain/item-kinds';
import type { ItemKind, Target } from '../../../shared/domain/types';
import { loadBodyState, neighbours } from '../read/body-state';
import { meetingDetail } from '../read/meeting-views';
import { requireMeeting } from './meetings';
import { assertEditable, requireItem } from './guards';
import {
  carryLinks,
  followItemStatus,
  forwardedItemDefaults,
  linkForwardedItem,
  markDecisionReported,
  markReported,
  outcomeOfRow,
  requireFollowUp,
  unlinkItem,
} from '../chain/follow-ups';
import { dossierOfSource } from '../chain/dossier';
import { getDecision } from '../../../db/repos/minutes';

async function itemOfDecision(cx: ChangeContext, decisionId: string): Promise<string | null> {
  return (await getDecision(cx.trx, decisionId))?.item_id ?? null;
}

const TYPED_START = 10;
const TYPED_STEP = 10;

async function itemView(ctx: AppContext, itemId: string): Promise<ItemView> {
  const item = await requireItem(ctx.store.db, itemId);
  const meeting = await requireMeeting(ctx.store.db, item.meeting_id);
  const detail = await meetingDetail(
    ctx.store.db,
    await loadBodyState(ctx.store.db, meeting.body_id),
    meeting.id,
    today(ctx),
  );
  const view = detail.items.find((i) => i.id === itemId);
  if (!view) throw new ApiError('internal', 'Het agendapunt is niet teruggevonden.');
  return view;
}

/** An item decided elsewhere must say where (a target on any other item is dropped, see targetFor). */
function checkTypeFields(kind: ItemKind, target: Target | null | undefined) {
  if (targetProblem(kind, target) === 'missing')
    throw new ApiError(
      'invalid',
      `Een ${kindName(kind)} punt vraagt waar het besluit genomen wordt: ${TARGET_CHOICES}.`,
      [{ path: 'target', message: `kies ${TARGET_CHOICES}` }],
    );
}

/** Next free position for a typed item (fixed items sit at 0, 1 and the end). */
export async function nextTypedPosition(db: Db, meetingId: string): Promise<number> {
  const items = await itemsOfMeeting(db, meetingId);
  const typed = items.filter((i) => i.fixed_role === null).map((i) => i.position);
  return typed.length ? Math.max(...typed) + TYPED_STEP : TYPED_START;
}

async function renumber(cx: ChangeContext, meetingId: string, orderedIds: readonly string[]) {
  for (const [index, id] of orderedIds.entries())
    await updateRow(cx, 'agenda_items', id, { position: TYPED_START + index * TYPED_STEP });
  void meetingId;
}

async function addItem(
  cx: ChangeContext,
  ctx: AppContext,
  req: Parameters<Handlers['items.add']>[0],
): Promise<string> {
  checkTypeFields(req.kind, req.target);
  const meeting = await requireMeeting(cx.trx, req.meetingId);
  if (meeting.status === 'cancelled')
    throw new ApiError(
      'invalid',
      'Deze vergadering is geannuleerd: voeg het punt toe aan een andere vergadering.',
    );
  // Taking up another body's advice: what the item says comes from the advice unless given here.
  const forwarded = req.forwardFollowUpId ? await forwardedItemDefaults(cx, req.forwardFollowUpId) : null;
  const feedback = req.feedbackFollowUpId ? await requireFollowUp(cx, req.feedbackFollowUpId) : null;
  // A carried, forwarded or feedback item continues its source's subject: it joins that dossier.
  const dossier = await dossierOfSource(
    cx,
    req.postponedFromItemId ??
      (forwarded ? forwarded.sourceItemId : null) ??
      (feedback ? await itemOfDecision(cx, feedback.decision_id) : null) ??
      (req.feedbackDecisionId ? await itemOfDecision(cx, req.feedbackDecisionId) : null),
  );
  const id = randomUUID();
  await insertRow(cx, 'agenda_items', {
    id,
    meeting_id: req.meetingId,
    fixed_role: null,
    position: await nextTypedPosition(cx.trx, req.meetingId),
    kind: req.kind,
    target: targetFor(req.kind, req.target),
    title: req.title,
    explanation: req.explanation || forwarded?.explanation || (feedback ? outcomeOfRow(feedback) : ''),
    proposal: req.proposal || forwarded?.proposal || '',
    submitter_person_id: req.submitterPersonId ?? null,
    submitter_name: req.submitterName,
    submitted_at: req.submittedAt ?? nowLocal(ctx),
    duration_minutes: req.durationMinutes ?? null,
    recurring_key: req.recurringKey ?? null,
    postponed_from_item_id: req.postponedFromItemId ?? null,
    dossier_item_id: dossier,
  });
  if (req.feedbackFollowUpId) await markReported(cx, req.feedbackFollowUpId, req.meetingId);
  else if (req.feedbackDecisionId) await markDecisionReported(cx, req.feedbackDecisionId, req.meetingId);
  if (req.forwardFollowUpId)
    await linkForwardedItem(cx, req.forwardFollowUpId, { id, meetingId: req.meetingId }, async (doc) => {
      await addDocument(cx, id, doc);
    });
  if (req.postponedFromItemId) await carryLinks(cx, req.postponedFromItemId, id, meeting.date);
  return id;
}

export async function addDocument(
  cx: ChangeContext,
  itemId: string,
  doc: { title: string; fileName: string; size: number; sha256: string; crc32?: number | null },
): Promise<string> {
  const positions = (await documentsOfItem(cx.trx, itemId)).map((d) => d.position);
  const id = randomUUID();
  await insertRow(cx, 'documents', {
    id,
    item_id: itemId,
    position: positions.length ? Math.max(...positions) + 1 : 0,
    title: doc.title,
    file_name: doc.fileName,
    size: doc.size,
    sha256: doc.sha256,
    crc32: doc.crc32 ?? null,
  });
  return id;
}

/** 'Ingebracht op' is a moment that happened: never after now (the app's clock, Europe/Amsterdam). */
function checkSubmittedAt(ctx: AppContext, submittedAt: string): void {
  const now = nowLocal(ctx);
  if (submittedAt > now)
    throw new ApiError(
      'invalid',
      `"Ingebracht op" kan niet in de toekomst liggen: ${formatDutchDate(submittedAt.slice(0, 10))} ${submittedAt.slice(11, 16)} is na nu (${formatDutchDate(now.slice(0, 10))} ${now.slice(11, 16)}).`,
      [{ path: 'submittedAt', message: 'ligt in de toekomst' }],
    );
}

export function titleFromFileName(fileName: string): string {
  const base = basename(fileName, extname(fileName)).replace(/[_]+/g, ' ').trim();
  return base || fileName;
}

export function itemHandlers(
  ctx: AppContext,
): Pick<
  Handlers,
  | 'items.add'
  | 'items.update'
  | 'items.move'
  | 'items.delete'
  | 'items.resolveLate'
  | 'documents.add'
  | 'documents.update'
  | 'documents.move'
  | 'documents.delete'
  | 'items.setStatus'
  | 'items.addElapsed'
> {
  const db = ctx.store.db;
  return {
    async 'items.add'(req) {
      if (req.submittedAt) checkSubmittedAt(ctx, req.submittedAt);
      const id = await act(ctx, `Agendapunt "${req.title}" toegevoegd`, (cx) => addItem(cx, ctx, req));
      return itemView(ctx, id);
    },

    async 'items.update'(req) {
      const item = await requireItem(db, req.id);
      if (req.submittedAt) checkSubmittedAt(ctx, req.submittedAt);
      const kind = req.kind ?? item.kind;
      if (item.kind === 'vast' && req.kind)
        throw new ApiError('invalid', 'De soort van een vast agendapunt ligt vast.');
      const target = req.target !== undefined ? req.target : item.target;
      if (kind !== 'vast') checkTypeFields(kind, target);
      const patch: RowPatch<'agenda_items'> = {};
      if (req.kind !== undefined) patch.kind = req.kind;
      if (req.target !== undefined || req.kind !== undefined) patch.target = targetFor(kind, target);
      if (req.title !== undefined) patch.title = req.title;
      if (req.explanation !== undefined) patch.explanation = req.explanation;
      if (req.proposal !== undefined) patch.proposal = req.proposal;
      if (req.submitterPersonId !== undefined) patch.submitter_person_id = req.submitterPersonId;
      if (req.submitterName !== undefined) patch.submitter_name = req.submitterName;
      if (req.submittedAt !== undefined) patch.submitted_at = req.submittedAt;
      if (req.durationMinutes !== undefined) patch.duration_minutes = req.durationMinutes;
      if (req.notes !== undefined) patch.notes = req.notes;
      await act(ctx, `Agendapunt "${req.title ?? item.title}" gewijzigd`, (cx) =>
        updateRow(cx, 'agenda_items', item.id, patch),
      );
      return itemView(ctx, item.id);
    },

    async 'items.move'(req) {
      const item = await requireItem(db, req.id);
      if (item.fixed_role) throw new ApiError('invalid', 'Vaste agendapunten blijven op hun plaats.');
      await act(ctx, `Agendapunt "${item.title}" verplaatst`, async (cx) => {
        const typed = (await itemsOfMeeting(cx.trx, item.meeting_id)).filter((i) => i.fixed_role === null);
        const order = typed.map((i) => i.id).filter((id) => id !== item.id);
        order.splice(Math.min(req.toIndex, order.length), 0, item.id);
        await renumber(cx, item.meeting_id, order);
      });
      return { ok: true as const };
    },

    async 'items.delete'(req) {
      const item = await requireItem(db, req.id);
      if (item.fixed_role) throw new ApiError('invalid', 'Vaste agendapunten kunnen niet worden verwijderd.');
      await act(ctx, `Agendapunt "${item.title}" naar de prullenbak`, async (cx) => {
        await softDelete(cx, 'agenda_items', item.id);
        await unlinkItem(cx, item.id);
      });
      return { ok: true as const };
    },

    async 'items.resolveLate'(req) {
      const item = await requireItem(db, req.id);
      if (req.decision === 'admit') {
        await act(ctx, `Laat ingebracht punt "${item.title}" toegelaten`, (cx) =>
          updateRow(cx, 'agenda_items', item.id, { late_decision: 'admitted' }),
        );
        return { movedToMeetingId: null };
      }
      const meeting = await requireMeeting(db, item.meeting_id);
      const state = await loadBodyState(db, meeting.body_id);
      const { next } = neighbours(state, meeting.id);
      if (!next)
        throw new ApiError('invalid', 'Er is nog geen volgende vergadering gepland: plan die eerst.');
      await act(
        ctx,
        `Laat ingebracht punt "${item.title}" verplaatst naar ${formatDutchDate(next.date)}`,
        async (cx) => {
          await updateRow(cx, 'agenda_items', item.id, {
            meeting_id: next.id,
            position: await nextTypedPosition(cx.trx, next.id),
            late_decision: null,
          });
          await carryLinks(cx, item.id, item.id, next.date);
        },
      );
      return { movedToMeetingId: next.id };
    },

    async 'documents.add'(req) {
      const item = await requireItem(db, req.itemId);
      const fileName = req.source.kind === 'path' ? basename(req.source.path) : basename(req.source.fileName);
      const stored =
        req.source.kind === 'path'
          ? await ctx.files.putFile(req.source.path)
          : await ctx.files.putBytes(Buffer.from(req.source.base64, 'base64'));
      const title = req.title?.trim() || titleFromFileName(fileName);
      const id = await act(ctx, `Document "${title}" toegevoegd aan "${item.title}"`, (cx) =>
        addDocument(cx, item.id, {
          title,
          fileName,
          size: stored.size,
          sha256: stored.sha256,
          crc32: stored.crc32,
        }),
      );
      ctx.texts.schedule(); // its text, for search, in the background
      const view = (await itemView(ctx, item.id)).attachments.find((a) => a.id === id);
      if (!view) throw new ApiError('internal', 'Het document is niet teruggevonden.');
      return view;
    },

    async 'documents.update'(req) {
      const doc = await getDocument(db, req.id);
      if (!doc || doc.deleted_at) throw new ApiError('not_found', 'Dit document bestaat niet (meer).');
      await act(ctx, `Document "${doc.title}" hernoemd`, (cx) =>
        updateRow(cx, 'documents', doc.id, { title: req.title }),
      );
      return { ok: true as const };
    },

    async 'documents.move'(req) {
      const doc = await getDocument(db, req.id);
      if (!doc || doc.deleted_at) throw new ApiError('not_found', 'Dit document bestaat niet (meer).');
      await act(ctx, `Document "${doc.title}" verplaatst`, async (cx) => {
        const docs = await documentsOfItem(cx.trx, doc.item_id);
        const order = docs.map((d) => d.id).filter((id) => id !== doc.id);
        order.splice(Math.min(req.toIndex, order.length), 0, doc.id);
        for (const [position, id] of order.entries()) await updateRow(cx, 'documents', id, { position });
      });
      return { ok: true as const };
    },

    async 'documents.delete'(req) {
      const doc = await getDocument(db, req.id);
      if (!doc || doc.deleted_at) throw new ApiError('not_found', 'Dit document bestaat niet (meer).');
      await act(ctx, `Document "${doc.title}" naar de prullenbak`, (cx) =>
        softDelete(cx, 'documents', doc.id),
      );
      return { ok: true as const };
    },

    async 'items.setStatus'(req) {
      const item = await requireItem(db, req.id);
      const meeting = await assertEditable(db, item.meeting_id);
      const label = { open: 'weer open', handled: 'behandeld', postponed: 'aangehouden' }[req.status];
      await act(ctx, `Punt "${item.title}" ${label}`, async (cx) => {
        await updateRow(cx, 'agenda_items', item.id, { status: req.status });
        await followItemStatus(cx, { id: item.id, meetingDate: meeting.date }, req.status);
      });
      return { ok: true as const };
    },

    async 'items.addElapsed'(req) {
      const item = await requireItem(db, req.id);
      const elapsed = item.elapsed_seconds + req.seconds;
      await act(ctx, `Tijd bij punt "${item.title}"`, (cx) =>
        updateRow(cx, 'agenda_items', item.id, { elapsed_seconds: elapsed }),
      );
      return { elapsedSeconds: elapsed };
    },
  };
}
