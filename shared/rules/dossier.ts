// The dossier of a subject (DOMAIN.md, end of "The decision chain"): the document versions numbered per dossier
// (v1, v2 … in the order they were attached; the same file attached again keeps its number), and the
// trajectory in the words of seed 002: "eerste conceptversie 16.04; ter bespreking in ambtelijke regiegroep
// 20.04 … Vastgesteld door de stuurgroep op 24.06.2021". Pure: every date comes in as data.
import type { FollowUpByKind, FollowUpResult, FollowUpStatus, ItemKind, LocalDate } from '../domain/types';
import { parseLocalDate } from './calendar';

export interface DossierDocument {
  id: string;
  sha256: string;
  title: string;
  /** The day it was attached (the earlier of its recording and its meeting). */
  attachedOn: LocalDate;
  /** For ties: when it was recorded, then the meeting's date, the item's and the document's position. */
  recordedAt: string;
  meetingDate: LocalDate;
  itemPosition: number;
  position: number;
}

export interface DossierVersion {
  version: number;
  sha256: string;
  title: string;
  attachedOn: LocalDate;
  /** Every document row that carries this file (it may be attached to several items of the dossier). */
  documentIds: string[];
}

/** v1, v2 … per distinct file, in the order attached; the same file attached again keeps its version. */
export function numberVersions(documents: readonly DossierDocument[]): DossierVersion[] {
  const ordered = [...documents].sort(
    (a, b) =>
      a.attachedOn.localeCompare(b.attachedOn) ||
      a.recordedAt.localeCompare(b.recordedAt) ||
      a.meetingDate.localeCompare(b.meetingDate) ||
      a.itemPosition - b.itemPosition ||
      a.position - b.position,
  );
  const versions: DossierVersion[] = [];
  for (const d of ordered) {
    const known = versions.find((v) => v.sha256 === d.sha256);
    if (known) known.documentIds.push(d.id);
    else
      versions.push({
        version: versions.length + 1,
        sha256: d.sha256,
        title: d.title,
        attachedOn: d.attachedOn,
        documentIds: [d.id],
      });
  }
  return versions;
}

const ORDINALS = [
  'eerste',
  'tweede',
  'derde',
  'vierde',
  'vijfde',
  'zesde',
  'zevende',
  'achtste',
  'negende',
  'tiende',
];

/** 'eerste versie', …, 'tiende versie', then 'versie 11'. */
export function versionWords(version: number): string {
  const word = ORDINALS[version - 1];
  return word ? `${word} versie` : `versie ${version}`;
}

export interface DossierAppearance {
  date: LocalDate;
  /** 'ambtelijke regiegroep', 'stuurgroep': as it reads after "in de". */
  bodyName: string;
  kind: ItemKind | 'vast';
  postponed: boolean;
}

export interface DossierOutcome {
  on: LocalDate;
  byKind: FollowUpByKind;
  municipality: string | null;
  status: FollowUpStatus;
  result: FollowUpResult | null;
}

const PURPOSE: Record<ItemKind | 'vast', string> = {
  informerend: 'ter bespreking',
  besluitvormend: 'ter bespreking en vaststelling',
  voorbereidend: 'ter bespreking en advisering',
  vast: 'ter bespreking',
};

function by(o: DossierOutcome): string {
  return o.byKind === 'stuurgroep' ? 'de stuurgroep' : `het college van ${o.municipality ?? '?'}`;
}

function outcomeWords(o: DossierOutcome): string {
  switch (o.result) {
    case 'akkoord':
      return `vastgesteld door ${by(o)}`;
    case 'akkoord met aanpassing':
      return `vastgesteld met aanpassing door ${by(o)}`;
    case 'niet akkoord':
      return `niet vastgesteld door ${by(o)}`;
    case 'aangehouden':
      return `aangehouden door ${by(o)}`;
    default:
      return `besluit van ${by(o)}`;
  }
}

/** '16.04', or '24.06.2021' with the year. */
export function shortDate(date: LocalDate, withYear: boolean): string {
  const { year, month, day } = parseLocalDate(date);
  const dm = `${String(day).padStart(2, '0')}.${String(month).padStart(2, '0')}`;
  return withYear ? `${dm}.${year}` : dm;
}

/**
 * The trajectory, one line per meeting (the versions attached since the previous one, then what the meeting did
 * with it) and per outcome of a follow-up, in date order. Dates as '16.04'; a line whose year differs from the
 * line before, and the last line, carry the year — as in seed 002.
 */
export function verloopLines(input: {
  versions: readonly DossierVersion[];
  appearances: readonly DossierAppearance[];
  outcomes: readonly DossierOutcome[];
}): string[] {
  type Event =
    | { at: LocalDate; order: 0; appearance: DossierAppearance }
    | { at: LocalDate; order: 1; outcome: DossierOutcome };
  const events: Event[] = [
    ...input.appearances.map((appearance) => ({ at: appearance.date, order: 0 as const, appearance })),
    ...input.outcomes.map((outcome) => ({ at: outcome.on, order: 1 as const, outcome })),
  ].sort((a, b) => a.at.localeCompare(b.at) || a.order - b.order);
  const versions = [...input.versions];
  type Part = { text: string; date: LocalDate; after?: string };
  const lines: { parts: Part[] }[] = [];
  for (const e of events) {
    if (e.order === 1) {
      lines.push({ parts: [{ text: `${capitalise(outcomeWords(e.outcome))} op`, date: e.outcome.on }] });
      continue;
    }
    const parts: Part[] = [];
    while (versions.length && (versions[0] as DossierVersion).attachedOn <= e.at) {
      const v = versions.shift() as DossierVersion;
      parts.push({ text: versionWords(v.version), date: v.attachedOn });
    }
    const a = e.appearance;
    parts.push({
      text: `${PURPOSE[a.kind]} in de ${a.bodyName}`,
      date: a.date,
      ...(a.postponed ? { after: ' (aangehouden)' } : {}),
    });
    lines.push({ parts });
  }
  if (versions.length)
    lines.push({ parts: versions.map((v) => ({ text: versionWords(v.version), date: v.attachedOn })) });

  let previousYear: number | null = null;
  return lines.map((line, index) => {
    const lastLine = index === lines.length - 1;
    return line.parts
      .map((p, i) => {
        const year = parseLocalDate(p.date).year;
        const last = lastLine && i === line.parts.length - 1;
        const withYear = last || (previousYear !== null && year !== previousYear);
        previousYear = year;
        return `${p.text} ${shortDate(p.date, withYear)}${p.after ?? ''}`;
      })
      .join('; ');
  });
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** 'ambtelijke regiegroep MLW' inside a sentence: a capital is kept only for a name or acronym. */
export function inSentence(name: string): string {
  return /^\p{Lu}\p{Ll}/u.test(name) ? name.charAt(0).toLowerCase() + name.slice(1) : name;
}
