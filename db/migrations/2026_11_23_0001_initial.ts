// Frozen in time: this migration imports nothing from the app and must never change once released.
// Conventions: ids are UUID text (rows travel between laptops), local dates 'YYYY-MM-DD', local times
// 'HH:mm', moments ISO-8601 UTC. Soft deletes (deleted_at) keep everything restorable from the trash.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  const statements = [
    sql`CREATE TABLE municipalities (
      id TEXT PRIMARY KEY,
      name TEXT NOT NULL UNIQUE COLLATE NOCASE,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    )`,
    sql`CREATE TABLE bodies (
      id TEXT PRIMARY KEY,
      name TEXT NOT NULL,
      short_name TEXT,
      submission_days INTEGER NOT NULL DEFAULT 5 CHECK (submission_days BETWEEN 0 AND 60),
      distribution_days INTEGER NOT NULL DEFAULT 5 CHECK (distribution_days BETWEEN 0 AND 60),
      minutes_days INTEGER NOT NULL DEFAULT 5 CHECK (minutes_days BETWEEN 0 AND 60),
      day_unit TEXT NOT NULL DEFAULT 'calendar' CHECK (day_unit IN ('calendar', 'working')),
      shift_to_working_day INTEGER NOT NULL DEFAULT 1 CHECK (shift_to_working_day IN (0, 1)),
      default_start TEXT NOT NULL DEFAULT '09:30',
      default_duration_minutes INTEGER NOT NULL DEFAULT 120,
      fixed_wording TEXT NOT NULL,
      recurring TEXT NOT NULL,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      deleted_at TEXT
    )`,
    sql`CREATE UNIQUE INDEX bodies_name_live ON bodies (name COLLATE NOCASE) WHERE deleted_at IS NULL`,
    sql`CREATE TABLE body_municipalities (
      id TEXT PRIMARY KEY,
      body_id TEXT NOT NULL REFERENCES bodies (id),
      municipality_id TEXT NOT NULL REFERENCES municipalities (id),
      position INTEGER NOT NULL,
      UNIQUE (body_id, municipality_id)
    )`,
    sql`CREATE TABLE closed_days (
      id TEXT PRIMARY KEY,
      body_id TEXT NOT NULL REFERENCES bodies (id),
      date TEXT NOT NULL,
      reason TEXT NOT NULL DEFAULT '',
      UNIQUE (body_id, date)
    )`,
    sql`CREATE TABLE people (
      id TEXT PRIMARY KEY,
      name TEXT NOT NULL,
      email TEXT NOT NULL DEFAULT '',
      municipality_id TEXT REFERENCES municipalities (id),
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      deleted_at TEXT
    )`,
    sql`CREATE TABLE memberships (
      id TEXT PRIMARY KEY,
      body_id TEXT NOT NULL REFERENCES bodies (id),
      person_id TEXT NOT NULL REFERENCES people (id),
      role TEXT NOT NULL CHECK (role IN ('opdrachtgever', 'ondersteuner', 'projectleider', 'lid')),
      municipality_id TEXT REFERENCES municipalities (id),
      valid_from TEXT,
      valid_to TEXT,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      deleted_at TEXT
    )`,
    sql`CREATE INDEX memberships_body ON memberships (body_id, role)`,
    sql`CREATE TABLE meetings (
      id TEXT PRIMARY KEY,
      body_id TEXT NOT NULL REFERENCES bodies (id),
      date TEXT NOT NULL,
      start_time TEXT NOT NULL,
      end_time TEXT,
      location TEXT NOT NULL DEFAULT '',
      host_municipality_id TEXT REFERENCES municipalities (id),
      status TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'held', 'cancelled')),
      chair_override_person_id TEXT REFERENCES people (id),
      chair_override_reason TEXT,
      notulist_override_person_id TEXT REFERENCES people (id),
      notulist_override_reason TEXT,
      minutes_status TEXT NOT NULL DEFAULT 'draft' CHECK (minutes_status IN ('draft', 'sent', 'adopted')),
      minutes_sent_at TEXT,
      minutes_adopted_at TEXT,
      minutes_adopted_in_meeting_id TEXT REFERENCES meetings (id),
      minutes_adoption_changes TEXT,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      deleted_at TEXT
    )`,
    sql`CREATE UNIQUE INDEX meetings_body_date_live ON meetings (body_id, date) WHERE deleted_at IS NULL`,
    sql`CREATE TABLE agenda_items (
      id TEXT PRIMARY KEY,
      meeting_id TEXT NOT NULL REFERENCES meetings (id),
      fixed_role TEXT CHECK (fixed_role IN ('opening', 'minutes', 'closing')),
      position INTEGER NOT NULL,
      kind TEXT NOT NULL CHECK (kind IN ('vast', 'informerend', 'besluitvormend', 'voorbereidend')),
      target TEXT CHECK (target IN ('stuurgroep', 'colleges', 'beide')),
      title TEXT NOT NULL,
      explanation TEXT NOT NULL DEFAULT '',
      proposal TEXT NOT NULL DEFAULT '',
      submitter_person_id TEXT REFERENCES people (id),
      submitter_name TEXT NOT NULL DEFAULT '',
      submitted_at TEXT,
      duration_minutes INTEGER CHECK (duration_minutes IS NULL OR duration_minutes BETWEEN 0 AND 600),
      late_decision TEXT CHECK (late_decision IN ('pending', 'admitted')),
      status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'handled', 'postponed')),
      postponed_from_item_id TEXT REFERENCES agenda_items (id),
      recurring_key TEXT,
      notes TEXT NOT NULL DEFAULT '',
      elapsed_seconds INTEGER NOT NULL DEFAULT 0,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      deleted_at TEXT
    )`,
    sql`CREATE INDEX agenda_items_meeting ON agenda_items (meeting_id, position)`,
    sql`CREATE TABLE documents (
      id TEXT PRIMARY KEY,
      item_id TEXT NOT NULL REFERENCES agenda_items (id),
      position INTEGER NOT NULL,
      title TEXT NOT NULL,
      file_name TEXT NOT NULL,
      size INTEGER NOT NULL,
      sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
      crc32 INTEGER,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      deleted_at TEXT
    )`,
    sql`CREATE INDEX documents_item ON documents (item_id, position)`,
    sql`CREATE INDEX documents_sha ON documents (sha256)`,
    sql`CREATE TABLE attendance (
      id TEXT PRIMARY KEY,
      meeting_id TEXT NOT NULL REFERENCES meetings (id),
      person_id TEXT REFERENCES people (id),
      name TEXT NOT NULL,
      status TEXT NOT NULL CHECK (status IN ('present', 'absent', 'substitute')),
      substitute_for TEXT,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      deleted_at TEXT
    )`,
    sql`CREATE INDEX attendance_meeting ON attendance (meeting_id)`,
    sql`CREATE TABLE decisions (
      id TEXT PRIMARY KEY,
      meeting_id TEXT NOT NULL REFERENCES meetings (id),
      item_id TEXT NOT NULL REFERENCES agenda_items (id),
      text TEXT NOT NULL,
      destination TEXT CHECK (destination IN ('stuurgroep', 'colleges', 'beide')),
      follow_up_status TEXT CHECK (follow_up_status IN ('open', 'answered')),
      follow_up_answer TEXT,
      follow_up_answered_on TEXT,
      follow_up_reported_in_meeting_id TEXT REFERENCES meetings (id),
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      deleted_at TEXT
    )`,
    sql`CREATE INDEX decisions_meeting ON decisions (meeting_id)`,
    sql`CREATE TABLE actions (
      id TEXT PRIMARY KEY,
      body_id TEXT NOT NULL REFERENCES bodies (id),
      meeting_id TEXT NOT NULL REFERENCES meetings (id),
      item_id TEXT REFERENCES agenda_items (id),
      nr INTEGER,
      what TEXT NOT NULL,
      who_person_id TEXT REFERENCES people (id),
      who_name TEXT NOT NULL,
      due TEXT,
      status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done', 'dropped')),
      closed_on TEXT,
      closed_in_meeting_id TEXT REFERENCES meetings (id),
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      deleted_at TEXT
    )`,
    sql`CREATE INDEX actions_body_status ON actions (body_id, status, due)`,
    sql`CREATE INDEX actions_meeting ON actions (meeting_id)`,
    sql`CREATE INDEX actions_body_nr ON actions (body_id, nr)`,
    // An action's number is a record ("actie 12"): given once, per body, and never shifted by a deletion.
    // The database assigns it, so every way a row arrives (the app, a plan, a package) gets one.
    sql`CREATE TRIGGER actions_number AFTER INSERT ON actions WHEN NEW.nr IS NULL BEGIN
      UPDATE actions SET nr = (SELECT coalesce(max(nr), 0) + 1 FROM actions WHERE body_id = NEW.body_id) WHERE rowid = NEW.rowid;
    END`,
    sql`CREATE TABLE action_events (
      id TEXT PRIMARY KEY,
      action_id TEXT NOT NULL REFERENCES actions (id),
      on_date TEXT NOT NULL,
      status TEXT NOT NULL CHECK (status IN ('open', 'done', 'dropped')),
      meeting_id TEXT REFERENCES meetings (id),
      note TEXT NOT NULL DEFAULT '',
      created_at TEXT NOT NULL
    )`,
    sql`CREATE INDEX action_events_action ON action_events (action_id)`,
    // What was sent is a record: the snapshot and the files' hashes, per version.
    sql`CREATE TABLE sent_versions (
      id TEXT PRIMARY KEY,
      meeting_id TEXT NOT NULL REFERENCES meetings (id),
      kind TEXT NOT NULL CHECK (kind IN ('agenda', 'minutes')),
      version INTEGER NOT NULL,
      sent_at TEXT NOT NULL,
      sent_by TEXT NOT NULL,
      snapshot TEXT NOT NULL,
      files TEXT NOT NULL,
      UNIQUE (meeting_id, kind, version)
    )`,
    // Audit log and undo: one change set per user action, with the before/after image of each row.
    sql`CREATE TABLE change_sets (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      at TEXT NOT NULL,
      user TEXT NOT NULL,
      label TEXT NOT NULL,
      undo_of INTEGER REFERENCES change_sets (id),
      undone_by INTEGER REFERENCES change_sets (id)
    )`,
    sql`CREATE TABLE changes (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      change_set_id INTEGER NOT NULL REFERENCES change_sets (id),
      table_name TEXT NOT NULL,
      row_id TEXT NOT NULL,
      before TEXT,
      after TEXT
    )`,
    sql`CREATE INDEX changes_set ON changes (change_set_id)`,
    sql`CREATE INDEX changes_row ON changes (table_name, row_id)`,
    sql`CREATE TABLE settings (
      key TEXT PRIMARY KEY,
      value TEXT NOT NULL
    )`,
  ];
  for (const statement of statements) await statement.execute(db);
}
