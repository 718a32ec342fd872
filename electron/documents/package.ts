// The distribution package: one folder with the agenda (.docx), the attachments named by letter
// ('B - Stavaza Beschermd wonen.pdf'), further documents such as the action list, a draft e-mail to the
// invitees (.eml, opens in Outlook as a new message) and the meeting for the calendar (.ics) — and a .zip of
// that folder next to it.
//
// Safety: everything is written into a temporary folder and a temporary zip in `outDir`, which are renamed to
// their final names only when complete; on any error (or abort) both are removed. An existing package of the
// same name is never overwritten unless asked: the new one gets ' (2)', ' (3)', ….
//
// Speed: each attachment is read once; every chunk goes to the folder copy (or the folder gets a hard link to
// the read-only store file) and to its pre-computed place in the zip, on a worker thread, while this thread
// builds the agenda; then a second thread joins in (see copy-worker.ts for why). When the attachments go into
// the e-mail as well, the thread hands their bytes back, so the e-mail is composed without reading them again.
// Attachments are stored in the zip without compression (PDFs, Office files and images are compressed already).
import { randomBytes } from 'node:crypto';
import { type FileHandle, access, mkdir, open, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Document } from 'docx';
import {
  distributionFileNames,
  fileExtension,
  safeFileName,
  safeFolderName,
  uniqueFileName,
} from '../../shared/rules/fileNames';
import { composeEml, contentTypeFor, isMailAddress, type EmlAttachment } from './eml';
import { buildIcs, type CalendarEvent, type MailAddress } from './ics';
import { fsyncDir, packDocx, renameWithRetry, syncFile } from './write';
import { copyAttachments } from './copy-worker';
import { ZipFileWriter, type ZipSlot } from './zip';

export interface PackageAttachment {
  /** 'A', 'C1', … */
  label: string;
  title: string;
  /** The file in the app's content store. */
  sourcePath: string;
  /** The name it was submitted with; gives the extension. */
  originalFileName: string;
  /**
   * The source is an immutable, read-only file of the app's content store: the folder may then hold a hard
   * link to it instead of a second copy (same volume only; elsewhere it is copied). The zip still gets the
   * bytes. Only with a known crc32, so the file is read just once.
   */
  immutable?: boolean;
  /**
   * CRC-32 of the file, when the content store recorded it on import (it reads every byte then anyway, for its
   * hash). Saves computing it here — about a third of the CPU time of an export. Must be right: a wrong value
   * makes unzip tools report the entry as damaged.
   */
  crc32?: number;
}

export interface PackageEmail {
  to: MailAddress[];
  cc?: MailAddress[];
  subject: string;
  bodyText: string;
  from?: MailAddress | null;
  /**
   * Attachments go into the e-mail only while their total stays at or under this many bytes (default 15 MB,
   * about 20 MB once base64-encoded: under the usual 20–25 MB mail limits). Above it the e-mail carries the
   * agenda and the calendar file only, and `attachmentsOmittedNote` is added to the text.
   */
  maxAttachmentBytes?: number;
  /** Added to the body when the documents are left out; '' adds nothing. */
  attachmentsOmittedNote?: string;
  /** The Date header (the app's now); defaults to the machine's clock. */
  date?: Date;
}

export interface PackageNames {
  /** Default 'Agenda.docx'; the services name it after its meeting ('Agenda 2027-04-01 Regiegroep.docx'). */
  agenda?: string;
  /** Default 'E-mail aan genodigden.eml'. */
  email?: string;
  /** Default 'Vergadering.ics'. */
  calendar?: string;
}

export interface PackageDocument {
  /** The file name in the package ('Actielijst 2027-04-01.docx'). */
  name: string;
  /** Made once the copies run (like the agenda). */
  bytes: () => Promise<Uint8Array>;
}

export interface DistributionPackageInput {
  outDir: string;
  folderName: string;
  /**
   * The agenda: its bytes, a Document to pack, or a function that makes the bytes — called once the copies
   * are under way, so building the agenda overlaps with waiting for the disk.
   */
  agendaDocx: Buffer | Uint8Array | Document | (() => Promise<Uint8Array>);
  attachments: PackageAttachment[];
  /** Further documents after the attachments (the action list): in the folder, the zip and the e-mail. */
  documents?: PackageDocument[];
  email: PackageEmail;
  calendar: CalendarEvent;
  names?: PackageNames;
  /** Called as bytes are processed; `doneBytes` reaches `totalBytes` at the end. */
  onProgress?: (doneBytes: number, totalBytes: number) => void;
  signal?: AbortSignal;
  /** What to do when a folder or zip of that name exists: pick a new name (default) or replace it. */
  ifExists?: 'unique' | 'replace';
  /** fsync every file before the final rename (slower; the package can always be made again). Default false. */
  durable?: boolean;
}

