// What the draft minutes still miss, each line one click from the record where it is missing.
import { Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { CheckmarkCircleFilled, WarningFilled } from '@fluentui/react-icons';
import type { MinutesStateView } from '../../../../shared/api/views';
import { nlm } from '../../i18n/nl-meeting';
import { scrollToRecord } from './scroll';
import { useMinutesStyles } from './minutesStyles';

const useStyles = makeStyles({
  warnings: {
    display: 'flex',
    flexDirection: 'column',
    gap: '2px',
    margin: 0,
    padding: 0,
    listStyleType: 'none',
  },
  warning: {
    display: 'grid',
    gridTemplateColumns: '18px minmax(0, 1fr)',
    gap: tokens.spacingHorizontalXS,
    alignItems: 'start',
    width: '100%',
    padding: `4px ${tokens.spacingHorizontalXS}`,
    border: 'none',
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: 'transparent',
    textAlign: 'left',
    font: 'inherit',
    fontSize: tokens.fontSizeBase200,
    color: 'inherit',
    cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  warnIcon: { color: tokens.colorPaletteMarigoldForeground1, fontSize: '16px', marginTop: '1px' },
  ok: {
    display: 'flex',
    gap: tokens.spacingHorizontalXS,
    alignItems: 'center',
    color: tokens.colorPaletteGreenForeground1,
  },
});

export function MinutesTodo({ state }: { state: MinutesStateView }) {
  const s = useStyles();
  const m = useMinutesStyles();
  return (
    <section className={m.card} aria-label={nlm.flow.todo} data-testid="minutes-warnings">
      <h2 className={m.cardTitle}>{nlm.flow.todo}</h2>
      {state.warnings.length === 0 ? (
        <span className={s.ok}>
          <CheckmarkCircleFilled /> <Caption1>{nlm.flow.complete}</Caption1>
        </span>
      ) : (
        <ul className={s.warnings}>
          {state.warnings.map((w, i) => (
            <li key={i}>
              <button type="button" className={s.warning} onClick={() => scrollToRecord(w.itemId)}>
                <WarningFilled className={s.warnIcon} aria-hidden />
                <span>{w.message}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
