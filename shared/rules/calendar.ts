// Local-date and local-time arithmetic on the plain strings the domain uses ('YYYY-MM-DD', 'HH:mm').
//
// Why no Date objects in the API: a JavaScript Date is a moment, and turning a moment back into a
// calendar day depends on the machine's timezone (a laptop set to UTC or abroad would shift deadlines by
// a day around midnight and DST). Every computation here goes through Date.UTC, which has no timezone
// and no DST, so the results are the same on every machine. Nothing here reads the clock.
import type { LocalDate, LocalDateTime, LocalTime } from '../domain/types';

const MS_PER_DAY = 86_400_000;
const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME_RE = /^(\d{2}):(\d{2})$/;

interface DateParts {
  year: number;
  /** 1-12 */
  month: number;
  /** 1-31 */
  day: number;
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** Builds a LocalDate from its parts, normalising overflow the way Date.UTC does (month 13 → next January). */
export function localDateFromParts(year: number, month: number, day: number): LocalDate {
  return fromEpochDay(Math.round(Date.UTC(year, month - 1, day) / MS_PER_DAY));
}

/** True for a real calendar day written 'YYYY-MM-DD' (rejects '2027-02-30', '2027-2-3', '2027-13-01'). */
export function isValidLocalDate(s: string): boolean {
  const m = DATE_RE.exec(s);
  if (!m) return false;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

/** Splits a LocalDate into numbers; throws a RangeError for anything that is not a real 'YYYY-MM-DD' day. */
export function parseLocalDate(date: LocalDate): DateParts {
  if (!isValidLocalDate(date)) throw new RangeError(`Ongeldige datum: '${date}' (verwacht JJJJ-MM-DD)`);
  return { year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)), day: Number(date.slice(8, 10)) };
}

/** Days since 1970-01-01 (UTC), the unit all arithmetic here is done in. */
function toEpochDay(date: LocalDate): number {
  const { year, month, day } = parseLocalDate(date);
  return Date.UTC(year, month - 1, day) / MS_PER_DAY;
}

function fromEpochDay(epochDay: number): LocalDate {
  const d = new Date(epochDay * MS_PER_DAY);
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** Number of days in a month (month 1-12), leap years included. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The date n days later (n may be negative). */
export function addDays(date: LocalDate, n: number): LocalDate {
  if (!Number.isInteger(n)) throw new RangeError(`addDays: geen geheel aantal dagen (${n})`);
  return fromEpochDay(toEpochDay(date) + n);
}

/** 0 = Sunday … 6 = Saturday, as Date.getDay. */
export function dayOfWeek(date: LocalDate): number {
  // 1970-01-01 was a Thursday (4).
  return (((toEpochDay(date) + 4) % 7) + 7) % 7;
}

export function isWeekend(date: LocalDate): boolean {
  const d = dayOfWeek(date);
  return d === 0 || d === 6;
}

/** -1, 0 or 1; usable as a sort comparator. */
export function compareDates(a: LocalDate, b: LocalDate): -1 | 0 | 1 {
  const diff = toEpochDay(a) - toEpochDay(b);
  return diff < 0 ? -1 : diff > 0 ? 1 : 0;
}

/** a − b in whole days (date-fns' differenceInCalendarDays order): diffDays('2027-04-01', '2027-03-27') = 5. */
export function diffDays(a: LocalDate, b: LocalDate): number {
  return toEpochDay(a) - toEpochDay(b);
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

export const MONTHS_NL = [
  'januari',
  'februari',
  'maart',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december',
] as const;

export const WEEKDAYS_NL = [
  'zondag',
  'maandag',
  'dinsdag',
  'woensdag',
  'donderdag',
  'vrijdag',
  'zaterdag',
] as const;

/** Dutch month name, month 1-12. */
export function monthNameNl(month: number): string {
  const name = MONTHS_NL[month - 1];
  if (!name) throw new RangeError(`Ongeldige maand: ${month}`);
  return name;
}

/** '3 maart 2027', or 'woensdag 3 maart 2027' with the weekday; used in explanations shown to users. */
export function formatDutchDate(date: LocalDate, withWeekday = false): string {
  const { year, month, day } = parseLocalDate(date);
  const text = `${day} ${monthNameNl(month)} ${year}`;
  return withWeekday ? `${WEEKDAYS_NL[dayOfWeek(date)]} ${text}` : text;
}
