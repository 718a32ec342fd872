// Calls for the Word documents and the distribution package, and for sending as a record.
import { z } from 'zod';
import { call, type CallSpec } from '../define';
import { actionListOrder, id, sentDocumentKind, text } from '../schemas';
import type { SentInfo } from '../views';
import type { SentDocumentKind } from '../../domain/types';

export interface ExportResult {
  path: string;
  fileName: string;
  /** For browser mode: the file's name under the exports folder, fetched at /download/<name>. */
  download: string | null;
  /** The revision number when this is a changed version after sending ("Gewijzigde agenda"). */
  revision: number | null;
  /** True when the file is exactly the version that was sent (nothing changed since). */
  exactlyAsSent: boolean;
  changes: string[];
  /** Something the user should know about this file, e.g. that a template could not be used. */
  notice?: string;
}

/** An attachment handed out by documents.open: a copy in the exports folder, named like in the package. */
interface OpenedDocument {
  path: string;
  /** 'B - Stavaza Beschermd wonen.pdf' */
  fileName: string;
  /** For browser mode: the file's name under the exports folder, fetched at /download/<name>. */
  download: string | null;
}

export interface JobView {
  id: string;
  state: 'running' | 'done' | 'failed';
  doneBytes: number;
  totalBytes: number;
  message: string | null;
  result: {
    folder: string;
    zipPath: string;
    files: string[];
    download: string | null;
    skippedRecipients: string[];
  } | null;
}

export interface SentVersionView extends SentInfo {
  kind: SentDocumentKind;
  files: { role: string; name: string; sha256: string; size: number }[];
}

const outPath = text(4000).optional();

export const exportCalls = {
  'export.agenda': call<z.ZodObject<{ meetingId: typeof id; outPath: typeof outPath }>, ExportResult>(
    z.strictObject({ meetingId: id, outPath }),
  ),
  'export.minutes': call<z.ZodObject<{ meetingId: typeof id; outPath: typeof outPath }>, ExportResult>(
    z.strictObject({ meetingId: id, outPath }),
  ),
  // The minutes' e-mail draft to the ondersteuner (.eml, with the minutes and the action list attached), in the
  // exports folder: the desktop opens it, browser mode downloads it.
  'export.minutesMail': call<z.ZodObject<{ meetingId: typeof id }>, ExportResult>(
    z.strictObject({ meetingId: id }),
  ),
  'export.actions': call<
    z.ZodObject<{
      bodyId: typeof id;
      outPath: typeof outPath;
      groupBy: z.ZodDefault<typeof actionListOrder>;
    }>,
    ExportResult
  >(z.strictObject({ bodyId: id, outPath, groupBy: actionListOrder.default('due') })),
  'export.package': call<z.ZodObject<{ meetingId: typeof id; outDir: typeof outPath }>, { jobId: string }>(
    z.strictObject({ meetingId: id, outDir: outPath }),
  ),
  // One attachment of an item, to open or download: a copy of the stored file (or, for the previous meeting's
  // minutes that item 2 carries, that Word file) in the exports folder. `id` is the AttachmentView's id: null
  // for the previous minutes.
  'documents.open': call<z.ZodObject<{ itemId: typeof id; id: z.ZodNullable<typeof id> }>, OpenedDocument>(
    z.strictObject({ itemId: id, id: id.nullable() }),
  ),
  'jobs.get': call<z.ZodObject<{ jobId: typeof id }>, JobView>(z.strictObject({ jobId: id })),
  // A late item nobody decided on yet makes this refuse (conflict) unless acknowledgeLate: "Toch versturen".
  'agenda.markSent': call<
    z.ZodObject<{ meetingId: typeof id; acknowledgeLate: z.ZodDefault<z.ZodBoolean> }>,
    SentInfo & { changes: string[] }
  >(z.strictObject({ meetingId: id, acknowledgeLate: z.boolean().default(false) })),
  'sent.versions': call<z.ZodObject<{ meetingId: typeof id }>, SentVersionView[]>(
    z.strictObject({ meetingId: id }),
  ),
  'export.sentVersion': call<
    z.ZodObject<{
      meetingId: typeof id;
      kind: typeof sentDocumentKind;
      version: z.ZodNumber;
      outPath: typeof outPath;
    }>,
    ExportResult
  >(
    z.strictObject({
      meetingId: id,
      kind: sentDocumentKind,
      version: z.number().int().min(1),
      outPath,
    }),
  ),
} satisfies Record<string, CallSpec<z.ZodType, unknown>>;
