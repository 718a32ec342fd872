// A month calendar in Dutch (weeks from Monday, "ma di wo do vr za zo", "april 2027"), whatever the system
// language, built on the date rules in shared/. Keyboard as in a native date grid: arrows move a day or a week,
// Page Up/Down a month, Home/End the start or end of the week, Enter or Space picks the day.
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { Button, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { ChevronLeftRegular, ChevronRightRegular } from '@fluentui/react-icons';
import type { LocalDate } from '../../../shared/domain/types';
import {
  WEEKDAYS_NL,
  addDays,
  dayOfWeek,
  daysInMonth,
  formatDutchDate,
  isValidLocalDate,
  localDateFromParts,
  monthNameNl,
  parseLocalDate,
} from '../../../shared/rules/calendar';
import { nl } from '../i18n/nl';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, width: '280px' },
  head: { display: 'flex', alignItems: 'center', justifyContent: 'space-between' },
  title: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase300 },
  grid: { borderCollapse: 'collapse', width: '100%', tableLayout: 'fixed' },
  weekday: {
    fontWeight: tokens.fontWeightRegular,
    color: tokens.colorNeutralForeground3,
    fontSize: tokens.fontSizeBase200,
    padding: '2px 0',
    textAlign: 'center',
  },
  cell: { padding: '1px', textAlign: 'center' },
  day: {
    width: '36px',
    height: '32px',
    border: `1px solid transparent`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: 'transparent',
    color: tokens.colorNeutralForeground1,
    font: 'inherit',
    fontSize: tokens.fontSizeBase300,
    fontVariantNumeric: 'tabular-nums',
    cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '1px' },
  },
  outside: { color: tokens.colorNeutralForeground3 },
  today: { border: `1px solid ${tokens.colorBrandStroke1}`, fontWeight: tokens.fontWeightSemibold },
  selected: {
    backgroundColor: tokens.colorBrandBackground,
    color: tokens.colorNeutralForegroundOnBrand,
    ':hover': { backgroundColor: tokens.colorBrandBackgroundHover },
  },
});

/** Monday first: ma di wo do vr za zo. */
const WEEK = [1, 2, 3, 4, 5, 6, 0] as const;

/** The six weeks shown for a month: from the Monday on or before the 1st. */
export function monthGrid(year: number, month: number): LocalDate[][] {
  const first = localDateFromParts(year, month, 1);
  const start = addDays(first, -((dayOfWeek(first) + 6) % 7));
  return Array.from({ length: 6 }, (_w, w) =>
    Array.from({ length: 7 }, (_d, d) => addDays(start, w * 7 + d)),
  );
}

function shiftMonth(date: LocalDate, months: number): LocalDate {
  const { year, month, day } = parseLocalDate(date);
  const target = localDateFromParts(year, month + months, 1);
  const t = parseLocalDate(target);
  return localDateFromParts(t.year, t.month, Math.min(day, daysInMonth(t.year, t.month)));
}

export function Calendar({
  value,
  today,
  onPick,
  autoFocus,
}: {
  value: LocalDate | null;
  today: LocalDate;
  onPick: (date: LocalDate) => void;
  autoFocus?: boolean;
}) {
  const s = useStyles();
  const [focus, setFocus] = useState<LocalDate>(value && isValidLocalDate(value) ? value : today);
  const { year, month } = parseLocalDate(focus);
  const grid = useRef<HTMLTableElement | null>(null);
  const moved = useRef(false);

  const focusDay = (date: LocalDate) =>
    grid.current?.querySelector<HTMLButtonElement>(`[data-date="${date}"]`)?.focus();
  // Keep the keyboard focus on the focused day as it moves.
  useEffect(() => {
    if (moved.current) focusDay(focus);
  }, [focus]);
  // Opening puts the focus on the chosen day (or today), after the popover has placed it on its first button.
  useEffect(() => {
    if (!autoFocus) return;
    const t = window.setTimeout(() => focusDay(focus), 0);
    return () => window.clearTimeout(t);
    // Once, on opening.
  }, []);

  const move = (to: LocalDate) => {
    moved.current = true;
    setFocus(to);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLTableElement>) => {
    const dow = (dayOfWeek(focus) + 6) % 7; // 0 = Monday
    const keys: Record<string, () => LocalDate> = {
      ArrowLeft: () => addDays(focus, -1),
      ArrowRight: () => addDays(focus, 1),
      ArrowUp: () => addDays(focus, -7),
      ArrowDown: () => addDays(focus, 7),
      PageUp: () => shiftMonth(focus, e.shiftKey ? -12 : -1),
      PageDown: () => shiftMonth(focus, e.shiftKey ? 12 : 1),
      Home: () => addDays(focus, -dow),
      End: () => addDays(focus, 6 - dow),
    };
    const next = keys[e.key];
    if (!next) return;
    e.preventDefault();
    move(next());
  };

  return (
    <div className={s.root} data-testid="calendar">
      <div className={s.head}>
        <Button
          appearance="subtle"
          icon={<ChevronLeftRegular />}
          aria-label={nl.calendar.previousMonth}
          onClick={() => move(shiftMonth(focus, -1))}
        />
        <span className={s.title} aria-live="polite" data-testid="calendar-month">
          {monthNameNl(month)} {year}
        </span>
        <Button
          appearance="subtle"
          icon={<ChevronRightRegular />}
          aria-label={nl.calendar.nextMonth}
          onClick={() => move(shiftMonth(focus, 1))}
        />
      </div>
      <table
        className={s.grid}
        role="grid"
        aria-label={`${monthNameNl(month)} ${year}`}
        ref={grid}
        onKeyDown={onKeyDown}
      >
        <thead>
          <tr>
            {WEEK.map((d) => (
              <th key={d} className={s.weekday} scope="col" abbr={WEEKDAYS_NL[d]}>
                {WEEKDAYS_NL[d]?.slice(0, 2)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {monthGrid(year, month).map((week) => (
            <tr key={week[0]}>
              {week.map((date) => {
                const { month: m, day } = parseLocalDate(date);
                const selected = date === value;
                return (
                  <td key={date} className={s.cell} role="gridcell" aria-selected={selected}>
                    <button
                      type="button"
                      className={mergeClasses(
                        s.day,
                        m !== month && s.outside,
                        date === today && s.today,
                        selected && s.selected,
                      )}
                      tabIndex={date === focus ? 0 : -1}
                      aria-label={formatDutchDate(date, true)}
                      aria-current={date === today ? 'date' : undefined}
                      data-date={date}
                      onClick={() => onPick(date)}
                      onFocus={() => {
                        if (date !== focus) setFocus(date);
                      }}
                    >
                      {day}
                    </button>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
