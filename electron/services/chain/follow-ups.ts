// Writing the decision chain, always inside the user's one action (a ChangeContext): the follow-ups an advice
// gets, an outcome recorded, and the link with the stuurgroep — forwarding an advice to the stuurgroep's agenda,
// and that item's decision, postponement or removal moving the follow-up along by itself.
import type { FollowUpResult, Target } from '../../../shared/domain/types';
import { ApiError } from '../../../shared/api/errors';
import { kindRules } from '../../../shared/domain/item-kinds';
import { formatDutchDate } from '../../../shared/rules/calendar';
import {
  FOLLOW_UP_RESULT_LABEL,
  byInSentence,
  followUpKey,
  followUpState,
  followUpTargets,
  statusOfResult,
  type FollowUpInput,
} from '../../../shared/rules/chain';
import {
  followUpsLinkedTo,
  followUpsOfDecision,
  getFollowUp,
  type FollowUpRow,
} from '../../../db/repos/chain';
import { documentsOfItem, getBody, getItem, getMeeting, rotationOf } from '../../../db/repos/reads';
import { getDecision } from '../../../db/repos/minutes';
import { insertRow, softDelete, updateRow, type ChangeContext, type RowPatch } from '../../../db/tracked';
import type { AgendaItem, Decision } from '../../../db/schema';
import { followUpId } from './ids';
import { stuurgroepOfBody } from './stuurgroep';

/** Only the advice of an item decided elsewhere (voorbereidend) goes to other bodies (KIND_RULES). */
export function carriesDestination(kind: AgendaItem['kind']): boolean {
  return kindRules(kind)?.decidedElsewhere ?? false;
}

/**
 * Gives a decision exactly the follow-ups its destination asks for: new ones open, ones removed earlier (a
 * destination changed back) restored as they were, ones no longer wanted removed (recoverably).
 */
export async function syncFollowUps(
  cx: ChangeContext,
  decision: Pick<Decision, 'id' | 'meeting_id'>,
  destination: Target | null,
): Promise<void> {
  const meeting = await getMeeting(cx.trx, decision.meeting_id);
  if (!meeting) throw new ApiError('not_found', 'Deze vergadering bestaat niet (meer).');
  const rotation = (await rotationOf(cx.trx, meeting.body_id)).map((m) => m.id);
  const wanted = destination ? followUpTargets(destination, rotation) : [];
  const existing = await followUpsOfDecision(cx.trx, decision.id, true);
  const keep = new Set<string>();
  for (const by of wanted) {
    const id = followUpId(decision.id, followUpKey(by));
    keep.add(id);
    const row = existing.find((f) => f.id === id);
    if (row) {
      if (row.deleted_at) await updateRow(cx, 'follow_ups', id, { deleted_at: null });
      continue;
    }
    await insertRow(cx, 'follow_ups', {
      id,
      decision_id: decision.id,
      by_kind: by.kind,
      municipality_id: by.kind === 'college' ? by.municipalityId : null,
      status: 'open',
      on_date: null,
      result: null,
      note: '',
      proposal_number: '',
      case_number: '',
      linked_item_id: null,
      outcome_decision_id: null,
      reported_in_meeting_id: null,
    });
  }
  for (const row of existing)
    if (!row.deleted_at && !keep.has(row.id)) await softDelete(cx, 'follow_ups', row.id);
}

export interface FollowUpPatch {
  state?: FollowUpInput;
  note?: string;
  proposalNumber?: string;
  caseNumber?: string;
}

/** Records where a follow-up stands (status, date, result) and its references. */
export async function writeFollowUp(cx: ChangeContext, followUp: FollowUpRow, patch: FollowUpPatch) {
  const values: RowPatch<'follow_ups'> = {};
  if (patch.state) {
    const state = followUpState(patch.state);
    values.status = state.status;
    values.on_date = state.on;
    values.result = state.result;
  }
  if (patch.note !== undefined) values.note = patch.note;
  if (patch.proposalNumber !== undefined) values.proposal_number = patch.proposalNumber;
  if (patch.caseNumber !== undefined) values.case_number = patch.caseNumber;
  return updateRow(cx, 'follow_ups', followUp.id, values);
}

export async function requireFollowUp(cx: ChangeContext, id: string): Promise<FollowUpRow> {
  const row = await getFollowUp(cx.trx, id);
  if (!row || row.deleted_at) throw new ApiError('not_found', 'Dit vervolg bestaat niet (meer).');
  return row;
}

