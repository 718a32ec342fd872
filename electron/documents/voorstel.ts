// A draft B&W-voorstel (college proposal) for one municipality, in the structure of the Weert voorstellen in
// the seeds (000, 003, 004): the header block (Afdeling, Naam opsteller voorstel, Portefeuillehouder beside
// B&W-voorstel, Zaaknummer, Publicatie), the college's decision box, then Onderwerp, Voorstel (numbered
// decision points), Inleiding (with the regiegroep's advice), the sections the author writes (each with a
// one-line hint), Overleg gevoerd met and Bijlagen. What Regie does not know is left as a marked field to fill.
// Regie's own house style: real Word headings and numbering, so a secretariat can go on in Word.
import { type Document, type Paragraph, type Table, TextRun } from 'docx';
import { formatDutchDate } from '../../shared/rules/dutchDate';
import type { VoorstelDocModel } from './model';
import {
  COLOR,
  STYLE,
  cellText,
  cleanLine,
  fixedTable,
  heading1,
  heading2,
  houseDocument,
  note,
  numbered,
  para,
  spacer,
  subtitle,
  textParagraphs,
  textRuns,
  title,
  CONTENT_WIDTH,
} from './styles';

/** The text in a field Regie cannot fill: marked so that it stands out and is easy to replace in Word. */
export const TO_FILL = '[in te vullen]';

/** The seeds' headings, in order, after Onderwerp, Voorstel and Inleiding. */
export const VOORSTEL_SECTIONS = [
  ['Beoogd effect/doel', 'Wat wil het college met dit besluit bereiken?'],
  [
    'Argumenten',
    'Waarom dit besluit: per voorstelpunt genummerd (1.1, 1.2 bij punt 1; 2.1 bij punt 2 …), elk met een korte toelichting.',
  ],
  ["Kanttekeningen en risico's", 'Wat pleit ertegen of kan misgaan, en hoe wordt dat opgevangen?'],
  [
    'Financiële, personele en juridische gevolgen',
    'Kosten en dekking voor deze gemeente, inzet van medewerkers, juridische gevolgen.',
  ],
  ['Uitvoering/evaluatie', 'Wie voert het besluit uit, wanneer, en hoe wordt het geëvalueerd?'],
  ['Communicatie/participatie', 'Wie worden geïnformeerd of betrokken (raad, inwoners, partners), en hoe?'],
] as const;

const DECISION_OPTIONS = [
  'Akkoord',
  'Akkoord met tekstuele aanpassing door portefeuillehouder',
  'Anders, nl.:',
  'Niet akkoord',
  'Gewijzigde versie',
] as const;

function toFill(): TextRun {
  return new TextRun({ text: TO_FILL, italics: true, color: COLOR.muted });
}

function value(text: string | null | undefined): TextRun[] {
  const clean = cleanLine(text);
  return clean ? textRuns(clean) : [toFill()];
}

/** Afdeling / Naam opsteller voorstel / Portefeuillehouder beside B&W-voorstel / Zaaknummer / Publicatie. */
function headerBlock(model: VoorstelDocModel): Table {
  const label = (text: string) =>
    cellText([new TextRun({ text, color: COLOR.muted })], { style: STYLE.label });
  const rows: [string, TextRun[], string, TextRun[]][] = [
    ['Afdeling', value(model.department), 'B&W-voorstel', value(model.proposalNumber)],
    ['Naam opsteller voorstel', value(model.author), 'Zaaknummer', value(model.caseNumber)],
    ['Portefeuillehouder', value(model.portfolioHolder), 'Publicatie', value(model.publication)],
  ];
  const widths = [2300, 3200, 1600, CONTENT_WIDTH - 2300 - 3200 - 1600];
  return fixedTable(
    widths,
    rows.map(([l1, v1, l2, v2]) => ({
      cells: [
        { children: [label(l1)] },
        { children: [cellText(v1)] },
        { children: [label(l2)] },
        { children: [cellText(v2)] },
      ],
    })),
    'rules',
  );
}

