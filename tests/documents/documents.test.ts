// The three Word documents: read back as text (order, labels, letters, Dutch dates, proposals, actions), as XML
// (header, footer with page fields, nl-NL, fixed DXA tables, real numbering) and through LibreOffice → PDF.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildActionListDocument, groupOpenActions } from '../../electron/documents/actions';
import { buildAgendaDocument } from '../../electron/documents/agenda';
import { buildMinutesDocument } from '../../electron/documents/minutes';
import { CONTENT_WIDTH, cleanText } from '../../electron/documents/styles';
import { packDocx, writeDocx, writeFileAtomic } from '../../electron/documents/write';
import {
  BODY,
  TRICKY_TITLE,
  actionListModel,
  agendaModel,
  bigAgendaModel,
  minutesModel,
  revisedAgendaModel,
} from '../fixtures/documents/models';
import {
  docxParts,
  docxText,
  firstOutOfOrder,
  hasLibreOffice,
  hasPoppler,
  renderPdfTexts,
  squash,
} from './helpers';

/** The tricky title as it must appear: the BEL control character gone, the rest untouched. */
const TRICKY_CLEAN = TRICKY_TITLE.replace('\u0007', '');
const TITLE_300 =
  `${'Regionale samenwerking & "transformatie" <jeugd> / Wmo — '.repeat(6)}`.slice(0, 299) + 'X';

let dir: string;
const built: Record<string, Buffer> = {};

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'regie-docs-'));
  const agenda = agendaModel();
  agenda.items[5] = { ...agenda.items[5]!, title: TITLE_300 };
  built.agenda = await packDocx(buildAgendaDocument(agenda));
  built.revised = await packDocx(buildAgendaDocument(revisedAgendaModel()));
  built.minutes = await packDocx(buildMinutesDocument(minutesModel()));
  built.actions = await packDocx(buildActionListDocument(actionListModel()));
  built.actionsByPerson = await packDocx(buildActionListDocument(actionListModel({ groupBy: 'person' })));
  built.big = await packDocx(buildAgendaDocument(bigAgendaModel(40)));
  // More lengths for the page-count estimate (page-estimate.ts), compared with LibreOffice below.
  built.big20 = await packDocx(buildAgendaDocument(bigAgendaModel(20)));
  built.big60 = await packDocx(buildAgendaDocument(bigAgendaModel(60)));
  for (const times of [2, 3]) {
    const base = minutesModel();
    const items = Array.from({ length: times }, (_, k) =>
      base.items.map((i) => ({ ...i, number: i.number + k * base.items.length })),
    ).flat();
    built[`minutesX${times}`] = await packDocx(buildMinutesDocument(minutesModel({ items })));
  }
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('cleanText', () => {
  it('removes XML-invalid characters and keeps everything else', () => {
    expect(cleanText('a\u0000b\u0007c\u001Fd\uFFFEe\uD800f')).toBe('abcdef');
    expect(cleanText('regel 1\r\nregel 2\rregel 3')).toBe('regel 1\nregel 2\nregel 3');
    expect(cleanText('Jeugd & Wmo <2027> "x" 🚀👩‍👩‍👧')).toBe('Jeugd & Wmo <2027> "x" 🚀👩‍👩‍👧');
    expect(cleanText(null)).toBe('');
  });
});

