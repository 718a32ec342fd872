import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addDays,
  addMinutesToTime,
  compareDates,
  datePart,
  dayOfWeek,
  daysInMonth,
  diffDays,
  formatDutchDate,
  isValidLocalDate,
  isValidLocalTime,
  isWeekend,
  localDateFromParts,
  monthIndex,
  parseLocalDate,
} from '../../shared/rules/calendar';

describe('isValidLocalDate', () => {
  it.each([
    ['2027-04-01', true],
    ['2028-02-29', true], // 2028 is a leap year
    ['2000-02-29', true], // divisible by 400: leap
    ['1900-02-29', false], // divisible by 100, not 400: no leap
    ['2027-02-29', false],
    ['2027-02-30', false],
    ['2027-04-31', false], // April has 30 days
    ['2027-12-31', true],
    ['2027-13-01', false],
    ['2027-00-10', false],
    ['2027-01-00', false],
    ['2027-1-05', false], // not zero-padded
    ['27-01-05', false],
    ['2027-01-05T10:00', false],
    ['', false],
    ['abcd-ef-gh', false],
  ])('%s → %s', (s, ok) => {
    expect(isValidLocalDate(s)).toBe(ok);
  });
});

describe('parseLocalDate', () => {
  it('splits a date into numbers', () => {
    expect(parseLocalDate('2027-03-09')).toEqual({ year: 2027, month: 3, day: 9 });
  });
  it.each(['2027-02-30', '2027-3-9', 'gisteren'])('rejects %s', (s) => {
    expect(() => parseLocalDate(s)).toThrow(RangeError);
  });
});

describe('addDays', () => {
  it.each([
    ['2027-04-01', -5, '2027-03-27'],
    ['2027-04-01', 5, '2027-04-06'],
    ['2027-04-01', 0, '2027-04-01'],
    ['2027-01-04', -5, '2026-12-30'], // across the year end
    ['2026-12-30', 5, '2027-01-04'],
    ['2028-02-28', 1, '2028-02-29'], // leap day
    ['2027-02-28', 1, '2027-03-01'], // no leap day
    ['2027-03-27', 1, '2027-03-28'], // DST starts on 2027-03-28 in Europe: still one calendar day
    ['2027-10-31', 1, '2027-11-01'], // DST ends on 2027-10-31
    ['2027-01-01', 365, '2028-01-01'],
    ['2028-01-01', 366, '2029-01-01'], // 2028 has 366 days
  ])('%s %+d → %s', (date, n, expected) => {
    expect(addDays(date, n)).toBe(expected);
  });
  it('rejects fractional days', () => {
    expect(() => addDays('2027-04-01', 0.5)).toThrow(RangeError);
  });
});

describe('dayOfWeek / isWeekend', () => {
  it.each([
    ['2027-04-01', 4, false], // Thursday
    ['2027-03-27', 6, true], // Saturday
    ['2027-03-28', 0, true], // Sunday (Easter 2027)
    ['2027-03-29', 1, false], // Monday (Tweede Paasdag: a holiday, but not a weekend)
    ['2026-12-30', 3, false], // Wednesday
    ['1970-01-01', 4, false], // Thursday, the epoch
    ['1969-12-31', 3, false], // before the epoch
    ['2025-04-27', 0, true], // Sunday, so Koningsdag 2025 is on the 26th
  ])('%s → %d (weekend %s)', (date, dow, weekend) => {
    expect(dayOfWeek(date)).toBe(dow);
    expect(isWeekend(date)).toBe(weekend);
  });
});

describe('compareDates / diffDays', () => {
  it.each([
    ['2027-04-01', '2027-03-27', 1, 5],
    ['2027-03-27', '2027-04-01', -1, -5],
    ['2027-04-01', '2027-04-01', 0, 0],
    ['2027-01-04', '2026-12-30', 1, 5],
    ['2028-03-01', '2028-02-28', 1, 2], // leap year
    ['2027-03-01', '2027-02-28', 1, 1],
    ['2027-11-01', '2027-03-01', 1, 245], // Mar 31-1=30 + Apr 30 + May 31 + Jun 30 + Jul 31 + Aug 31 + Sep 30 + Oct 31 + 1 = 245
  ])('%s vs %s → %d, %d days', (a, b, cmp, diff) => {
    expect(compareDates(a, b)).toBe(cmp);
    expect(diffDays(a, b)).toBe(diff);
  });
});

