// One item in meeting mode's agenda column: number, title, type and times, its status and its clock.
import { useEffect, useRef } from 'react';
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { CheckmarkCircleFilled, PauseCircleFilled } from '@fluentui/react-icons';
import type { ItemView } from '../../../../shared/api/views';
import { nl } from '../../i18n/nl';
import { nlm } from '../../i18n/nl-meeting';
import { clock } from './timing';

const useStyles = makeStyles({
  agendaRow: {
    display: 'grid',
    gridTemplateColumns: '34px minmax(0, 1fr) auto',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusLarge,
    border: `1px solid transparent`,
    backgroundColor: tokens.colorNeutralBackground1,
    textAlign: 'left',
    font: 'inherit',
    color: 'inherit',
    cursor: 'pointer',
    width: '100%',
    ':hover': { border: `1px solid ${tokens.colorNeutralStroke1Hover}` },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '1px' },
  },
  current: {
    backgroundColor: tokens.colorBrandBackground,
    color: tokens.colorNeutralForegroundOnBrand,
    boxShadow: tokens.shadow8,
    ':hover': { border: `1px solid ${tokens.colorBrandBackground}` },
  },
  number: {
    width: '30px',
    height: '30px',
    borderRadius: '50%',
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'center',
    fontWeight: tokens.fontWeightSemibold,
    fontSize: tokens.fontSizeBase400,
    backgroundColor: tokens.colorNeutralBackground3,
    fontVariantNumeric: 'tabular-nums',
  },
  numberCurrent: { backgroundColor: tokens.colorNeutralBackground1, color: tokens.colorBrandForeground1 },
  rowText: { display: 'flex', flexDirection: 'column', minWidth: 0, gap: '1px' },
  rowTitle: {
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    fontWeight: tokens.fontWeightSemibold,
    overflow: 'hidden',
    display: '-webkit-box',
    WebkitLineClamp: 2,
    WebkitBoxOrient: 'vertical',
  },
  rowDone: {
    color: tokens.colorNeutralForeground3,
    textDecorationLine: 'line-through',
    textDecorationColor: tokens.colorNeutralStroke1,
  },
  rowPostponed: { color: tokens.colorNeutralForeground3, fontStyle: 'italic' },
  rowMeta: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3 },
  rowMetaCurrent: { color: tokens.colorNeutralForegroundOnBrand },
  rowEnd: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-end',
    gap: '2px',
    fontVariantNumeric: 'tabular-nums',
    fontSize: tokens.fontSizeBase200,
  },
  handledIcon: { color: tokens.colorPaletteGreenForeground1, fontSize: '22px' },
  postponedIcon: { color: tokens.colorPaletteMarigoldForeground1, fontSize: '22px' },
  onBrandIcon: { color: tokens.colorNeutralForegroundOnBrand },
  over: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  overOnBrand: { color: tokens.colorNeutralForegroundOnBrand, fontWeight: tokens.fontWeightBold },
});

export function AgendaRow({
  item,
  current,
  seconds,
  running,
  onClick,
}: {
  item: ItemView;
  current: boolean;
  seconds: number;
  running: boolean;
  onClick: () => void;
}) {
  const s = useStyles();
  const planned = (item.durationMinutes ?? 0) * 60;
  const over = planned > 0 && seconds > planned;
  const ref = useRef<HTMLButtonElement | null>(null);
  // Keep the current item in sight when the agenda is longer than the screen.
  useEffect(() => {
    if (current) ref.current?.scrollIntoView({ block: 'nearest' });
  }, [current]);
  const meta = [
    item.kind !== 'vast' ? nl.kinds[item.kind] : null,
    item.startsAt,
    item.durationMinutes ? nl.time.minutes(item.durationMinutes) : null,
  ]
    .filter(Boolean)
    .join(' · ');
  return (
    <button
      ref={ref}
      type="button"
      className={mergeClasses(s.agendaRow, current && s.current)}
      onClick={onClick}
      aria-current={current ? 'step' : undefined}
      data-testid="mode-row"
      data-status={item.status}
      data-current={current ? 'true' : undefined}
      tabIndex={-1}
    >
      <span className={mergeClasses(s.number, current && s.numberCurrent)}>{item.number}</span>
      <span className={s.rowText}>
        <span
          className={mergeClasses(
            s.rowTitle,
            !current && item.status === 'handled' && s.rowDone,
            !current && item.status === 'postponed' && s.rowPostponed,
          )}
        >
          {item.title}
        </span>
        {meta ? <span className={mergeClasses(s.rowMeta, current && s.rowMetaCurrent)}>{meta}</span> : null}
      </span>
      <span className={s.rowEnd}>
        {item.status === 'handled' ? (
          <CheckmarkCircleFilled
            className={mergeClasses(s.handledIcon, current && s.onBrandIcon)}
            aria-label={nlm.itemStatus.handled}
          />
        ) : item.status === 'postponed' ? (
          <PauseCircleFilled
            className={mergeClasses(s.postponedIcon, current && s.onBrandIcon)}
            aria-label={nlm.itemStatus.postponed}
          />
        ) : null}
        {seconds > 0 || running ? (
          <span className={over ? (current ? s.overOnBrand : s.over) : undefined}>
            {running ? '▶ ' : ''}
            {clock(seconds)}
          </span>
        ) : null}
      </span>
    </button>
  );
}