describe('agenda', () => {
  it('reads back in agenda order with type labels, letters and times', async () => {
    const text = await docxText(built.agenda!);
    expect(
      firstOutOfOrder(text, [
        'Agenda',
        BODY,
        'dinsdag 8 december 2026',
        '09:30 – 11:30 uur',
        'Stadhuis Weert, kamer 2.14',
        'Weert',
        'Marieke Hermans',
        'Jos Van der Velden',
        'Anouk Smeets (opdrachtgever, Nederweert)',
        'Agendapunten',
        '1.',
        'Opening, mededelingen en vaststelling agenda',
        '09:30',
        '2.',
        'Vaststelling verslag en afsprakenlijst vorige bijeenkomst',
        'A',
        '3.',
        'Informerend: Stavaza Beschermd wonen',
        'B',
        '09:45',
        '4.',
        'Besluitvormend: Aanschaf informatieplatform',
        'C1, C2',
        '10:05',
        '5.',
        `Voorbereidend: ${TRICKY_CLEAN}`,
        'Nagekomen (onder voorbehoud van toelating)',
        'D',
        '6.',
        `Informerend: ${TITLE_300}`,
        '7.',
        'Rondvraag, sluiting en volgend overleg',
        'Volgend overleg: dinsdag 12 januari 2027, 09:30 uur, Gemeentehuis Leudal, Heythuysen',
        '11:10',
        'Toelichting en voorstellen',
        '2. Vaststelling verslag en afsprakenlijst vorige bijeenkomst',
        'Lopende afspraken',
        '3. Stavaza Beschermd wonen',
        'De projectleider licht de voortgang toe.',
        '4. Aanschaf informatieplatform',
        'Besluitvormend · bijlagen C1, C2',
        'Voorstel: De regiegroep besluit het informatieplatform aan te schaffen voor € 48.500',
        `5. ${TRICKY_CLEAN}`,
        'Voorbereidend voor besluit van: stuurgroep en colleges van B&W',
        'Bijlagen',
        'A',
        'A - Verslag en afsprakenlijst 10 november 2026.docx',
        'B',
        'B - Stavaza Beschermd wonen.pdf',
        'C1',
        'C1 - Offerte informatieplatform.pdf',
        'C2',
        'C2 - Vergelijking leveranciers.xlsx',
        'D',
        'D - Inkoop.pdf',
      ]),
    ).toBeNull();
    expect(text).not.toContain('Gewijzigde agenda');
    expect(text).not.toContain('\u0007');
  });

  it('keeps quotes, ampersands, angle brackets, slashes and emoji as typed, escaped in the XML', () => {
    const xml = docxParts(built.agenda!)['word/document.xml']!;
    const escaped = TRICKY_CLEAN.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    expect(xml.replace(/&quot;/g, '"')).toContain(escaped);
    // No XML-invalid characters anywhere.
    // eslint-disable-next-line no-control-regex
    expect(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/.test(xml)).toBe(false);
    expect(xml.replace(/&quot;/g, '"')).toContain(
      TITLE_300.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'),
    );
  });

  it('a revised agenda is titled "Gewijzigde agenda" and lists the changes', async () => {
    const text = await docxText(built.revised!);
    expect(
      firstOutOfOrder(text, [
        'Gewijzigde agenda',
        BODY,
        'Gewijzigde agenda — versie 2',
        'Deze versie vervangt de versie die is verzonden op donderdag 3 december 2026 om 09:15.',
        'Agendapunt 5 toegevoegd: Inkoop Jeugd & Wmo',
        'Bijlage C2 (Vergelijking leveranciers) toegevoegd',
        'Aanvang verschoven van 09:00 naar 09:30 uur',
        'Datum',
        'Agendapunten',
      ]),
    ).toBeNull();
    const parts = docxParts(built.revised!);
    const footer = Object.entries(parts)
      .filter(([n]) => /^word\/footer\d*\.xml$/.test(n))
      .map(([, x]) => x)
      .join('');
    expect(footer).toContain('Gewijzigde agenda 8 december 2026 · versie 2');
  });

  it('has header, footer with page fields, Dutch language, real styles and fixed DXA tables', () => {
    const parts = docxParts(built.agenda!);
    const headers = Object.entries(parts)
      .filter(([n]) => /^word\/header\d*\.xml$/.test(n))
      .map(([, x]) => x)
      .join('');
    const footers = Object.entries(parts)
      .filter(([n]) => /^word\/footer\d*\.xml$/.test(n))
      .map(([, x]) => x)
      .join('');
    expect(headers).toContain(BODY);
    expect(headers).toContain('Agenda · 8 december 2026');
    expect(footers).toContain('Pagina ');
    expect(footers).toMatch(/<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>/);
    expect(footers).toMatch(/<w:instrText[^>]*>\s*NUMPAGES\s*<\/w:instrText>/);
    expect(footers).toContain(' van ');

    const styles = parts['word/styles.xml']!;
    expect(styles).toContain('w:val="nl-NL"');
    expect(styles).toMatch(/w:styleId="Title"/);
    expect(styles).toMatch(/w:styleId="Heading1"/);
    expect(styles).toMatch(/w:styleId="Heading2"/);
    expect(styles).toMatch(/w:styleId="TableText"/);
    expect(styles).toContain('w:ascii="Arial"');

    const doc = parts['word/document.xml']!;
    expect(doc).toContain('<w:pgSz w:w="11906" w:h="16838"');
    expect(doc).not.toMatch(/w:type="pct"/);
    const tables = doc.split('<w:tbl>').slice(1);
    expect(tables.length).toBeGreaterThanOrEqual(3);
    for (const t of tables) {
      expect(t).toContain('<w:tblLayout w:type="fixed"/>');
      const grid = [...t.slice(0, t.indexOf('</w:tblGrid>')).matchAll(/<w:gridCol w:w="(\d+)"/g)].map((m) =>
        Number(m[1]),
      );
      expect(grid.reduce((a, b) => a + b, 0)).toBe(CONTENT_WIDTH);
    }
    expect(doc).toContain('<w:tblHeader/>');
    expect(parts['word/numbering.xml']).toContain('w:val="bullet"');
    expect(doc).toMatch(/<w:pStyle w:val="Title"\/>/);
    expect(doc).toMatch(/<w:pStyle w:val="Heading1"\/>/);
  });
});