describe('helpers', () => {
  it.each([
    [2027, 2, 28],
    [2028, 2, 29],
    [2027, 4, 30],
    [2027, 12, 31],
  ])('daysInMonth(%d, %d) = %d', (y, m, n) => {
    expect(daysInMonth(y, m)).toBe(n);
  });
  it.each([
    [2027, 4, 1, '2027-04-01'],
    [2027, 13, 1, '2028-01-01'], // overflow normalises
    [2027, 3, 0, '2027-02-28'],
  ])('localDateFromParts(%d, %d, %d) = %s', (y, m, d, s) => {
    expect(localDateFromParts(y, m, d)).toBe(s);
  });
  it('datePart and monthIndex', () => {
    expect(datePart('2027-03-26T23:59')).toBe('2027-03-26');
    expect(monthIndex('2027-01-15') - monthIndex('2026-12-31')).toBe(1);
    expect(monthIndex('2027-12-01') - monthIndex('2027-01-31')).toBe(11);
  });
  it.each([
    ['2027-03-03', false, '3 maart 2027'],
    ['2027-04-01', true, 'donderdag 1 april 2027'],
    ['2026-12-30', false, '30 december 2026'],
  ])('formatDutchDate(%s, %s) = %s', (d, wd, s) => {
    expect(formatDutchDate(d, wd)).toBe(s);
  });
});

describe('isValidLocalTime', () => {
  it.each([
    ['09:30', true],
    ['00:00', true],
    ['23:59', true],
    ['24:00', false],
    ['12:60', false],
    ['9:30', false],
    ['09:30:00', false],
    ['0930', false],
    ['', false],
  ])('%s → %s', (s, ok) => {
    expect(isValidLocalTime(s)).toBe(ok);
  });
});

describe('addMinutesToTime', () => {
  it.each([
    ['09:30', 95, '11:05'], // 9:30 + 1:35
    ['09:30', 0, '09:30'],
    ['09:30', 30, '10:00'],
    ['13:45', 15, '14:00'],
    ['09:30', -45, '08:45'],
    ['23:30', 45, '00:15'], // wraps past midnight (clock arithmetic)
    ['00:10', -20, '23:50'],
  ])('%s + %d → %s', (t, n, expected) => {
    expect(addMinutesToTime(t, n)).toBe(expected);
  });
  it('rejects an invalid time', () => {
    expect(() => addMinutesToTime('25:00', 5)).toThrow(RangeError);
  });
});

// The machine's timezone must not matter: the same answers under a far-off TZ with its own DST rules.
describe('independent of the machine timezone', () => {
  const saved = process.env.TZ;
  beforeAll(() => {
    process.env.TZ = 'Pacific/Kiritimati'; // UTC+14
  });
  afterAll(() => {
    if (saved === undefined) delete process.env.TZ;
    else process.env.TZ = saved;
  });
  it.each([
    ['2027-04-01', -5, '2027-03-27', 6],
    ['2027-03-27', 1, '2027-03-28', 0],
    ['2027-10-30', 1, '2027-10-31', 0],
  ])('%s %+d → %s (weekday %d)', (date, n, expected, dow) => {
    expect(new Date(2027, 0, 1).getTimezoneOffset()).toBe(-840); // the TZ change took effect
    expect(addDays(date, n)).toBe(expected);
    expect(dayOfWeek(expected)).toBe(dow);
  });
});

describe('momentOfLocal (Europe/Amsterdam)', () => {
  it('knows winter and summer time, and round-trips with localDateTimeOf', async () => {
    const { momentOfLocal, localDateTimeOf } = await import('../../shared/rules/clock');
    expect(momentOfLocal('2027-02-08T12:00').toISOString()).toBe('2027-02-08T11:00:00.000Z');
    expect(momentOfLocal('2027-07-08T12:00').toISOString()).toBe('2027-07-08T10:00:00.000Z');
    // The last Sunday of March 2027 (28th): 02:00 does not exist, 03:00 is summer time.
    expect(momentOfLocal('2027-03-28T03:00').toISOString()).toBe('2027-03-28T01:00:00.000Z');
    for (const local of ['2027-03-27T23:30', '2027-10-31T12:00', '2026-12-31T23:59'])
      expect(localDateTimeOf(momentOfLocal(local))).toBe(local);
  });
});
