// The meeting's running delay against the planned times, with the expected end.
import { Caption1, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { nlm } from '../../i18n/nl-meeting';
import { shiftTime } from './timing';
import { useModeStyles } from './styles';

const useStyles = makeStyles({
  delay: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-end',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusLarge,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground2,
    flexShrink: 0,
  },
  delayValue: {
    fontWeight: tokens.fontWeightSemibold,
    fontSize: tokens.fontSizeBase300,
    fontVariantNumeric: 'tabular-nums',
  },
  late: {
    backgroundColor: tokens.colorPaletteMarigoldBackground1,
    border: `1px solid ${tokens.colorPaletteMarigoldBorder1}`,
  },
  veryLate: {
    backgroundColor: tokens.colorPaletteRedBackground1,
    border: `1px solid ${tokens.colorPaletteRedBorder1}`,
  },
});

export function DelayPill({ delay, end }: { delay: number; end: string | null }) {
  const s = useStyles();
  const m = useModeStyles();
  const minutes = Math.round(delay / 60);
  return (
    <div
      className={mergeClasses(s.delay, minutes >= 10 ? s.veryLate : minutes >= 3 ? s.late : undefined)}
      data-testid="delay"
      data-minutes={minutes}
    >
      <span className={s.delayValue}>{nlm.mode.delay(minutes)}</span>
      {end ? (
        <Caption1 className={m.hint}>{nlm.mode.expectedEnd(shiftTime(end, delay), end)}</Caption1>
      ) : null}
    </div>
  );
}