describe('minutes', () => {
  it('reads back with attendance, decisions, actions and the afsprakenlijst', async () => {
    const text = await docxText(built.minutes!);
    expect(
      firstOutOfOrder(text, [
        'Verslag en afsprakenlijst',
        BODY,
        'dinsdag 10 november 2026',
        'Gemeentehuis Leudal, Heythuysen',
        'Voorzitter',
        'Jos Van der Velden',
        'Notulist',
        'Anouk Smeets',
        'Aanwezig',
        'Jos Van der Velden (voorzitter), Anouk Smeets (notulist), Roel Peeters (ondersteuner)',
        'Afwezig m.k.',
        'Marieke Hermans',
        'Vervanging',
        'Karin Wolters (voor Marieke Hermans)',
        'Status',
        'Concept',
        'Verslag',
        '1. Opening, mededelingen en vaststelling agenda',
        'De voorzitter opent de vergadering om 09:32 uur.',
        '2. Vaststelling verslag en afsprakenlijst vorige bijeenkomst',
        'Besluit',
        'Het verslag van 13 oktober 2026 wordt ongewijzigd vastgesteld.',
        '3. Informerend: Stavaza Beschermd wonen',
        'De wachtlijst is gedaald van 14 naar 9 cliënten.',
        'Nederweert vraagt om een uitsplitsing per gemeente.',
        'Afspraken',
        '2026-31',
        'Uitsplitsing wachtlijst per gemeente aanleveren — Anouk Smeets, gereed: 24 nov. 2026',
        '4. Voorbereidend: Inkoopstrategie "Jeugd & Wmo" <2027>',
        'Advies',
        'De regiegroep adviseert de stuurgroep in te stemmen met de inkoopstrategie. Vervolg: stuurgroep.',
        'Het raadsvoorstel wordt gelijktijdig voorbereid. Vervolg: colleges van B&W.',
        'Planning colleges afstemmen — Jos Van der Velden, gereed: z.s.m.',
        '5. Rondvraag, sluiting en volgend overleg',
        '[Nog in te vullen door de notulist]',
        'Afsprakenlijst',
        'Nr',
        'Wat',
        'Wie',
        'Wanneer gereed',
        '2026-31',
        'Uitsplitsing wachtlijst per gemeente aanleveren',
        'Anouk Smeets',
        '24 nov. 2026',
        '2026-32',
        'Stuurgroepvoorstel inkoopstrategie opstellen',
        'Roel Peeters',
        '1 dec. 2026',
        '2026-33',
        'Planning colleges afstemmen',
        'Jos Van der Velden',
        'z.s.m.',
      ]),
    ).toBeNull();
  });

  it('numbers decisions with real Word numbering, restarting per item', () => {
    const parts = docxParts(built.minutes!);
    const paragraphs = parts['word/document.xml']!.split('<w:p>').slice(1);
    const numIdOf = (text: string) => {
      const p = paragraphs.find((x) => x.includes(text));
      return /<w:numId w:val="(\d+)"\/>/.exec(p ?? '')?.[1];
    };
    const item2 = numIdOf('Het verslag van 13 oktober 2026');
    const item4a = numIdOf('De regiegroep adviseert de stuurgroep');
    const item4b = numIdOf('Het raadsvoorstel wordt gelijktijdig voorbereid.');
    expect(item2).toBeDefined();
    expect(item4a).toBe(item4b);
    expect(item4a).not.toBe(item2);
    const numbering = parts['word/numbering.xml']!;
    for (const id of [item2, item4a]) {
      expect(numbering).toMatch(new RegExp(`<w:num w:numId="${id}">.*?<w:startOverride w:val="1"/>`));
    }
    expect(numbering).toContain('w:val="decimal"');
    expect(numbering).toContain('w:val="%1."');
  });

  it('shows "vastgesteld" with the adopting meeting and a revision box when revised', async () => {
    const buf = await packDocx(
      buildMinutesDocument(
        minutesModel({
          status: 'vastgesteld',
          adoptedOn: '2026-12-08',
          revision: {
            number: 2,
            previousSentAt: '2026-11-14T15:00:00Z',
            changes: ['Besluit bij punt 4 aangevuld'],
          },
        }),
      ),
    );
    const text = await docxText(buf);
    expect(
      firstOutOfOrder(text, [
        'Gewijzigd verslag — versie 2',
        'zaterdag 14 november 2026 om 16:00',
        'Besluit bij punt 4 aangevuld',
        'Vastgesteld in de vergadering van 8 december 2026',
      ]),
    ).toBeNull();
  });
});