export interface DistributionPackageResult {
  /** Absolute path of the package folder. */
  folder: string;
  zipPath: string;
  /** File names inside the folder, in zip order: agenda, attachments, documents, calendar, e-mail. */
  files: string[];
  agendaPath: string;
  emlPath: string;
  icsPath: string;
  /** Attachment file names that went into the e-mail (agenda and calendar included). */
  emailAttachments: string[];
  emailAttachmentsOmitted: boolean;
  /** Recipients left out of the e-mail for lack of a valid address. */
  skippedRecipients: MailAddress[];
  zipBytes: number;
}

export const DEFAULT_MAX_EMAIL_ATTACHMENT_BYTES = 15 * 1000 * 1000;
const CHUNK = 4 << 20;
/** Folder names stay short: Windows paths over 260 characters break Explorer and Office. */
const FOLDER_MAX = 80;
const FILE_MAX = 120;

function withExtension(name: string | undefined, fallback: string, ext: string): string {
  const base = safeFileName(name && name.trim() ? name : fallback, FILE_MAX);
  return fileExtension(base) === ext ? base : safeFileName(`${base}${ext}`, FILE_MAX);
}

/**
 * The names of the agenda and the attachments in the package, as the package writes them: the services give
 * the same to the agenda's Bijlagen list, so it names each document exactly as the member receives it.
 */
export function packageFileNames(
  agendaName: string | undefined,
  attachments: readonly Pick<PackageAttachment, 'label' | 'title' | 'originalFileName'>[],
): { agenda: string; attachments: string[]; taken: Set<string> } {
  return distributionFileNames(withExtension(agendaName, 'Agenda', '.docx'), attachments, FILE_MAX);
}

function abortError(signal: AbortSignal): Error {
  const reason: unknown = signal.reason;
  if (reason instanceof Error) return reason;
  const err = new Error('Het maken van het pakket is afgebroken.');
  err.name = 'AbortError';
  return err;
}

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}

/** Finds a folder name (and its zip) that does not exist yet: 'Name', 'Name (2)', … */
async function uniqueTarget(outDir: string, folder: string): Promise<string> {
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? '' : ` (${n})`;
    const name = safeFolderName(folder, FOLDER_MAX - suffix.length) + suffix;
    if (!(await exists(join(outDir, name))) && !(await exists(join(outDir, `${name}.zip`)))) return name;
  }
}

