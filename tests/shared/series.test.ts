import { describe, expect, it } from 'vitest';
import type { WorkCalendar } from '../../shared/rules/deadlines';
import {
  describeSeries,
  generateSeries,
  nthWeekdayOfMonth,
  seriesMeetingDates,
  type SeriesRule,
} from '../../shared/rules/series';

const NONE: WorkCalendar = { closedDays: [] };
const XMAS_2027: WorkCalendar = {
  closedDays: ['2027-12-27', '2027-12-28', '2027-12-29', '2027-12-30', '2027-12-31'],
};

/** 'date' for a meeting, 'date!reason' for a skipped date: compact expectations. */
function compact(rule: SeriesRule, cal: WorkCalendar): string[] {
  return generateSeries(rule, cal).map((o) => {
    if (o.skipped) {
      expect(o.skipped.date).toBe(o.date);
      return `${o.date}!${o.skipped.reason}`;
    }
    return o.date;
  });
}

describe('nthWeekdayOfMonth', () => {
  it.each([
    // April 2027 starts on a Thursday.
    [2027, 4, 4, 1, '2027-04-01'], // 1st Thursday
    [2027, 4, 4, 5, '2027-04-29'], // 5th Thursday exists
    [2027, 4, 2, 4, '2027-04-27'], // 4th Tuesday: 6, 13, 20, 27
    [2027, 4, 2, 5, null], // no 5th Tuesday
    [2027, 4, 5, -1, '2027-04-30'], // last Friday is the last day
    [2027, 4, 4, -1, '2027-04-29'],
    [2027, 2, 0, 4, '2027-02-28'], // February 2027 starts on Monday: Sundays 7, 14, 21, 28
    [2028, 2, 2, 5, '2028-02-29'], // leap day is the 5th Tuesday (Feb 2028 starts on Tuesday)
    [2027, 2, 2, 5, null],
  ])('%d-%d weekday %d nth %d → %s', (y, m, wd, nth, expected) => {
    expect(nthWeekdayOfMonth(y, m, wd, nth)).toBe(expected);
  });
});

