// Dutch public holidays, as the product defines them (DOMAIN.md, "Rules made precise").
//
// Product choices: Goede Vrijdag is not a holiday (most municipalities work that day); Bevrijdingsdag
// (5 May) counts only in lustrum years (2025, 2030, …), as in the government's collective agreements;
// Koningsdag is 27 April, or 26 April when the 27th is a Sunday. The rule is applied to every year,
// also before 2014 (the app plans meetings, it is not a history book). A body adds its own closed
// days on top of these (see deadlines.ts, WorkCalendar).
import type { LocalDate } from '../domain/types';
import { addDays, dayOfWeek, localDateFromParts, parseLocalDate } from './calendar';

interface PublicHoliday {
  date: LocalDate;
  /** Dutch name, e.g. 'Tweede Paasdag'. */
  name: string;
}

/** Easter Sunday of a Gregorian year (Anonymous Gregorian computus, a.k.a. Meeus/Jones/Butcher). */
export function easterSunday(year: number): LocalDate {
  if (!Number.isInteger(year) || year < 1583) throw new RangeError(`easterSunday: ongeldig jaar ${year}`);
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return localDateFromParts(year, month, day);
}

const cache = new Map<number, readonly PublicHoliday[]>();

/** The public holidays of a year, sorted by date. Cached per year; the result is frozen. */
export function dutchPublicHolidays(year: number): readonly PublicHoliday[] {
  const cached = cache.get(year);
  if (cached) return cached;
  const easter = easterSunday(year);
  const april27 = localDateFromParts(year, 4, 27);
  const list: PublicHoliday[] = [
    { date: localDateFromParts(year, 1, 1), name: 'Nieuwjaarsdag' },
    { date: easter, name: 'Eerste Paasdag' },
    { date: addDays(easter, 1), name: 'Tweede Paasdag' },
    { date: dayOfWeek(april27) === 0 ? localDateFromParts(year, 4, 26) : april27, name: 'Koningsdag' },
    { date: addDays(easter, 39), name: 'Hemelvaartsdag' },
    { date: addDays(easter, 49), name: 'Eerste Pinksterdag' },
    { date: addDays(easter, 50), name: 'Tweede Pinksterdag' },
    { date: localDateFromParts(year, 12, 25), name: 'Eerste Kerstdag' },
    { date: localDateFromParts(year, 12, 26), name: 'Tweede Kerstdag' },
  ];
  if (year % 5 === 0) list.push({ date: localDateFromParts(year, 5, 5), name: 'Bevrijdingsdag' });
  // Stable sort: when two holidays share a day (Hemelvaartsdag on 5 May 2005) the list order decides.
  list.sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0));
  const frozen = Object.freeze(list.map((h) => Object.freeze(h)));
  cache.set(year, frozen);
  return frozen;
}

/**
 * The Dutch name of the public holiday on a date, or null. When two fall on the same day (Hemelvaartsdag
 * and Bevrijdingsdag on 5 May 2005) both are named: 'Hemelvaartsdag en Bevrijdingsdag'.
 */
export function holidayName(date: LocalDate): string | null {
  const { year } = parseLocalDate(date);
  const names = dutchPublicHolidays(year)
    .filter((h) => h.date === date)
    .map((h) => h.name);
  return names.length ? names.join(' en ') : null;
}
