// The distribution package: folder and file names, zip entries, the draft e-mail (.eml) and the calendar
// file (.ics), atomicity (no half packages, no temp files left), progress and abort.
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { open } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attachmentFileName } from '../../shared/rules/fileNames';
import { buildAgendaDocument } from '../../electron/documents/agenda';
import { composeEml } from '../../electron/documents/eml';
import { buildIcs, escapeIcsText, foldIcsLine, type CalendarEvent } from '../../electron/documents/ics';
import {
  writeDistributionPackage,
  type DistributionPackageInput,
  type PackageAttachment,
} from '../../electron/documents/package';
import { packDocx } from '../../electron/documents/write';
import { ZipFileWriter, ZipTooLargeError, crc32 } from '../../electron/documents/zip';
import { TRICKY_TITLE, agendaModel } from '../fixtures/documents/models';
import { docxText, hasUnzip } from './helpers';

// ---------- a small MIME reader (independent of the writer) ----------

interface MimePart {
  headers: Map<string, string>;
  body: string;
}

function splitHeaders(block: string): Map<string, string> {
  const unfolded = block.replace(/\r\n[ \t]/g, ' ');
  const map = new Map<string, string>();
  for (const line of unfolded.split('\r\n')) {
    const i = line.indexOf(':');
    if (i > 0) map.set(line.slice(0, i).toLowerCase(), line.slice(i + 1).trim());
  }
  return map;
}

/** RFC 2047 encoded-words, B (base64) and Q (quoted-printable) encoding, UTF-8. */
function decodeWords(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?UTF-8\?B\?([^?]*)\?=/gi, (_, b64: string) => Buffer.from(b64, 'base64').toString('latin1'))
    .replace(/=\?UTF-8\?Q\?([^?]*)\?=/gi, (_, q: string) =>
      q
        .replace(/_/g, ' ')
        .replace(/=([0-9A-F]{2})/gi, (_m, h: string) => String.fromCharCode(parseInt(h, 16))),
    )
    .replace(/[\s\S]*/, (s) => Buffer.from(s, 'latin1').toString('utf8'));
}

function param(header: string, name: string): string | null {
  // RFC 2231 first: continuations, each either extended (name*N*=, percent-encoded UTF-8, the first with
  // its charset) or plain (name*N="quoted" or a token); then plain or encoded-word values.
  const cont = [
    ...header.matchAll(new RegExp(`${name}\\*(\\d+)?(\\*)?=("(?:[^"\\\\]|\\\\.)*"|[^;\\s]+)`, 'gi')),
  ];
  if (cont.length > 0) {
    const bytes = cont
      .sort((a, b) => Number(a[1] ?? 0) - Number(b[1] ?? 0))
      .map((m) => {
        const raw = (m[3] as string).trim();
        if (m[2]) return Buffer.from(decodeURIComponent(raw.replace(/^UTF-8''/i, '')), 'utf8');
        return Buffer.from(raw.replace(/^"|"$/g, '').replace(/\\(.)/g, '$1'), 'utf8');
      });
    return Buffer.concat(bytes).toString('utf8');
  }
  const m = new RegExp(`${name}="((?:[^"\\\\]|\\\\.)*)"`, 'i').exec(header);
  if (m) return decodeWords((m[1] as string).replace(/\\(.)/g, '$1'));
  // An unquoted token value (RFC 2045: name=Vergadering.ics).
  const token = new RegExp(`(?:^|[;\\s])${name}=([^;\\s"]+)`, 'i').exec(header);
  return token ? (token[1] as string) : null;
}

