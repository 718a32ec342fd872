// File and folder names that every file system the members use accepts — Windows (NTFS, SMB shares, OneDrive)
// being the strictest. Pure: no Node.
//
// What "Windows-safe" means here:
// - none of \ / : * ? " < > | and no control characters (C0, DEL, C1);
// - no invisible formatting characters (zero-width, bidi overrides such as U+202E, which can disguise
//   'rapport‮fdp.exe'), no lone surrogates;
// - no leading or trailing space or dot (Explorer strips them, which breaks links), whitespace collapsed;
// - not a reserved device name (CON, PRN, AUX, NUL, COM0-9, LPT0-9, also with superscript digits, CONIN$,
//   CONOUT$), not even with an extension ('nul.pdf' is the device as well);
// - bounded length in UTF-16 code units (what Windows counts), cut between whole characters — an emoji is never
//   split — and with the extension kept;
// - never empty.
// Comparisons of names in one folder must be case-insensitive (see `uniqueFileName`).

const FORBIDDEN = /[\\/:*?"<>|]/g;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;
// Zero-width and bidi formatting characters, the BOM and variation selectors standing alone are kept out:
// they are invisible in Explorer and make two names look the same.
// The zero-width joiner stays inside emoji sequences (👩‍👩‍👧), where it is part of the character.
const INVISIBLE =
  /[\u200b\u200c\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\ufff9-\ufffb]|(?<!\p{Extended_Pictographic}\ufe0f?)\u200d|\u200d(?!\p{Extended_Pictographic})/gu;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const RESERVED = /^(con|prn|aux|nul|conin\$|conout\$|com[0-9¹²³]|lpt[0-9¹²³])$/i;
const EXTENSION = /\.([A-Za-z0-9]{1,10})$/;

const FALLBACK_FILE_NAME = 'document';

/** Replaces what Windows forbids and normalises spacing; the result may still be empty, long or reserved. */
function scrub(name: string): string {
  let s = String(name).normalize('NFC');
  s = s.replace(LONE_SURROGATE, '');
  s = s.replace(CONTROL, ' ').replace(INVISIBLE, '');
  // Readable substitutes: 'Jaarplan: voortgang' → 'Jaarplan - voortgang', 'A/B' → 'A-B', '"x"' → "'x'".
  s = s.replace(/\s*:\s+/g, ' - ');
  s = s.replace(/"/g, "'");
  s = s.replace(FORBIDDEN, (c) => (c === '\\' || c === '/' || c === '|' || c === ':' ? '-' : ' '));
  s = s.replace(/\s+/g, ' ');
  return trimEdges(s);
}

/** No leading/trailing spaces or dots. */
function trimEdges(s: string): string {
  return s.replace(/^[\s.]+/, '').replace(/[\s.]+$/, '');
}

let segmenter: Intl.Segmenter | undefined;

/** The longest prefix of `s` of at most `max` UTF-16 code units that ends between two characters (graphemes). */
export function truncateText(s: string, max: number): string {
  if (s.length <= max) return s;
  if (max <= 0) return '';
  segmenter ??= new Intl.Segmenter('nl', { granularity: 'grapheme' });
  let out = '';
  for (const { segment } of segmenter.segment(s)) {
    if (out.length + segment.length > max) break;
    out += segment;
  }
  return out;
}

function avoidReserved(stem: string): string {
  // Windows looks at the part before the first dot, ignoring trailing spaces: 'CON .txt', 'nul.tar.gz'.
  const firstDot = stem.indexOf('.');
  const head = (firstDot < 0 ? stem : stem.slice(0, firstDot)).replace(/\s+$/, '');
  if (RESERVED.test(head)) return `${head}_${firstDot < 0 ? '' : stem.slice(firstDot)}`;
  return stem;
}

/**
 * A Windows-safe file name of at most `maxLength` UTF-16 code units (default 120). A short extension
 * ('.pdf', '.docx') is kept when the name is cut. Never empty: 'document' when nothing usable is left.
 */
export function safeFileName(name: string, maxLength = 120): string {
  const max = Math.max(8, Math.floor(maxLength));
  // The extension is taken before scrubbing, so '???.pdf' keeps it ('document.pdf').
  const raw = String(name).trim();
  let m = EXTENSION.exec(raw);
  let stemSource = m && m.index > 0 ? raw.slice(0, m.index) : raw;
  if (!m || m.index === 0) {
    const scrubbed = scrub(raw);
    m = EXTENSION.exec(scrubbed);
    stemSource = m && m.index > 0 ? scrubbed.slice(0, m.index) : scrubbed;
  }
  let ext = m && m.index > 0 ? `.${m[1]}` : '';
  if (ext.length > max / 2) {
    ext = '';
    stemSource = raw;
  }
  const stem = avoidReserved(trimEdges(scrub(stemSource)) || FALLBACK_FILE_NAME);
  return (
    (trimEdges(truncateText(stem, max - ext.length)) || FALLBACK_FILE_NAME.slice(0, max - ext.length)) + ext
  );
}

/** A Windows-safe folder name: like a file name but without the extension rule, default at most 80 code units. */
export function safeFolderName(name: string, maxLength = 80): string {
  const max = Math.max(8, Math.floor(maxLength));
  let s = scrub(name);
  s = avoidReserved(s);
  s = trimEdges(truncateText(s, max));
  return s || 'map';
}

/** The lower-case extension of a file name ('.pdf'), or '' when it has none usable. */
export function fileExtension(fileName: string): string {
  const base = String(fileName).split(/[\\/]/).pop() ?? '';
  const m = EXTENSION.exec(base.trim());
  if (!m || m.index === 0) return '';
  return `.${(m[1] as string).toLowerCase()}`;
}

/**
 * The name of an attachment in the distribution package: its label, then its title, with the extension of
 * the original file in lower case — 'B - Stavaza Beschermd wonen.pdf'. At most `maxLength` code units in all.
 */
export function attachmentFileName(
  label: string,
  title: string,
  originalFileName: string,
  maxLength = 120,
): string {
  const ext = fileExtension(originalFileName);
  const l = scrub(label);
  let t = scrub(title);
  // A title that already ends in the extension ('Notitie.pdf') does not get it twice.
  if (ext && t.toLowerCase().endsWith(ext)) t = trimEdges(t.slice(0, -ext.length));
  const stem = l && t ? `${l} - ${t}` : l || t || FALLBACK_FILE_NAME;
  const max = Math.max(8, Math.floor(maxLength));
  let cut = avoidReserved(trimEdges(truncateText(stem, max - ext.length)));
  if (!cut) cut = FALLBACK_FILE_NAME;
  return cut + ext;
}

/**
 * Makes `name` unique among `taken` (compared case-insensitively, as Windows does) by adding ' (2)', ' (3)', …
 * before the extension, staying within `maxLength`. Adds the result to `taken`.
 */
export function uniqueFileName(name: string, taken: Set<string>, maxLength = 120): string {
  const key = (s: string) => s.normalize('NFC').toLowerCase();
  let candidate = name;
  if (taken.has(key(candidate))) {
    const extLength = fileExtension(name).length;
    const ext = extLength > 0 ? name.slice(-extLength) : '';
    const stem = extLength > 0 ? name.slice(0, -extLength) : name;
    for (let n = 2; ; n++) {
      const suffix = ` (${n})`;
      candidate = trimEdges(truncateText(stem, maxLength - ext.length - suffix.length)) + suffix + ext;
      if (!taken.has(key(candidate))) break;
    }
  }
  taken.add(key(candidate));
  return candidate;
}

/**
 * The names in a distribution package of the agenda and its attachments, in package order: the agenda first,
 * then each attachment by `attachmentFileName`, made unique (case-insensitively). The package writer and the
 * agenda's Bijlagen list both take them from here, so the agenda names each document exactly as the member
 * receives it. Other files (calendar, e-mail, action list) are named after these and cannot change them.
 */
export function distributionFileNames(
  agendaName: string,
  attachments: readonly { label: string; title: string; originalFileName: string }[],
  maxLength = 120,
): { agenda: string; attachments: string[]; taken: Set<string> } {
  const taken = new Set<string>();
  const agenda = uniqueFileName(safeFileName(agendaName, maxLength), taken, maxLength);
  return {
    agenda,
    attachments: attachments.map((a) =>
      uniqueFileName(attachmentFileName(a.label, a.title, a.originalFileName, maxLength), taken, maxLength),
    ),
    taken,
  };
}
