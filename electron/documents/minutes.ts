// 'Verslag en afsprakenlijst': attendance, per item the discussion, decisions (with where they go next) and
// actions, and at the end the afsprakenlijst — nr, wat, wie, wanneer gereed.
import { type Document, type Paragraph, type Table, TextRun } from 'docx';
import { formatDutchDate, formatDutchDateShort, formatDutchTimeRange } from '../../shared/rules/dutchDate';
import { revisionBox } from './agenda';
import type { DocAction, MinutesDocItem, MinutesDocModel, MinutesStatusLabel } from './model';
import {
  COLOR,
  bullet,
  cellText,
  cleanLine,
  detailsTable,
  fixedTable,
  heading1,
  heading2,
  headCell,
  houseDocument,
  note,
  numbered,
  para,
  spacer,
  subtitle,
  textParagraphs,
  textRuns,
  title,
} from './styles';

/** Nr | Wat | Wie | Wanneer gereed, in DXA. */
export const ACTION_COLUMNS = [1000, 4654, 1940, 1760] as const;

const STATUS_TEXT: Record<MinutesStatusLabel, string> = {
  concept: 'Concept',
  verzonden: 'Verzonden, nog niet vastgesteld',
  vastgesteld: 'Vastgesteld',
};

function statusText(model: MinutesDocModel): string {
  if (model.status === 'vastgesteld' && model.adoptedOn) {
    return `Vastgesteld in de vergadering van ${formatDutchDate(model.adoptedOn, { weekday: false })}`;
  }
  return STATUS_TEXT[model.status];
}

function names(list: string[]): string {
  const clean = list.map((n) => cleanLine(n)).filter((n) => n !== '');
  return clean.length > 0 ? clean.join(', ') : '—';
}

export function dueText(due: string | null): string {
  return due ? formatDutchDateShort(due) : 'z.s.m.';
}

export function actionTable(actions: DocAction[]): Table {
  return fixedTable(
    [...ACTION_COLUMNS],
    [
      { header: true, cells: [headCell('Nr'), headCell('Wat'), headCell('Wie'), headCell('Wanneer gereed')] },
      ...actions.map((a) => ({
        cells: [
          { children: [cellText(cleanLine(String(a.nr)))] },
          { children: [cellText(cleanLine(a.what))] },
          { children: [cellText(cleanLine(a.who))] },
          { children: [cellText(dueText(a.due))] },
        ],
      })),
    ],
  );
}

function itemSection(item: MinutesDocItem, instance: number): Paragraph[] {
  const heading = [
    new TextRun(`${item.number}. `),
    ...(item.kindLabel ? [new TextRun({ text: `${item.kindLabel}: `, color: COLOR.accent })] : []),
    ...textRuns(cleanLine(item.title)),
  ];
  const out: Paragraph[] = [heading2(heading)];
  const notes = textParagraphs(item.notes);
  out.push(...notes);
  if (item.decisions.length > 0) {
    out.push(
      para([new TextRun({ text: item.decisions.length > 1 ? 'Besluiten' : 'Besluit', bold: true })], {
        keepNext: true,
        spacing: { before: 80, after: 40 },
      }),
    );
    for (const d of item.decisions) {
      const runs = textRuns(cleanLine(d.text));
      const dest = cleanLine(d.destination);
      if (dest) runs.push(new TextRun({ text: ` Vervolg: ${dest}.`, italics: true, color: COLOR.muted }));
      out.push(numbered(runs, instance));
    }
  }
  if (item.actions.length > 0) {
    out.push(
      para([new TextRun({ text: 'Afspraken', bold: true })], {
        keepNext: true,
        spacing: { before: 80, after: 40 },
      }),
    );
    for (const a of item.actions) {
      out.push(
        bullet([
          new TextRun({ text: `${cleanLine(String(a.nr))}  `, bold: true }),
          ...textRuns(cleanLine(a.what)),
          new TextRun({
            text: ` — ${cleanLine(a.who) || 'nog toe te wijzen'}, gereed: ${dueText(a.due)}`,
            color: COLOR.muted,
          }),
        ]),
      );
    }
  }
  if (notes.length === 0 && item.decisions.length === 0 && item.actions.length === 0) {
    out.push(note('Geen bijzonderheden.'));
  }
  return out;
}

/** The minutes and list of agreements of one meeting as a Word document. */
export function buildMinutesDocument(model: MinutesDocModel): Document {
  const m = model.meeting;
  const docType = 'Verslag en afsprakenlijst';
  const dateLong = formatDutchDate(m.date);
  const details: [string, Paragraph[]][] = [
    ['Datum', [cellText(dateLong)]],
    ['Tijd', [cellText(formatDutchTimeRange(m.start, m.end ?? null))]],
    ['Locatie', [cellText(cleanLine(m.location))]],
    ['Voorzitter', [cellText(cleanLine(m.chair))]],
    ['Notulist', [cellText(cleanLine(m.notulist))]],
    ['Aanwezig', [cellText(names(model.present))]],
    ['Afwezig m.k.', [cellText(names(model.absent))]],
  ];
  const subs = (model.substitutes ?? []).filter((s) => cleanLine(s.name) !== '');
  if (subs.length > 0) {
    details.push([
      'Vervanging',
      subs.map((s) => cellText(`${cleanLine(s.name)} (voor ${cleanLine(s.for)})`)),
    ]);
  }
  details.push([
    'Status',
    [
      cellText([
        new TextRun({
          text: statusText(model),
          bold: model.status !== 'vastgesteld',
          color: model.status === 'concept' ? COLOR.overdue : COLOR.text,
        }),
      ]),
    ],
  ]);

  const children: (Paragraph | Table)[] = [title(docType), subtitle(model.bodyName)];
  if (model.revision) children.push(revisionBox('Gewijzigd verslag', model.revision), spacer(240));
  children.push(detailsTable(details));

  children.push(heading1('Verslag'));
  model.items.forEach((item, i) => children.push(...itemSection(item, i + 1)));

  children.push(heading1('Afsprakenlijst'));
  if (model.actions.length > 0) children.push(actionTable(model.actions));
  else children.push(note('Geen nieuwe afspraken.'));

  const statusShort =
    model.status === 'concept' ? 'Concept' : model.status === 'verzonden' ? 'Verzonden' : 'Vastgesteld';
  return houseDocument(
    {
      docType,
      bodyName: model.bodyName,
      headerRight: `Verslag · ${dateLong}`,
      footerLeft: `Verslag ${formatDutchDateShort(m.date)} · ${statusShort}${model.revision ? ` · versie ${model.revision.number}` : ''}`,
      title: `${docType} ${cleanLine(model.bodyName)} ${formatDutchDate(m.date, { weekday: false })}`,
    },
    children,
  );
}
