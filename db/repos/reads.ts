// Read queries. Plain functions taking the db (or a transaction) first; no module-level connection.
import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../schema';
import type { SentDocumentKind } from '../../shared/domain/types';

export type Db = Kysely<Database> | Transaction<Database>;

export function listBodies(db: Db) {
  return db.selectFrom('bodies').selectAll().where('deleted_at', 'is', null).orderBy('name').execute();
}

export function getBody(db: Db, id: string) {
  return db
    .selectFrom('bodies')
    .selectAll()
    .where('id', '=', id)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
}

export function findBodyByName(db: Db, name: string) {
  return db
    .selectFrom('bodies')
    .selectAll()
    .where('deleted_at', 'is', null)
    .where((eb) => eb(eb.fn('lower', ['name']), '=', name.toLowerCase()))
    .executeTakeFirst();
}

export function rotationOf(db: Db, bodyId: string) {
  return db
    .selectFrom('body_municipalities as bm')
    .innerJoin('municipalities as m', 'm.id', 'bm.municipality_id')
    .select(['bm.id as linkId', 'm.id', 'm.name', 'bm.position'])
    .where('bm.body_id', '=', bodyId)
    .orderBy('bm.position')
    .execute();
}

export function closedDaysOf(db: Db, bodyId: string) {
  return db.selectFrom('closed_days').selectAll().where('body_id', '=', bodyId).orderBy('date').execute();
}

export function listMunicipalities(db: Db) {
  return db.selectFrom('municipalities').selectAll().orderBy('name').execute();
}

export function findMunicipalityByName(db: Db, name: string) {
  return db
    .selectFrom('municipalities')
    .selectAll()
    .where((eb) => eb(eb.fn('lower', ['name']), '=', name.trim().toLowerCase()))
    .executeTakeFirst();
}

/** People who have (or had) a membership of the body. */
export function peopleOfBody(db: Db, bodyId: string) {
  return db
    .selectFrom('people')
    .selectAll()
    .where('deleted_at', 'is', null)
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('memberships')
          .select('memberships.id')
          .whereRef('memberships.person_id', '=', 'people.id')
          .where('memberships.body_id', '=', bodyId)
          .where('memberships.deleted_at', 'is', null),
      ),
    )
    .orderBy('name')
    .execute();
}

export function membershipsOfBody(db: Db, bodyId: string) {
  return db
    .selectFrom('memberships')
    .selectAll()
    .where('body_id', '=', bodyId)
    .where('deleted_at', 'is', null)
    .orderBy('created_at')
    .execute();
}

export function getPerson(db: Db, id: string) {
  return db.selectFrom('people').selectAll().where('id', '=', id).executeTakeFirst();
}

export function meetingsOfBody(db: Db, bodyId: string) {
  return db
    .selectFrom('meetings')
    .selectAll()
    .where('body_id', '=', bodyId)
    .where('deleted_at', 'is', null)
    .orderBy('date')
    .execute();
}

export function getMeeting(db: Db, id: string) {
  return db.selectFrom('meetings').selectAll().where('id', '=', id).executeTakeFirst();
}

export function itemsOfMeeting(db: Db, meetingId: string) {
  return db
    .selectFrom('agenda_items')
    .selectAll()
    .where('meeting_id', '=', meetingId)
    .where('deleted_at', 'is', null)
    .orderBy('position')
    .execute();
}

/** Light item rows for all meetings of a body (counts, late flags). */
export function itemsOfBody(db: Db, bodyId: string) {
  return db
    .selectFrom('agenda_items as i')
    .innerJoin('meetings as m', 'm.id', 'i.meeting_id')
    .select([
      'i.id',
      'i.meeting_id',
      'i.kind',
      'i.fixed_role',
      'i.title',
      'i.target',
      'i.proposal',
      'i.submitted_at',
      'i.late_decision',
      'i.status',
      'i.recurring_key',
      'i.postponed_from_item_id',
    ])
    .where('m.body_id', '=', bodyId)
    .where('m.deleted_at', 'is', null)
    .where('i.deleted_at', 'is', null)
    .execute();
}

export function getItem(db: Db, id: string) {
  return db.selectFrom('agenda_items').selectAll().where('id', '=', id).executeTakeFirst();
}

export function documentsOfMeeting(db: Db, meetingId: string) {
  return db
    .selectFrom('documents as d')
    .innerJoin('agenda_items as i', 'i.id', 'd.item_id')
    .selectAll('d')
    .where('i.meeting_id', '=', meetingId)
    .where('d.deleted_at', 'is', null)
    .orderBy('d.position')
    .execute();
}