describe('generateSeries', () => {
  it.each<[string, SeriesRule, WorkCalendar, string[]]>([
    [
      // 2027: Jan 1 is a Friday. 4th Tuesdays: 26/1, 23/2, 23/3, 27/4 (Koningsdag), 25/5, 22/6, 27/7, 24/8,
      // 28/9, 26/10, 23/11, 28/12 (closed week).
      'fourth Tuesday, 2027',
      { kind: 'nthWeekdayOfMonth', weekday: 2, nth: 4, from: '2027-01-01', until: '2027-12-31' },
      XMAS_2027,
      [
        '2027-01-26',
        '2027-02-23',
        '2027-03-23',
        '2027-04-27!Koningsdag',
        '2027-05-25',
        '2027-06-22',
        '2027-07-27',
        '2027-08-24',
        '2027-09-28',
        '2027-10-26',
        '2027-11-23',
        '2027-12-28!gesloten dag',
      ],
    ],
    [
      // Last Mondays: 25/1, 22/2, 29/3 (Tweede Paasdag), 26/4, 31/5, 28/6.
      'last Monday, first half of 2027',
      { kind: 'nthWeekdayOfMonth', weekday: 1, nth: -1, from: '2027-01-01', until: '2027-06-30' },
      NONE,
      ['2027-01-25', '2027-02-22', '2027-03-29!Tweede Paasdag', '2027-04-26', '2027-05-31', '2027-06-28'],
    ],
    [
      // Only four months of 2027 have a 5th Thursday: April, July, September, December; the others are silently absent.
      'fifth Thursday, 2027',
      { kind: 'nthWeekdayOfMonth', weekday: 4, nth: 5, from: '2027-01-01', until: '2027-12-31' },
      XMAS_2027,
      ['2027-04-29', '2027-07-29', '2027-09-30', '2027-12-30!gesloten dag'],
    ],
    [
      // First Monday every two months from January: 4/1, 1/3, 3/5, 5/7, 6/9, 1/11.
      'first Monday, every two months',
      {
        kind: 'nthWeekdayOfMonth',
        weekday: 1,
        nth: 1,
        from: '2027-01-01',
        until: '2027-12-31',
        everyMonths: 2,
      },
      NONE,
      ['2027-01-04', '2027-03-01', '2027-05-03', '2027-07-05', '2027-09-06', '2027-11-01'],
    ],
    [
      // Counted from the month of `from` (February): Feb, May, Aug, Nov; second Wednesdays 10/2, 12/5, 11/8, 10/11.
      'second Wednesday, every three months from February',
      {
        kind: 'nthWeekdayOfMonth',
        weekday: 3,
        nth: 2,
        from: '2027-02-01',
        until: '2027-12-31',
        everyMonths: 3,
      },
      NONE,
      ['2027-02-10', '2027-05-12', '2027-08-11', '2027-11-10'],
    ],
    [
      // `from` after January's 4th Tuesday (26/1): January is out; `until` 22/3 cuts March (23/3).
      'bounds are inclusive dates, not months',
      { kind: 'nthWeekdayOfMonth', weekday: 2, nth: 4, from: '2027-01-27', until: '2027-03-22' },
      NONE,
      ['2027-02-23'],
    ],
    [
      'inclusive at both ends',
      { kind: 'nthWeekdayOfMonth', weekday: 2, nth: 4, from: '2027-01-26', until: '2027-02-23' },
      NONE,
      ['2027-01-26', '2027-02-23'],
    ],
    [
      // Across the year: Nov 2026 starts on Sunday → Thu 5/11; Dec 2026 Tue → 3/12; Jan 2027 Fri → 7/1 (1/1 is no Thursday);
      // Feb 2027 Mon → 4/2.
      'first Thursday across the year end',
      { kind: 'nthWeekdayOfMonth', weekday: 4, nth: 1, from: '2026-11-01', until: '2027-02-28' },
      NONE,
      ['2026-11-05', '2026-12-03', '2027-01-07', '2027-02-04'],
    ],
    [
      // 1/1/2027 is the first Friday.
      'first Friday on Nieuwjaarsdag',
      { kind: 'nthWeekdayOfMonth', weekday: 5, nth: 1, from: '2027-01-01', until: '2027-02-28' },
      NONE,
      ['2027-01-01!Nieuwjaarsdag', '2027-02-05'],
    ],
    [
      // Weekly Thursdays 22/4 … 20/5/2027; 6/5 is Hemelvaartsdag.
      'weekly over Ascension',
      { kind: 'everyWeeks', weeks: 1, from: '2027-04-22', until: '2027-05-20' },
      NONE,
      ['2027-04-22', '2027-04-29', '2027-05-06!Hemelvaartsdag', '2027-05-13', '2027-05-20'],
    ],
    [
      // Every two weeks from Monday 3/5/2027: 3/5, 17/5 (Tweede Pinksterdag), 31/5.
      'fortnightly over Whitsun',
      { kind: 'everyWeeks', weeks: 2, from: '2027-05-03', until: '2027-06-01' },
      NONE,
      ['2027-05-03', '2027-05-17!Tweede Pinksterdag', '2027-05-31'],
    ],
    [
      // Every two weeks from Tuesday 14/12/2027: 14/12, 28/12 (closed), 11/1/2028, 25/1.
      'fortnightly over the closed week',
      { kind: 'everyWeeks', weeks: 2, from: '2027-12-14', until: '2028-01-31' },
      XMAS_2027,
      ['2027-12-14', '2027-12-28!gesloten dag', '2028-01-11', '2028-01-25'],
    ],
    [
      // A closed day that is also a holiday is reported by the holiday's name.
      'holiday wins over closed day',
      { kind: 'everyWeeks', weeks: 1, from: '2027-04-27', until: '2027-04-27' },
      { closedDays: ['2027-04-27'] },
      ['2027-04-27!Koningsdag'],
    ],
    [
      // Every 6 weeks from Thu 7/1/2027: 7/1, 18/2, 1/4, 13/5 (7/1 + 42 = 18/2; + 42 = 1/4; + 42 = 13/5).
      'every six weeks',
      { kind: 'everyWeeks', weeks: 6, from: '2027-01-07', until: '2027-05-31' },
      NONE,
      ['2027-01-07', '2027-02-18', '2027-04-01', '2027-05-13'],
    ],
    ['from after until', { kind: 'everyWeeks', weeks: 1, from: '2027-05-01', until: '2027-04-01' }, NONE, []],
    [
      'from after until (monthly)',
      { kind: 'nthWeekdayOfMonth', weekday: 1, nth: 1, from: '2027-05-01', until: '2027-04-01' },
      NONE,
      [],
    ],
  ])('%s', (_label, rule, cal, expected) => {
    expect(compact(rule, cal)).toEqual(expected);
  });

  it('seriesMeetingDates leaves the skipped dates out', () => {
    const occ = generateSeries(
      { kind: 'everyWeeks', weeks: 1, from: '2027-04-22', until: '2027-05-13' },
      NONE,
    );
    expect(seriesMeetingDates(occ)).toEqual(['2027-04-22', '2027-04-29', '2027-05-13']);
  });

  it.each<SeriesRule>([
    { kind: 'everyWeeks', weeks: 0, from: '2027-01-01', until: '2027-12-31' },
    { kind: 'everyWeeks', weeks: 1.5, from: '2027-01-01', until: '2027-12-31' },
    { kind: 'everyWeeks', weeks: 1, from: '2027-02-30', until: '2027-12-31' },
    { kind: 'nthWeekdayOfMonth', weekday: 7, nth: 1, from: '2027-01-01', until: '2027-12-31' },
    { kind: 'nthWeekdayOfMonth', weekday: 1, nth: 0, from: '2027-01-01', until: '2027-12-31' },
    { kind: 'nthWeekdayOfMonth', weekday: 1, nth: 6, from: '2027-01-01', until: '2027-12-31' },
    { kind: 'nthWeekdayOfMonth', weekday: 1, nth: -2, from: '2027-01-01', until: '2027-12-31' },
    {
      kind: 'nthWeekdayOfMonth',
      weekday: 1,
      nth: 1,
      from: '2027-01-01',
      until: '2027-12-31',
      everyMonths: 0,
    },
  ])('rejects an invalid rule %o', (rule) => {
    expect(() => generateSeries(rule, NONE)).toThrow(RangeError);
  });
});