function parseEml(raw: string): { headers: Map<string, string>; parts: MimePart[] } {
  const sep = raw.indexOf('\r\n\r\n');
  const headers = splitHeaders(raw.slice(0, sep));
  const boundary = param(headers.get('content-type') ?? '', 'boundary');
  if (!boundary) throw new Error('no boundary');
  const body = raw.slice(sep + 4);
  const end = body.indexOf(`\r\n--${boundary}--`);
  if (end < 0) throw new Error('no closing boundary');
  const chunks = body.slice(0, end).split(`--${boundary}\r\n`).slice(1);
  const parts = chunks.map((c) => {
    const s = c.indexOf('\r\n\r\n');
    return { headers: splitHeaders(c.slice(0, s)), body: c.slice(s + 4) };
  });
  return { headers, parts };
}

function decodeQp(s: string): string {
  const bytes = s
    .replace(/=\r\n/g, '')
    .replace(/=([0-9A-F]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
  return Buffer.from(bytes, 'latin1').toString('utf8');
}

function unfoldIcs(text: string): string[] {
  return text.replace(/\r\n /g, '').split('\r\n');
}

function unescapeIcs(s: string): string {
  return s.replace(/\\(.)/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
}

// ---------- fixtures ----------

let root: string;
let store: string;
const TITLE_300 = `Lange titel ${'met "quotes" & <haken> / schuine\\strepen 🚀 '.repeat(8)}`.slice(0, 300);

function makeAttachments(): PackageAttachment[] {
  const specs: [string, string, string, number][] = [
    ['A', 'Verslag en afsprakenlijst 10 november 2026', 'verslag.docx', 40_000],
    ['B', 'Stavaza Beschermd wonen', 'Stavaza.PDF', 250_000],
    ['C1', 'Offerte: informatieplatform', 'offerte.pdf', 70_001],
    ['C2', 'Offerte: informatieplatform', 'offerte-2.pdf', 3],
    ['D', TRICKY_TITLE, 'inkoop.xlsx', 5_000_123],
    ['E', TITLE_300, 'lang.pdf', 1],
    ['F', 'Leeg bestand', 'leeg.txt', 0],
  ];
  return specs.map(([label, title, orig, size]) => {
    const p = join(store, `${label}.bin`);
    writeFileSync(p, randomBytes(size));
    return { label, title, sourcePath: p, originalFileName: orig };
  });
}

const calendar: CalendarEvent = {
  uid: '6f1c2a52-9d7e-4c1b-8a34-0b9f5e1d2c3a@regie',
  title: 'Regiegroep, overleg; Weert\\Leudal',
  date: '2026-12-08',
  start: '09:30',
  end: '11:30',
  location: 'Stadhuis Weert, kamer 2.14',
  description: `Agenda:\n1. Opening; mededelingen, vaststelling\n3. ${TRICKY_TITLE}\n${'Lange regel met ëü en 🚀 '.repeat(10)}`,
  organizer: { name: 'Roel Peeters', email: 'r.peeters@weert.nl' },
  attendees: [
    { name: 'Marieke Hermans', email: 'm.hermans@weert.nl' },
    { name: 'Jos "Jos" Van der Velden', email: 'j.vandervelden@leudal.nl' },
  ],
  stamp: '2026-12-02T13:05:00Z',
};

function input(outDir: string, overrides: Partial<DistributionPackageInput> = {}): DistributionPackageInput {
  return {
    outDir,
    folderName: 'Regiegroep 2026-12-08: agenda',
    agendaDocx: buildAgendaDocument(agendaModel()),
    attachments: makeAttachments(),
    email: {
      to: [
        { name: 'Marieke Hermans', email: 'm.hermans@weert.nl' },
        { name: 'Jos Van der Velden, Leudal', email: 'j.vandervelden@leudal.nl' },
        { name: 'Ånouk Smeets-Öztürk', email: 'a.smeets@nederweert.nl' },
        { name: 'Zonder adres', email: '' },
      ],
      subject: 'Agenda en stukken regiegroep dinsdag 8 december 2026 — Weert',
      bodyText:
        'Beste leden,\n\nHierbij de agenda en de stukken voor dinsdag 8 december 2026.\nTot dan! ' +
        'é'.repeat(90) +
        '\n\nMet vriendelijke groet,\nRoel Peeters',
      from: { name: 'Roel Peeters', email: 'r.peeters@weert.nl' },
      maxAttachmentBytes: 50 * 1000 * 1000,
    },
    calendar,
    ...overrides,
  };
}

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'regie-pkg-'));
  store = join(root, 'store');
  mkdirSync(store);
});

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

