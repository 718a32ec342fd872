// Dates and times as Dutch users type them, whatever language the browser or Windows is set to: dd-mm-jjjj
// and a 24-hour hh:mm, with the shortcuts people use ("1-4", "1 apr", "di 1 april", "930").
//
// Written by hand: the input is forgiving (several separators, day and month names, a missing year) and
// date-fns' `parse` takes one exact pattern at a time; what "1-4" means in November is our own rule (below).
// Pure: "today" comes in as a parameter.
import type { LocalDate, LocalTime } from '../domain/types';
import {
  MONTHS_NL,
  WEEKDAYS_NL,
  addDays,
  diffDays,
  isValidLocalDate,
  localDateFromParts,
  parseLocalDate,
} from './calendar';

const pad = (n: number) => String(n).padStart(2, '0');

/** How every date field shows a date: '01-04-2027'. */
export function formatDateInput(date: LocalDate): string {
  if (!isValidLocalDate(date)) return '';
  const { year, month, day } = parseLocalDate(date);
  return `${pad(day)}-${pad(month)}-${year}`;
}

/** Month number (1-12) for a Dutch month name or its abbreviation ('mrt', 'maa', 'sept', 'okt.'). */
export function monthFromName(word: string): number | null {
  const w = word.toLowerCase().replace(/\.$/, '');
  if (w.length < 3) return null;
  if (w === 'mrt') return 3;
  const i = MONTHS_NL.findIndex((name) => name.startsWith(w));
  return i >= 0 ? i + 1 : null;
}

function isWeekdayWord(word: string): boolean {
  const w = word.toLowerCase().replace(/\.$/, '');
  return w.length >= 2 && WEEKDAYS_NL.some((day) => day.startsWith(w));
}

/**
 * Completes a day and month without a year: the year that puts the date nearest to today (so "1-4" typed in
 * November is next April, "20-11" typed on 2 December is last month's).
 */
function nearestYear(day: number, month: number, today: LocalDate): LocalDate | null {
  const year = parseLocalDate(today).year;
  const candidates = [year - 1, year, year + 1]
    .map((y) => localDateFromParts(y, month, day))
    .filter((d) => parseLocalDate(d).day === day);
  if (candidates.length === 0) return null;
  return candidates.reduce((best, d) =>
    Math.abs(diffDays(today, d)) < Math.abs(diffDays(today, best)) ? d : best,
  );
}

function fromParts(day: number, month: number, year: number | null, today: LocalDate): LocalDate | null {
  if (!Number.isInteger(day) || !Number.isInteger(month) || month < 1 || month > 12 || day < 1 || day > 31)
    return null;
  if (year === null) return nearestYear(day, month, today);
  const full = year < 100 ? 2000 + year : year;
  if (full < 1900 || full > 2199) return null;
  const date = `${full}-${pad(month)}-${pad(day)}`;
  return isValidLocalDate(date) ? date : null;
}

/**
 * A typed date as a LocalDate, or null when it is no real day. Takes '1-4-2027', '01-04-27', '1/4/2027',
 * '1.4.2027', '1-4' and '1 4' (year completed), '1 apr', '1 april 2027', 'di 1 apr', '2027-04-01', 'vandaag'
 * and 'morgen'.
 */
export function parseDateInput(text: string, today: LocalDate): LocalDate | null {
  const t = text.trim().toLowerCase().replace(/,/g, ' ').replace(/\s+/g, ' ');
  if (!t) return null;
  if (t === 'vandaag') return today;
  if (t === 'morgen') return addDays(today, 1);
  if (t === 'gisteren') return addDays(today, -1);
  if (/^\d{4}-\d{2}-\d{2}$/.test(t)) return isValidLocalDate(t) ? t : null;

  let words = t.split(' ');
  if (words.length > 1 && words[0] && isWeekdayWord(words[0]) && !/^\d/.test(words[0]))
    words = words.slice(1);
  const rest = words.join(' ');

  const numeric = /^(\d{1,2})[-/. ](\d{1,2})(?:[-/. ](\d{2}|\d{4}))?$/.exec(rest);
  if (numeric) {
    return fromParts(Number(numeric[1]), Number(numeric[2]), numeric[3] ? Number(numeric[3]) : null, today);
  }
  const named = /^(\d{1,2})[ -]?([a-z]+\.?)(?:[ -](\d{2}|\d{4}))?$/.exec(rest);
  if (named && named[2]) {
    const month = monthFromName(named[2]);
    if (month === null) return null;
    return fromParts(Number(named[1]), month, named[3] ? Number(named[3]) : null, today);
  }
  return null;
}

/**
 * A typed time as 'HH:mm' (24 hours), or null. Takes '9:30', '09:30', '9.30', '9u30', '930', '0930', '9' and
 * '21'; refuses '24:00', '9:60' and anything with am/pm.
 */
export function parseTimeInput(text: string): LocalTime | null {
  const t = text
    .trim()
    .toLowerCase()
    .replace(/\s*uur$/, '');
  let h: number;
  let m: number;
  const sep = /^(\d{1,2})[:.u](\d{2})$/.exec(t);
  const digits = /^(\d{1,4})$/.exec(t);
  if (sep) {
    h = Number(sep[1]);
    m = Number(sep[2]);
  } else if (digits && digits[1]) {
    const d = digits[1];
    if (d.length <= 2) {
      h = Number(d);
      m = 0;
    } else {
      h = Number(d.slice(0, d.length - 2));
      m = Number(d.slice(-2));
    }
  } else return null;
  if (h > 23 || m > 59) return null;
  return `${pad(h)}:${pad(m)}`;
}
