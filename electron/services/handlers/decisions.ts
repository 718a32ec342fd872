// The decisions register: decisions per item and, for a voorbereidend item's advice, its follow-up at the
// stuurgroep or the colleges (the answer becomes the feedback item on the next agenda).
import { randomUUID } from 'node:crypto';
import type { Handlers } from '../../../shared/api/contract';
import type { DecisionView } from '../../../shared/api/views';
import { ApiError } from '../../../shared/api/errors';
import { getDecision } from '../../../db/repos/minutes';
import { insertRow, softDelete, updateRow, type RowPatch } from '../../../db/tracked';
import { act, today, type AppContext } from '../context';
import { loadBodyState } from '../read/body-state';
import { meetingDetail } from '../read/meeting-views';
import { requireMeeting } from './meetings';
import { assertEditable, requireItem } from './guards';
import { kindRules, TARGET_CHOICES } from '../../../shared/domain/item-kinds';

async function decisionView(ctx: AppContext, decisionId: string): Promise<DecisionView> {
  const decision = await getDecision(ctx.store.db, decisionId);
  if (!decision) throw new ApiError('not_found', 'Dit besluit bestaat niet (meer).');
  const meeting = await requireMeeting(ctx.store.db, decision.meeting_id);
  const detail = await meetingDetail(
    ctx.store.db,
    await loadBodyState(ctx.store.db, meeting.body_id),
    meeting.id,
    today(ctx),
  );
  const view = detail.items.flatMap((i) => i.decisions).find((d) => d.id === decisionId);
  if (!view) throw new ApiError('not_found', 'Dit besluit bestaat niet (meer).');
  return view;
}

export function decisionHandlers(
  ctx: AppContext,
): Pick<
  Handlers,
  'decisions.add' | 'decisions.update' | 'decisions.delete' | 'decisions.recordAnswer' | 'decisions.list'
> {
  const db = ctx.store.db;
  return {
    async 'decisions.add'(req) {
      const item = await requireItem(db, req.itemId);
      await assertEditable(db, item.meeting_id);
      const preparing = kindRules(item.kind)?.decidedElsewhere ?? false;
      const destination = preparing ? (req.destination ?? item.target) : (req.destination ?? null);
      if (preparing && !destination)
        throw new ApiError('invalid', `Waar gaat het advies heen: ${TARGET_CHOICES}?`, [
          { path: 'destination', message: `kies ${TARGET_CHOICES}` },
        ]);
      const id = randomUUID();
      await act(ctx, `Besluit bij "${item.title}"`, (cx) =>
        insertRow(cx, 'decisions', {
          id,
          meeting_id: item.meeting_id,
          item_id: item.id,
          text: req.text,
          destination,
          // The advice of an item decided elsewhere goes to another body: track its answer.
          follow_up_status: preparing ? 'open' : null,
          follow_up_answer: null,
          follow_up_answered_on: null,
          follow_up_reported_in_meeting_id: null,
        }),
      );
      return decisionView(ctx, id);
    },

    async 'decisions.update'(req) {
      const decision = await getDecision(db, req.id);
      if (!decision || decision.deleted_at)
        throw new ApiError('not_found', 'Dit besluit bestaat niet (meer).');
      await assertEditable(db, decision.meeting_id);
      const patch: RowPatch<'decisions'> = {};
      if (req.text !== undefined) patch.text = req.text;
      if (req.destination !== undefined) patch.destination = req.destination;
      await act(ctx, 'Besluit gewijzigd', (cx) => updateRow(cx, 'decisions', decision.id, patch));
      return decisionView(ctx, decision.id);
    },

    async 'decisions.delete'(req) {
      const decision = await getDecision(db, req.id);
      if (!decision || decision.deleted_at)
        throw new ApiError('not_found', 'Dit besluit bestaat niet (meer).');
      await assertEditable(db, decision.meeting_id);
      await act(ctx, 'Besluit verwijderd', (cx) => softDelete(cx, 'decisions', decision.id));
      return { ok: true as const };
    },

    async 'decisions.recordAnswer'(req) {
      const decision = await getDecision(db, req.id);
      if (!decision || decision.deleted_at)
        throw new ApiError('not_found', 'Dit besluit bestaat niet (meer).');
      if (!decision.follow_up_status)
        throw new ApiError('invalid', 'Dit besluit heeft geen vervolg bij de stuurgroep of de colleges.');
      await act(ctx, 'Antwoord op advies vastgelegd', (cx) =>
        updateRow(cx, 'decisions', decision.id, {
          follow_up_status: 'answered',
          follow_up_answer: req.answer,
          follow_up_answered_on: req.answeredOn,
        }),
      );
      return decisionView(ctx, decision.id);
    },

    async 'decisions.list'(req) {
      const state = await loadBodyState(db, req.bodyId);
      const views: DecisionView[] = [];
      for (const meeting of [...state.meetings].reverse()) {
        const detail = await meetingDetail(db, state, meeting.id, today(ctx));
        for (const item of detail.items) views.push(...item.decisions);
      }
      const words = req.query.toLowerCase().split(/\s+/).filter(Boolean);
      return views.filter(
        (d) =>
          (!req.followUpOnly || d.followUp !== null) &&
          words.every((w) =>
            `${d.text} ${d.itemTitle} ${d.followUp?.answer ?? ''}`.toLowerCase().includes(w),
          ),
      );
    },
  };
}
