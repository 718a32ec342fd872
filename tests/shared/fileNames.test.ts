import { describe, expect, it } from 'vitest';
import {
  attachmentFileName,
  fileExtension,
  safeFileName,
  safeFolderName,
  truncateText,
  uniqueFileName,
} from '../../shared/rules/fileNames';

// eslint-disable-next-line no-control-regex
const WINDOWS_FORBIDDEN = /[\\/:*?"<>|\u0000-\u001f]/;
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\.|$)/i;

function assertWindowsSafe(name: string, max = 120) {
  expect(name).not.toMatch(WINDOWS_FORBIDDEN);
  expect(name).not.toMatch(/[ .]$/);
  expect(name).not.toMatch(/^[ .]/);
  expect(name).not.toMatch(RESERVED);
  expect(name.length).toBeGreaterThan(0);
  expect(name.length).toBeLessThanOrEqual(max);
  // no lone surrogates
  expect(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(name)).toBe(false);
}

describe('safeFileName', () => {
  it('replaces what Windows forbids, readably', () => {
    expect(safeFileName('Jaarplan: voortgang')).toBe('Jaarplan - voortgang');
    expect(safeFileName('Leudal/Nederweert\\Weert')).toBe('Leudal-Nederweert-Weert');
    expect(safeFileName('Inkoop "Jeugd & Wmo" <2027>?')).toBe("Inkoop 'Jeugd & Wmo' 2027");
    expect(safeFileName('a*b|c')).toBe('a b-c');
    expect(safeFileName('regel1\nregel2\tdrie\u0007')).toBe('regel1 regel2 drie');
  });

  it('has no leading or trailing dots and spaces', () => {
    expect(safeFileName('  ..verslag...  ')).toBe('verslag');
    expect(safeFileName('Notitie v2. .pdf')).toBe('Notitie v2.pdf');
  });

  it('avoids reserved device names, with or without extension', () => {
    expect(safeFileName('CON')).toBe('CON_');
    expect(safeFileName('nul.pdf')).toBe('nul_.pdf');
    expect(safeFileName('com1.tar.gz')).toBe('com1_.tar.gz');
    expect(safeFileName('LPT9')).toBe('LPT9_');
    expect(safeFileName('aux .txt')).toBe('aux_.txt');
    expect(safeFileName('CONSOLE.txt')).toBe('CONSOLE.txt');
    for (const n of ['CON', 'prn.docx', 'Aux', 'NUL.tar.gz', 'COM¹', 'lpt3.pdf'])
      assertWindowsSafe(safeFileName(n));
  });

  it('is never empty', () => {
    expect(safeFileName('')).toBe('document');
    expect(safeFileName('???')).toBe('document');
    expect(safeFileName(' . ')).toBe('document');
    expect(safeFileName('.pdf')).toBe('pdf');
    expect(safeFileName('???.pdf')).toBe('document.pdf');
  });

  it('cuts long names between characters and keeps the extension', () => {
    const long = `${'Evaluatie samenwerking '.repeat(20)}.pdf`;
    const out = safeFileName(long);
    expect(out.length).toBeLessThanOrEqual(120);
    expect(out.endsWith('.pdf')).toBe(true);
    assertWindowsSafe(out);
    const emoji = `${'🚀'.repeat(100)}.docx`;
    const cut = safeFileName(emoji, 50);
    expect(cut.length).toBeLessThanOrEqual(50);
    expect(cut).toBe(`${'🚀'.repeat(22)}.docx`);
    assertWindowsSafe(cut, 50);
  });

  it('keeps emoji sequences whole and drops invisible spoofing characters', () => {
    expect(safeFileName('Gezin 👩‍👩‍👧')).toBe('Gezin 👩‍👩‍👧');
    expect(safeFileName('rapport\u202Efdp.exe')).toBe('rapportfdp.exe');
    expect(safeFileName('a\u200Bb')).toBe('ab');
    expect(safeFileName('half \uD83D surrogate')).toBe('half surrogate');
  });
});

describe('truncateText', () => {
  it('never splits a surrogate pair or a grapheme', () => {
    expect(truncateText('ab🚀', 3)).toBe('ab');
    expect(truncateText('ab🚀', 4)).toBe('ab🚀');
    expect(truncateText('x👩‍👩‍👧', 5)).toBe('x');
    expect(truncateText('abc', 0)).toBe('');
  });
});

describe('attachmentFileName', () => {
  it('puts the label first and takes the lower-case extension of the original', () => {
    expect(attachmentFileName('B', 'Stavaza Beschermd wonen', 'stavaza_v3.PDF')).toBe(
      'B - Stavaza Beschermd wonen.pdf',
    );
    expect(attachmentFileName('C1', 'Offerte', 'C:\\Users\\rp\\offerte.final.xlsx')).toBe(
      'C1 - Offerte.xlsx',
    );
    expect(attachmentFileName('A', 'Verslag.docx', 'verslag.docx')).toBe('A - Verslag.docx');
    expect(attachmentFileName('D', 'Zonder extensie', 'README')).toBe('D - Zonder extensie');
  });

  it('stays safe and bounded for hostile titles', () => {
    const title = `Inkoop "Jeugd & Wmo" <2027>: a/b\\c 🚀 ${'x'.repeat(300)}`;
    const name = attachmentFileName('AA', title, 'bestand.pdf');
    assertWindowsSafe(name);
    expect(name.startsWith("AA - Inkoop 'Jeugd & Wmo' 2027 - a-b-c 🚀 x")).toBe(true);
    expect(name.endsWith('.pdf')).toBe(true);
    expect(name.length).toBe(120);
    expect(attachmentFileName('', '', '')).toBe('document');
    expect(attachmentFileName('E', 'CON', 'x.txt')).toBe('E - CON.txt');
  });

  it('fileExtension', () => {
    expect(fileExtension('a.PDF')).toBe('.pdf');
    expect(fileExtension('.bashrc')).toBe('');
    expect(fileExtension('map/bestand')).toBe('');
    expect(fileExtension('x.verylongextension')).toBe('');
  });
});

describe('safeFolderName and uniqueFileName', () => {
  it('makes folder names safe and short', () => {
    expect(safeFolderName('Regiegroep 8 december 2026: agenda')).toBe('Regiegroep 8 december 2026 - agenda');
    expect(safeFolderName('nul')).toBe('nul_');
    expect(safeFolderName('...')).toBe('map');
    expect(safeFolderName('x'.repeat(300)).length).toBe(80);
  });

  it('adds (2), (3) for names Windows would see as equal', () => {
    const taken = new Set<string>();
    expect(uniqueFileName('B - Notitie.pdf', taken)).toBe('B - Notitie.pdf');
    expect(uniqueFileName('b - notitie.PDF', taken)).toBe('b - notitie (2).PDF');
    expect(uniqueFileName('B - Notitie.pdf', taken)).toBe('B - Notitie (3).pdf');
    const long = `${'y'.repeat(118)}.pdf`;
    const t2 = new Set<string>([long.toLowerCase()]);
    const u = uniqueFileName(long, t2, 120);
    expect(u.length).toBeLessThanOrEqual(120);
    expect(u.endsWith(' (2).pdf')).toBe(true);
  });
});
