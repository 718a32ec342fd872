// The static record of migrations, in order. A directory scan breaks once bundled (kysely issue 23),
// so each migration is imported here by name. Names are timestamps; never rename or edit a released one.
import type { Kysely } from 'kysely';
import * as m0001 from './2026_11_23_0001_initial';
import * as m0002 from './2026_11_23_0002_search';
import * as m0003 from './2026_11_23_0003_sync';
import * as m0004 from './2026_11_23_0004_change_set_body';
import * as m0010 from './2026_12_03_0010_change_set_bodies';
import * as m0020 from './2026_12_03_0020_meeting_places';
import * as m0030 from './2026_12_03_0030_follow_ups';
import * as m0031 from './2026_12_03_0031_voorstel_templates';
import * as m0032 from './2026_12_03_0032_dossiers';
import * as m0050 from './2026_12_03_0050_view_indexes';
import * as m0051 from './2026_12_03_0051_document_text';

export interface FrozenMigration {
  up(db: Kysely<unknown>): Promise<void>;
}

export const MIGRATIONS: ReadonlyArray<readonly [name: string, migration: FrozenMigration]> = [
  ['2026_11_23_0001_initial', m0001],
  ['2026_11_23_0002_search', m0002],
  ['2026_11_23_0003_sync', m0003],
  ['2026_11_23_0004_change_set_body', m0004],
  ['2026_12_03_0010_change_set_bodies', m0010],
  ['2026_12_03_0020_meeting_places', m0020],
  ['2026_12_03_0030_follow_ups', m0030],
  ['2026_12_03_0031_voorstel_templates', m0031],
  ['2026_12_03_0032_dossiers', m0032],
  ['2026_12_03_0050_view_indexes', m0050],
  ['2026_12_03_0051_document_text', m0051],
];
