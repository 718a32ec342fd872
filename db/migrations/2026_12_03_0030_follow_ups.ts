// Frozen in time: imports nothing from the app.
// The decision chain: each destination of a voorbereidend advice becomes a follow-up of its own (the stuurgroep,
// and one college van B&W per municipality of the body), with status, date, result, note, the B&W-voorstel
// number and zaaknummer, the stuurgroep item it was forwarded to, the stuurgroep decision that closed it, and
// the meeting where its outcome was reported back. Bodies get the number of weeks after which an open
// follow-up is signalled, and which body in Regie is their stuurgroep.
//
// Existing decisions carried one follow-up for the whole advice (follow_up_status/answer/answered_on/
// reported_in_meeting_id). They become follow-ups per destination without losing anything: an open one stays
// open; an answered one becomes 'besloten' with result 'anders', the answer as its note, on the day answered,
// reported in the same meeting. The old columns stay as they were (packages from older versions carry them).
// A follow-up's id is derived from its decision and destination, so two laptops that create the same
// follow-up create the same row.
import { createHash } from 'node:crypto';
import { sql, type Kysely } from 'kysely';

function derivedId(decisionId: string, key: string): string {
  const h = createHash('sha256').update(`follow-up|${decisionId}|${key}`).digest('hex');
  const variant = ((parseInt(h.charAt(16), 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-8${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

interface OldDecision {
  id: string;
  body_id: string;
  destination: 'stuurgroep' | 'colleges' | 'beide';
  follow_up_status: 'open' | 'answered';
  follow_up_answer: string | null;
  follow_up_answered_on: string | null;
  follow_up_reported_in_meeting_id: string | null;
  created_at: string;
  updated_at: string;
}

export async function up(db: Kysely<unknown>): Promise<void> {
  const statements = [
    sql`CREATE TABLE follow_ups (
      id TEXT PRIMARY KEY,
      decision_id TEXT NOT NULL REFERENCES decisions (id),
      by_kind TEXT NOT NULL CHECK (by_kind IN ('stuurgroep', 'college')),
      municipality_id TEXT REFERENCES municipalities (id),
      status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'geagendeerd', 'besloten', 'aangehouden')),
      on_date TEXT,
      result TEXT CHECK (result IN ('akkoord', 'akkoord met aanpassing', 'niet akkoord', 'aangehouden', 'anders')),
      note TEXT NOT NULL DEFAULT '',
      proposal_number TEXT NOT NULL DEFAULT '',
      case_number TEXT NOT NULL DEFAULT '',
      linked_item_id TEXT REFERENCES agenda_items (id),
      outcome_decision_id TEXT REFERENCES decisions (id),
      reported_in_meeting_id TEXT REFERENCES meetings (id),
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      deleted_at TEXT,
      CHECK ((by_kind = 'stuurgroep') = (municipality_id IS NULL))
    )`,
    sql`CREATE INDEX follow_ups_decision ON follow_ups (decision_id)`,
    sql`CREATE INDEX follow_ups_linked_item ON follow_ups (linked_item_id)`,
    sql`ALTER TABLE bodies ADD COLUMN follow_up_weeks INTEGER NOT NULL DEFAULT 8 CHECK (follow_up_weeks BETWEEN 1 AND 104)`,
    sql`ALTER TABLE bodies ADD COLUMN stuurgroep_body_id TEXT REFERENCES bodies (id)`,
  ];
  for (const statement of statements) await statement.execute(db);

  const old = await sql<OldDecision>`
    SELECT d.id, m.body_id, d.destination, d.follow_up_status, d.follow_up_answer, d.follow_up_answered_on,
           d.follow_up_reported_in_meeting_id, d.created_at, d.updated_at
    FROM decisions d JOIN meetings m ON m.id = d.meeting_id
    WHERE d.destination IS NOT NULL AND d.follow_up_status IS NOT NULL
    ORDER BY d.created_at, d.id`.execute(db);
  const rotations = new Map<string, string[]>();
  for (const d of old.rows) {
    let rotation = rotations.get(d.body_id);
    if (!rotation) {
      const rows = await sql<{ municipality_id: string }>`
        SELECT municipality_id FROM body_municipalities WHERE body_id = ${d.body_id} ORDER BY position`.execute(
        db,
      );
      rotation = rows.rows.map((r) => r.municipality_id);
      rotations.set(d.body_id, rotation);
    }
    const targets: (string | null)[] = [
      ...(d.destination !== 'colleges' ? [null] : []),
      ...(d.destination !== 'stuurgroep' ? rotation : []),
    ];
    const answered = d.follow_up_status === 'answered';
    for (const municipalityId of targets) {
      await sql`INSERT INTO follow_ups (id, decision_id, by_kind, municipality_id, status, on_date, result, note,
          reported_in_meeting_id, created_at, updated_at)
        VALUES (${derivedId(d.id, municipalityId ?? 'stuurgroep')}, ${d.id},
          ${municipalityId ? 'college' : 'stuurgroep'}, ${municipalityId},
          ${answered ? 'besloten' : 'open'}, ${answered ? d.follow_up_answered_on : null},
          ${answered ? 'anders' : null}, ${answered ? (d.follow_up_answer ?? '') : ''},
          ${d.follow_up_reported_in_meeting_id}, ${d.created_at}, ${d.updated_at})`.execute(db);
    }
  }
}