/** 'Besluit van het college van Leudal op 12 mei 2027: akkoord.' with the note on the next line. */
export function outcomeSentence(f: {
  byKind: FollowUpRow['by_kind'];
  municipalityName: string | null;
  on: string | null;
  result: FollowUpResult | null;
  note: string;
}): string {
  const who = byInSentence(f.byKind, f.municipalityName);
  const when = f.on ? ` op ${formatDutchDate(f.on)}` : '';
  const result = f.result ? `: ${FOLLOW_UP_RESULT_LABEL[f.result]}` : '';
  const note = f.note.trim() ? `\n${f.note.trim()}` : '';
  return `Besluit van ${who}${when}${result}.${note}`;
}

export function outcomeOfRow(f: FollowUpRow): string {
  return outcomeSentence({
    byKind: f.by_kind,
    municipalityName: f.municipality_name,
    on: f.on_date,
    result: f.result,
    note: f.note,
  });
}

/** Marks a decided follow-up as reported back on an agenda (the feedback item). */
export async function markReported(cx: ChangeContext, followUpId: string, meetingId: string): Promise<void> {
  const row = await requireFollowUp(cx, followUpId);
  if (row.status !== 'besloten')
    throw new ApiError('invalid', 'Er is (nog) geen besluit om terug te koppelen.');
  await updateRow(cx, 'follow_ups', row.id, { reported_in_meeting_id: meetingId });
}

/** The old way to add feedback: every decided follow-up of the decision not yet reported. */
export async function markDecisionReported(cx: ChangeContext, decisionId: string, meetingId: string) {
  const rows = (await followUpsOfDecision(cx.trx, decisionId)).filter(
    (f) => f.status === 'besloten' && !f.reported_in_meeting_id,
  );
  if (rows.length === 0) throw new ApiError('invalid', 'Er is (nog) geen besluit om terug te koppelen.');
  for (const f of rows) await updateRow(cx, 'follow_ups', f.id, { reported_in_meeting_id: meetingId });
}

/** What a forwarded item says: the original explanation and the advice, dated. */
export function forwardedExplanation(
  original: string,
  advice: { bodyName: string; date: string; text: string },
): string {
  const line = `Advies van de ${advice.bodyName} (${formatDutchDate(advice.date)}): ${advice.text}`;
  return original.trim() ? `${original.trim()}\n\n${line}` : line;
}

/**
 * Forwarding: a new item on the stuurgroep's meeting takes up another body's advice. Checks that the follow-up
 * is the stuurgroep's, still to be agendaed, and that this meeting's body is that stuurgroep; copies the
 * original item's documents (the store is content-addressed: the same files, new rows); links both ends.
 */
export async function linkForwardedItem(
  cx: ChangeContext,
  followUpIdValue: string,
  item: { id: string; meetingId: string },
  copyDocument: (doc: {
    title: string;
    fileName: string;
    size: number;
    sha256: string;
    crc32: number | null;
  }) => Promise<void>,
): Promise<void> {
  const followUp = await requireFollowUp(cx, followUpIdValue);
  if (followUp.by_kind !== 'stuurgroep')
    throw new ApiError('invalid', 'Alleen advies aan de stuurgroep kan worden doorgestuurd.');
  if (followUp.linked_item_id) {
    const linked = await getItem(cx.trx, followUp.linked_item_id);
    if (linked && !linked.deleted_at)
      throw new ApiError('conflict', 'Dit advies staat al op de agenda van de stuurgroep.');
  }
  const decision = await getDecision(cx.trx, followUp.decision_id);
  const source = decision ? await getItem(cx.trx, decision.item_id) : undefined;
  const adviceMeeting = decision ? await getMeeting(cx.trx, decision.meeting_id) : undefined;
  const meeting = await getMeeting(cx.trx, item.meetingId);
  if (!decision || !source || !adviceMeeting || !meeting)
    throw new ApiError('not_found', 'Het advies bestaat niet (meer).');
  const stuurgroep = await stuurgroepOfBody(cx.trx, adviceMeeting.body_id);
  if (stuurgroep?.id !== meeting.body_id)
    throw new ApiError(
      'invalid',
      'Dit advies is voor een andere stuurgroep: stel bij het overleg in welk overleg zijn stuurgroep is.',
    );
  for (const doc of await documentsOfItem(cx.trx, source.id))
    await copyDocument({
      title: doc.title,
      fileName: doc.file_name,
      size: doc.size,
      sha256: doc.sha256,
      crc32: doc.crc32,
    });
  await updateRow(cx, 'follow_ups', followUp.id, {
    linked_item_id: item.id,
    status: 'geagendeerd',
    on_date: meeting.date,
    result: null,
    outcome_decision_id: null,
  });
}

