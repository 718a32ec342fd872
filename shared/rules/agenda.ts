// Agenda rules: order and numbering, attachment letters, start times, and what an item still lacks.
import type { AgendaItemKind, FixedRole, LocalTime, Target } from '../domain/types';
import { isValidLocalTime, minutesToTime, timeToMinutes } from './calendar';
import { kindRules } from '../domain/item-kinds';

/** Attachment letter for a 0-based index: 0 → 'A', 25 → 'Z', 26 → 'AA', 701 → 'ZZ', 702 → 'AAA' (as spreadsheet columns). */
export function letterFor(index: number): string {
  if (!Number.isInteger(index) || index < 0) throw new RangeError(`letterFor: ongeldige index ${index}`);
  let s = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  }
  return s;
}

interface AttachmentLabels {
  /** Letter per item that has documents. */
  itemLetters: Map<string, string>;
  /** Label per document: the letter ('C'), or letter + number ('C1', 'C2') when its item has several. */
  documentLabels: Map<string, string>;
}

/**
 * Attachment labels for items given in agenda order (DOMAIN.md "Attachment letters"): one letter per item
 * that has documents, A, B, C … AA …; an item's single document gets the bare letter, several get C1, C2 …
 * in the given document order. Items without documents get no letter and use none up. A document id
 * listed twice keeps its first label (a document belongs to one item).
 */
export function assignAttachmentLabels(
  items: readonly { id: string; documentIds: readonly string[] }[],
): AttachmentLabels {
  const itemLetters = new Map<string, string>();
  const documentLabels = new Map<string, string>();
  let next = 0;
  for (const item of items) {
    if (item.documentIds.length === 0) continue;
    const letter = letterFor(next++);
    itemLetters.set(item.id, letter);
    const numbered = item.documentIds.length > 1;
    item.documentIds.forEach((docId, i) => {
      if (!documentLabels.has(docId)) documentLabels.set(docId, numbered ? `${letter}${i + 1}` : letter);
    });
  }
  return { itemLetters, documentLabels };
}

/**
 * What ordering needs of an item. Domain objects carry `fixedRole`; database rows (snake_case) carry
 * `fixed_role`: both are accepted so the rule works on either without a mapping step.
 */
type OrderableItem =
  { fixedRole: FixedRole | null; position: number } | { fixed_role: FixedRole | null; position: number };

function rank(item: OrderableItem): number {
  switch ('fixedRole' in item ? item.fixedRole : item.fixed_role) {
    case 'opening':
      return 0;
    case 'minutes':
      return 1;
    case 'closing':
      return 3;
    default:
      return 2;
  }
}

/**
 * Agenda order: opening first, the previous minutes second, the other items by position, closing last.
 * Why fixed: the agreements' agenda always starts and ends this way, whatever positions say. Equal
 * ranks and positions keep their input order (stable sort). Returns a new array.
 */
export function orderAgenda<T extends OrderableItem>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => rank(a) - rank(b) || a.position - b.position);
}

/** The agenda in order with its item numbers 1..n (the "#" column of the agenda). */
export function numberAgenda<T extends OrderableItem>(items: readonly T[]): { item: T; number: number }[] {
  return orderAgenda(items).map((item, i) => ({ item, number: i + 1 }));
}

/**
 * Start time of each item from the meeting's start, cumulative over the durations (minutes). An item
 * without a duration (null; also negative or non-finite values) still gets its start time but adds
 * nothing. Null where no time can be given: an invalid start time, or a start at or past midnight
 * (an agenda does not run into the next day; showing '00:15' would mislead).
 */
export function agendaTimes(start: LocalTime, durations: readonly (number | null)[]): (LocalTime | null)[] {
  if (!isValidLocalTime(start)) return durations.map(() => null);
  let t = timeToMinutes(start);
  return durations.map((d) => {
    const at = t < 1440 ? minutesToTime(t) : null;
    if (d !== null && Number.isFinite(d) && d > 0) t += d;
    return at;
  });
}

export type MissingField = 'title' | 'proposal' | 'target' | 'document';

export const MISSING_FIELD_LABEL: Record<MissingField, string> = {
  title: 'titel ontbreekt',
  proposal: 'voorstel (besluit) ontbreekt',
  target: 'vervolg (stuurgroep, colleges of beide) ontbreekt',
  document: 'geen stukken bijgevoegd',
};

interface CompletenessInput {
  kind: AgendaItemKind;
  target: Target | null;
  proposal: string | null;
  documentCount: number;
  title: string;
}

/**
 * What an item still lacks, in a fixed order (title, proposal, target, document). Every item needs a
 * title; what else a type requires (a proposed decision, a target) is in KIND_RULES (shared/domain/item-kinds);
 * typed items are expected to bring at least one document ('document' is a warning, not a blocker).
 * Fixed items ('vast') need only a title. Blank text counts as missing.
 */
export function missingFields(item: CompletenessInput): MissingField[] {
  const missing: MissingField[] = [];
  if (item.title.trim() === '') missing.push('title');
  const rules = kindRules(item.kind);
  if (rules?.proposal?.required && (item.proposal ?? '').trim() === '') missing.push('proposal');
  if (rules?.decidedElsewhere && item.target === null) missing.push('target');
  if (item.kind !== 'vast' && item.documentCount < 1) missing.push('document');
  return missing;
}
