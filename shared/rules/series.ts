// Meeting series for a year's planning: "every fourth Tuesday of the month", "every two weeks".
import type { LocalDate } from '../domain/types';
import {
  addDays,
  compareDates,
  dayOfWeek,
  daysInMonth,
  localDateFromParts,
  parseLocalDate,
  WEEKDAYS_NL,
} from './calendar';
import { holidayName } from './holidays';
import type { WorkCalendar } from './deadlines';

interface NthWeekdayRule {
  kind: 'nthWeekdayOfMonth';
  /** 0 = Sunday … 6 = Saturday. */
  weekday: number;
  /** 1-5, or -1 for the last one of the month. */
  nth: number;
  /** Inclusive; the months are counted from this date's month. */
  from: LocalDate;
  /** Inclusive. */
  until: LocalDate;
  /** Every N months (default 1), counted from the month of `from`. */
  everyMonths?: number;
}

interface EveryWeeksRule {
  kind: 'everyWeeks';
  weeks: number;
  /** Inclusive; the first meeting date of the series. */
  from: LocalDate;
  /** Inclusive. */
  until: LocalDate;
}

export type SeriesRule = NthWeekdayRule | EveryWeeksRule;

interface SeriesSkip {
  date: LocalDate;
  /** The holiday's Dutch name, or 'gesloten dag'. */
  reason: string;
}

/** One date of a series; with `skipped` set it is NOT a meeting date (skipped.date equals date). */
interface SeriesOccurrence {
  date: LocalDate;
  skipped?: SeriesSkip;
}

function checkRule(rule: SeriesRule): void {
  parseLocalDate(rule.from);
  parseLocalDate(rule.until);
  if (rule.kind === 'everyWeeks') {
    if (!Number.isInteger(rule.weeks) || rule.weeks < 1)
      throw new RangeError(`Ongeldig aantal weken: ${rule.weeks}`);
    return;
  }
  if (!Number.isInteger(rule.weekday) || rule.weekday < 0 || rule.weekday > 6)
    throw new RangeError(`Ongeldige weekdag: ${rule.weekday}`);
  if (!(rule.nth === -1 || (Number.isInteger(rule.nth) && rule.nth >= 1 && rule.nth <= 5)))
    throw new RangeError(`Ongeldige n-de weekdag: ${rule.nth}`);
  const every = rule.everyMonths ?? 1;
  if (!Number.isInteger(every) || every < 1) throw new RangeError(`Ongeldig aantal maanden: ${every}`);
}

/** The nth (1-5, or -1 = last) given weekday of a month, or null when the month has no such day (a 5th). */
export function nthWeekdayOfMonth(
  year: number,
  month: number,
  weekday: number,
  nth: number,
): LocalDate | null {
  if (nth === -1) {
    const last = localDateFromParts(year, month, daysInMonth(year, month));
    return addDays(last, -((dayOfWeek(last) - weekday + 7) % 7));
  }
  const first = localDateFromParts(year, month, 1);
  const day = 1 + ((weekday - dayOfWeek(first) + 7) % 7) + (nth - 1) * 7;
  return day <= daysInMonth(year, month) ? localDateFromParts(year, month, day) : null;
}

function candidates(rule: SeriesRule): LocalDate[] {
  const out: LocalDate[] = [];
  if (rule.kind === 'everyWeeks') {
    for (let d = rule.from; compareDates(d, rule.until) <= 0; d = addDays(d, 7 * rule.weeks)) out.push(d);
    return out;
  }
  const start = parseLocalDate(rule.from);
  const end = parseLocalDate(rule.until);
  const every = rule.everyMonths ?? 1;
  for (let m = start.year * 12 + start.month - 1; m <= end.year * 12 + end.month - 1; m += every) {
    const d = nthWeekdayOfMonth(Math.floor(m / 12), (m % 12) + 1, rule.weekday, rule.nth);
    if (d !== null && compareDates(d, rule.from) >= 0 && compareDates(d, rule.until) <= 0) out.push(d);
  }
  return out;
}

/**
 * The dates of a series between `from` and `until` (inclusive), in order. A date on a public holiday or
 * one of the body's closed days is reported as skipped, with the reason, so the planner sees it and
 * can choose another day; it is not moved automatically (whether to meet a day earlier or later is a
 * human choice). A month without a 5th such weekday simply has no date. Weekends are not skipped: the
 * weekday is the rule's own choice. An empty list when `from` is after `until`.
 */
export function generateSeries(rule: SeriesRule, cal: WorkCalendar): SeriesOccurrence[] {
  checkRule(rule);
  return candidates(rule).map((date) => {
    const reason = holidayName(date) ?? (cal.closedDays.includes(date) ? 'gesloten dag' : null);
    return reason === null ? { date } : { date, skipped: { date, reason } };
  });
}

/** Only the actual meeting dates of a generated series. */
export function seriesMeetingDates(occurrences: readonly SeriesOccurrence[]): LocalDate[] {
  return occurrences.filter((o) => !o.skipped).map((o) => o.date);
}

const ORDINALS_NL: Record<number, string> = {
  1: 'eerste',
  2: 'tweede',
  3: 'derde',
  4: 'vierde',
  5: 'vijfde',
  [-1]: 'laatste',
};
const NUMBERS_NL = [
  '',
  'een',
  'twee',
  'drie',
  'vier',
  'vijf',
  'zes',
  'zeven',
  'acht',
  'negen',
  'tien',
  'elf',
  'twaalf',
];

function countNl(n: number): string {
  return NUMBERS_NL[n] ?? String(n);
}

/**
 * The pattern in Dutch, without the period (the UI shows from/until itself):
 * 'elke vierde dinsdag van de maand', 'de eerste maandag van de maand, om de twee maanden',
 * 'elke donderdag', 'om de twee weken op donderdag' (the weekday of `from`).
 */
export function describeSeries(rule: SeriesRule): string {
  checkRule(rule);
  if (rule.kind === 'everyWeeks') {
    const weekday = WEEKDAYS_NL[dayOfWeek(rule.from)];
    return rule.weeks === 1 ? `elke ${weekday}` : `om de ${countNl(rule.weeks)} weken op ${weekday}`;
  }
  const what = `${ORDINALS_NL[rule.nth]} ${WEEKDAYS_NL[rule.weekday]} van de maand`;
  const every = rule.everyMonths ?? 1;
  return every === 1 ? `elke ${what}` : `de ${what}, om de ${countNl(every)} maanden`;
}
