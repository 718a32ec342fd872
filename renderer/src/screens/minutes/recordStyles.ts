// Styles shared by the parts of an item's record in the minutes.
import { makeStyles, tokens } from '@fluentui/react-components';

export const useRecordStyles = makeStyles({
  block: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  subhead: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase300 },
  muted: { color: tokens.colorNeutralForeground3 },
  addDecision: { alignSelf: 'flex-start' },
  flags: { display: 'flex', gap: tokens.spacingHorizontalXS, alignItems: 'center', flexWrap: 'wrap' },
});