describe('action list', () => {
  it('groups by due date: overdue first, then by month, then without date', async () => {
    const text = await docxText(built.actions!);
    expect(
      firstOutOfOrder(text, [
        'Actielijst',
        BODY,
        'Stand per dinsdag 8 december 2026',
        '5 openstaande acties, waarvan 2 over de termijn; 2 acties recent afgerond.',
        'Openstaande acties',
        'Over de termijn',
        '2026-24',
        'Dashboard bezetting regionale functies actualiseren',
        'Uit overleg 13 okt. 2026 — Dashboard bezetting regionale functies en budgetten',
        'Wacht op cijfers van Weert',
        'Roel Peeters',
        '20 nov. 2026',
        'verlopen',
        '2026-31',
        'Gereed in december 2026',
        '2026-32',
        '15 dec. 2026',
        'Gereed in januari 2027',
        '2026-34',
        '12 jan. 2027',
        'Zonder datum',
        '2026-33',
        'z.s.m.',
        'Recent afgerond',
        '2026-27',
        'Offerte informatieplatform opvragen',
        '10 nov. 2026',
        'Gereed',
        '2026-22',
        'Vervallen',
      ]),
    ).toBeNull();
  });

  it('groups by person alphabetically, unassigned last', () => {
    const groups = groupOpenActions(
      [...actionListModel().open, { ...actionListModel().open[0]!, nr: 'x', who: '' }],
      'person',
    );
    expect(groups.map((g) => g.title)).toEqual([
      'Anouk Smeets',
      'Jos Van der Velden',
      'Marieke Hermans',
      'Roel Peeters',
      'Nog niet toegewezen',
    ]);
    expect(groups[3]!.rows.map((r) => r.nr)).toEqual(['2026-24', '2026-32']);
  });

  it('by person reads back with person headings', async () => {
    const text = await docxText(built.actionsByPerson!);
    expect(
      firstOutOfOrder(text, [
        'Openstaande acties per persoon',
        'Anouk Smeets',
        '2026-31',
        'Jos Van der Velden',
        '2026-33',
        'Roel Peeters',
        '2026-24',
        '2026-32',
      ]),
    ).toBeNull();
  });

  it('says so when nothing is open or closed', async () => {
    const text = await docxText(
      await packDocx(buildActionListDocument(actionListModel({ open: [], recentlyClosed: [] }))),
    );
    expect(text).toContain('Er staan geen acties open.');
    expect(text).toContain('Geen acties afgerond sinds het vorige overleg.');
  });
});

