// A draft e-mail as an .eml file, composed by nodemailer's MailComposer (RFC 5322 + MIME: multipart/mixed, a
// quoted-printable UTF-8 text part, base64 attachments with RFC 2231 file names and encoded-word names for
// Outlook). The header 'X-Unsent: 1' makes Outlook open it as a new message ready to send rather than as a
// received one. The attachments' bytes are handed over in memory: the distribution package reads each
// attachment once, for its folder, its zip and this e-mail together (package.ts).
import MailComposer from 'nodemailer/lib/mail-composer';
import type Mail from 'nodemailer/lib/mailer';
import type { MailAddress } from './ics';
import { cleanLine, cleanText } from './styles';
import { writeFileAtomic } from './write';

export interface EmlAttachment {
  fileName: string;
  contentType: string;
  data: Uint8Array;
}

export interface EmlMessage {
  from?: MailAddress | null;
  to: MailAddress[];
  cc?: MailAddress[];
  subject: string;
  bodyText: string;
  attachments: EmlAttachment[];
  /** Date header; defaults to now. */
  date?: Date;
}

const CONTENT_TYPES: Record<string, string> = {
  pdf: 'application/pdf',
  doc: 'application/msword',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xls: 'application/vnd.ms-excel',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  ppt: 'application/vnd.ms-powerpoint',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  odt: 'application/vnd.oasis.opendocument.text',
  ods: 'application/vnd.oasis.opendocument.spreadsheet',
  txt: 'text/plain',
  csv: 'text/csv',
  rtf: 'application/rtf',
  ics: 'text/calendar',
  eml: 'message/rfc822',
  msg: 'application/vnd.ms-outlook',
  zip: 'application/zip',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  gif: 'image/gif',
  svg: 'image/svg+xml',
  tif: 'image/tiff',
  tiff: 'image/tiff',
  mp4: 'video/mp4',
  mp3: 'audio/mpeg',
};

/** MIME type for a file name by its extension; 'application/octet-stream' when unknown. */
export function contentTypeFor(fileName: string): string {
  const m = /\.([A-Za-z0-9]+)$/.exec(fileName);
  return (m && CONTENT_TYPES[(m[1] as string).toLowerCase()]) || 'application/octet-stream';
}

const EMAIL_RE = /^[^\s<>()[\]\\,;:"@]+@[^\s<>()[\]\\,;:"@]+\.[^\s<>()[\]\\,;:"@]+$/;

export function isMailAddress(email: string): boolean {
  return EMAIL_RE.test(email.trim());
}

function address(a: MailAddress): Mail.Address {
  return { name: cleanLine(a.name), address: a.email.trim() };
}

/** The message as the bytes of an .eml file (CRLF line ends). Recipients without a valid address are left out. */
export async function composeEml(msg: EmlMessage): Promise<Buffer> {
  const to = msg.to.filter((a) => isMailAddress(a.email)).map(address);
  const cc = (msg.cc ?? []).filter((a) => isMailAddress(a.email)).map(address);
  const composer = new MailComposer({
    ...(msg.from && isMailAddress(msg.from.email) ? { from: address(msg.from) } : {}),
    ...(to.length > 0 ? { to } : {}),
    ...(cc.length > 0 ? { cc } : {}),
    subject: cleanLine(msg.subject),
    text: cleanText(msg.bodyText).replace(/\n/g, '\r\n'),
    textEncoding: 'quoted-printable',
    date: msg.date ?? new Date(),
    headers: { 'X-Unsent': '1', 'X-Mailer': 'Regie' },
    attachments: msg.attachments.map((a) => ({
      filename: cleanLine(a.fileName) || 'bijlage',
      content: Buffer.from(a.data.buffer, a.data.byteOffset, a.data.byteLength),
      contentType: a.contentType,
      contentTransferEncoding: 'base64',
    })),
  });
  return composer.compile().build();
}

/** Writes the message to `path` (atomically: a temporary file, then renamed). */
export async function writeEml(path: string, msg: EmlMessage): Promise<void> {
  await writeFileAtomic(path, await composeEml(msg));
}