describe('writeDistributionPackage', () => {
  let out: string;
  let atts: PackageAttachment[];
  let result: Awaited<ReturnType<typeof writeDistributionPackage>>;
  const progress: [number, number][] = [];

  beforeAll(async () => {
    out = join(root, 'out');
    const inp = input(out, { onProgress: (d, t) => progress.push([d, t]) });
    atts = inp.attachments;
    result = await writeDistributionPackage(inp);
  });

  it('creates one Windows-safe folder and a zip next to it, nothing else', () => {
    expect(readdirSync(out).sort()).toEqual([
      'Regiegroep 2026-12-08 - agenda',
      'Regiegroep 2026-12-08 - agenda.zip',
    ]);
    expect(result.folder).toBe(join(out, 'Regiegroep 2026-12-08 - agenda'));
    expect(result.zipPath).toBe(join(out, 'Regiegroep 2026-12-08 - agenda.zip'));
  });

  it('names attachments by letter and title, de-duplicated, with the original extension', () => {
    const expected = [
      'Agenda.docx',
      'A - Verslag en afsprakenlijst 10 november 2026.docx',
      'B - Stavaza Beschermd wonen.pdf',
      'C1 - Offerte - informatieplatform.pdf',
      'C2 - Offerte - informatieplatform.pdf',
      attachmentFileName('D', TRICKY_TITLE, 'inkoop.xlsx'),
      attachmentFileName('E', TITLE_300, 'lang.pdf'),
      'F - Leeg bestand.txt',
      'Vergadering.ics',
      'E-mail aan genodigden.eml',
    ];
    expect(result.files).toEqual(expected);
    expect(readdirSync(result.folder).sort()).toEqual([...expected].sort());
    expect(expected[5]).toBe("D - Inkoop 'Jeugd & Wmo' 2027 - Leudal-Nederweert-Weert 🚀👩‍👩‍👧 klaar.xlsx");
    for (const f of expected) {
      // eslint-disable-next-line no-control-regex
      expect(f).not.toMatch(/[\\/:*?"<>|\u0000-\u001f]/);
      expect(f.length).toBeLessThanOrEqual(120);
    }
    expect(expected[6]!.length).toBe(120);
  });

  it('copies every attachment byte for byte', () => {
    atts.forEach((a, i) => {
      expect(readFileSync(join(result.folder, result.files[i + 1]!)).equals(readFileSync(a.sourcePath))).toBe(
        true,
      );
    });
  });

  it('zips the folder: same names under the folder, same bytes, valid CRCs', async () => {
    const entries = unzipSync(readFileSync(result.zipPath));
    const prefix = 'Regiegroep 2026-12-08 - agenda/';
    expect(Object.keys(entries)).toEqual([prefix, ...result.files.map((f) => prefix + f)]);
    for (const f of result.files) {
      const onDisk = readFileSync(join(result.folder, f));
      expect(Buffer.from(entries[prefix + f]!).equals(onDisk), f).toBe(true);
    }
    // The agenda inside is a real Word document.
    expect(await docxText(Buffer.from(entries[`${prefix}Agenda.docx`]!))).toContain(
      'Stavaza Beschermd wonen',
    );
    // Check the central directory's CRCs ourselves.
    const zip = readFileSync(result.zipPath);
    const eocd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
    const count = zip.readUInt16LE(eocd + 10);
    let p = zip.readUInt32LE(eocd + 16);
    for (let i = 0; i < count; i++) {
      expect(zip.readUInt32LE(p)).toBe(0x02014b50);
      const crc = zip.readUInt32LE(p + 16);
      const nameLen = zip.readUInt16LE(p + 28);
      const name = zip.subarray(p + 46, p + 46 + nameLen).toString('utf8');
      expect(zip.readUInt16LE(p + 8) & 0x0800).toBe(0x0800);
      expect(crc, name).toBe(crc32(entries[name]!));
      p += 46 + nameLen;
    }
  });

  // Without unzip this test is reported as skipped, like the LibreOffice ones, never passed silently.
  it.skipIf(!hasUnzip)('passes an independent zip test (unzip -t)', () => {
    const outText = execFileSync('unzip', ['-tq', result.zipPath], { encoding: 'utf8' });
    expect(outText).toMatch(/No errors detected/);
  });

  it('writes a draft e-mail Outlook opens as a new message', () => {
    const raw = readFileSync(result.emlPath, 'latin1');
    expect(raw).not.toMatch(/[^\r]\n/); // CRLF only
    expect(raw.split('\r\n').filter((l) => l.length > 998)).toEqual([]);
    const { headers, parts } = parseEml(raw);
    expect(headers.get('x-unsent')).toBe('1');
    expect(headers.get('mime-version')).toBe('1.0');
    expect(headers.get('content-type')).toMatch(/^multipart\/mixed;/);
    expect(decodeWords(headers.get('subject')!)).toBe(
      'Agenda en stukken regiegroep dinsdag 8 december 2026 — Weert',
    );
    const to = decodeWords(headers.get('to')!);
    // A display name is quoted where it must be (the comma), and may be elsewhere.
    expect(to).toMatch(/(^|, )"?Marieke Hermans"? <m\.hermans@weert\.nl>/);
    expect(to).toContain('"Jos Van der Velden, Leudal" <j.vandervelden@leudal.nl>');
    expect(to).toContain('Ånouk Smeets-Öztürk <a.smeets@nederweert.nl>');
    expect(to).not.toContain('Zonder adres');
    expect(result.skippedRecipients).toEqual([{ name: 'Zonder adres', email: '' }]);
    expect(headers.get('from')).toMatch(/^"?Roel Peeters"? <r\.peeters@weert\.nl>$/);

    const [text, ...attachments] = parts;
    expect(text!.headers.get('content-type')?.toLowerCase()).toBe('text/plain; charset=utf-8');
    expect(text!.headers.get('content-transfer-encoding')).toBe('quoted-printable');
    for (const line of text!.body.split('\r\n')) expect(line.length).toBeLessThanOrEqual(76);
    expect(decodeQp(text!.body)).toContain('Tot dan! ' + 'é'.repeat(90));

    // agenda + 7 documents + calendar
    expect(attachments).toHaveLength(9);
    expect(result.emailAttachments).toEqual([...result.files.slice(0, 8), 'Vergadering.ics']);
    attachments.forEach((part, i) => {
      const name = result.emailAttachments[i]!;
      expect(param(part.headers.get('content-disposition')!, 'filename'), name).toBe(name);
      expect(param(part.headers.get('content-type')!, 'name'), name).toBe(name);
      expect(part.headers.get('content-transfer-encoding')).toBe('base64');
      expect(part.body.split('\r\n').filter((l) => l.length > 76)).toEqual([]);
      const bytes = Buffer.from(part.body.replace(/\r\n/g, ''), 'base64');
      expect(bytes.equals(readFileSync(join(result.folder, name))), name).toBe(true);
    });
    expect(attachments[0]!.headers.get('content-type')).toMatch(
      /^application\/vnd\.openxmlformats-officedocument\.wordprocessingml\.document;/,
    );
    expect(attachments[2]!.headers.get('content-type')).toMatch(/^application\/pdf;/);
    expect(attachments[8]!.headers.get('content-type')).toMatch(
      /^text\/calendar; charset=UTF-8; method=REQUEST;/,
    );
  });

  it('writes an RFC 5545 calendar file', () => {
    const raw = readFileSync(result.icsPath);
    const text = raw.toString('utf8');
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text).not.toMatch(/[^\r]\n/);
    for (const line of text.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    expect(text).toMatch(/\r\n [^\r]/); // something was folded
    const lines = unfoldIcs(text);
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines).toContain('VERSION:2.0');
    expect(lines).toContain('METHOD:REQUEST');
    expect(lines).toContain('BEGIN:VTIMEZONE');
    expect(lines).toContain('TZID:Europe/Amsterdam');
    expect(lines).toContain('DTSTART;TZID=Europe/Amsterdam:20261208T093000');
    expect(lines).toContain('DTEND;TZID=Europe/Amsterdam:20261208T113000');
    expect(lines).toContain('DTSTAMP:20261202T130500Z');
    expect(lines).toContain(`UID:${calendar.uid}`);
    expect(lines).toContain('ORGANIZER;CN="Roel Peeters":mailto:r.peeters@weert.nl');
    expect(lines.find((l) => l.startsWith('ATTENDEE;CN="Jos Jos Van der Velden"'))).toMatch(
      /mailto:j\.vandervelden@leudal\.nl$/,
    );
    const value = (prop: string) =>
      unescapeIcs(lines.find((l) => l.startsWith(prop))!.replace(/^[^:]*:/, ''));
    expect(value('SUMMARY')).toBe('Regiegroep, overleg; Weert\\Leudal');
    expect(value('LOCATION')).toBe('Stadhuis Weert, kamer 2.14');
    expect(value('DESCRIPTION')).toBe(calendar.description.replace('\u0007', '').trim());
    expect(lines.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(1);
  });

  it('reports progress up to the total', () => {
    expect(progress.length).toBeGreaterThan(3);
    const total = progress[0]![1];
    for (let i = 1; i < progress.length; i++)
      expect(progress[i]![0]).toBeGreaterThanOrEqual(progress[i - 1]![0]);
    expect(progress.at(-1)).toEqual([total, total]);
    const sizes = atts.reduce((s, a) => s + readFileSync(a.sourcePath).length, 0);
    // One pass: each attachment is read once for the folder, the zip and the e-mail together.
    expect(total).toBe(sizes);
  });

  it('never overwrites an earlier package: the next one gets (2)', async () => {
    const second = await writeDistributionPackage(
      input(out, { agendaDocx: await packDocx(buildAgendaDocument(agendaModel())) }),
    );
    expect(second.folder).toBe(join(out, 'Regiegroep 2026-12-08 - agenda (2)'));
    expect(second.zipPath).toBe(join(out, 'Regiegroep 2026-12-08 - agenda (2).zip'));
    expect(readdirSync(out)).toHaveLength(4);
    // same meeting → same UID in both calendar files (an update, not a second event)
    expect(readFileSync(second.icsPath, 'utf8')).toContain(`UID:${calendar.uid}`);
    rmSync(second.folder, { recursive: true });
    rmSync(second.zipPath);
  });
});

describe('package edge cases', () => {
  it('leaves the documents out of a too large e-mail and says so', async () => {
    const out = join(root, 'big');
    const r = await writeDistributionPackage(
      input(out, { email: { ...input(out).email, maxAttachmentBytes: 1_000_000 } }),
    );
    expect(r.emailAttachmentsOmitted).toBe(true);
    expect(r.emailAttachments).toEqual(['Agenda.docx', 'Vergadering.ics']);
    const { parts } = parseEml(readFileSync(r.emlPath, 'latin1'));
    expect(parts).toHaveLength(3);
    expect(decodeQp(parts[0]!.body)).toMatch(
      /De stukken zijn samen te groot om mee te sturen \(5,4 MB\); ze worden apart gedeeld\./,
    );
    expect(readFileSync(r.emlPath).length).toBeLessThan(100_000);
  });

  it('replaces an earlier package when asked', async () => {
    const out = join(root, 'replace');
    const first = await writeDistributionPackage(input(out));
    writeFileSync(join(first.folder, 'extra.txt'), 'weg ermee');
    const second = await writeDistributionPackage(input(out, { ifExists: 'replace' }));
    expect(second.folder).toBe(first.folder);
    expect(existsSync(join(second.folder, 'extra.txt'))).toBe(false);
    expect(readdirSync(out).sort()).toEqual([
      'Regiegroep 2026-12-08 - agenda',
      'Regiegroep 2026-12-08 - agenda.zip',
    ]);
  });

  it('leaves nothing behind when a source file is missing', async () => {
    const out = join(root, 'missing');
    const inp = input(out);
    inp.attachments[3] = { ...inp.attachments[3]!, sourcePath: join(store, 'bestaat-niet.pdf') };
    await expect(writeDistributionPackage(inp)).rejects.toThrow(/ENOENT/);
    expect(readdirSync(out)).toEqual([]);
  });

  it('stops on abort and cleans up', async () => {
    const out = join(root, 'abort');
    const ctrl = new AbortController();
    const inp = input(out, {
      signal: ctrl.signal,
      // Called once the copy has been handed to its thread: the abort lands while it runs.
      agendaDocx: async () => {
        ctrl.abort();
        return packDocx(buildAgendaDocument(agendaModel()));
      },
    });
    await expect(writeDistributionPackage(inp)).rejects.toMatchObject({ name: 'AbortError' });
    expect(readdirSync(out)).toEqual([]);
  });

  it('stops the copy and cleans up when a small file fails while the copy runs', async () => {
    const out = join(root, 'small-fails');
    const inp = input(out);
    inp.calendar = { ...inp.calendar, start: 'kwart over negen' };
    await expect(writeDistributionPackage(inp)).rejects.toThrow("Ongeldige tijd: 'kwart over negen'");
    expect(readdirSync(out)).toEqual([]);
  });

  it('builds the agenda while copying, and cleans up when building it fails', async () => {
    const out = join(root, 'agenda-fails');
    let copiedBefore = -1;
    let done = 0;
    const inp = input(out, {
      onProgress: (d) => (done = d),
      agendaDocx: async () => {
        copiedBefore = done;
        await new Promise((r) => setTimeout(r, 20));
        throw new Error('Agenda kapot');
      },
    });
    await expect(writeDistributionPackage(inp)).rejects.toThrow('Agenda kapot');
    expect(copiedBefore).toBe(0); // asked for before the copies were done
    expect(readdirSync(out)).toEqual([]);
  });

  it('uses CRC-32s supplied by the content store', async () => {
    const out = join(root, 'crc');
    const inp = input(out);
    inp.attachments = inp.attachments.map((a) => ({ ...a, crc32: crc32(readFileSync(a.sourcePath)) }));
    const r = await writeDistributionPackage(inp);
    const entries = unzipSync(readFileSync(r.zipPath));
    expect(Object.keys(entries)).toHaveLength(r.files.length + 1);
    const zip = readFileSync(r.zipPath);
    // every local header carries the supplied CRC
    for (const a of inp.attachments) {
      const header = Buffer.alloc(4);
      header.writeUInt32LE(a.crc32!);
      expect(zip.includes(header)).toBe(true);
    }
  });

  it('handles a package without attachments', async () => {
    const out = join(root, 'empty');
    const r = await writeDistributionPackage(input(out, { attachments: [], folderName: 'CON' }));
    expect(r.folder).toBe(join(out, 'CON_'));
    expect(r.files).toEqual(['Agenda.docx', 'Vergadering.ics', 'E-mail aan genodigden.eml']);
    expect(Object.keys(unzipSync(readFileSync(r.zipPath)))).toHaveLength(4);
  });
});

describe('e-mail and calendar encoders', () => {
  const compose = async (subject: string, bodyText: string, fileName: string) =>
    parseEml(
      (
        await composeEml({
          to: [{ name: 'Ångström 🚀', email: 'a@example.nl' }],
          subject,
          bodyText,
          attachments: [{ fileName, contentType: 'application/pdf', data: Buffer.from('%PDF') }],
        })
      ).toString('latin1'),
    );

  it('encoded-words stay within 75 characters and never split a character', async () => {
    const subject = 'Ångström 🚀👩‍👩‍👧 '.repeat(10).trim();
    const { headers } = await compose(subject, 'x', 'a.pdf');
    const raw = headers.get('subject')!;
    for (const w of raw.split(/\s+/)) expect(w.length).toBeLessThanOrEqual(75);
    expect(decodeWords(raw)).toBe(subject);
  });

  it('quoted-printable round-trips and keeps lines short', async () => {
    const text = `Regel met = en trailing space \n${'ë'.repeat(100)}\nklaar`;
    const { parts } = await compose('Onderwerp', text, 'a.pdf');
    const qp = parts[0]!.body.replace(/\r\n$/, '');
    for (const line of qp.split('\r\n')) expect(line.length).toBeLessThanOrEqual(76);
    // trailing spaces are trimmed by cleanText; line ends become CRLF
    expect(decodeQp(qp)).toBe(text.replace(' \n', '\n').replace(/\n/g, '\r\n'));
  });

  it('RFC 2231 continuations decode to the original', async () => {
    const name = `D - ${'Lange naam met ë en 🚀 '.repeat(5)}.pdf`;
    const { parts } = await compose('Onderwerp', 'x', name);
    const disposition = parts[1]!.headers.get('content-disposition')!;
    expect(disposition).toMatch(/filename\*0\*=utf-8''/i);
    expect(param(disposition, 'filename')).toBe(name.replace(/\s+\./, ' .').trim());
    expect(param(parts[1]!.headers.get('content-type')!, 'name')).toBe(name.trim());
  });

  it('ics escaping and folding', () => {
    expect(escapeIcsText('a,b;c\\d\ne')).toBe('a\\,b\\;c\\\\d\\ne');
    const folded = foldIcsLine(`DESCRIPTION:${'🚀'.repeat(40)}`);
    for (const l of folded.split('\r\n')) expect(Buffer.byteLength(l)).toBeLessThanOrEqual(75);
    expect(folded.replace(/\r\n /g, '')).toBe(`DESCRIPTION:${'🚀'.repeat(40)}`);
  });

  it('an appointment without organizer is PUBLISH without attendees; end defaults to two hours', () => {
    const ics = buildIcs({
      ...calendar,
      organizer: null,
      end: null,
      stamp: new Date('2026-12-02T13:05:00Z'),
    });
    const lines = unfoldIcs(ics);
    expect(lines).toContain('METHOD:PUBLISH');
    expect(lines.some((l) => l.startsWith('ATTENDEE'))).toBe(false);
    expect(lines).toContain('DTEND;TZID=Europe/Amsterdam:20261208T113000');
    const late = unfoldIcs(buildIcs({ ...calendar, start: '23:00', end: null }));
    expect(late).toContain('DTEND;TZID=Europe/Amsterdam:20261209T010000');
  });
});

describe('zip writer limits', () => {
  it('refuses more than 4 GB instead of writing a corrupt zip', async () => {
    const p = join(root, 'limit.zip');
    const fh = await open(p, 'w');
    try {
      const zip = new ZipFileWriter(fh);
      zip.reserveStored('a.bin', 3_000_000_000);
      expect(() => zip.reserveStored('b.bin', 2_000_000_000)).toThrow(ZipTooLargeError);
    } finally {
      await fh.close();
    }
  });

  it('crc32 matches the known value', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
    expect(strFromU8(new Uint8Array([104, 105]))).toBe('hi');
  });
});
