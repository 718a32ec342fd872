// 'Verslag en afsprakenlijst': attendance (present, absent with notice, substitutes, guests), per item the
// proposal it brought, the discussion, decisions (for a voorbereidend item the advice and where it goes next)
// and actions; item 2 reviews the running action list; at the end the afsprakenlijst — nr, wat, wie, wanneer
// gereed. Nothing is stated that did not happen: an empty item of a concept shows a placeholder for the
// notulist, which a sent version never carries.
import { type Document, type Paragraph, type Table, TextRun } from 'docx';
import { formatDutchDate, formatDutchDateShort, formatDutchTimeRange } from '../../shared/rules/dutchDate';
import { actionWhatCell } from './actions';
import { revisionBox, sentLine } from './agenda';
import type { DocAction, MinutesDocItem, MinutesDocModel, MinutesStatusLabel, ReviewedAction } from './model';
import {
  CHAR_STYLE,
  COLOR,
  STYLE,
  alert,
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
  strong,
  subtitle,
  textBlocks,
  textParagraphs,
  textRuns,
  title,
} from './styles';

/** What an empty item of a concept shows: for the notulist's eyes only (never in a sent version). */
export const EMPTY_ITEM_PLACEHOLDER = '[Nog in te vullen door de notulist]';
/** Nr | Wat | Wie | Stand: item 2's review of the running action list, in DXA. */
export const REVIEW_COLUMNS = [1000, 4854, 1800, 1700] as const;

/** Nr | Wat | Wie | Wanneer gereed, in DXA. */
const ACTION_COLUMNS = [1000, 4654, 1940, 1760] as const;

const STATUS_TEXT: Record<MinutesStatusLabel, string> = {
  concept: 'Concept',
  verzonden: 'Verzonden, nog niet vastgesteld',
  vastgesteld: 'Vastgesteld',
};

function statusText(model: MinutesDocModel): string {
  if (model.status === 'vastgesteld' && model.adoptedOn) {
    return `Vastgesteld in de vergadering van ${formatDutchDate(model.adoptedOn, { weekday: false })}`;
  }
  if (model.status === 'concept' && model.due)
    return `Concept — uiterlijk ${formatDutchDate(model.due, { weekday: false })} naar de ondersteuner`;
  return STATUS_TEXT[model.status];
}

function reviewOutcome(a: ReviewedAction): Paragraph[] {
  if (a.outcome === 'done') return [cellText('afgerond')];
  if (a.outcome === 'dropped') return [cellText('vervallen')];
  const due = a.due ? formatDutchDateShort(a.due) : 'z.s.m.';
  return a.overdue
    ? [cellText([alert(`loopt door, ${due}`)]), cellText([alert('verlopen', { size: 16 })])]
    : [cellText(`loopt door, ${due}`)];
}

/** Item 2: every earlier action that was open, and what became of it at this meeting. */
function reviewTable(rows: ReviewedAction[]): Table {
  return fixedTable(
    [...REVIEW_COLUMNS],
    [
      { header: true, cells: [headCell('Nr'), headCell('Wat'), headCell('Wie'), headCell('Stand')] },
      ...rows.map((a) => ({
        cells: [
          { children: [cellText(cleanLine(String(a.nr)))] },
          actionWhatCell(a.what, a.meetingDate),
          { children: [cellText(cleanLine(a.who) || '—')] },
          { children: reviewOutcome(a) },
        ],
      })),
    ],
  );
}

function names(list: string[]): string {
  const clean = list.map((n) => cleanLine(n)).filter((n) => n !== '');
  return clean.length > 0 ? clean.join(', ') : '—';
}

function dueText(due: string | null): string {
  return due ? formatDutchDateShort(due) : 'z.s.m.';
}