describe('Word-native, not only Word-readable', () => {
  const styleOf = (styles: string, id: string) =>
    new RegExp(`<w:style [^>]*w:styleId="${id}"[^>]*>.*?</w:style>`).exec(styles)?.[0] ?? '';

  it("headings are Word's own (Heading1 'heading 1', Heading2 'heading 2') with their outline levels", () => {
    for (const buf of [built.agenda!, built.minutes!, built.actions!]) {
      const styles = docxParts(buf)['word/styles.xml']!;
      const h1 = styleOf(styles, 'Heading1');
      const h2 = styleOf(styles, 'Heading2');
      expect(h1).toContain('<w:name w:val="heading 1"/>');
      expect(h1).toContain('<w:outlineLvl w:val="0"/>');
      expect(h2).toContain('<w:name w:val="heading 2"/>');
      expect(h2).toContain('<w:outlineLvl w:val="1"/>');
    }
  });

  it('Strong and the item type are character styles, used by the text', () => {
    const parts = docxParts(built.agenda!);
    const styles = parts['word/styles.xml']!;
    expect(styleOf(styles, 'Strong')).toMatch(/^<w:style w:type="character"/);
    expect(styleOf(styles, 'Strong')).toContain('<w:b/>');
    expect(styleOf(styles, 'ItemKind')).toMatch(/^<w:style w:type="character"/);
    expect(styles.match(/w:styleId="Strong"/g)).toHaveLength(1);
    const doc = parts['word/document.xml']!;
    expect(doc).toMatch(
      /<w:rStyle w:val="ItemKind"\/><\/w:rPr><w:t xml:space="preserve">Informerend: <\/w:t>/,
    );
    expect(doc).toMatch(/<w:rStyle w:val="Strong"\/><\/w:rPr><w:t xml:space="preserve">Voorstel: <\/w:t>/);
    // No direct bold on body text: emphasis comes from the styles.
    expect(doc).not.toContain('<w:b/>');
  });

  it('every table uses the one named table style', () => {
    for (const buf of [built.agenda!, built.revised!, built.minutes!, built.actions!]) {
      const parts = docxParts(buf);
      const style = styleOf(parts['word/styles.xml']!, 'RegieTable');
      expect(style).toMatch(/^<w:style w:type="table"/);
      expect(style).toContain('<w:name w:val="Regie-tabel"/>');
      expect(style).toContain('<w:tblBorders>');
      const doc = parts['word/document.xml']!;
      const tables = doc.split('<w:tbl>').length - 1;
      expect(tables).toBeGreaterThan(1);
      expect(doc.match(/<w:tblStyle w:val="RegieTable"\/>/g)).toHaveLength(tables);
      expect(doc).not.toContain('<w:tblCellMar>'); // margins come from the style
    }
  });

  it('line spacing says its rule, so LibreOffice reads it as Word does (a multiple, not "at least")', () => {
    const styles = docxParts(built.agenda!)['word/styles.xml']!;
    for (const m of styles.matchAll(/<w:spacing [^>]*w:line="\d+"[^>]*\/>/g))
      expect(m[0]).toContain('w:lineRule="auto"');
  });

  it('page fields carry cached values: "Pagina 1 van N" in a viewer that does not recompute them', () => {
    for (const [name, buf] of Object.entries(built)) {
      const footer = docxParts(buf)['word/footer1.xml']!;
      const flat = footer.replace(/<[^>]+>/g, '');
      expect(flat, name).toMatch(/Pagina PAGE1 van NUMPAGES[1-9]\d*$/);
    }
  });

  it("headers and footers write their dates out the same way, and the creation date is the app's now", () => {
    const cases: [string, Buffer, string, string][] = [
      ['agenda', built.agenda!, 'Agenda · 8 december 2026', 'Agenda 8 december 2026'],
      ['minutes', built.minutes!, 'Verslag · 10 november 2026', 'Verslag 10 november 2026 · concept'],
      ['actions', built.actions!, 'Actielijst · 8 december 2026', 'Actielijst 8 december 2026'],
    ];
    for (const [name, buf, header, footer] of cases) {
      const parts = docxParts(buf);
      expect(parts['word/header1.xml'], name).toContain(header);
      expect(parts['word/footer1.xml'], name).toContain(footer);
    }
    const created = (buf: Buffer) =>
      /<dcterms:created[^>]*>([^<]+)<\/dcterms:created>/.exec(docxParts(buf)['docProps/core.xml']!)?.[1];
    expect(created(built.agenda!)).toBe('2026-12-02T13:05:00Z');
    expect(created(built.minutes!)).toBe('2026-11-12T15:30:00Z');
    expect(created(built.actions!)).toBe('2026-12-08T07:45:00Z');
  });
});

