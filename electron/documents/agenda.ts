// The agenda as a Word document: meeting details, the item table (Nr | Onderwerp | Bijlage | Tijd), the
// proposals and targets per item, and the list of attachments by letter. A version sent after an earlier
// one is titled 'Gewijzigde agenda' and lists what changed.
import { AlignmentType, type Document, type Paragraph, type Table, TextRun } from 'docx';
import {
  formatDutchDate,
  formatDutchDateShort,
  formatDutchMoment,
  formatDutchTimeRange,
} from '../../shared/rules/dutchDate';
import type { AgendaDocItem, AgendaDocModel, AgendaInvitee, DocRevision } from './model';
import {
  CONTENT_WIDTH,
  COLOR,
  STYLE,
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
  noticeBox,
  para,
  spacer,
  subtitle,
  textBlocks,
  textParagraphs,
  textRuns,
  title,
} from './styles';

/** Nr | Onderwerp | Bijlage | Tijd, in DXA; adds up to CONTENT_WIDTH. */
export const AGENDA_COLUMNS = [680, 6034, 1240, 1400] as const;

function inviteeLine(inv: AgendaInvitee): string {
  const extra = [inv.role, inv.municipality].map((s) => cleanLine(s)).filter((s) => s !== '');
  return extra.length > 0 ? `${cleanLine(inv.name)} (${extra.join(', ')})` : cleanLine(inv.name);
}

export function revisionBox(kind: string, revision: DocRevision): Table {
  const children: Paragraph[] = [
    para([new TextRun({ text: `${kind} — versie ${revision.number}`, bold: true })], {
      spacing: { after: 60 },
    }),
    para(
      `Deze versie vervangt de versie die is verzonden op ${formatDutchMoment(revision.previousSentAt)}.` +
        (revision.changes.length > 0 ? ' Gewijzigd:' : ''),
      { spacing: { after: revision.changes.length > 0 ? 60 : 0 } },
    ),
    ...revision.changes.map((c) => bullet(c)),
  ];
  return noticeBox(children);
}

function subjectRuns(item: AgendaDocItem): TextRun[] {
  const runs: TextRun[] = [];
  if (item.kindLabel) runs.push(new TextRun({ text: `${item.kindLabel}: `, color: COLOR.accent }));
  runs.push(...textRuns(cleanLine(item.title)));
  return runs;
}

function itemTable(items: AgendaDocItem[]): Table {
  return fixedTable(
    [...AGENDA_COLUMNS],
    [
      {
        header: true,
        cells: [
          headCell('Nr'),
          headCell('Onderwerp'),
          headCell('Bijlage', AlignmentType.CENTER),
          headCell('Tijd'),
        ],
      },
      ...items.map((item) => ({
        cells: [
          { children: [cellText(`${item.number}.`)] },
          { children: [cellText(subjectRuns(item))] },
          { children: [cellText(cleanLine(item.attachmentLetters), { alignment: AlignmentType.CENTER })] },
          { children: [cellText(item.startsAt ?? '')] },
        ],
      })),
    ],
  );
}

function hasDetails(item: AgendaDocItem): boolean {
  return (
    textBlocks(item.proposal).length > 0 ||
    cleanLine(item.target) !== '' ||
    textBlocks(item.explanation).length > 0
  );
}

function itemDetails(item: AgendaDocItem): Paragraph[] {
  const out: Paragraph[] = [heading2([new TextRun(`${item.number}. `), ...textRuns(cleanLine(item.title))])];
  const meta: string[] = [];
  if (item.kindLabel) meta.push(item.kindLabel);
  const letters = cleanLine(item.attachmentLetters);
  if (letters) meta.push(`${letters.includes(',') ? 'bijlagen' : 'bijlage'} ${letters}`);
  if (item.startsAt)
    meta.push(
      item.durationMinutes ? `${item.startsAt} uur, ${item.durationMinutes} min.` : `${item.startsAt} uur`,
    );
  if (meta.length > 0) out.push(note(meta.join(' · ')));

  const proposal = textBlocks(item.proposal);
  proposal.forEach((block, i) => {
    out.push(
      para([...(i === 0 ? [new TextRun({ text: 'Voorstel: ', bold: true })] : []), ...textRuns(block)], {
        style: STYLE.quote,
      }),
    );
  });
  const target = cleanLine(item.target);
  if (target) {
    out.push(
      para([new TextRun({ text: 'Voorbereidend voor besluit van: ', bold: true }), ...textRuns(target)], {
        style: STYLE.quote,
      }),
    );
  }
  out.push(...textParagraphs(item.explanation));
  return out;
}

/** The agenda of one meeting as a Word document. Pure: the same model gives the same document. */
export function buildAgendaDocument(model: AgendaDocModel): Document {
  const m = model.meeting;
  const revised = model.revision !== null;
  const docType = revised ? 'Gewijzigde agenda' : 'Agenda';
  const dateLong = formatDutchDate(m.date);

  const details: [string, Paragraph[]][] = [
    ['Datum', [cellText(dateLong)]],
    ['Tijd', [cellText(formatDutchTimeRange(m.start, m.end ?? null))]],
    ['Locatie', [cellText(cleanLine(m.location))]],
    ['Gastgemeente', [cellText(cleanLine(m.host))]],
    ['Voorzitter', [cellText(cleanLine(m.chair))]],
    ['Notulist', [cellText(cleanLine(m.notulist))]],
  ];
  if (model.invitees.length > 0)
    details.push(['Genodigden', model.invitees.map((inv) => cellText(inviteeLine(inv)))]);

  const children: (Paragraph | Table)[] = [title(docType), subtitle(model.bodyName)];
  if (model.revision) children.push(revisionBox('Gewijzigde agenda', model.revision), spacer(240));
  children.push(detailsTable(details));

  children.push(heading1('Agendapunten'), itemTable(model.items));

  const detailed = model.items.filter(hasDetails);
  if (detailed.length > 0) {
    children.push(heading1('Toelichting en voorstellen'));
    for (const item of detailed) children.push(...itemDetails(item));
  }

  if (model.attachments.length > 0) {
    children.push(heading1('Bijlagen'));
    children.push(
      fixedTable(
        [900, CONTENT_WIDTH - 900],
        model.attachments.map((a) => ({
          cells: [
            { children: [cellText([new TextRun({ text: cleanLine(a.label), bold: true })])] },
            {
              children: [
                cellText(cleanLine(a.title)),
                cellText([new TextRun({ text: cleanLine(a.fileName), color: COLOR.muted, size: 16 })]),
              ],
            },
          ],
        })),
        'rules',
      ),
    );
  }

  return houseDocument(
    {
      docType,
      bodyName: model.bodyName,
      headerRight: `${docType} · ${dateLong}`,
      footerLeft: revised
        ? `${docType}, versie ${model.revision?.number ?? ''}`
        : `Agenda ${formatDutchDateShort(m.date)}`,
      title: `${docType} ${cleanLine(model.bodyName)} ${formatDutchDate(m.date, { weekday: false })}`,
      description: `Opgesteld ${formatDutchMoment(model.generatedAt, { style: 'short' })}`,
    },
    children,
  );
}
