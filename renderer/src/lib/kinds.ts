// The item type's rules as the screens need them (the rules themselves: shared/domain/item-kinds).
import { kindRules } from '../../../shared/domain/item-kinds';
import type { AgendaItemKind } from '../../../shared/domain/types';
import { nl } from '../i18n/nl';

/** What an item's proposal is called: 'Voorgesteld besluit', or for an item decided elsewhere its advice. */
export function proposalLabel(kind: AgendaItemKind): string {
  return nl.item.proposalLabel[kindRules(kind)?.proposal?.role ?? 'decision'];
}
