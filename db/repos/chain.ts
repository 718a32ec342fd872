// Queries for the decision chain: the follow-ups of advice, what they were forwarded to, and their bodies.
import type { Db } from './reads';

/** Follow-up rows with their municipality's name (a college may have left the rotation since). */
function followUpRows(db: Db) {
  return db
    .selectFrom('follow_ups as f')
    .leftJoin('municipalities as mu', 'mu.id', 'f.municipality_id')
    .selectAll('f')
    .select('mu.name as municipality_name');
}

export type FollowUpRow = Awaited<ReturnType<typeof followUpsOfDecision>>[number];

/** The follow-ups of one decision; with `withDeleted` also the removed ones (to restore them by id). */
export function followUpsOfDecision(db: Db, decisionId: string, withDeleted = false) {
  let q = followUpRows(db).where('f.decision_id', '=', decisionId);
  if (!withDeleted) q = q.where('f.deleted_at', 'is', null);
  return q.execute();
}

export function getFollowUp(db: Db, id: string) {
  return followUpRows(db).where('f.id', '=', id).executeTakeFirst();
}

/** The live follow-ups of the live decisions of a body's live meetings. */
export function followUpsOfBody(db: Db, bodyId: string) {
  return followUpRows(db)
    .innerJoin('decisions as d', 'd.id', 'f.decision_id')
    .innerJoin('meetings as m', 'm.id', 'd.meeting_id')
    .select('m.date as advice_date')
    .where('m.body_id', '=', bodyId)
    .where('m.deleted_at', 'is', null)
    .where('d.deleted_at', 'is', null)
    .where('f.deleted_at', 'is', null)
    .execute();
}

/** Live follow-ups forwarded to (linked with) any of these agenda items. */
export function followUpsLinkedTo(db: Db, itemIds: readonly string[]) {
  if (itemIds.length === 0) return Promise.resolve([] as FollowUpRow[]);
  return followUpRows(db)
    .where('f.linked_item_id', 'in', [...itemIds])
    .where('f.deleted_at', 'is', null)
    .execute();
}

/** Where agenda items stand: their meeting, its date and body (for "forwarded to the stuurgroep of 6 mei"). */
export function itemPlaces(db: Db, itemIds: readonly string[]) {
  if (itemIds.length === 0)
    return Promise.resolve(
      [] as {
        id: string;
        title: string;
        meeting_id: string;
        date: string;
        body_id: string;
        body_name: string;
        item_deleted: string | null;
        meeting_deleted: string | null;
      }[],
    );
  return db
    .selectFrom('agenda_items as i')
    .innerJoin('meetings as m', 'm.id', 'i.meeting_id')
    .innerJoin('bodies as b', 'b.id', 'm.body_id')
    .select([
      'i.id',
      'i.title',
      'i.meeting_id',
      'm.date',
      'm.body_id',
      'b.name as body_name',
      'i.deleted_at as item_deleted',
      'm.deleted_at as meeting_deleted',
    ])
    .where('i.id', 'in', [...itemIds])
    .execute();
}

/** Follow-ups with their advice (decision), its meeting and the advising body. */
function withAdvice(db: Db) {
  return db
    .selectFrom('follow_ups as f')
    .innerJoin('decisions as d', 'd.id', 'f.decision_id')
    .innerJoin('meetings as m', 'm.id', 'd.meeting_id')
    .innerJoin('bodies as b', 'b.id', 'm.body_id');
}

/**
 * Stuurgroep follow-ups still to be put on an agenda (open, not forwarded) of the live decisions of the given
 * bodies, with their advice, item and meeting: what the stuurgroep's next meeting is proposed to take up.
 */
export function stuurgroepFollowUpsToForward(db: Db, sourceBodyIds: readonly string[]) {
  if (sourceBodyIds.length === 0) return Promise.resolve([]);
  return withAdvice(db)
    .innerJoin('agenda_items as i', 'i.id', 'd.item_id')
    .select([
      'f.id',
      'f.decision_id',
      'd.text as decision_text',
      'd.item_id',
      'i.title as item_title',
      'i.explanation as item_explanation',
      'i.proposal as item_proposal',
      'm.id as meeting_id',
      'm.date as meeting_date',
      'b.id as body_id',
      'b.name as body_name',
    ])
    .where('m.body_id', 'in', [...sourceBodyIds])
    .where('f.by_kind', '=', 'stuurgroep')
    .where('f.status', '=', 'open')
    .where('f.linked_item_id', 'is', null)
    .where('f.deleted_at', 'is', null)
    .where('d.deleted_at', 'is', null)
    .where('i.deleted_at', 'is', null)
    .where('m.deleted_at', 'is', null)
    .orderBy('m.date')
    .orderBy('d.created_at')
    .execute();
}

