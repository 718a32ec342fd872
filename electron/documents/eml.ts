// A draft e-mail as an .eml file (RFC 5322 + MIME): multipart/mixed with a quoted-printable UTF-8 text part
// and base64 attachments. The header 'X-Unsent: 1' makes Outlook open it as a new message ready to send
// rather than as a received one. Large attachments are streamed from disk, never held in memory whole.
import { randomBytes } from 'node:crypto';
import { type FileHandle, open } from 'node:fs/promises';
import type { MailAddress } from './ics';
import { cleanLine, cleanText } from './styles';

export interface EmlAttachment {
  fileName: string;
  contentType: string;
  /** Either the bytes or a path to stream them from. */
  data?: Uint8Array;
  path?: string;
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

const CRLF = '\r\n';
const encoder = new TextEncoder();

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

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/** RFC 2047 encoded-words (base64, UTF-8), each at most 75 characters, split between characters. */
export function encodeWords(text: string): string[] {
  const words: string[] = [];
  let chunk: number[] = [];
  const flush = () => {
    if (chunk.length > 0) words.push(`=?UTF-8?B?${Buffer.from(chunk).toString('base64')}?=`);
    chunk = [];
  };
  for (const ch of text) {
    const bytes = encoder.encode(ch);
    // 45 bytes → 60 base64 characters + 12 for '=?UTF-8?B?' and '?=' = 72 ≤ 75.
    if (chunk.length + bytes.length > 45) flush();
    chunk.push(...bytes);
  }
  flush();
  return words;
}

/** An unstructured header value (Subject): as is when plain ASCII, else encoded-words folded over lines. */
export function encodeHeaderText(text: string): string {
  const clean = cleanLine(text);
  if (PRINTABLE_ASCII.test(clean) && !clean.includes('=?') && clean.length <= 900) return clean;
  return encodeWords(clean).join(`${CRLF} `);
}

const EMAIL_RE = /^[^\s<>()[\]\\,;:"@]+@[^\s<>()[\]\\,;:"@]+\.[^\s<>()[\]\\,;:"@]+$/;

export function isMailAddress(email: string): boolean {
  return EMAIL_RE.test(email.trim());
}

/** 'Name <addr>' with the display name quoted or encoded as needed. */
export function formatAddress(addr: MailAddress): string {
  const email = addr.email.trim();
  const name = cleanLine(addr.name);
  if (!name) return `<${email}>`;
  if (PRINTABLE_ASCII.test(name) && !name.includes('=?')) {
    return `"${name.replace(/(["\\])/g, '\\$1')}" <${email}>`;
  }
  return `${encodeWords(name).join(' ')} <${email}>`;
}

/** RFC 5322 date, in UTC: 'Tue, 08 Dec 2026 09:30:00 +0000'. */
export function rfc5322Date(d: Date): string {
  const days = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const p = (n: number) => String(n).padStart(2, '0');
  return `${days[d.getUTCDay()]}, ${p(d.getUTCDate())} ${months[d.getUTCMonth()]} ${d.getUTCFullYear()} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} +0000`;
}

/** Quoted-printable (RFC 2045 §6.7) of UTF-8 text, CRLF line breaks, lines at most 76 characters. */
export function encodeQuotedPrintable(text: string): string {
  const lines = cleanText(text).split('\n');
  const out: string[] = [];
  for (const line of lines) {
    const bytes = encoder.encode(line);
    let current = '';
    for (let i = 0; i < bytes.length; i++) {
      const b = bytes[i] as number;
      const last = i === bytes.length - 1;
      let token: string;
      if ((b >= 33 && b <= 126 && b !== 61) || ((b === 32 || b === 9) && !last))
        token = String.fromCharCode(b);
      else token = `=${b.toString(16).toUpperCase().padStart(2, '0')}`;
      // Keep a multi-byte character's =XX=XX sequence together on one line.
      let seq = token;
      while (b >= 0xc0 && i + 1 < bytes.length && ((bytes[i + 1] as number) & 0xc0) === 0x80) {
        i++;
        seq += `=${(bytes[i] as number).toString(16).toUpperCase().padStart(2, '0')}`;
      }
      token = seq;
      if (current.length + token.length > 75) {
        out.push(`${current}=`);
        current = '';
      }
      current += token;
    }
    out.push(current);
  }
  return out.join(CRLF);
}

/** RFC 2231 parameter, with continuations for long values: name*0*=UTF-8''…; name*1*=… */
export function rfc2231Param(name: string, value: string): string {
  const pct = Array.from(encoder.encode(value), (b) => {
    const c = String.fromCharCode(b);
    return /[A-Za-z0-9!#$&+.^_`|~-]/.test(c) ? c : `%${b.toString(16).toUpperCase().padStart(2, '0')}`;
  });
  const segments: string[] = [];
  let current = '';
  for (const t of pct) {
    if (current.length + t.length > 60) {
      segments.push(current);
      current = '';
    }
    current += t;
  }
  segments.push(current);
  if (segments.length === 1) return `${name}*=UTF-8''${segments[0]}`;
  return segments.map((s, i) => `${name}*${i}*=${i === 0 ? "UTF-8''" : ''}${s}`).join(`;${CRLF} `);
}

function quotedParam(name: string, value: string): string {
  return `${name}="${value.replace(/(["\\])/g, '\\$1')}"`;
}

function attachmentHeaders(att: EmlAttachment): string {
  const fileName = cleanLine(att.fileName) || 'bijlage';
  const ascii = PRINTABLE_ASCII.test(fileName);
  const typeParams = att.contentType;
  // Outlook reads `name` on Content-Type (encoded-words); standard readers prefer RFC 2231 `filename*`.
  const nameParam = ascii
    ? quotedParam('name', fileName)
    : `name="${encodeWords(fileName).join(`${CRLF} `)}"`;
  const dispParams = ascii ? quotedParam('filename', fileName) : `${rfc2231Param('filename', fileName)}`;
  return (
    `Content-Type: ${typeParams};${CRLF} ${nameParam}${CRLF}` +
    `Content-Disposition: attachment;${CRLF} ${dispParams}${CRLF}` +
    `Content-Transfer-Encoding: base64${CRLF}${CRLF}`
  );
}

/** Base64 in 76-character lines with CRLF; `bytes.length` must be a multiple of 57 except for the last piece. */
function base64Lines(bytes: Uint8Array): string {
  const b64 = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');
  let out = '';
  for (let i = 0; i < b64.length; i += 76) out += b64.slice(i, i + 76) + CRLF;
  return out;
}

/** Buffered sequential writer. */
class Sink {
  private pending: string[] = [];
  private size = 0;
  constructor(private readonly fh: FileHandle) {}
  async write(s: string): Promise<void> {
    this.pending.push(s);
    this.size += s.length;
    if (this.size >= 1 << 20) await this.flush();
  }
  async flush(): Promise<void> {
    if (this.pending.length === 0) return;
    const data = this.pending.join('');
    this.pending = [];
    this.size = 0;
    await this.fh.write(data, null, 'utf8');
  }
}

const B64_CHUNK = 57 * 16 * 1024; // a multiple of 57 bytes: whole 76-character lines

async function streamBase64(sink: Sink, att: EmlAttachment, onBytes?: (n: number) => void): Promise<void> {
  if (att.data) {
    for (let i = 0; i < att.data.length; i += B64_CHUNK) {
      await sink.write(base64Lines(att.data.subarray(i, i + B64_CHUNK)));
    }
    return;
  }
  if (!att.path) throw new Error(`Bijlage zonder inhoud: ${att.fileName}`);
  const fh = await open(att.path, 'r');
  try {
    const buf = Buffer.allocUnsafe(B64_CHUNK);
    let filled = 0;
    for (;;) {
      const { bytesRead } = await fh.read(buf, filled, B64_CHUNK - filled, null);
      filled += bytesRead;
      if (filled === B64_CHUNK || (bytesRead === 0 && filled > 0)) {
        await sink.write(base64Lines(buf.subarray(0, filled)));
        onBytes?.(filled);
        filled = 0;
      }
      if (bytesRead === 0) break;
    }
  } finally {
    await fh.close();
  }
}

/** The header block and the text part, up to (not including) the first attachment. */
export function emlHead(msg: EmlMessage, boundary: string): string {
  const to = msg.to.filter((a) => isMailAddress(a.email));
  const cc = (msg.cc ?? []).filter((a) => isMailAddress(a.email));
  const headers: string[] = [];
  if (msg.from && isMailAddress(msg.from.email)) headers.push(`From: ${formatAddress(msg.from)}`);
  if (to.length > 0) headers.push(`To: ${to.map(formatAddress).join(`,${CRLF} `)}`);
  if (cc.length > 0) headers.push(`Cc: ${cc.map(formatAddress).join(`,${CRLF} `)}`);
  headers.push(
    `Subject: ${encodeHeaderText(msg.subject)}`,
    `Date: ${rfc5322Date(msg.date ?? new Date())}`,
    'MIME-Version: 1.0',
    'X-Unsent: 1',
    'X-Mailer: Regie',
    `Content-Type: multipart/mixed;${CRLF} boundary="${boundary}"`,
  );
  return (
    headers.join(CRLF) +
    CRLF +
    CRLF +
    `This is a multi-part message in MIME format.${CRLF}${CRLF}` +
    `--${boundary}${CRLF}` +
    `Content-Type: text/plain; charset=UTF-8${CRLF}` +
    `Content-Transfer-Encoding: quoted-printable${CRLF}${CRLF}` +
    encodeQuotedPrintable(msg.bodyText) +
    CRLF
  );
}

export function newBoundary(): string {
  return `----=_Regie_${randomBytes(12).toString('hex')}`;
}

/** Writes the message to `path` (overwrites). `onBytes` reports the bytes of attachments streamed from files. */
export async function writeEml(path: string, msg: EmlMessage, onBytes?: (n: number) => void): Promise<void> {
  const boundary = newBoundary();
  const fh = await open(path, 'w');
  try {
    const sink = new Sink(fh);
    await sink.write(emlHead(msg, boundary));
    for (const att of msg.attachments) {
      await sink.write(`--${boundary}${CRLF}${attachmentHeaders(att)}`);
      await streamBase64(sink, att, onBytes);
    }
    await sink.write(`--${boundary}--${CRLF}`);
    await sink.flush();
  } finally {
    await fh.close();
  }
}