/** The defaults of a forwarded item: the advice's item title, explanation with the advice, its proposal. */
export async function forwardedItemDefaults(cx: ChangeContext, followUpIdValue: string) {
  const followUp = await requireFollowUp(cx, followUpIdValue);
  const decision = await getDecision(cx.trx, followUp.decision_id);
  const source = decision ? await getItem(cx.trx, decision.item_id) : undefined;
  const meeting = decision ? await getMeeting(cx.trx, decision.meeting_id) : undefined;
  const body = meeting ? await getBody(cx.trx, meeting.body_id) : undefined;
  if (!decision || !source || !meeting) throw new ApiError('not_found', 'Het advies bestaat niet (meer).');
  return {
    sourceItemId: source.id,
    title: source.title,
    explanation: forwardedExplanation(source.explanation, {
      bodyName: body?.name ?? 'regiegroep',
      date: meeting.date,
      text: decision.text,
    }),
    proposal: source.proposal,
  };
}

/** A postponed stuurgroep item carried to a later meeting takes its follow-ups along (geagendeerd there). */
export async function carryLinks(cx: ChangeContext, fromItemId: string, toItemId: string, date: string) {
  for (const f of await followUpsLinkedTo(cx.trx, [fromItemId]))
    await updateRow(cx, 'follow_ups', f.id, {
      linked_item_id: toItemId,
      status: 'geagendeerd',
      on_date: date,
      result: null,
      outcome_decision_id: null,
    });
}

/**
 * The stuurgroep decided on a forwarded item: its follow-ups are decided on that meeting's date, with the
 * outcome chosen there ('aangehouden' keeps them waiting) — or, without one, decided with the result to fill in.
 */
export async function closeByDecision(
  cx: ChangeContext,
  decision: { id: string; text: string; itemId: string; meetingDate: string },
  outcome: FollowUpResult | undefined,
): Promise<number> {
  const linked = await followUpsLinkedTo(cx.trx, [decision.itemId]);
  for (const f of linked)
    await updateRow(cx, 'follow_ups', f.id, {
      status: outcome ? statusOfResult(outcome) : 'besloten',
      on_date: decision.meetingDate,
      result: outcome ?? null,
      note: decision.text,
      outcome_decision_id: decision.id,
    });
  return linked.length;
}

/** The stuurgroep's decision was removed: its follow-ups are back to geagendeerd on that item. */
export async function reopenByDecision(cx: ChangeContext, decisionId: string, itemId: string) {
  const item = await getItem(cx.trx, itemId);
  const meeting = item ? await getMeeting(cx.trx, item.meeting_id) : undefined;
  for (const f of await followUpsLinkedTo(cx.trx, [itemId]))
    if (f.outcome_decision_id === decisionId)
      await updateRow(cx, 'follow_ups', f.id, {
        status: 'geagendeerd',
        on_date: meeting?.date ?? f.on_date,
        result: null,
        note: '',
        outcome_decision_id: null,
      });
}

/** The stuurgroep postponed (or re-opened) a forwarded item. */
export async function followItemStatus(
  cx: ChangeContext,
  item: { id: string; meetingDate: string },
  status: 'open' | 'handled' | 'postponed',
) {
  for (const f of await followUpsLinkedTo(cx.trx, [item.id])) {
    if (status === 'postponed' && f.status === 'geagendeerd')
      await updateRow(cx, 'follow_ups', f.id, {
        status: 'aangehouden',
        on_date: item.meetingDate,
        result: 'aangehouden',
      });
    else if (status !== 'postponed' && f.status === 'aangehouden' && !f.outcome_decision_id)
      await updateRow(cx, 'follow_ups', f.id, {
        status: 'geagendeerd',
        on_date: item.meetingDate,
        result: null,
      });
  }
}

/** A forwarded item went to the trash: the advice is the stuurgroep's to take up again (open, unlinked). */
export async function unlinkItem(cx: ChangeContext, itemId: string) {
  for (const f of await followUpsLinkedTo(cx.trx, [itemId]))
    await updateRow(cx, 'follow_ups', f.id, {
      linked_item_id: null,
      status: 'open',
      on_date: null,
      result: null,
      outcome_decision_id: null,
    });
}