/** "In te vullen door het B&W secretariaat": the college's decision, as on the seeds' first page. */
function decisionBox(model: VoorstelDocModel): Table {
  const box = '☐';
  const lines: Paragraph[] = [
    cellText([
      new TextRun({ text: `${cleanLine(model.municipality)}, `, bold: true }),
      new TextRun({ text: formatDutchDate(model.preparedOn, { weekday: false }) }),
      new TextRun({ text: '    Soort besluit: Besluit college', color: COLOR.muted }),
    ]),
    cellText([new TextRun({ text: 'In te vullen door het B&W secretariaat:', bold: true })], {
      spacing: { before: 80, after: 40 },
    }),
    ...DECISION_OPTIONS.map((o) =>
      cellText([
        new TextRun({ text: `${box}  ${o}` }),
        ...(o.startsWith('Anders') ? [new TextRun(' …')] : []),
      ]),
    ),
    cellText([new TextRun({ text: 'Beslissing d.d.: ' }), toFill()], { spacing: { before: 80 } }),
    cellText([new TextRun({ text: 'Nummer: ' }), toFill()]),
    cellText('De secretaris,', { spacing: { before: 80, after: 240 } }),
  ];
  return fixedTable([CONTENT_WIDTH], [{ cells: [{ children: lines, fill: COLOR.groupFill }] }], 'grid');
}

/** One numbered list (Word numbering): each `instance` counts from 1. */
function numberedList(lines: string[], instance: number): Paragraph[] {
  return lines.map((line) => numbered(textRuns(cleanLine(line)), instance));
}

/** A one-line hint in a section the author writes; `keepNext` holds it to what follows (Argumenten's 1.1). */
function hint(text: string, keepNext = false): Paragraph {
  return note(text, { keepNext });
}

export function buildVoorstelDocument(model: VoorstelDocModel): Document {
  const children: (Paragraph | Table)[] = [
    title('B&W-voorstel'),
    subtitle(`Concept voor het college van burgemeester en wethouders van ${cleanLine(model.municipality)}`),
    headerBlock(model),
    spacer(200),
    decisionBox(model),
  ];

  children.push(heading1('Onderwerp'), para(cleanLine(model.subject) || TO_FILL));

  children.push(heading1('Voorstel'));
  if (model.decisionPoints.length > 0) children.push(...numberedList(model.decisionPoints, 1));
  else children.push(numbered([toFill()], 1));

  children.push(heading1('Inleiding'));
  children.push(...textParagraphs(model.introduction));
  for (const line of model.adviceLines) children.push(para(line));
  if (!model.introduction.trim() && model.adviceLines.length === 0)
    children.push(hint('Aanleiding en achtergrond van het voorstel.'));

  for (const [heading, text] of VOORSTEL_SECTIONS) {
    children.push(heading1(heading), hint(text, heading === 'Argumenten'));
    // The seeds number their arguments after the decision points: 1.1 for point 1, 2.1 for point 2 …
    if (heading === 'Argumenten')
      model.decisionPoints.forEach((_p, i) =>
        children.push(heading2([new TextRun({ text: `${i + 1}.1 `, italics: true }), toFill()])),
      );
  }

  children.push(heading1('Overleg gevoerd met'));
  children.push(para([new TextRun({ text: 'Intern: ' }), toFill()]));
  children.push(para(`Extern: ${model.consulted.join('; ')}`));

  children.push(heading1('Bijlagen'));
  if (model.attachments.length > 0) children.push(...numberedList(model.attachments, 2));
  else children.push(hint('Geen bijlagen bij het agendapunt in Regie.'));

  return houseDocument(
    {
      docType: 'B&W-voorstel',
      bodyName: `Gemeente ${cleanLine(model.municipality)}`,
      date: model.preparedOn,
      headerLabel: 'Concept B&W-voorstel',
      footerLabel: 'Concept opgesteld met Regie op',
      createdAt: model.generatedAt,
      title: `B&W-voorstel ${cleanLine(model.municipality)}: ${cleanLine(model.subject)}`,
      description: `Concept uit ${cleanLine(model.bodyName)}`,
    },
    children,
  );
}
