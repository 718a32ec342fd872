// Styles shared by the parts of meeting mode: the white panel, a labelled block, the muted hint.
import { makeStyles, tokens } from '@fluentui/react-components';

export const useModeStyles = makeStyles({
  panel: {
    display: 'flex',
    flexDirection: 'column',
    minHeight: 0,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusXLarge,
    boxShadow: tokens.shadow4,
    overflow: 'hidden',
  },
  block: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  blockLabel: {
    color: tokens.colorNeutralForeground3,
    fontWeight: tokens.fontWeightSemibold,
    textTransform: 'uppercase',
    letterSpacing: '0.04em',
    fontSize: tokens.fontSizeBase100,
  },
  hint: { color: tokens.colorNeutralForeground3 },
});
