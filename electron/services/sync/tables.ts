// Which tables travel in a meeting package, in parent-before-child order (inserts go this way so the
// search triggers find their meeting; removals go the other way), and how people call them. Columns and
// foreign keys are read from SQLite itself, so a column added by a later migration travels without
// changes here.
import type { Db } from '../../../db/repos/reads';
import { tableShape } from '../../../db/repos/sync';
import type { TrackedTable } from '../../../db/schema';
import { describeRow, ROW_LABEL } from '../../../shared/api/rows';

export const SYNC_TABLES = [
  'municipalities',
  'bodies',
  'body_municipalities',
  'closed_days',
  'people',
  'memberships',
  'meetings',
  'agenda_items',
  'documents',
  'attendance',
  'decisions',
  'follow_ups',
  'actions',
  'action_events',
  'sent_versions',
] as const satisfies readonly TrackedTable[];

export type SyncTable = (typeof SYNC_TABLES)[number];

export function isSyncTable(name: string): name is SyncTable {
  return (SYNC_TABLES as readonly string[]).includes(name);
}

/** Fields that are bookkeeping, not content: never a conflict (updated_at is set by the merge itself). */
export const NOT_MERGED = new Set(['id', 'updated_at']);

const TABLE_LABEL: Record<SyncTable, string> = ROW_LABEL;

const FIELD_LABEL: Record<string, string> = {
  title: 'titel',
  name: 'naam',
  notes: 'verslag',
  text: 'tekst',
  what: 'wat',
  who_name: 'wie',
  who_person_id: 'wie',
  due: 'gereed op',
  status: 'status',
  date: 'datum',
  start_time: 'begintijd',
  end_time: 'eindtijd',
  location: 'locatie',
  explanation: 'toelichting',
  proposal: 'voorstel',
  kind: 'soort',
  target: 'besluit door',
  position: 'volgorde',
  deleted_at: 'verwijderd',
  destination: 'vervolg',
  email: 'e-mail',
  host_municipality_id: 'gastgemeente',
  chair_override_person_id: 'voorzitter (vervanging)',
  chair_override_reason: 'reden vervanging voorzitter',
  notulist_override_person_id: 'notulist (vervanging)',
  notulist_override_reason: 'reden vervanging notulist',
  minutes_status: 'status verslag',
  duration_minutes: 'duur',
  follow_up_answer: 'antwoord',
  on_date: 'datum',
  result: 'uitkomst',
  note: 'toelichting',
  proposal_number: 'nummer B&W-voorstel',
  case_number: 'zaaknummer',
  linked_item_id: 'doorgestuurd naar',
  outcome_decision_id: 'besluit stuurgroep',
  reported_in_meeting_id: 'teruggekoppeld in',
  follow_up_weeks: 'weken tot signalering vervolg',
  stuurgroep_body_id: 'stuurgroep',
  reason: 'reden',
  role: 'rol',
};

export function fieldLabel(field: string): string {
  return field === '*'
    ? 'de hele regel (aan de ene kant verwijderd, aan de andere gewijzigd)'
    : (FIELD_LABEL[field] ?? field);
}

/** 'Agendapunt "Stavaza Beschermd wonen"' — how a row is named in a conflict. */
export function rowLabel(table: SyncTable, row: Record<string, unknown> | undefined): string {
  return row ? describeRow(table, row) : TABLE_LABEL[table];
}

export interface TableShape {
  columns: string[];
  /** column → parent table (always referencing the parent's id). */
  references: Map<string, string>;
}

/** Columns and foreign keys of every synced table, from SQLite's own catalogue. */
export async function readShapes(db: Db): Promise<Map<SyncTable, TableShape>> {
  const shapes = new Map<SyncTable, TableShape>();
  for (const table of SYNC_TABLES) shapes.set(table, await tableShape(db, table));
  return shapes;
}