/** Builds the distribution package of one meeting. */
export async function writeDistributionPackage(
  input: DistributionPackageInput,
): Promise<DistributionPackageResult> {
  const { outDir, signal } = input;
  if (signal?.aborted) throw abortError(signal);
  await mkdir(outDir, { recursive: true });

  const folderBase = safeFolderName(input.folderName, FOLDER_MAX);
  const named = packageFileNames(input.names?.agenda, input.attachments);
  const taken = named.taken;
  const agendaName = named.agenda;
  const attNames = named.attachments;
  const documents = input.documents ?? [];
  const docNames = documents.map((d) => uniqueFileName(safeFileName(d.name, FILE_MAX), taken, FILE_MAX));
  const icsName = uniqueFileName(
    withExtension(input.names?.calendar, 'Vergadering', '.ics'),
    taken,
    FILE_MAX,
  );
  const emlName = uniqueFileName(
    withExtension(input.names?.email, 'E-mail aan genodigden', '.eml'),
    taken,
    FILE_MAX,
  );

  const sizes = await Promise.all(
    input.attachments.map(async (a) => {
      const st = await stat(a.sourcePath);
      if (!st.isFile()) throw new Error(`Geen bestand: ${a.sourcePath}`);
      return st.size;
    }),
  );
  const attachmentBytes = sizes.reduce((a, b) => a + b, 0);
  const maxMail = input.email.maxAttachmentBytes ?? DEFAULT_MAX_EMAIL_ATTACHMENT_BYTES;
  const mailWithDocs = attachmentBytes <= maxMail;

  // Progress counts attachment bytes, read once for the folder, the zip and (when it carries them) the e-mail.
  // (The agenda and the small files are not counted.)
  const total = attachmentBytes;
  let done = 0;
  const progress = (n: number) => {
    done += n;
    input.onProgress?.(Math.min(done, total), total);
  };

  const tag = randomBytes(5).toString('hex');
  const tmpFolder = join(outDir, `.${folderBase}.regie-${tag}.tmp`);
  const tmpZip = join(outDir, `.${folderBase}.regie-${tag}.zip.tmp`);
  await mkdir(tmpFolder);
  let zipFh: FileHandle | undefined;
  let finished = false;
  try {
    zipFh = await open(tmpZip, 'wx');
    const zip = new ZipFileWriter(zipFh);
    // Entries live under the folder's name, so unpacking gives the same folder. The final name may still get
    // ' (2)'; the zip then keeps the base name inside, which is what people expect from 'Extract here'.
    const prefix = `${folderBase}/`;
    await zip.addDirectory(prefix);

    // Attachments: reserve their places in order, then fill them in parallel.
    const slots = input.attachments.map((_, i) =>
      zip.reserveStored(prefix + attNames[i], sizes[i] as number),
    );
    // The copies run on their own thread (see copy-worker.ts); stopped by the caller's signal or a failure here.
    const stopCopies = new AbortController();
    const copying = copyAttachments(
      tmpZip,
      input.attachments.map((a, i) => ({
        src: a.sourcePath,
        dest: join(tmpFolder, attNames[i] as string),
        size: sizes[i] as number,
        zipOffset: (slots[i] as ZipSlot).dataOffset,
        crc: a.crc32 ?? null,
        linkable: a.immutable === true,
        keep: mailWithDocs,
      })),
      {
        onBytes: progress,
        signal: signal ? AbortSignal.any([signal, stopCopies.signal]) : stopCopies.signal,
        abortError: () => abortError(signal?.aborted ? signal : stopCopies.signal),
        chunkBytes: CHUNK,
      },
    );

    // Meanwhile the agenda, on this thread while the copy runs on its own. Its data goes after the attachments
    // in the zip, which still lists it first.
    const agendaDocx = input.agendaDocx;
    let agendaBytes: Uint8Array;
    try {
      agendaBytes =
        agendaDocx instanceof Uint8Array
          ? agendaDocx
          : typeof agendaDocx === 'function'
            ? await agendaDocx()
            : await packDocx(agendaDocx);
    } catch (err) {
      // Stop the copies and let them finish before the temporary files are removed.
      stopCopies.abort();
      await copying.result.catch(() => undefined);
      throw err;
    }
    // This thread is free now: a second copying thread joins in.
    copying.speedUp();

    // The documents (the action list), on this thread after the agenda.
    const documentBytes: Uint8Array[] = [];
    try {
      for (const d of documents) documentBytes.push(await d.bytes());
    } catch (err) {
      stopCopies.abort();
      await copying.result.catch(() => undefined);
      throw err;
    }

    // The calendar file, the agenda, the documents and the e-mail, with their zip entries (after the
    // attachments' data). They are written while the copy still runs — unless the e-mail carries the
    // attachments: it takes their bytes from the copy, so it waits for it.
    const writeSmallFiles = async (attachmentData: Uint8Array[] | null) => {
      const icsBytes = Buffer.from(buildIcs(input.calendar), 'utf8');
      await writeFile(join(tmpFolder, icsName), icsBytes);
      await writeFile(join(tmpFolder, agendaName), agendaBytes);
      for (const [i, name] of docNames.entries())
        await writeFile(join(tmpFolder, name), documentBytes[i] as Uint8Array);
      const recipients = input.email.to.filter((r) => isMailAddress(r.email));
      const method = input.calendar.method ?? (input.calendar.organizer ? 'REQUEST' : 'PUBLISH');
      let bodyText = input.email.bodyText;
      if (!mailWithDocs) {
        const mb = (attachmentBytes / 1e6).toLocaleString('nl-NL', { maximumFractionDigits: 1 });
        const note =
          input.email.attachmentsOmittedNote ??
          `De stukken zijn samen te groot om mee te sturen (${mb} MB); ze worden apart gedeeld.`;
        if (note) bodyText = `${bodyText.replace(/\s+$/, '')}\n\n${note}\n`;
      }
      const mailAttachments: EmlAttachment[] = [
        { fileName: agendaName, contentType: contentTypeFor(agendaName), data: agendaBytes },
      ];
      if (attachmentData) {
        attNames.forEach((name, i) =>
          mailAttachments.push({
            fileName: name,
            contentType: contentTypeFor(name),
            data: attachmentData[i] as Uint8Array,
          }),
        );
      }
      docNames.forEach((name, i) =>
        mailAttachments.push({
          fileName: name,
          contentType: contentTypeFor(name),
          data: documentBytes[i] as Uint8Array,
        }),
      );
      mailAttachments.push({
        fileName: icsName,
        contentType: `text/calendar; charset=UTF-8; method=${method}`,
        data: icsBytes,
      });
      const emlBytes = await composeEml({
        from: input.email.from ?? null,
        to: recipients,
        ...(input.email.cc ? { cc: input.email.cc } : {}),
        subject: input.email.subject,
        bodyText,
        ...(input.email.date ? { date: input.email.date } : {}),
        attachments: mailAttachments,
      });
      await writeFile(join(tmpFolder, emlName), emlBytes);
      await zip.addBuffer(prefix + agendaName, agendaBytes, false);
      for (const [i, name] of docNames.entries())
        await zip.addBuffer(prefix + name, documentBytes[i] as Uint8Array, false);
      await zip.addBuffer(prefix + icsName, icsBytes, true);
      // Base64 of PDFs hardly shrinks: only deflate a plain (small) e-mail.
      await zip.addBuffer(prefix + emlName, emlBytes, emlBytes.length <= 4 << 20);
      return mailAttachments;
    };

    let crcs: number[];
    let mailAttachments: EmlAttachment[];
    if (mailWithDocs) {
      crcs = await copying.result;
      if (signal?.aborted) throw abortError(signal);
      mailAttachments = await writeSmallFiles(copying.kept());
    } else {
      const small = writeSmallFiles(null).catch((err: unknown) => {
        stopCopies.abort();
        throw err;
      });
      const [copied, written] = await Promise.allSettled([copying.result, small]);
      // A failure of the small files stopped the copy: theirs is the error to report.
      if (written.status === 'rejected') throw written.reason;
      if (copied.status === 'rejected') throw copied.reason;
      crcs = copied.value;
      mailAttachments = written.value;
    }
    if (signal?.aborted) throw abortError(signal);
    // The attachments' local headers, now that their CRC-32s are known.
    await Promise.all(slots.map((slot, i) => zip.finishSlot(slot, crcs[i] as number)));
    const skippedRecipients = input.email.to.filter((r) => !isMailAddress(r.email));

    const files = [agendaName, ...attNames, ...docNames, icsName, emlName];
    const zipBytes = await zip.finish([prefix, ...files.map((f) => prefix + f)]);
    if (input.durable) {
      await zipFh.sync();
      for (const name of files) await syncFile(join(tmpFolder, name));
      await fsyncDir(tmpFolder);
    }
    await zipFh.close();
    zipFh = undefined;

    // Into place.
    let finalName: string;
    if (input.ifExists === 'replace') {
      finalName = folderBase;
      const target = join(outDir, finalName);
      if (await exists(target)) {
        const old = join(outDir, `.${folderBase}.regie-${tag}.old`);
        await renameWithRetry(target, old);
        await renameWithRetry(tmpFolder, target);
        await rm(old, { recursive: true, force: true });
      } else {
        await renameWithRetry(tmpFolder, target);
      }
    } else {
      finalName = await uniqueTarget(outDir, folderBase);
      await renameWithRetry(tmpFolder, join(outDir, finalName));
    }
    const folder = join(outDir, finalName);
    const zipPath = join(outDir, `${finalName}.zip`);
    await renameWithRetry(tmpZip, zipPath);
    if (input.durable) await fsyncDir(outDir);
    finished = true;
    input.onProgress?.(total, total);

    return {
      folder,
      zipPath,
      files,
      agendaPath: join(folder, agendaName),
      emlPath: join(folder, emlName),
      icsPath: join(folder, icsName),
      emailAttachments: mailAttachments.map((m) => m.fileName),
      emailAttachmentsOmitted: !mailWithDocs,
      skippedRecipients,
      zipBytes,
    };
  } finally {
    if (zipFh) await zipFh.close().catch(() => undefined);
    if (!finished) {
      await rm(tmpFolder, { recursive: true, force: true }).catch(() => undefined);
      await rm(tmpZip, { force: true }).catch(() => undefined);
    }
  }
}