function actionTable(actions: DocAction[]): Table {
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

function itemSection(item: MinutesDocItem, instance: number, concept: boolean): (Paragraph | Table)[] {
  const heading = [
    new TextRun(`${item.number}. `),
    ...(item.kindLabel ? [new TextRun({ text: `${item.kindLabel}: `, style: CHAR_STYLE.itemKind })] : []),
    ...textRuns(cleanLine(item.title)),
  ];
  const out: (Paragraph | Table)[] = [heading2(heading)];
  // What introduces an item (who presented it, its proposal, whose decision it prepares) keeps with what
  // follows of the same item, so a heading never ends a page without its content.
  const notes = textParagraphs(item.notes);
  const reviewed = item.reviewed ?? [];
  const recorded =
    notes.length > 0 || item.decisions.length > 0 || item.actions.length > 0 || reviewed.length > 0;
  const followed = recorded || concept;
  const presenter = cleanLine(item.presentedBy);
  const proposal = textBlocks(item.proposal);
  const target = cleanLine(item.target);
  if (presenter)
    out.push(
      note(`Toelichting: ${presenter}`, {
        keepNext: proposal.length > 0 || target !== '' || followed,
      }),
    );
  const label = item.proposalLabel ?? 'Voorstel';
  proposal.forEach((block, i) =>
    out.push(
      para([...(i === 0 ? [strong(`${label}: `)] : []), ...textRuns(block)], {
        style: STYLE.quote,
        keepNext: i < proposal.length - 1 || target !== '' || followed,
      }),
    ),
  );
  if (target)
    out.push(para([strong('Advies aan: '), ...textRuns(target)], { style: STYLE.quote, keepNext: followed }));

  out.push(...notes);
  if (reviewed.length > 0) {
    out.push(para([strong('Afsprakenlijst')], { keepNext: true, spacing: { before: 80, after: 40 } }));
    out.push(reviewTable(reviewed));
  }
  if (item.decisions.length > 0) {
    const word =
      item.kindLabel === 'Voorbereidend' ? 'Advies' : item.decisions.length > 1 ? 'Besluiten' : 'Besluit';
    out.push(para([strong(word)], { keepNext: true, spacing: { before: 80, after: 40 } }));
    for (const d of item.decisions) {
      const runs = textRuns(cleanLine(d.text));
      const dest = cleanLine(d.destination);
      if (dest) runs.push(new TextRun({ text: ` Vervolg: ${dest}.`, italics: true, color: COLOR.muted }));
      out.push(numbered(runs, instance));
    }
  }
  if (item.actions.length > 0) {
    out.push(para([strong('Afspraken')], { keepNext: true, spacing: { before: 80, after: 40 } }));
    for (const a of item.actions) {
      out.push(
        bullet([
          strong(`${cleanLine(String(a.nr))}  `),
          ...textRuns(cleanLine(a.what)),
          new TextRun({
            text: ` — ${cleanLine(a.who) || 'nog toe te wijzen'}, gereed: ${dueText(a.due)}`,
            color: COLOR.muted,
          }),
        ]),
      );
    }
  }
  if (!recorded && concept) out.push(para([alert(EMPTY_ITEM_PLACEHOLDER)]));
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
  const guests = (model.guests ?? []).map((g) => cleanLine(g)).filter((g) => g !== '');
  if (guests.length > 0) details.push(['Gasten', guests.map((g) => cellText(g))]);
  details.push([
    'Status',
    [
      cellText([
        model.status === 'concept'
          ? alert(statusText(model))
          : model.status === 'verzonden'
            ? strong(statusText(model))
            : new TextRun(statusText(model)),
      ]),
    ],
  ]);

  const children: (Paragraph | Table)[] = [title(docType), subtitle(model.bodyName)];
  if (model.sent) children.push(sentLine(model.sent));
  if (model.revision) children.push(revisionBox('Gewijzigd verslag', model.revision), spacer(240));
  children.push(detailsTable(details));

  children.push(heading1('Verslag'));
  const concept = model.status === 'concept';
  model.items.forEach((item, i) => children.push(...itemSection(item, i + 1, concept)));

  children.push(heading1('Afsprakenlijst'));
  if (model.actions.length > 0) children.push(actionTable(model.actions));
  else children.push(note('Geen nieuwe afspraken.'));

  const statusShort =
    model.status === 'concept' ? 'concept' : model.status === 'verzonden' ? 'verzonden' : 'vastgesteld';
  const version = model.revision?.number ?? model.sent?.version ?? null;
  return houseDocument(
    {
      docType,
      bodyName: model.bodyName,
      date: m.date,
      headerLabel: 'Verslag',
      footerLabel: 'Verslag',
      footerNote: `${statusShort}${version ? `, versie ${version}` : ''}`,
      title: `${docType} ${cleanLine(model.bodyName)} ${formatDutchDate(m.date, { weekday: false })}`,
      createdAt: model.generatedAt,
    },
    children,
  );
}
