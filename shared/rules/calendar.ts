// Local-date and local-time arithmetic on the plain strings the domain uses ('YYYY-MM-DD', 'HH:mm').
//
// Why no Date objects in the API: a JavaScript Date is a moment, and turning a moment back into a
// calendar day depends on the machine's timezone (a laptop set to UTC or abroad would shift deadlines by
// a day around midnight and DST). date-fns does the arithmetic and the Dutch formatting (its nl locale) on
// a Date at noon of the day in the machine's timezone: date-fns computes in local time, and no timezone's
// DST change moves noon to another day, so the results are the same on every machine. Nothing here reads
// the clock. By hand only what date-fns does not know: the strict 'YYYY-MM-DD' / 'HH:mm' shapes, and clock
// times without a date (which wrap at midnight).
// One module per function, not date-fns' index: the index and 'date-fns/locale' load some 1,400 files (every
// function, every language), 2.6–3.4 s of every Node process that runs this code unbundled on this machine (each
// test file, the scripts); these nine and nl load in 0.1–0.4 s. The bundles (app, CLI) shake the rest off anyway.
import { addDays as addDaysToDate } from 'date-fns/addDays';
import { compareAsc } from 'date-fns/compareAsc';
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { format } from 'date-fns/format';
import { getDay } from 'date-fns/getDay';
import { getDaysInMonth } from 'date-fns/getDaysInMonth';
import { isExists } from 'date-fns/isExists';
import { isWeekend as isWeekendDate } from 'date-fns/isWeekend';
import { lightFormat } from 'date-fns/lightFormat';
import { nl } from 'date-fns/locale/nl';
import type { LocalDate, LocalDateTime, LocalTime } from '../domain/types';

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME_RE = /^(\d{2}):(\d{2})$/;

interface DateParts {
  year: number;
  /** 1-12 */
  month: number;
  /** 1-31 */
  day: number;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** Noon of that day in the machine's timezone; month and day overflow as Date does (month 13 → next January). */
function noonOf(year: number, month: number, day: number): Date {
  const d = new Date(2000, 0, 1, 12);
  d.setFullYear(year, month - 1, day); // setFullYear: years 0–99 are not taken as 1900–1999
  return d;
}

function toDate(date: LocalDate): Date {
  const { year, month, day } = parseLocalDate(date);
  return noonOf(year, month, day);
}

function fromDate(d: Date): LocalDate {
  return lightFormat(d, 'yyyy-MM-dd');
}

/** Builds a LocalDate from its parts, normalising overflow (month 13 → next January, day 0 → last of before). */
export function localDateFromParts(year: number, month: number, day: number): LocalDate {
  return fromDate(noonOf(year, month, day));
}

/** True for a real calendar day written 'YYYY-MM-DD' (rejects '2027-02-30', '2027-2-3', '2027-13-01'). */
export function isValidLocalDate(s: string): boolean {
  const m = DATE_RE.exec(s);
  return !!m && isExists(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
}

/** Splits a LocalDate into numbers; throws a RangeError for anything that is not a real 'YYYY-MM-DD' day. */
export function parseLocalDate(date: LocalDate): DateParts {
  if (!isValidLocalDate(date)) throw new RangeError(`Ongeldige datum: '${date}' (verwacht JJJJ-MM-DD)`);
  return { year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)), day: Number(date.slice(8, 10)) };
}

/** Number of days in a month (month 1-12), leap years included. */
export function daysInMonth(year: number, month: number): number {
  return getDaysInMonth(noonOf(year, month, 1));
}

/** The date n days later (n may be negative). */
export function addDays(date: LocalDate, n: number): LocalDate {
  if (!Number.isInteger(n)) throw new RangeError(`addDays: geen geheel aantal dagen (${n})`);
  return fromDate(addDaysToDate(toDate(date), n));
}

/** 0 = Sunday … 6 = Saturday, as Date.getDay. */
export function dayOfWeek(date: LocalDate): number {
  return getDay(toDate(date));
}

export function isWeekend(date: LocalDate): boolean {
  return isWeekendDate(toDate(date));
}

/** -1, 0 or 1; usable as a sort comparator. */
export function compareDates(a: LocalDate, b: LocalDate): -1 | 0 | 1 {
  return compareAsc(toDate(a), toDate(b)) as -1 | 0 | 1;
}

/** a − b in whole days (date-fns' differenceInCalendarDays): diffDays('2027-04-01', '2027-03-27') = 5. */
export function diffDays(a: LocalDate, b: LocalDate): number {
  return differenceInCalendarDays(toDate(a), toDate(b));
}

/** The date part of a 'YYYY-MM-DDTHH:mm' local date-time. */
export function datePart(dateTime: LocalDateTime): LocalDate {
  return dateTime.slice(0, 10);
}

/** Months since year 0 (year * 12 + month - 1): lets rules compare and step whole months. */
export function monthIndex(date: LocalDate): number {
  const { year, month } = parseLocalDate(date);
  return year * 12 + (month - 1);
}

/** True for 'HH:mm' with 00 ≤ HH ≤ 23 and 00 ≤ mm ≤ 59 (two digits each). */
export function isValidLocalTime(s: string): boolean {
  const m = TIME_RE.exec(s);
  return !!m && Number(m[1]) <= 23 && Number(m[2]) <= 59;
}

/** Minutes since midnight of a valid 'HH:mm'; throws a RangeError otherwise. */
export function timeToMinutes(time: LocalTime): number {
  if (!isValidLocalTime(time)) throw new RangeError(`Ongeldige tijd: '${time}' (verwacht UU:MM)`);
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}

/** 'HH:mm' for minutes since midnight, taken modulo 24 hours. */
export function minutesToTime(minutes: number): LocalTime {
  const m = ((Math.trunc(minutes) % 1440) + 1440) % 1440;
  return `${pad(Math.floor(m / 60))}:${pad(m % 60)}`;
}

/**
 * addMinutesToTime('09:30', 95) → '11:05'. Clock arithmetic: past midnight it wraps ('23:30' + 45 → '00:15'),
 * because a LocalTime carries no date; callers that care (agenda times) check for the day boundary themselves.
 */
export function addMinutesToTime(time: LocalTime, minutes: number): LocalTime {
  return minutesToTime(timeToMinutes(time) + minutes);
}

/** The Dutch month names, januari … december (date-fns' nl locale). */
export const MONTHS_NL: readonly string[] = Array.from({ length: 12 }, (_, i) =>
  nl.localize.month(i as Parameters<typeof nl.localize.month>[0], { width: 'wide' }),
);

/** The Dutch weekday names, zondag … zaterdag (index as Date.getDay; date-fns' nl locale). */
export const WEEKDAYS_NL: readonly string[] = Array.from({ length: 7 }, (_, i) =>
  nl.localize.day(i as Parameters<typeof nl.localize.day>[0], { width: 'wide' }),
);

/** Dutch month name, month 1-12. */
export function monthNameNl(month: number): string {
  const name = MONTHS_NL[month - 1];
  if (!name) throw new RangeError(`Ongeldige maand: ${month}`);
  return name;
}

/** Formats a LocalDate with a date-fns pattern in Dutch: 'd MMM yyyy' → '8 dec. 2026'. */
export function formatLocalDate(date: LocalDate, pattern: string): string {
  return format(toDate(date), pattern, { locale: nl });
}

/** '3 maart 2027', or 'woensdag 3 maart 2027' with the weekday; used in explanations shown to users. */
export function formatDutchDate(date: LocalDate, withWeekday = false): string {
  return formatLocalDate(date, withWeekday ? 'EEEE d MMMM yyyy' : 'd MMMM yyyy');
}
