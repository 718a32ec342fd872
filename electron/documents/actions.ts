// 'Actielijst': the open actions of a body across meetings, grouped by due date or by person, with the
// overdue ones marked, and the actions closed recently.
import { type Document, type Paragraph, type Table, TextRun } from 'docx';
import { formatDutchDate, formatDutchDateShort, formatDutchMonth } from '../../shared/rules/dutchDate';
import type { ActionListDocModel, ClosedActionRow, OpenActionRow } from './model';
import {
  COLOR,
  type CellSpec,
  type RowSpec,
  cellText,
  cleanLine,
  fixedTable,
  heading1,
  headCell,
  houseDocument,
  note,
  para,
  alert,
  strong,
  subtitle,
  title,
} from './styles';

/** Nr | Actie | Wie | Gereed, in DXA. */
const OPEN_COLUMNS = [1000, 5054, 1900, 1400] as const;
/** Nr | Actie | Wie | Afgerond | Status, in DXA. */
const CLOSED_COLUMNS = [1000, 3954, 1800, 1500, 1100] as const;

interface Group {
  title: string;
  rows: OpenActionRow[];
}

const collator = new Intl.Collator('nl', { sensitivity: 'base', numeric: true });

/** Groups in reading order; rows keep the order the model gives within a group. */
export function groupOpenActions(rows: OpenActionRow[], groupBy: ActionListDocModel['groupBy']): Group[] {
  const groups = new Map<string, Group>();
  const add = (key: string, titleText: string, row: OpenActionRow) => {
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { title: titleText, rows: [] }));
    g.rows.push(row);
  };
  if (groupBy === 'person') {
    for (const r of rows) {
      const who = cleanLine(r.who);
      add(`p:${who.toLocaleLowerCase('nl')}`, who || 'Nog niet toegewezen', r);
    }
    return [...groups.entries()]
      .sort(([a, ga], [b, gb]) => {
        // 'Nog niet toegewezen' last
        if (a === 'p:' || b === 'p:') return a === 'p:' ? 1 : b === 'p:' ? -1 : 0;
        return collator.compare(ga.title, gb.title);
      })
      .map(([, g]) => g);
  }
  for (const r of rows) {
    if (r.overdue) add('0', 'Over de termijn', r);
    else if (r.due) add(`1:${r.due.slice(0, 7)}`, `Gereed in ${formatDutchMonth(r.due)}`, r);
    else add('2', 'Zonder datum', r);
  }
  return [...groups.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, g]) => g);
}

/** An action's 'wat' cell: what, and under it the meeting (and item) it was agreed in. */
export function actionWhatCell(
  what: string,
  meetingDate: string,
  itemTitle?: string | null,
  statusNote?: string | null,
): CellSpec {
  const title = cleanLine(itemTitle);
  const origin = `Uit overleg ${formatDutchDateShort(meetingDate)}${title ? ` — ${title}` : ''}`;
  const status = cleanLine(statusNote);
  return {
    children: [
      cellText(cleanLine(what)),
      cellText([new TextRun({ text: origin, color: COLOR.muted, size: 16 })]),
      ...(status ? [cellText([new TextRun({ text: status, italics: true, size: 16 })])] : []),
    ],
  };
}

/** An open action's row: nr, what (with its origin), who, due — marked 'verlopen' when overdue. */
export function openActionRow(r: OpenActionRow): RowSpec {
  return {
    cells: [
      { children: [cellText(cleanLine(String(r.nr)))] },
      actionWhatCell(r.what, r.meetingDate, r.itemTitle, r.statusNote),
      { children: [cellText(cleanLine(r.who) || '—')] },
      {
        children: r.overdue
          ? [
              cellText([alert(r.due ? formatDutchDateShort(r.due) : '—')]),
              cellText([alert('verlopen', { size: 16 })]),
            ]
          : [cellText(r.due ? formatDutchDateShort(r.due) : 'z.s.m.')],
      },
    ],
  };
}

