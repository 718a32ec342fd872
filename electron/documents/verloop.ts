// The "Verloop" of a dossier as a short Word text to paste at the top of a document, as seed 002 opens:
// the subject, then one line per step ("tweede versie 22.04; ter bespreking en vaststelling in de …").
import { type Document, TextRun } from 'docx';
import { cleanLine, heading1, houseDocument, para } from './styles';
import type { IsoMoment, LocalDate } from '../../shared/domain/types';

export function buildVerloopDocument(model: {
  title: string;
  lines: string[];
  /** The day it was made (header and footer) and the moment, by the app's clock. */
  date: LocalDate;
  generatedAt: IsoMoment;
}): Document {
  return houseDocument(
    {
      docType: 'Verloop',
      bodyName: cleanLine(model.title),
      date: model.date,
      headerLabel: 'Verloop',
      footerLabel: 'Verloop',
      createdAt: model.generatedAt,
      title: `Verloop ${cleanLine(model.title)}`,
    },
    [
      heading1('Verloop'),
      para([new TextRun({ text: cleanLine(model.title), bold: true })]),
      ...model.lines.map((line) => para(cleanLine(line))),
    ],
  );
}
