// The decisions register: decisions per item and, for a voorbereidend item's advice, its follow-ups — one per
// destination (the stuurgroep, the college of each municipality of the body). A decided follow-up becomes the
// feedback item on the next agenda; a decision on an advice forwarded to the stuurgroep closes its follow-up.
import { randomUUID } from 'node:crypto';
import type { Handlers } from '../../../shared/api/contract';
import type { DecisionView } from '../../../shared/api/views';
import type { FollowUpEntry } from '../../../shared/api/calls/chain';
import { ApiError } from '../../../shared/api/errors';
import { isPending, type FollowUpInput } from '../../../shared/rules/chain';
import type { FollowUpResult } from '../../../shared/domain/types';
import { getDecision } from '../../../db/repos/minutes';
import { getItem, listBodies } from '../../../db/repos/reads';
import { insertRow, softDelete, updateRow, type RowPatch } from '../../../db/tracked';
import { act, today, type AppContext } from '../context';
import { loadBodyState } from '../read/body-state';
import { decisionRegister, meetingDetail } from '../read/meeting-views';
import {
  carriesDestination,
  closeByDecision,
  reopenByDecision,
  requireFollowUp,
  syncFollowUps,
  writeFollowUp,
} from '../chain/follow-ups';
import { requireMeeting } from './meetings';
import { assertEditable, requireItem } from './guards';
import { TARGET_CHOICES } from '../../../shared/domain/item-kinds';

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

const destinationOnlyForAdvice = () =>
  new ApiError(
    'invalid',
    'Alleen het advies bij een voorbereidend punt gaat naar de stuurgroep of de colleges.',
    [{ path: 'destination', message: 'alleen bij een voorbereidend punt' }],
  );

export function decisionHandlers(
  ctx: AppContext,
): Pick<
  Handlers,
  | 'decisions.add'
  | 'decisions.update'
  | 'decisions.delete'
  | 'decisions.list'
  | 'followUps.update'
  | 'followUps.list'
