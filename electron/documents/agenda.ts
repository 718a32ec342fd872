// The agenda as a Word document: the meeting's details and everyone invited, the item table (Nr | Onderwerp |
// Bijlage | Tijd), per item its explanation and proposal (for a voorbereidend item: the advice and whose
// decision it prepares), at item 2 the running afsprakenlijst, the attachments by the exact file names members
// receive, and the coming deadlines with the next meeting. A version sent after an earlier one is titled
// 'Gewijzigde agenda' and lists what changed; a sent version says when it was sent.
import { AlignmentType, type Document, type Paragraph, type Table, TextRun } from 'docx';
import { formatDutchDate, formatDutchMoment, formatDutchTimeRange } from '../../shared/rules/dutchDate';
import { openActionsTable } from './actions';
import type {
  AgendaDocItem,
  AgendaDocModel,
  AgendaInvitee,
  AgendaOutlook,
  DocRevision,
  SentStamp,
} from './model';
import {
  CHAR_STYLE,
  CONTENT_WIDTH,
  alert,
  strong,
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
/** Nr | Onderwerp | Bijlage, when the items have no planned times. */
export const AGENDA_COLUMNS_UNTIMED = [680, 7434, 1240] as const;

export const LATE_PENDING = 'Nagekomen (onder voorbehoud van toelating)';
export const LATE_ADMITTED = 'Nagekomen, toegelaten';

function inviteeLine(inv: AgendaInvitee): TextRun[] {
  const extra = [inv.role, inv.municipality].map((s) => cleanLine(s)).filter((s) => s !== '');
  const name = cleanLine(inv.name);
  const runs = [new TextRun(extra.length > 0 ? `${name} (${extra.join(', ')})` : name)];
  const role = cleanLine(inv.meetingRole);
  if (role) runs.push(new TextRun({ text: ` — ${role}`, color: COLOR.muted }));
  return runs;
}

/** 'Verzonden op donderdag 25 maart 2027 om 10:15 (versie 1)'. */
export function sentLine(sent: SentStamp): Paragraph {
  return note(`Verzonden op ${formatDutchMoment(sent.at)} (versie ${sent.version})`, {
    spacing: { before: 0, after: 200 },
  });
}

export function revisionBox(kind: string, revision: DocRevision): Table {
  const children: Paragraph[] = [
    para([strong(`${kind} — versie ${revision.number}`)], { spacing: { after: 60 } }),
    para(
      `Deze versie vervangt de versie die is verzonden op ${formatDutchMoment(revision.previousSentAt)}.` +
        (revision.changes.length > 0 ? ' Gewijzigd:' : ''),
      { spacing: { after: revision.changes.length > 0 ? 60 : 0 } },
    ),
    ...revision.changes.map((c) => bullet(c)),
  ];
  return noticeBox(children);
}

function lateText(item: AgendaDocItem): string | null {
  return item.late === 'pending' ? LATE_PENDING : item.late === 'admitted' ? LATE_ADMITTED : null;
}

function subjectParagraphs(item: AgendaDocItem, outlook: AgendaOutlook | null, last: boolean): Paragraph[] {
  const runs: TextRun[] = [];
  if (item.kindLabel) runs.push(new TextRun({ text: `${item.kindLabel}: `, style: CHAR_STYLE.itemKind }));
  runs.push(...textRuns(cleanLine(item.title)));
  const out = [cellText(runs)];
  const late = lateText(item);
  if (late)
    out.push(
      cellText([
        item.late === 'pending'
          ? alert(late, { size: 16 })
          : new TextRun({ text: late, color: COLOR.muted, size: 16 }),
      ]),
    );
  if (last && outlook?.next)
    out.push(cellText([new TextRun({ text: nextMeetingText(outlook.next), color: COLOR.muted, size: 16 })]));
  return out;
}

function itemTable(items: AgendaDocItem[], showTimes: boolean, outlook: AgendaOutlook | null): Table {
  const head = [headCell('Nr'), headCell('Onderwerp'), headCell('Bijlage', AlignmentType.CENTER)];
  return fixedTable(
    [...(showTimes ? AGENDA_COLUMNS : AGENDA_COLUMNS_UNTIMED)],
    [
      { header: true, cells: showTimes ? [...head, headCell('Tijd')] : head },
      ...items.map((item, i) => ({
        cells: [
          { children: [cellText(`${item.number}.`)] },
          { children: subjectParagraphs(item, outlook, i === items.length - 1) },
          { children: [cellText(cleanLine(item.attachmentLetters), { alignment: AlignmentType.CENTER })] },
          ...(showTimes ? [{ children: [cellText(item.startsAt ?? '')] }] : []),
        ],
      })),
    ],
  );
}

function hasDetails(item: AgendaDocItem): boolean {
  return (
    textBlocks(item.proposal).length > 0 ||
    cleanLine(item.target) !== '' ||
    textBlocks(item.explanation).length > 0 ||
    item.late === 'pending'
  );
}

function itemDetails(item: AgendaDocItem, showTimes: boolean): Paragraph[] {
  const out: Paragraph[] = [heading2([new TextRun(`${item.number}. `), ...textRuns(cleanLine(item.title))])];
  const meta: string[] = [];
  if (item.kindLabel) meta.push(item.kindLabel);
  const letters = cleanLine(item.attachmentLetters);
  if (letters) meta.push(`${letters.includes(',') ? 'bijlagen' : 'bijlage'} ${letters}`);
  if (showTimes && item.startsAt)
    meta.push(
      item.durationMinutes ? `${item.startsAt} uur, ${item.durationMinutes} min.` : `${item.startsAt} uur`,
    );
  const submitter = cleanLine(item.submitter);
  if (submitter) meta.push(`ingebracht door ${submitter}`);
  // The meta line keeps with the text that follows (the heading keeps with it): never alone at a page end.
  if (meta.length > 0) out.push(note(meta.join(' · '), { keepNext: true }));
  if (item.late === 'pending')
    out.push(
      para([
        alert(`${LATE_PENDING}. `),
        new TextRun('Het punt is na de termijn ingebracht; de vergadering besluit of het wordt behandeld.'),
      ]),
    );

  out.push(...textParagraphs(item.explanation));
  const proposal = textBlocks(item.proposal);
  const label = item.proposalLabel ?? 'Voorstel';
  const target = cleanLine(item.target);
  // The proposal and whose decision it prepares stay together on one page.
  proposal.forEach((block, i) => {
    out.push(
      para([...(i === 0 ? [strong(`${label}: `)] : []), ...textRuns(block)], {
        style: STYLE.quote,
        ...(target || i < proposal.length - 1 ? { keepNext: true } : {}),
      }),
    );
  });
  if (target) {
    out.push(
      para([strong('Voorbereidend voor besluit van: '), ...textRuns(target)], {
        style: STYLE.quote,
      }),
    );
  }
  return out;
}

function nextMeetingText(next: NonNullable<AgendaOutlook['next']>): string {
  const where = cleanLine(next.location);
  return `Volgend overleg: ${formatDutchDate(next.date)}, ${next.start} uur${where ? `, ${where}` : ''}`;
}

function outlookTable(outlook: AgendaOutlook): Table {
  const rows: [string, Paragraph[]][] = [
    ['Verslag', [cellText(`uiterlijk ${formatDutchDate(outlook.minutesDue)} naar de ondersteuner`)]],
  ];
  if (outlook.next) {
    const where = cleanLine(outlook.next.location);
    rows.push(
      [
        'Volgend overleg',
        [
          cellText(
            `${formatDutchDate(outlook.next.date)}, ${outlook.next.start} uur${where ? `, ${where}` : ''}`,
          ),
        ],
      ],
      [
        'Agendapunten',
        [
          cellText(
            `voor het volgende overleg inbrengen tot en met ${formatDutchDate(outlook.next.submissionDeadline)}`,
          ),
        ],
      ],
    );
  }
  return detailsTable(rows);
}

/** The agenda of one meeting as a Word document. Pure: the same model gives the same document. */
export function buildAgendaDocument(model: AgendaDocModel): Document {
  const m = model.meeting;
  const revised = model.revision !== null;
  const docType = revised ? 'Gewijzigde agenda' : 'Agenda';
  const dateLong = formatDutchDate(m.date);
  const outlook = model.outlook ?? null;
  const showTimes = model.showTimes ?? model.items.some((i) => (i.durationMinutes ?? 0) > 0);

  const address = cleanLine(m.address);
  const details: [string, Paragraph[]][] = [
    ['Datum', [cellText(dateLong)]],
    ['Tijd', [cellText(formatDutchTimeRange(m.start, m.end ?? null))]],
    [
      'Locatie',
      [
        cellText(cleanLine(m.location) || 'nog niet bekend'),
        ...(address ? [cellText([new TextRun({ text: address, color: COLOR.muted })])] : []),
      ],
    ],
    ['Gastgemeente', [cellText(cleanLine(m.host))]],
    ['Voorzitter', [cellText(cleanLine(m.chair))]],
    ['Notulist', [cellText(cleanLine(m.notulist))]],
  ];
  if (model.invitees.length > 0)
    details.push(['Genodigden', model.invitees.map((inv) => cellText(inviteeLine(inv)))]);
  if (model.cc && model.cc.length > 0)
    details.push(['Ter kennisname', model.cc.map((inv) => cellText(inviteeLine(inv)))]);

  const children: (Paragraph | Table)[] = [title(docType), subtitle(model.bodyName)];
  if (model.sent) children.push(sentLine(model.sent));
  if (model.revision) children.push(revisionBox('Gewijzigde agenda', model.revision), spacer(240));
  children.push(detailsTable(details));

  children.push(heading1('Agendapunten'), itemTable(model.items, showTimes, outlook));

  const open = model.openActions ?? null;
  const detailed = model.items.filter((item) => hasDetails(item) || item.number === open?.atItem);
  if (detailed.length > 0) {
    children.push(heading1('Toelichting en voorstellen'));
    for (const item of detailed) {
      children.push(...itemDetails(item, showTimes));
      if (open && item.number === open.atItem) {
        children.push(para([strong('Lopende afspraken')], { keepNext: true, spacing: { before: 80 } }));
        if (open.rows.length > 0) children.push(openActionsTable(open.rows));
        else children.push(note('Er staan geen afspraken uit eerdere vergaderingen open.'));
      }
    }
  }

  if (model.attachments.length > 0) {
    children.push(heading1('Bijlagen'));
    children.push(
      fixedTable(
        [900, CONTENT_WIDTH - 900],
        model.attachments.map((a) => ({
          cells: [
            { children: [cellText([strong(cleanLine(a.label))])] },
            {
              children: [
                cellText(cleanLine(a.fileName)),
                ...(a.itemNumber
                  ? [
                      cellText([
                        new TextRun({
                          text: `bij punt ${a.itemNumber}. ${cleanLine(a.itemTitle)}`,
                          color: COLOR.muted,
                          size: 16,
                        }),
                      ]),
                    ]
                  : []),
              ],
            },
          ],
        })),
        'rules',
      ),
    );
  }

  if (outlook) children.push(heading1('Termijnen'), outlookTable(outlook));

  const version = model.revision?.number ?? model.sent?.version ?? null;
  return houseDocument(
    {
      docType,
      bodyName: model.bodyName,
      date: m.date,
      headerLabel: docType,
      footerLabel: docType,
      ...(version ? { footerNote: `versie ${version}` } : {}),
      title: `${docType} ${cleanLine(model.bodyName)} ${formatDutchDate(m.date, { weekday: false })}`,
      description: `Opgesteld ${formatDutchMoment(model.generatedAt, { style: 'short' })}`,
      createdAt: model.generatedAt,
    },
    children,
  );
}