const OPEN_HEADER: RowSpec = {
  header: true,
  cells: [headCell('Nr'), headCell('Actie'), headCell('Wie'), headCell('Gereed')],
};

/** Open actions as one table, without groups (the running afsprakenlijst at item 2 of the agenda). */
export function openActionsTable(rows: OpenActionRow[]): Table {
  return fixedTable([...OPEN_COLUMNS], [OPEN_HEADER, ...rows.map(openActionRow)]);
}

function openTable(groups: Group[]): Table {
  const rows: RowSpec[] = [OPEN_HEADER];
  for (const g of groups) {
    rows.push({
      cells: [
        {
          columnSpan: OPEN_COLUMNS.length,
          fill: COLOR.groupFill,
          children: [
            cellText(
              [
                new TextRun({
                  text: g.title,
                  bold: true,
                  color: g.title === 'Over de termijn' ? COLOR.overdue : COLOR.accent,
                }),
                new TextRun({ text: `  (${g.rows.length})`, color: COLOR.muted }),
              ],
              { keepNext: true },
            ),
          ],
        },
      ],
    });
    for (const r of g.rows) rows.push(openActionRow(r));
  }
  return fixedTable([...OPEN_COLUMNS], rows);
}

function closedTable(rows: ClosedActionRow[]): Table {
  return fixedTable(
    [...CLOSED_COLUMNS],
    [
      {
        header: true,
        cells: [headCell('Nr'), headCell('Actie'), headCell('Wie'), headCell('Afgerond'), headCell('Status')],
      },
      ...rows.map((r) => ({
        cells: [
          { children: [cellText(cleanLine(String(r.nr)))] },
          { children: [cellText(cleanLine(r.what))] },
          { children: [cellText(cleanLine(r.who) || '—')] },
          {
            children: [
              cellText(formatDutchDateShort(r.closedOn)),
              ...(r.closedInMeetingDate
                ? [
                    cellText([
                      new TextRun({
                        text: `in overleg ${formatDutchDateShort(r.closedInMeetingDate)}`,
                        color: COLOR.muted,
                        size: 16,
                      }),
                    ]),
                  ]
                : []),
            ],
          },
          { children: [cellText(r.status === 'done' ? 'Gereed' : 'Vervallen')] },
        ],
      })),
    ],
  );
}

function countText(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** The action list of a body as a Word document. */
export function buildActionListDocument(model: ActionListDocModel): Document {
  const dateLong = formatDutchDate(model.generatedOn);
  const overdue = model.open.filter((r) => r.overdue).length;
  const children: (Paragraph | Table)[] = [
    title('Actielijst'),
    subtitle(model.bodyName),
    para([new TextRun({ text: 'Stand per ', color: COLOR.muted }), strong(dateLong)]),
    para(
      [
        new TextRun(countText(model.open.length, 'openstaande actie', 'openstaande acties')),
        ...(overdue > 0 ? [new TextRun(', waarvan '), alert(`${overdue} over de termijn`)] : []),
        new TextRun(`; ${countText(model.recentlyClosed.length, 'actie', 'acties')} recent afgerond.`),
      ],
      { spacing: { after: 120 } },
    ),
    heading1(model.groupBy === 'person' ? 'Openstaande acties per persoon' : 'Openstaande acties'),
  ];
  if (model.open.length > 0) children.push(openTable(groupOpenActions(model.open, model.groupBy)));
  else children.push(note('Er staan geen acties open.'));

  children.push(heading1('Recent afgerond'));
  if (model.recentlyClosed.length > 0) children.push(closedTable(model.recentlyClosed));
  else children.push(note('Geen acties afgerond sinds het vorige overleg.'));

  return houseDocument(
    {
      docType: 'Actielijst',
      bodyName: model.bodyName,
      date: model.generatedOn,
      headerLabel: 'Actielijst',
      footerLabel: 'Actielijst',
      title: `Actielijst ${cleanLine(model.bodyName)} ${formatDutchDate(model.generatedOn, { weekday: false })}`,
      createdAt: model.generatedAt,
    },
    children,
  );
}
