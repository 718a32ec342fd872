// The keyboard legend at the bottom of meeting mode.
import { makeStyles, tokens } from '@fluentui/react-components';
import { nlm } from '../../i18n/nl-meeting';

const useStyles = makeStyles({
  legend: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: `2px ${tokens.spacingHorizontalL}`,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXL} ${tokens.spacingVerticalS}`,
    color: tokens.colorNeutralForeground3,
    fontSize: tokens.fontSizeBase200,
    flexShrink: 0,
  },
  legendTitle: { fontWeight: tokens.fontWeightSemibold },
  legendItem: { display: 'inline-flex', alignItems: 'center', gap: '4px', whiteSpace: 'nowrap' },
  kbd: {
    display: 'inline-block',
    minWidth: '18px',
    padding: '0 5px',
    borderRadius: tokens.borderRadiusSmall,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderBottomWidth: '2px',
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground2,
    fontFamily: 'inherit',
    fontSize: tokens.fontSizeBase100,
    lineHeight: '16px',
    textAlign: 'center',
  },
});

export function Legend() {
  const s = useStyles();
  const entry = (keys: string[], label: string) => (
    <span className={s.legendItem} key={label}>
      {keys.map((k) => (
        <kbd key={k} className={s.kbd}>
          {k}
        </kbd>
      ))}
      <span>{label}</span>
    </span>
  );
  return (
    <div className={s.legend} aria-label={nlm.mode.legend} data-testid="shortcut-legend">
      <span className={s.legendTitle}>{nlm.mode.legend}:</span>
      {nlm.mode.keys.map((k) => entry([...k.keys], k.label))}
    </div>
  );
}
