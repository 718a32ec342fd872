// Calls for moving data between laptops and keeping it safe: meeting packages (`.regie` files, see
// docs/regie-pakket.md), backups and the integrity check. Part of the one contract (../contract.ts).
import { z } from 'zod';
import { call, type CallSpec } from '../define';
import { id, requiredText } from '../schemas';

const empty = z.strictObject({}).default({});
const filePath = (what: string) => requiredText(4000, what);

/** One decision on one conflicting field: keep this laptop's value or take the package's. */
const CONFLICT_CHOICES = ['ours', 'theirs'] as const;
export type ConflictChoice = (typeof CONFLICT_CHOICES)[number];
const conflictChoice = z.enum(CONFLICT_CHOICES);
const conflictResolution = z.strictObject({
  table: requiredText(64, 'tabel'),
  id,
  /** A column name, or '*' for the row as a whole (removed on one side, changed on the other). */
  field: requiredText(64, 'veld'),
  choice: conflictChoice,
});
const resolutions = z.union([conflictChoice, z.array(conflictResolution).max(100_000)]).default([]);

/** A field changed on both laptops since they last exchanged it: the user chooses. */
export interface SyncConflictView {
  table: string;
  id: string;
  /** Column name, or '*' when one side removed the row and the other changed it. */
  field: string;
  /** Dutch, for people: 'Agendapunt "Stavaza Beschermd wonen" — verslag'. */
  what: string;
  /** The last exchanged value (null when unknown), this laptop's value, the package's value. */
  base: unknown;
  ours: unknown;
  theirs: unknown;
}

interface PackageMeetingInfo {
  id: string;
  date: string;
  bodyId: string;
  bodyName: string;
}

export interface PackageCounts {
  /** Rows per table. */
  created: Record<string, number>;
  updated: Record<string, number>;
  removed: Record<string, number>;
}

export interface PackagePreview extends PackageCounts {
  meeting: PackageMeetingInfo;
  exportedBy: string;
  exportedAt: string;
  appVersion: string;
  formatVersion: number;
  documents: { total: number; new: number };
  conflicts: SyncConflictView[];
  /** Why importing would be refused (found by trying it and rolling back), in Dutch; null when it would go. */
  problem: string | null;
  /** What the import would settle by itself (see PackageImportResult.notes). */
  notes: string[];
  /** True when importing would change nothing. */
  unchanged: boolean;
}

export interface PackageImportResult extends PackageCounts {
  meeting: PackageMeetingInfo;
  documentsAdded: number;
  conflictsResolved: number;
  unchanged: boolean;
  /** What the import settled by itself (duplicate action numbers, attendance recorded twice), in Dutch. */
  notes: string[];
}

export interface PackageExportResult {
  path: string;
  meeting: PackageMeetingInfo;
  rows: Record<string, number>;
  documents: number;
  bytes: number;
}

export type BackupKind = 'dagelijks' | 'handmatig' | 'voor-terugzetten' | 'voor-migratie' | 'onbekend';

export interface BackupView {
  path: string;
  name: string;
  kind: BackupKind;
  /** ISO moment. */
  createdAt: string;
  /** False for the older database-only copies (documents are then not in the backup). */
  withDocuments: boolean;
  /** Whether the automatic clean-up may remove it (only the daily ones). */
  automatic: boolean;
}

interface BackupListView {
  backups: BackupView[];
  /** Dutch: why the last automatic backup failed, when it did. */
  lastAutomaticError: string | null;
}

export interface RestoreResult {
  restoredFrom: string;
  /** The backup of the state just before restoring (so restoring is never a one-way door). */
  safetyBackup: string;
  /** True when the running services switched to the restored data (the renderer reloads its views). */
  reopened: boolean;
  /** Documents the restored database refers to that neither the backup nor the store has. */
  missingDocuments: number;
}

export interface CheckRunView {
  ok: boolean;
  lines: string[];
  problems: string[];
}

export const syncCalls = {
  'package.export': call<z.ZodObject<{ meetingId: typeof id; outPath: z.ZodString }>, PackageExportResult>(
    z.strictObject({ meetingId: id, outPath: filePath('doelbestand') }),
  ),
  'package.preview': call<z.ZodObject<{ path: z.ZodString }>, PackagePreview>(
    z.strictObject({ path: filePath('pakket') }),
  ),
  /** Browser mode has no file paths: the package's bytes are stored under the data folder first. */
  'package.upload': call<z.ZodObject<{ fileName: z.ZodString; base64: z.ZodString }>, { path: string }>(
    z.strictObject({
      fileName: requiredText(255, 'bestandsnaam'),
      base64: z
        .string()
        .min(1)
        .max(700 * 1024 * 1024),
    }),
  ),
  'package.import': call<
    z.ZodObject<{ path: z.ZodString; resolutions: typeof resolutions }>,
    PackageImportResult
  >(z.strictObject({ path: filePath('pakket'), resolutions })),

  'backup.create': call<z.ZodObject<{ outPath: z.ZodOptional<z.ZodString> }>, BackupView>(
    z.strictObject({ outPath: filePath('doelbestand').optional() }),
  ),
  'backup.list': call<typeof empty, BackupListView>(empty),
  'backup.restore': call<z.ZodObject<{ path: z.ZodString }>, RestoreResult>(
    z.strictObject({ path: filePath('back-up') }),
  ),

  /** With repair: also removes files in the document store that nothing refers to (as `regie check --repair`). */
  'check.run': call<z.ZodDefault<z.ZodObject<{ repair: z.ZodDefault<z.ZodBoolean> }>>, CheckRunView>(
    z.strictObject({ repair: z.boolean().default(false) }).default({ repair: false }),
  ),
} satisfies Record<string, CallSpec<z.ZodType, unknown>>;