describe('what the agenda and the minutes carry', () => {
  it('a sent version says when it was sent and which version', async () => {
    const text = await docxText(
      await packDocx(buildAgendaDocument(agendaModel({ sent: { at: '2026-12-03T08:15:00Z', version: 1 } }))),
    );
    expect(text).toContain('Verzonden op donderdag 3 december 2026 om 09:15 (versie 1)');
    expect(await docxText(built.agenda!)).not.toContain('Verzonden op');
  });

  it('without durations there is no time column', async () => {
    const model = agendaModel();
    model.items = model.items.map((i) => ({ ...i, durationMinutes: null }));
    delete model.showTimes;
    const doc = docxParts(await packDocx(buildAgendaDocument(model)))['word/document.xml']!;
    expect(doc).not.toMatch(/TableHead"\/><\/w:pPr><w:r><w:t xml:space="preserve">Tijd</);
    expect(doc).not.toContain('>09:45<');
  });

  it('concept minutes show a placeholder for an empty item; sent minutes never do', async () => {
    const concept = await docxText(built.minutes!);
    expect(concept).toContain('[Nog in te vullen door de notulist]');
    expect(concept).not.toContain('Geen bijzonderheden');
    const sent = await docxText(
      await packDocx(
        buildMinutesDocument(
          minutesModel({ status: 'verzonden', sent: { at: '2026-11-14T15:00:00Z', version: 1 } }),
        ),
      ),
    );
    expect(sent).not.toContain('[Nog in te vullen');
    expect(sent).toContain('Verzonden op zaterdag 14 november 2026 om 16:00 (versie 1)');
  });
});

describe('writing', () => {
  it('writes atomically and leaves no temp files', async () => {
    const out = join(dir, 'w', 'agenda.docx');
    const { mkdirSync } = await import('node:fs');
    mkdirSync(join(dir, 'w'));
    writeFileSync(out, 'oud');
    const size = await writeDocx(buildAgendaDocument(agendaModel()), out);
    expect(readFileSync(out).length).toBe(size);
    expect(readFileSync(out).subarray(0, 2).toString()).toBe('PK');
    await writeFileAtomic(join(dir, 'w', 'x.txt'), 'hallo');
    expect(readdirSync(join(dir, 'w')).sort()).toEqual(['agenda.docx', 'x.txt']);
  });

  it('builds and packs a 40-item agenda quickly', async () => {
    const t = performance.now();
    const buf = await packDocx(buildAgendaDocument(bigAgendaModel(40)));
    expect(performance.now() - t).toBeLessThan(2000);
    // 37 non-fixed items, each in the table and in the explanations
    expect((await docxText(buf)).match(/voortgang regionale opgave/g)?.length).toBe(74);
  });
});

describe.skipIf(!hasLibreOffice || !hasPoppler)('LibreOffice renders every document', () => {
  let texts: Map<string, string | null>;
  const paths: Record<string, string> = {};

  beforeAll(async () => {
    for (const [name, buf] of Object.entries(built)) {
      paths[name] = join(dir, `${name}.docx`);
      writeFileSync(paths[name], buf);
    }
    // A broken file: document.xml cut off mid-way (as a crashed write would leave it).
    const files = unzipSync(built.agenda!);
    const xml = new TextDecoder().decode(files['word/document.xml']);
    files['word/document.xml'] = strToU8(xml.slice(0, Math.floor(xml.length / 2)));
    paths.broken = join(dir, 'broken.docx');
    writeFileSync(paths.broken, zipSync(files));
    texts = await renderPdfTexts(Object.values(paths));
  }, 120_000);

  const expectRendered = (name: string, needles: string[]) => {
    const text = texts.get(paths[name]!);
    expect(text, `${name}: no PDF`).toBeTypeOf('string');
    const flat = squash(text ?? '');
    for (const n of needles) expect(flat, `${name}: missing "${n}"`).toContain(n);
  };

  it('agenda', () => {
    expectRendered('agenda', [
      'Agenda',
      BODY,
      'dinsdag 8 december 2026',
      'Informerend: Stavaza Beschermd wonen',
      'Besluitvormend: Aanschaf informatieplatform',
      'C1, C2',
      'Voorstel: De regiegroep besluit',
      'Inkoop "Jeugd & Wmo" <2027>: Leudal/Nederweert\\Weert',
      'Pagina 1 van 2',
      'Pagina 2 van 2',
    ]);
    // the 300-character title comes out whole (wrapped over lines, so compare without spaces)
    const flat = (texts.get(paths.agenda!) ?? '').replace(/\s+/g, '');
    expect(flat).toContain(TITLE_300.replace(/\s+/g, ''));
  });

  it('revised agenda', () => {
    expectRendered('revised', [
      'Gewijzigde agenda',
      'versie 2',
      'Agendapunt 5 toegevoegd: Inkoop Jeugd & Wmo',
    ]);
  });

  it('minutes', () => {
    expectRendered('minutes', [
      'Verslag en afsprakenlijst',
      'Afsprakenlijst',
      'Wanneer gereed',
      '24 nov. 2026',
      'Vervolg: stuurgroep.',
    ]);
  });

  it('action lists', () => {
    expectRendered('actions', [
      'Actielijst',
      'Over de termijn',
      'verlopen',
      'Recent afgerond',
      'Pagina 1 van 1',
    ]);
    expectRendered('actionsByPerson', ['Openstaande acties per persoon', 'Anouk Smeets']);
  });

  it('a 40-item agenda runs over several pages with the header row repeated', () => {
    const text = texts.get(paths.big!) ?? '';
    const pages = text.split('\f').filter((p) => p.trim() !== '');
    expect(pages.length).toBeGreaterThanOrEqual(2);
    expect(squash(text)).toContain(`Pagina 1 van ${pages.length}`);
    // the header row is repeated on the next page (pdftotext reads table columns one after the other)
    for (const word of ['Nr', 'Onderwerp', 'Bijlage', 'Tijd'])
      expect(pages[1]).toMatch(new RegExp(`^${word}$`, 'm'));
  });

  it("the cached page count in each footer is LibreOffice's page count", () => {
    for (const [name, buf] of Object.entries(built)) {
      const text = texts.get(paths[name]!) ?? '';
      const pages = text.split('\f').filter((p) => p.trim() !== '').length;
      const cached = /NUMPAGES<\/w:instrText>.*?<w:t[^>]*>(\d+)<\/w:t>/.exec(
        docxParts(buf)['word/footer1.xml']!,
      )?.[1];
      expect(Number(cached), name).toBe(pages);
    }
  });

  it('a broken file fails the check', () => {
    const text = texts.get(paths.broken!);
    expect(texts.has(paths.broken!)).toBe(true);
    expect(text == null || !squash(text).includes('Stavaza Beschermd wonen')).toBe(true);
  });
});
