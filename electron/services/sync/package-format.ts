// The `.regie` meeting package, format version 1 (documented in docs/regie-pakket.md): a zip with
//   manifest.json              what this is, who made it, and the SHA-256 and size of every other entry
//   rows/<table>.json          [{ row, bases }] per table: the row, and the hashes of the versions of it
//                              the exporting laptop had exchanged before (for the three-way merge)
//   documents/<sha256>         each document's bytes, named by their hash
// Readers refuse what they do not understand rather than guess: another app's manifest, a newer format,
// entries not in the manifest, a manifest entry that is missing.
import { z } from 'zod';
import { SYNC_TABLES } from './tables';

export const PACKAGE_APP = 'regie';
export const PACKAGE_KIND = 'vergaderpakket';
export const PACKAGE_FORMAT_VERSION = 1;
export const MANIFEST_NAME = 'manifest.json';
export const MAX_MANIFEST_BYTES = 16 * 1024 * 1024;
export const MAX_ROWS_ENTRY_BYTES = 256 * 1024 * 1024;

const sha256 = z.string().regex(/^[0-9a-f]{64}$/);

export const rowsEntryName = (table: string) => `rows/${table}.json`;
export const documentEntryName = (hash: string) => `documents/${hash}`;
export const ROWS_ENTRY = /^rows\/([a-z_]+)\.json$/;
export const DOCUMENT_ENTRY = /^documents\/([0-9a-f]{64})$/;

/** Only what identifies the file, checked before anything else so a foreign manifest gets a clear word. */
export const manifestHeader = z.object({
  app: z.string(),
  kind: z.string(),
  formatVersion: z.number().int(),
});

export const manifestSchema = z.object({
  app: z.literal(PACKAGE_APP),
  kind: z.literal(PACKAGE_KIND),
  formatVersion: z.literal(PACKAGE_FORMAT_VERSION),
  appVersion: z.string().max(50),
  createdAt: z.string().max(40),
  exporter: z.object({ user: z.string().max(200), installationId: z.string().max(100) }),
  meeting: z.object({
    id: z.string().max(100),
    bodyId: z.string().max(100),
    date: z.string().max(10),
    bodyName: z.string().max(300),
  }),
  /** Number of rows per table (informative; the rows entries are authoritative). */
  tables: z.record(z.string().max(64), z.number().int().min(0)),
  /** Rows removed outright on the exporting laptop (no trash for these), by table and id. */
  removed: z.array(z.object({ table: z.enum(SYNC_TABLES), id: z.string().min(1).max(100) })).max(1_000_000),
  entries: z
    .array(z.object({ path: z.string().min(1).max(200), sha256, size: z.number().int().min(0) }))
    .max(60_000),
});

export type Manifest = z.infer<typeof manifestSchema>;

const rowValue = z.union([z.string(), z.number(), z.null()]);
export const rowsEntrySchema = z
  .array(
    z.object({
      row: z
        .record(
          z
            .string()
            .regex(/^[a-z_][a-z0-9_]*$/)
            .max(64),
          rowValue,
        )
        .refine((r) => typeof r.id === 'string' && r.id.length > 0 && r.id.length <= 100, {
          message: 'een rij zonder id',
        }),
      bases: z.array(sha256).max(1000),
    }),
  )
  .max(2_000_000);

export type RowsEntry = z.infer<typeof rowsEntrySchema>;