export function getDocument(db: Db, id: string) {
  return db.selectFrom('documents').selectAll().where('id', '=', id).executeTakeFirst();
}

/**
 * Every stored file the data refers to: the documents (live and in the trash), the files of what was sent
 * (the agenda and minutes as sent) and the municipalities' Word templates. A file in the store that is not in this set is an orphan.
 */
export async function storedFileReferences(db: Db): Promise<Set<string>> {
  const documents = await db.selectFrom('documents').select('sha256').distinct().execute();
  const sent = await sql<{ sha256: string | null }>`
    SELECT DISTINCT json_extract(f.value, '$.sha256') AS sha256
    FROM sent_versions, json_each(CASE WHEN json_valid(sent_versions.files) THEN sent_versions.files ELSE '[]' END) f`.execute(
    db,
  );
  const out = new Set(documents.map((d) => d.sha256));
  for (const row of sent.rows) if (typeof row.sha256 === 'string') out.add(row.sha256);
  // A municipality's own Word template for the B&W-voorstel (migration 0031).
  const templates = await db
    .selectFrom('municipalities')
    .select('voorstel_template_sha256 as sha256')
    .where('voorstel_template_sha256', 'is not', null)
    .execute();
  for (const t of templates) if (t.sha256) out.add(t.sha256);
  return out;
}

export function allLiveDocumentHashes(db: Db) {
  return db.selectFrom('documents').select(['id', 'sha256', 'title']).execute();
}

export function actionsOfBody(db: Db, bodyId: string) {
  return db
    .selectFrom('actions')
    .selectAll()
    .where('body_id', '=', bodyId)
    .where('deleted_at', 'is', null)
    .orderBy('nr')
    .execute();
}

export function decisionsOfBody(db: Db, bodyId: string) {
  return db
    .selectFrom('decisions as d')
    .innerJoin('meetings as m', 'm.id', 'd.meeting_id')
    .selectAll('d')
    .where('m.body_id', '=', bodyId)
    .where('d.deleted_at', 'is', null)
    .where('m.deleted_at', 'is', null)
    .execute();
}

export function attendanceOfMeeting(db: Db, meetingId: string) {
  return db
    .selectFrom('attendance')
    .selectAll()
    .where('meeting_id', '=', meetingId)
    .where('deleted_at', 'is', null)
    .orderBy('created_at')
    .execute();
}

export function sentVersions(db: Db, meetingId: string, kind: SentDocumentKind) {
  return db
    .selectFrom('sent_versions')
    .selectAll()
    .where('meeting_id', '=', meetingId)
    .where('kind', '=', kind)
    .orderBy('version', 'desc')
    .execute();
}

/**
 * The latest sent agenda of each of a body's meetings (or of the given ones). Only the latest version and only
 * the agenda: on a ten-year archive every sent version with its snapshot (minutes too) was read to keep one per
 * meeting.
 */
