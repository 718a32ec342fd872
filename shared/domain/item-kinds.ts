// What differs between the item types (DOMAIN.md "Agenda item types"), in one table. Every layer asks this
// table instead of comparing a kind by name: the completeness rule, the plan import, the items, decisions and
// minutes handlers, the documents and the item dialog. Adding a type to ITEM_KINDS makes the compiler demand
// its row here, and every other place that must decide something for it is typed `Record<ItemKind, …>`.
import { orList } from './lists';
import { ITEM_KINDS, TARGETS, type AgendaItemKind, type ItemKind, type Target } from './types';

/** What a proposal or a recorded decision is: a decision of the body itself, or advice to another body. */
export type DecisionRole = 'decision' | 'advice';

interface KindRules {
  /** The type's name on the agenda, in the minutes, in messages and on every screen. */
  label: string;
  /**
   * The decision it prepares is taken elsewhere — the stuurgroep, the colleges or both (its target). The item
   * must state that target (only these items carry one); its minutes record where the advice goes, and that
   * destination becomes a follow-up of the decision chain.
   */
  decidedElsewhere: boolean;
  /** What its proposal is and whether the item is complete without one; null: it has no proposal. */
  proposal: { role: DecisionRole; required: boolean } | null;
  /** What its minutes must record besides notes (a decision, an advice); null: notes suffice. */
  minutes: DecisionRole | null;
}

export const KIND_RULES = {
  // An informerend item may carry a proposal ('Kennisnemen van …'): shown on the agenda, never required.
  informerend: {
    label: 'Informerend',
    decidedElsewhere: false,
    proposal: { role: 'decision', required: false },
    minutes: null,
  },
  besluitvormend: {
    label: 'Besluitvormend',
    decidedElsewhere: false,
    proposal: { role: 'decision', required: true },
    minutes: 'decision',
  },
  voorbereidend: {
    label: 'Voorbereidend',
    decidedElsewhere: true,
    proposal: { role: 'advice', required: false },
    minutes: 'advice',
  },
} as const satisfies Record<ItemKind, KindRules>;

export type KindLabel = (typeof KIND_RULES)[ItemKind]['label'];

/** Each type's label, by kind. */
export const KIND_LABELS = Object.fromEntries(ITEM_KINDS.map((k) => [k, KIND_RULES[k].label])) as Record<
  ItemKind,
  KindLabel
>;

/** The rules of a typed item; null for the fixed items (opening, previous minutes, closing). */
export function kindRules(kind: AgendaItemKind): KindRules | null {
  return kind === 'vast' ? null : KIND_RULES[kind];
}

/** The type's label, or null for a fixed item (which shows none). */
export function kindLabel(kind: AgendaItemKind): KindLabel | null {
  return kind === 'vast' ? null : KIND_RULES[kind].label;
}

/** The item type's name in running text: 'voorbereidend'. */
export function kindName(kind: ItemKind): string {
  return KIND_RULES[kind].label.toLowerCase();
}

/** 'stuurgroep, colleges of beide' — the targets as a message lists them. */
export const TARGET_CHOICES = orList(TARGETS);

/**
 * What is wrong with an item's target, or null: an item decided elsewhere must name its target, any other
 * item may not carry one. The one place this rule lives (plan import, items handler, item dialog).
 */
export function targetProblem(
  kind: ItemKind,
  target: Target | null | undefined,
): 'missing' | 'not-allowed' | null {
  if (KIND_RULES[kind].decidedElsewhere) return target ? null : 'missing';
  return target ? 'not-allowed' : null;
}

/** The target to store for an item of this kind: its own when decided elsewhere, otherwise none. */
export function targetFor(kind: AgendaItemKind, target: Target | null | undefined): Target | null {
  return kindRules(kind)?.decidedElsewhere ? (target ?? null) : null;
}