describe('describeSeries', () => {
  it.each<[SeriesRule, string]>([
    [
      { kind: 'nthWeekdayOfMonth', weekday: 2, nth: 4, from: '2027-01-01', until: '2027-12-31' },
      'elke vierde dinsdag van de maand',
    ],
    [
      { kind: 'nthWeekdayOfMonth', weekday: 1, nth: -1, from: '2027-01-01', until: '2027-12-31' },
      'elke laatste maandag van de maand',
    ],
    [
      { kind: 'nthWeekdayOfMonth', weekday: 4, nth: 5, from: '2027-01-01', until: '2027-12-31' },
      'elke vijfde donderdag van de maand',
    ],
    [
      {
        kind: 'nthWeekdayOfMonth',
        weekday: 1,
        nth: 1,
        from: '2027-01-01',
        until: '2027-12-31',
        everyMonths: 1,
      },
      'elke eerste maandag van de maand',
    ],
    [
      {
        kind: 'nthWeekdayOfMonth',
        weekday: 1,
        nth: 1,
        from: '2027-01-01',
        until: '2027-12-31',
        everyMonths: 2,
      },
      'de eerste maandag van de maand, om de twee maanden',
    ],
    [
      {
        kind: 'nthWeekdayOfMonth',
        weekday: 3,
        nth: 2,
        from: '2027-01-01',
        until: '2027-12-31',
        everyMonths: 13,
      },
      'de tweede woensdag van de maand, om de 13 maanden',
    ],
    [{ kind: 'everyWeeks', weeks: 1, from: '2027-04-22', until: '2027-12-31' }, 'elke donderdag'],
    [
      { kind: 'everyWeeks', weeks: 2, from: '2027-05-03', until: '2027-12-31' },
      'om de twee weken op maandag',
    ],
    [
      { kind: 'everyWeeks', weeks: 6, from: '2027-01-07', until: '2027-12-31' },
      'om de zes weken op donderdag',
    ],
  ])('%o → %s', (rule, text) => {
    expect(describeSeries(rule)).toBe(text);
  });
});
