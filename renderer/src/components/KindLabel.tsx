// The item type as a coloured label, as on the agenda (informerend teal, besluitvormend blue, voorbereidend purple).
import { makeStyles, mergeClasses, tokens, type GriffelStyle } from '@fluentui/react-components';
import type { AgendaItemKind, ItemKind } from '../../../shared/domain/types';
import { nl } from '../i18n/nl';

/** One colour per type: a new type must get its own here. */
const KIND_COLORS = {
  informerend: {
    backgroundColor: tokens.colorPaletteTealBackground2,
    color: tokens.colorPaletteTealForeground2,
  },
  besluitvormend: { backgroundColor: tokens.colorBrandBackground2, color: tokens.colorBrandForeground2 },
  voorbereidend: {
    backgroundColor: tokens.colorPalettePurpleBackground2,
    color: tokens.colorPalettePurpleForeground2,
  },
} satisfies Record<ItemKind, GriffelStyle>;

const useStyles = makeStyles({
  label: {
    display: 'inline-block',
    padding: '1px 8px',
    borderRadius: tokens.borderRadiusMedium,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    fontWeight: tokens.fontWeightSemibold,
    whiteSpace: 'nowrap',
  },
  ...KIND_COLORS,
});

export function KindLabel({ kind, className }: { kind: AgendaItemKind; className?: string }) {
  const s = useStyles();
  if (kind === 'vast') return null;
  return <span className={mergeClasses(s.label, s[kind], className)}>{nl.kinds[kind]}</span>;
}