> {
  const db = ctx.store.db;
  return {
    async 'decisions.add'(req) {
      const item = await requireItem(db, req.itemId);
      const meeting = await assertEditable(db, item.meeting_id);
      const preparing = carriesDestination(item.kind);
      if (!preparing && req.destination) throw destinationOnlyForAdvice();
      const destination = preparing ? (req.destination ?? item.target) : null;
      if (preparing && !destination)
        throw new ApiError('invalid', `Waar gaat het advies heen: ${TARGET_CHOICES}?`, [
          { path: 'destination', message: `kies ${TARGET_CHOICES}` },
        ]);
      const id = randomUUID();
      await act(ctx, `Besluit bij "${item.title}"`, async (cx) => {
        await insertRow(cx, 'decisions', {
          id,
          meeting_id: item.meeting_id,
          item_id: item.id,
          text: req.text,
          destination,
          follow_up_status: null,
          follow_up_answer: null,
          follow_up_answered_on: null,
          follow_up_reported_in_meeting_id: null,
        });
        await syncFollowUps(cx, { id, meeting_id: item.meeting_id }, destination);
        const closed = await closeByDecision(
          cx,
          { id, text: req.text, itemId: item.id, meetingDate: meeting.date },
          req.outcome,
        );
        if (req.outcome && closed === 0)
          throw new ApiError(
            'invalid',
            'Een uitkomst hoort bij een doorgestuurd advies; dit punt heeft er geen.',
            [{ path: 'outcome', message: 'alleen bij een doorgestuurd advies' }],
          );
      });
      return decisionView(ctx, id);
    },

    async 'decisions.update'(req) {
      const decision = await getDecision(db, req.id);
      if (!decision || decision.deleted_at)
        throw new ApiError('not_found', 'Dit besluit bestaat niet (meer).');
      await assertEditable(db, decision.meeting_id);
      const item = await getItem(db, decision.item_id);
      const preparing = item ? carriesDestination(item.kind) : false;
      if (req.destination && !preparing) throw destinationOnlyForAdvice();
      if (preparing && req.destination === null)
        throw new ApiError('invalid', 'Een advies gaat naar de stuurgroep, de colleges of beide.', [
          { path: 'destination', message: 'kies stuurgroep, colleges of beide' },
        ]);
      await act(ctx, 'Besluit gewijzigd', async (cx) => {
        const patch: RowPatch<'decisions'> = {};
        if (req.text !== undefined) patch.text = req.text;
        if (req.destination !== undefined) patch.destination = req.destination;
        await updateRow(cx, 'decisions', decision.id, patch);
        if (req.destination !== undefined && preparing) await syncFollowUps(cx, decision, req.destination);
      });
      return decisionView(ctx, decision.id);
    },

    async 'decisions.delete'(req) {
      const decision = await getDecision(db, req.id);
      if (!decision || decision.deleted_at)
        throw new ApiError('not_found', 'Dit besluit bestaat niet (meer).');
      await assertEditable(db, decision.meeting_id);
      await act(ctx, 'Besluit verwijderd', async (cx) => {
        await softDelete(cx, 'decisions', decision.id);
        await reopenByDecision(cx, decision.id, decision.item_id);
      });
      return { ok: true as const };
    },

    async 'decisions.list'(req) {
      const views = await decisionRegister(db, await loadBodyState(db, req.bodyId), today(ctx));
      const words = req.query.toLowerCase().split(/\s+/).filter(Boolean);
      return views.filter(
        (d) =>
          (!req.followUpOnly || d.followUps.length > 0) &&
          words.every((w) =>
            `${d.text} ${d.itemTitle} ${d.followUps.map((f) => `${f.byName} ${f.note}`).join(' ')}`
              .toLowerCase()
              .includes(w),
          ),
      );
    },

    async 'followUps.update'(req) {
      const state: FollowUpInput =
        req.status === 'open'
          ? { status: 'open' }
          : req.status === 'geagendeerd'
            ? { status: 'geagendeerd', on: req.on as string }
            : req.status === 'aangehouden'
              ? { status: 'aangehouden', on: req.on as string }
              : {
                  status: 'besloten',
                  on: req.on as string,
                  // The request schema refuses 'besloten' without a result other than 'aangehouden'.
                  result: req.result as Exclude<FollowUpResult, 'aangehouden'>,
                  note: req.note ?? '',
                };
      const decisionId = await act(ctx, 'Vervolg van advies bijgewerkt', async (cx) => {
        const followUp = await requireFollowUp(cx, req.id);
        const decision = await getDecision(cx.trx, followUp.decision_id);
        if (!decision || decision.deleted_at)
          throw new ApiError('not_found', 'Het advies bij dit vervolg bestaat niet (meer).');
        await writeFollowUp(cx, followUp, {
          state,
          ...(req.note !== undefined ? { note: req.note } : {}),
          ...(req.proposalNumber !== undefined ? { proposalNumber: req.proposalNumber } : {}),
          ...(req.caseNumber !== undefined ? { caseNumber: req.caseNumber } : {}),
        });
        return decision.id;
      });
      return decisionView(ctx, decisionId);
    },

    async 'followUps.list'(req) {
      const bodies = req.bodyId ? [{ id: req.bodyId }] : await listBodies(db);
      const out: FollowUpEntry[] = [];
      for (const body of bodies) {
        const state = await loadBodyState(db, body.id);
        for (const d of await decisionRegister(db, state, today(ctx), 'oldest-first'))
          for (const f of d.followUps) {
            if (req.openOnly && !isPending(f.status)) continue;
            out.push({
              ...f,
              bodyId: state.body.id,
              bodyName: state.body.name,
              meetingId: d.meetingId,
              meetingDate: d.meetingDate,
              itemId: d.itemId,
              itemTitle: d.itemTitle,
              decisionText: d.text,
              destination: d.destination,
            });
          }
      }
      return out;
    },
  };
}
