import { describe, expect, it } from 'vitest';
import { dutchPublicHolidays, easterSunday, holidayName } from '../../shared/rules/holidays';

describe('easterSunday (Anonymous Gregorian computus)', () => {
  it.each([
    [2000, '2000-04-23'],
    [2005, '2005-03-27'],
    [2008, '2008-03-23'],
    [2011, '2011-04-24'],
    [2019, '2019-04-21'],
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2027, '2027-03-28'],
    [2028, '2028-04-16'],
    [2030, '2030-04-21'],
    [2031, '2031-04-13'],
    [2038, '2038-04-25'], // latest possible date
    [2285, '2285-03-22'], // earliest possible date
    [1943, '1943-04-25'],
  ])('%d → %s', (year, date) => {
    expect(easterSunday(year)).toBe(date);
  });
  it('rejects a non-Gregorian year', () => {
    expect(() => easterSunday(1500)).toThrow(RangeError);
  });
});

describe('dutchPublicHolidays', () => {
  it('2026: full list, sorted, without Bevrijdingsdag (not a lustrum year) and without Goede Vrijdag', () => {
    // Easter 5 April 2026 → Tweede Paasdag 6/4, Hemelvaart +39 = 14/5, Pinksteren +49/+50 = 24/5, 25/5;
    // 27 April 2026 is a Monday.
    expect(dutchPublicHolidays(2026)).toEqual([
      { date: '2026-01-01', name: 'Nieuwjaarsdag' },
      { date: '2026-04-05', name: 'Eerste Paasdag' },
      { date: '2026-04-06', name: 'Tweede Paasdag' },
      { date: '2026-04-27', name: 'Koningsdag' },
      { date: '2026-05-14', name: 'Hemelvaartsdag' },
      { date: '2026-05-24', name: 'Eerste Pinksterdag' },
      { date: '2026-05-25', name: 'Tweede Pinksterdag' },
      { date: '2026-12-25', name: 'Eerste Kerstdag' },
      { date: '2026-12-26', name: 'Tweede Kerstdag' },
    ]);
  });
  it('2025: lustrum year, Bevrijdingsdag in date order; Koningsdag on Saturday 26 April (27th is a Sunday)', () => {
    // Easter 20 April 2025 → 21/4, Hemelvaart 29/5, Pinksteren 8/6, 9/6.
    expect(dutchPublicHolidays(2025).map((h) => `${h.date} ${h.name}`)).toEqual([
      '2025-01-01 Nieuwjaarsdag',
      '2025-04-20 Eerste Paasdag',
      '2025-04-21 Tweede Paasdag',
      '2025-04-26 Koningsdag',
      '2025-05-05 Bevrijdingsdag',
      '2025-05-29 Hemelvaartsdag',
      '2025-06-08 Eerste Pinksterdag',
      '2025-06-09 Tweede Pinksterdag',
      '2025-12-25 Eerste Kerstdag',
      '2025-12-26 Tweede Kerstdag',
    ]);
  });
  it('returns the same (cached, frozen) list on a second call', () => {
    const a = dutchPublicHolidays(2027);
    expect(dutchPublicHolidays(2027)).toBe(a);
    expect(Object.isFrozen(a)).toBe(true);
  });
});

describe('holidayName', () => {
  it.each([
    ['2026-01-01', 'Nieuwjaarsdag'],
    ['2026-04-03', null], // Goede Vrijdag 2026: not a holiday by default
    ['2026-04-05', 'Eerste Paasdag'],
    ['2026-04-06', 'Tweede Paasdag'],
    ['2026-05-14', 'Hemelvaartsdag'], // 5 April + 39
    ['2026-05-24', 'Eerste Pinksterdag'], // 5 April + 49
    ['2026-05-25', 'Tweede Pinksterdag'],
    ['2026-05-05', null], // 2026 is no lustrum year
    ['2027-03-26', null], // Goede Vrijdag 2027
    ['2027-03-28', 'Eerste Paasdag'],
    ['2027-03-29', 'Tweede Paasdag'],
    ['2027-04-27', 'Koningsdag'], // Tuesday
    ['2027-05-06', 'Hemelvaartsdag'], // 28 March + 39
    ['2027-05-16', 'Eerste Pinksterdag'],
    ['2027-05-17', 'Tweede Pinksterdag'],
    ['2027-12-25', 'Eerste Kerstdag'],
    ['2027-12-26', 'Tweede Kerstdag'],
    ['2027-12-27', null],
    ['2027-12-31', null], // oudejaarsdag is not a holiday
    ['2028-04-17', 'Tweede Paasdag'], // Easter 16 April 2028
    ['2028-04-27', 'Koningsdag'], // Thursday
    ['2028-05-25', 'Hemelvaartsdag'], // 16 April + 39
    ['2028-06-05', 'Tweede Pinksterdag'], // 16 April + 50
    ['2025-04-26', 'Koningsdag'], // 27 April 2025 is a Sunday → Saturday 26th
    ['2025-04-27', null],
    ['2031-04-26', 'Koningsdag'], // 27 April 2031 is a Sunday → Saturday 26th
    ['2031-04-27', null],
    ['2025-05-05', 'Bevrijdingsdag'], // lustrum
    ['2030-05-05', 'Bevrijdingsdag'], // lustrum (a Sunday, still named)
    ['2029-05-05', null],
    ['2005-05-05', 'Hemelvaartsdag en Bevrijdingsdag'], // Easter 27 March 2005 + 39 = 5 May, lustrum
    ['2027-04-01', null],
  ])('%s → %s', (date, name) => {
    expect(holidayName(date)).toBe(name);
  });
});