/** All live bodies, with the settings the chain needs. */
export function bodiesForChain(db: Db) {
  return db
    .selectFrom('bodies')
    .select(['id', 'name', 'short_name', 'stuurgroep_body_id', 'follow_up_weeks'])
    .where('deleted_at', 'is', null)
    .orderBy('name')
    .execute();
}

/** Where the follow-ups linked to these items come from: the advising body, the advice's date and text. */
export function linkedFollowUpSources(db: Db, itemIds: readonly string[]) {
  if (itemIds.length === 0) return Promise.resolve([]);
  return withAdvice(db)
    .select([
      'f.id',
      'f.linked_item_id',
      'f.outcome_decision_id',
      'f.status',
      'f.result',
      'd.text as advice_text',
      'm.date as advice_date',
      'b.name as body_name',
    ])
    .where('f.linked_item_id', 'in', [...itemIds])
    .where('f.deleted_at', 'is', null)
    .where('d.deleted_at', 'is', null)
    .execute();
}

/** The follow-ups closed by decisions of this body (the stuurgroep's decision on forwarded advice). */
export function followUpsClosedInBody(db: Db, bodyId: string) {
  return withAdvice(db)
    .innerJoin('decisions as od', 'od.id', 'f.outcome_decision_id')
    .innerJoin('meetings as om', 'om.id', 'od.meeting_id')
    .select(['f.id', 'f.outcome_decision_id', 'm.date as advice_date', 'b.name as body_name'])
    .where('om.body_id', '=', bodyId)
    .where('f.deleted_at', 'is', null)
    .where('d.deleted_at', 'is', null)
    .execute();
}

/**
 * The live decisions of a body's live meetings that have live follow-ups, with their item's title: what the
 * chain's proposals and signals look at (a few per meeting), instead of every decision and item of ten years.
 */
export function decisionsWithFollowUps(db: Db, bodyId: string) {
  return db
    .selectFrom('decisions as d')
    .innerJoin('meetings as m', 'm.id', 'd.meeting_id')
    .leftJoin('agenda_items as i', 'i.id', 'd.item_id')
    .selectAll('d')
    .select('i.title as item_title')
    .where('m.body_id', '=', bodyId)
    .where('m.deleted_at', 'is', null)
    .where('d.deleted_at', 'is', null)
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('follow_ups as f')
          .select('f.id')
          .whereRef('f.decision_id', '=', 'd.id')
          .where('f.deleted_at', 'is', null),
      ),
    )
    .orderBy('m.date')
    .execute();
}

export function getMunicipality(db: Db, id: string) {
  return db.selectFrom('municipalities').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The live items of a dossier (its first item and those pointing at it), with their meeting and body. */
export function dossierMembers(db: Db, rootItemId: string) {
  return db
    .selectFrom('agenda_items as i')
    .innerJoin('meetings as m', 'm.id', 'i.meeting_id')
    .innerJoin('bodies as b', 'b.id', 'm.body_id')
    .select([
      'i.id',
      'i.title',
      'i.kind',
      'i.status',
      'i.position',
      'i.fixed_role',
      'i.meeting_id',
      'm.date',
      'm.status as meeting_status',
      'm.body_id',
      'b.name as body_name',
      'b.short_name as body_short_name',
    ])
    .where((eb) => eb.or([eb('i.id', '=', rootItemId), eb('i.dossier_item_id', '=', rootItemId)]))
    .where('i.deleted_at', 'is', null)
    .where('m.deleted_at', 'is', null)
    .orderBy('m.date')
    .orderBy('i.position')
    .execute();
}

/** The items pointing at `rootItemId` as their dossier's first item (live or not). */
export function dossierPointers(db: Db, rootItemId: string) {
  return db.selectFrom('agenda_items').select('id').where('dossier_item_id', '=', rootItemId).execute();
}

/** The live documents of these items, with when they were recorded. */
export function documentsOfItems(db: Db, itemIds: readonly string[]) {
  if (itemIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('documents')
    .selectAll()
    .where('item_id', 'in', [...itemIds])
    .where('deleted_at', 'is', null)
    .orderBy('position')
    .execute();
}

/** Typed live items of these bodies, newest meeting first: what a dossier may be linked with. */
export function linkableItems(db: Db, bodyIds: readonly string[], limit = 300) {
  if (bodyIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('agenda_items as i')
    .innerJoin('meetings as m', 'm.id', 'i.meeting_id')
    .innerJoin('bodies as b', 'b.id', 'm.body_id')
    .select(['i.id', 'i.title', 'i.dossier_item_id', 'm.date', 'b.name as body_name'])
    .where('m.body_id', 'in', [...bodyIds])
    .where('i.fixed_role', 'is', null)
    .where('i.deleted_at', 'is', null)
    .where('m.deleted_at', 'is', null)
    .orderBy('m.date', 'desc')
    .limit(limit)
    .execute();
}