export function latestAgendaSentOfBody(db: Db, bodyId: string, meetingIds: readonly string[] | null) {
  if (meetingIds?.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('sent_versions as s')
    .innerJoin('meetings as m', 'm.id', 's.meeting_id')
    .select(['s.meeting_id', 's.version', 's.sent_at', 's.sent_by', 's.snapshot'])
    .where('m.body_id', '=', bodyId)
    .where('s.kind', '=', 'agenda')
    .$if(meetingIds !== null, (q) => q.where('s.meeting_id', 'in', meetingIds ?? []))
    .where(({ eb, selectFrom }) =>
      eb(
        's.version',
        '=',
        selectFrom('sent_versions as later')
          .select(({ fn }) => fn.max('later.version').as('version'))
          .whereRef('later.meeting_id', '=', 's.meeting_id')
          .where('later.kind', '=', 'agenda'),
      ),
    )
    .execute();
}

export function trashOfBody(db: Db, bodyId: string) {
  const items = db
    .selectFrom('agenda_items as i')
    .innerJoin('meetings as m', 'm.id', 'i.meeting_id')
    .select(['i.id', 'i.title', 'i.deleted_at', 'm.date as meetingDate'])
    .where('m.body_id', '=', bodyId)
    .where('i.deleted_at', 'is not', null)
    .execute();
  const documents = db
    .selectFrom('documents as d')
    .innerJoin('agenda_items as i', 'i.id', 'd.item_id')
    .innerJoin('meetings as m', 'm.id', 'i.meeting_id')
    .select(['d.id', 'd.title', 'd.deleted_at', 'i.title as itemTitle', 'm.date as meetingDate'])
    .where('m.body_id', '=', bodyId)
    .where('d.deleted_at', 'is not', null)
    .execute();
  const meetings = db
    .selectFrom('meetings')
    .select(['id', 'date', 'deleted_at'])
    .where('body_id', '=', bodyId)
    .where('deleted_at', 'is not', null)
    .execute();
  return Promise.all([items, documents, meetings]);
}

/**
 * Whether the change set whose id is in `idColumn` concerned the body: a change set belongs to every body whose
 * rows it touched (change_set_bodies, see db/tracked.ts); one that touched no body, to every body.
 */
export function concernsBody(idColumn: string, bodyId: string) {
  return sql<boolean>`(EXISTS (SELECT 1 FROM change_set_bodies b
      WHERE b.change_set_id = ${sql.ref(idColumn)} AND b.body_id = ${bodyId})
    OR NOT EXISTS (SELECT 1 FROM change_set_bodies b WHERE b.change_set_id = ${sql.ref(idColumn)}))`;
}

/** The audit log, newest first; with `bodyId`, the actions that concerned that body or no body at all. */
export function auditLog(db: Db, limit: number, bodyId?: string) {
  let log = db
    .selectFrom('change_sets as c')
    .select([
      'c.id',
      'c.at',
      'c.user',
      'c.label',
      'c.undo_of',
      'c.undone_by',
      (eb) =>
        eb
          .selectFrom('changes')
          .select(eb.fn.countAll<number>().as('n'))
          .whereRef('changes.change_set_id', '=', 'c.id')
          .as('rows'),
    ])
    .orderBy('c.id', 'desc')
    .limit(limit);
  if (bodyId) log = log.where(concernsBody('c.id', bodyId));
  return log.execute();
}

export async function getSetting(db: Db, key: string): Promise<string | undefined> {
  const row = await db.selectFrom('settings').select('value').where('key', '=', key).executeTakeFirst();
  return row?.value;
}

export async function setSetting(db: Db, key: string, value: string): Promise<void> {
  await db
    .insertInto('settings')
    .values({ key, value })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value }))
    .execute();
}

// ---- Lookups the services need by key (kept here so no SQL lives in electron/services) ----

export function findPersonByName(db: Db, name: string) {
  return db
    .selectFrom('people')
    .selectAll()
    .where('deleted_at', 'is', null)
    .where((eb) => eb(eb.fn('lower', ['name']), '=', name.toLowerCase()))
    .executeTakeFirst();
}

export function rotationLinksOf(db: Db, bodyId: string) {
  return db.selectFrom('body_municipalities').selectAll().where('body_id', '=', bodyId).execute();
}

export function liveMembershipsOf(db: Db, bodyId: string, personId: string) {
  return db
    .selectFrom('memberships')
    .selectAll()
    .where('body_id', '=', bodyId)
    .where('person_id', '=', personId)
    .where('deleted_at', 'is', null)
    .execute();
}

/** The live documents of an item in their order. */
export function documentsOfItem(db: Db, itemId: string) {
  return db
    .selectFrom('documents')
    .selectAll()
    .where('item_id', '=', itemId)
    .where('deleted_at', 'is', null)
    .orderBy('position')
    .execute();
}

export function decisionsOfItem(db: Db, itemId: string) {
  return db
    .selectFrom('decisions')
    .selectAll()
    .where('item_id', '=', itemId)
    .where('deleted_at', 'is', null)
    .execute();
}

export function actionsOfMeeting(db: Db, meetingId: string) {
  return db
    .selectFrom('actions')
    .selectAll()
    .where('meeting_id', '=', meetingId)
    .where('deleted_at', 'is', null)
    .execute();
}

/** The live meeting of a body by its id or its date (dates are unique per body). */
export function findMeetingOfBody(db: Db, bodyId: string, ref: string) {
  return db
    .selectFrom('meetings')
    .select('id')
    .where('body_id', '=', bodyId)
    .where((eb) => eb.or([eb('id', '=', ref), eb('date', '=', ref)]))
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
}

/** A row that can be in the trash: its id and deletion moment. */
export function trashableRow(db: Db, table: 'agenda_items' | 'documents' | 'meetings', id: string) {
  return db.selectFrom(table).select(['id', 'deleted_at']).where('id', '=', id).executeTakeFirst();
}

/** The date of the meeting in which a meeting's minutes were adopted. */
export async function adoptedOnDate(db: Db, meetingId: string): Promise<string | null> {
  const row = await db
    .selectFrom('meetings as m')
    .innerJoin('meetings as a', 'a.id', 'm.minutes_adopted_in_meeting_id')
    .select('a.date')
    .where('m.id', '=', meetingId)
    .executeTakeFirst();
  return row?.date ?? null;
}
