import { describe, expect, it } from 'vitest';
import { DEFAULT_DEADLINES, type DeadlineSettings } from '../../shared/domain/types';
import {
  addWorkingDays,
  computeDeadlines,
  daysUntil,
  isLateSubmission,
  isWorkingDay,
  nonWorkingReason,
  type WorkCalendar,
} from '../../shared/rules/deadlines';

const NONE: WorkCalendar = { closedDays: [] };
/** Closed between Christmas and New Year 2027 (Monday 27 – Friday 31 December). */
const XMAS_2027: WorkCalendar = {
  closedDays: ['2027-12-27', '2027-12-28', '2027-12-29', '2027-12-30', '2027-12-31'],
};

const CAL5: DeadlineSettings = DEFAULT_DEADLINES; // 5/5/5 calendar days, shift on
const CAL5_NOSHIFT: DeadlineSettings = { ...DEFAULT_DEADLINES, shiftToWorkingDay: false };
const WORK5: DeadlineSettings = { ...DEFAULT_DEADLINES, unit: 'working' };

describe('isWorkingDay / nonWorkingReason', () => {
  it.each([
    ['2027-04-01', NONE, true, null], // Thursday
    ['2027-03-26', NONE, true, null], // Goede Vrijdag is a working day
    ['2027-03-27', NONE, false, 'weekend'],
    ['2027-03-28', NONE, false, 'Eerste Paasdag'], // a Sunday, but the holiday name says more
    ['2027-03-29', NONE, false, 'Tweede Paasdag'],
    ['2027-12-27', NONE, true, null], // Monday after Christmas, normally open
    ['2027-12-27', XMAS_2027, false, 'gesloten dag'],
    ['2027-12-31', XMAS_2027, false, 'gesloten dag'],
    ['2028-01-03', XMAS_2027, true, null],
    ['2025-05-05', NONE, false, 'Bevrijdingsdag'], // Monday, lustrum year
    ['2026-05-05', NONE, true, null], // Tuesday, no lustrum
  ])('%s → working %s (%s)', (date, cal, working, reason) => {
    expect(isWorkingDay(date, cal)).toBe(working);
    expect(nonWorkingReason(date, cal)).toBe(reason);
  });
});

describe('addWorkingDays', () => {
  it.each([
    // Thursday 1 April 2027, 5 back: 31/3 (1), 30/3 (2), 29/3 Tweede Paasdag, 28/3 + 27/3 weekend,
    // 26/3 (3), 25/3 (4), 24/3 (5).
    ['2027-04-01', -5, NONE, '2027-03-24'],
    // forward: 2/4 (1), 5/4 (2), 6/4 (3), 7/4 (4), 8/4 (5).
    ['2027-04-01', 5, NONE, '2027-04-08'],
    ['2027-04-01', 0, NONE, '2027-04-01'],
    ['2027-03-27', 0, NONE, '2027-03-27'], // 0 leaves even a Saturday alone
    ['2027-03-27', 1, NONE, '2027-03-30'], // Sat → Sun, Easter Monday skipped → Tue
    ['2027-12-24', 1, XMAS_2027, '2028-01-03'], // Fri → over Christmas, closed week, New Year (Sat) → Mon
  ])('%s %+d → %s', (date, n, cal, expected) => {
    expect(addWorkingDays(date, n, cal)).toBe(expected);
  });
});

describe('computeDeadlines', () => {
  it.each<[string, string, DeadlineSettings, WorkCalendar, string, string, string]>([
    // ── The worked example: Thursday 1 April 2027, 5 calendar days, shift on.
    //    D−5 = Sat 27/3 → earlier → Fri 26/3 (Goede Vrijdag, a working day). D+5 = Tue 6/4.
    ['worked example', '2027-04-01', CAL5, NONE, '2027-03-26', '2027-03-26', '2027-04-06'],
    ['worked example, shift off', '2027-04-01', CAL5_NOSHIFT, NONE, '2027-03-27', '2027-03-27', '2027-04-06'],
    // ── Easter 2027 (Sun 28/3, Mon 29/3).
    //    Wed 24/3: D−5 = Fri 19/3; D+5 = Mon 29/3 Tweede Paasdag → later → Tue 30/3.
    ['minutes on Tweede Paasdag 2027', '2027-03-24', CAL5, NONE, '2027-03-19', '2027-03-19', '2027-03-30'],
    ['same, shift off', '2027-03-24', CAL5_NOSHIFT, NONE, '2027-03-19', '2027-03-19', '2027-03-29'],
    //    Thu 1/4 with 3 days before: D−3 = Mon 29/3 (holiday) → Sun 28/3 (Easter) → Sat 27/3 → Fri 26/3.
    //    Submission 7: D−7 = Thu 25/3 stays.
    [
      'distribution on Tweede Paasdag, walks back over Easter',
      '2027-04-01',
      { ...CAL5, submissionDays: 7, distributionDays: 3 },
      NONE,
      '2027-03-25',
      '2027-03-26',
      '2027-04-06',
    ],
    //    Working mode, Thu 1/4: back 31/3, 30/3, (29/3 holiday, weekend), 26/3, 25/3, 24/3 → 24/3;
    //    forward 2/4, 5/4, 6/4, 7/4, 8/4 → 8/4.
    ['working mode over Easter 2027', '2027-04-01', WORK5, NONE, '2027-03-24', '2027-03-24', '2027-04-08'],
    // ── Easter 2026 (Sun 5/4, Mon 6/4); Goede Vrijdag 3/4 is a working day.
    //    Fri 10/4: D−5 = Sun 5/4 → Sat 4/4 → Fri 3/4. D+5 = Wed 15/4.
    ['submission on Easter Sunday 2026', '2026-04-10', CAL5, NONE, '2026-04-03', '2026-04-03', '2026-04-15'],
    //    Working mode Thu 9/4: back 8/4, 7/4, (6/4 holiday, 5/4, 4/4), 3/4, 2/4, 1/4 → 1/4;
    //    forward 10/4, (11-12 weekend) 13/4, 14/4, 15/4, 16/4 → 16/4.
    ['working mode over Easter 2026', '2026-04-09', WORK5, NONE, '2026-04-01', '2026-04-01', '2026-04-16'],
    // ── Easter 2028 (Sun 16/4, Mon 17/4). Wed 12/4: D−5 = Fri 7/4; D+5 = Mon 17/4 → Tue 18/4.
    ['minutes on Tweede Paasdag 2028', '2028-04-12', CAL5, NONE, '2028-04-07', '2028-04-07', '2028-04-18'],
    // ── Ascension and Whitsun 2027 (Thu 6/5; Sun 16/5, Mon 17/5).
    //    Tue 11/5: D−5 = Thu 6/5 Hemelvaart → Wed 5/5 (no Bevrijdingsdag in 2027).
    //    D+5 = Sun 16/5 Pinksteren → Mon 17/5 Tweede Pinksterdag → Tue 18/5.
    [
      'Hemelvaart before, Pinksteren after (2027)',
      '2027-05-11',
      CAL5,
      NONE,
      '2027-05-05',
      '2027-05-05',
      '2027-05-18',
    ],
    // ── Ascension and Whitsun 2026 (Thu 14/5; Mon 25/5).
    //    Tue 19/5: D−5 = Thu 14/5 → Wed 13/5. D+5 = Sun 24/5 → Mon 25/5 → Tue 26/5.
    ['Hemelvaart and Pinksteren 2026', '2026-05-19', CAL5, NONE, '2026-05-13', '2026-05-13', '2026-05-26'],
    //    Wed 20/5: D−5 = Fri 15/5 (the bridge day after Hemelvaart is a working day). D+5 = Mon 25/5 → Tue 26/5.
    ['Tweede Pinksterdag 2026', '2026-05-20', CAL5, NONE, '2026-05-15', '2026-05-15', '2026-05-26'],
    // ── Ascension 2028 (Thu 25/5). Tue 30/5: D−5 = Thu 25/5 → Wed 24/5. D+5 = Sun 4/6 Pinksteren → Mon 5/6 → Tue 6/6.
    ['Hemelvaart and Pinksteren 2028', '2028-05-30', CAL5, NONE, '2028-05-24', '2028-05-24', '2028-06-06'],
    // ── Koningsdag.
    //    2026: Mon 27/4. Wed 22/4: D+5 = Mon 27/4 → Tue 28/4.
    ['minutes on Koningsdag 2026', '2026-04-22', CAL5, NONE, '2026-04-17', '2026-04-17', '2026-04-28'],
    //    2028: Thu 27/4. Tue 2/5: D−5 = Thu 27/4 → Wed 26/4; D+5 = Sun 7/5 → Mon 8/5.
    ['submission on Koningsdag 2028', '2028-05-02', CAL5, NONE, '2028-04-26', '2028-04-26', '2028-05-08'],
    //    2025: 27/4 is a Sunday so Koningsdag is Sat 26/4. Thu 1/5/2025: D−5 = Sat 26/4 → Fri 25/4; D+5 = Tue 6/5.
    ['Koningsdag on Saturday 2025', '2025-05-01', CAL5, NONE, '2025-04-25', '2025-04-25', '2025-05-06'],
    //    2031: also Sat 26/4. Wed 30/4/2031, working mode: back 29/4, 28/4, (27/4 Sun, 26/4 Sat), 25/4, 24/4, 23/4 → 23/4;
    //    forward 1/5 Thu, 2/5 Fri, (3-4 weekend) 5/5 Mon (2031: no lustrum), 6/5, 7/5 → 7/5.
    [
      'Koningsdag on Saturday 2031, working',
      '2031-04-30',
      WORK5,
      NONE,
      '2031-04-23',
      '2031-04-23',
      '2031-05-07',
    ],
    // ── Bevrijdingsdag.
    //    2025 (lustrum, Mon 5/5): Wed 30/4: D−5 = Fri 25/4; D+5 = Mon 5/5 → Tue 6/5.
    ['minutes on Bevrijdingsdag 2025', '2025-04-30', CAL5, NONE, '2025-04-25', '2025-04-25', '2025-05-06'],
    //    2026 (no lustrum, Tue 5/5): Thu 30/4: D−5 = Sat 25/4 → Fri 24/4; D+5 = Tue 5/5 stays.
    ['5 May 2026 is a working day', '2026-04-30', CAL5, NONE, '2026-04-24', '2026-04-24', '2026-05-05'],
    //    Working mode, Wed 30/4/2025: back 29, 28, (27 Sun, 26 Sat Koningsdag), 25, 24, 23/4 → 23/4;
    //    forward 1/5 Thu, 2/5 Fri, (3-4 weekend, 5/5 Bevrijdingsdag) 6/5, 7/5, 8/5 → 8/5.
    [
      'working mode over Bevrijdingsdag 2025',
      '2025-04-30',
      WORK5,
      NONE,
      '2025-04-23',
      '2025-04-23',
      '2025-05-08',
    ],
    //    Working mode, Thu 30/4/2026: back 29, 28, (27 Mon Koningsdag, 26, 25 weekend), 24, 23, 22/4 → 22/4;
    //    forward 1/5 Fri, (2-3 weekend) 4/5, 5/5 (counts in 2026), 6/5, 7/5 → 7/5.
    ['working mode, 5 May 2026 counts', '2026-04-30', WORK5, NONE, '2026-04-22', '2026-04-22', '2026-05-07'],
    //    2025, 3 days before Thu 8/5: D−3 = Mon 5/5 Bevrijdingsdag → Sun → Sat → Fri 2/5. D+5 = Tue 13/5.
    [
      'distribution on Bevrijdingsdag 2025',
      '2025-05-08',
      { ...CAL5, distributionDays: 3 },
      NONE,
      '2025-05-02', // submission still 5: D−5 = Sat 3/5 → Fri 2/5
      '2025-05-02',
      '2025-05-13',
    ],
    //    2030 (lustrum, but 5/5 is a Sunday): Tue 30/4/2030: D−5 = Thu 25/4; D+5 = Sun 5/5 → Mon 6/5.
    ['Bevrijdingsdag 2030 on a Sunday', '2030-04-30', CAL5, NONE, '2030-04-25', '2030-04-25', '2030-05-06'],
    //    Working mode Fri 3/5/2030: back 2/5, 1/5, 30/4, 29/4, (28 Sun, 27 Sat Koningsdag) 26/4 → 26/4;
    //    forward (4 Sat, 5 Sun Bevrijdingsdag) 6/5, 7/5, 8/5, 9/5, 10/5 → 10/5 (Hemelvaart 2030 is 30/5).
    ['working mode, May 2030', '2030-05-03', WORK5, NONE, '2030-04-26', '2030-04-26', '2030-05-10'],
    // ── Christmas to New Year 2027 (Sat 25/12, Sun 26/12; 1/1/2028 is a Saturday).
    //    Tue 21/12: D+5 = Sun 26/12 → Mon 27/12 (open without closed days).
    ['minutes at Christmas 2027', '2027-12-21', CAL5, NONE, '2027-12-16', '2027-12-16', '2027-12-27'],
    //    with closed days 27-31/12: → 1/1 Sat → 2/1 Sun → Mon 3/1/2028.
    [
      'minutes at Christmas 2027, closed week',
      '2027-12-21',
      CAL5,
      XMAS_2027,
      '2027-12-16',
      '2027-12-16',
      '2028-01-03',
    ],
    //    Tue 4/1/2028: D−5 = Thu 30/12 (open) / closed → 29, 28, 27 closed, 26, 25 weekend → Fri 24/12.
    //    D+5 = Sun 9/1 → Mon 10/1.
    ['January meeting, open week', '2028-01-04', CAL5, NONE, '2027-12-30', '2027-12-30', '2028-01-10'],
    ['January meeting, closed week', '2028-01-04', CAL5, XMAS_2027, '2027-12-24', '2027-12-24', '2028-01-10'],
    [
      'January meeting, closed week, shift off',
      '2028-01-04',
      CAL5_NOSHIFT,
      XMAS_2027,
      '2027-12-30',
      '2027-12-30',
      '2028-01-09',
    ],
    //    Working mode, Thu 6/1/2028: back 5/1, 4/1, 3/1, (2/1, 1/1, 31-27/12 closed, 26/12, 25/12), 24/12, 23/12 → 23/12;
    //    forward 7/1 Fri, 10/1, 11/1, 12/1, 13/1 → 13/1.
    [
      'working mode across the holiday week',
      '2028-01-06',
      WORK5,
      XMAS_2027,
      '2027-12-23',
      '2027-12-23',
      '2028-01-13',
    ],
    //    Without the closed days: back 5/1, 4/1, 3/1, 31/12, 30/12 → 30/12.
    ['working mode, no closed days', '2028-01-06', WORK5, NONE, '2027-12-30', '2027-12-30', '2028-01-13'],
    // ── Year end 2026/2027 (Christmas Fri 25/12, Sat 26/12; 1/1/2027 is a Friday).
    //    Mon 4/1/2027: D−5 = Wed 30/12/2026 (working). D+5 = Sat 9/1 → Mon 11/1.
    [
      'submission in the previous December',
      '2027-01-04',
      CAL5,
      NONE,
      '2026-12-30',
      '2026-12-30',
      '2027-01-11',
    ],
    //    Wed 6/1/2027: D−5 = Fri 1/1 Nieuwjaarsdag → Thu 31/12/2026.
    ['submission on Nieuwjaarsdag', '2027-01-06', CAL5, NONE, '2026-12-31', '2026-12-31', '2027-01-11'],
    //    Wed 30/12/2026: D−5 = Fri 25/12 Eerste Kerstdag → Thu 24/12. D+5 = Mon 4/1/2027.
    [
      'submission on Eerste Kerstdag 2026',
      '2026-12-30',
      CAL5,
      NONE,
      '2026-12-24',
      '2026-12-24',
      '2027-01-04',
    ],
    //    Working mode, Mon 4/1/2027: back (3/1, 2/1 weekend, 1/1 holiday) 31/12, 30/12, 29/12, 28/12,
    //    (27/12 Sun, 26/12 Sat + Tweede Kerstdag, 25/12 Eerste Kerstdag) 24/12 → 24/12/2026.
    ['working mode over New Year', '2027-01-04', WORK5, NONE, '2026-12-24', '2026-12-24', '2027-01-11'],
    // ── Different numbers per deadline.
    //    Thu 1/4/2027, submission 10, distribution 5, minutes 10, calendar:
    //    D−10 = Mon 22/3; D−5 = Sat 27/3 → Fri 26/3; D+10 = Sun 11/4 → Mon 12/4.
    [
      'different numbers',
      '2027-04-01',
      { ...CAL5, submissionDays: 10, minutesDays: 10 },
      NONE,
      '2027-03-22',
      '2027-03-26',
      '2027-04-12',
    ],
    //    0 days: the meeting day itself (a working day, no shift needed).
    [
      'zero days',
      '2027-04-01',
      { ...CAL5, submissionDays: 0, distributionDays: 0, minutesDays: 0 },
      NONE,
      '2027-04-01',
      '2027-04-01',
      '2027-04-01',
    ],
    //    Working mode with 10 days, Thu 1/4/2027: back 31, 30, 26, 25, 24, 23, 22, 19, 18, 17/3 → 17/3.
    [
      'working mode, 10 days',
      '2027-04-01',
      { ...WORK5, submissionDays: 10 },
      NONE,
      '2027-03-17',
      '2027-03-24',
      '2027-04-08',
    ],
  ])('%s (%s)', (_label, meeting, settings, cal, submission, distribution, minutes) => {
    expect(computeDeadlines(meeting, settings, cal)).toEqual({ submission, distribution, minutes });
  });

  it('working mode ignores shiftToWorkingDay (results are working days by construction)', () => {
    const a = computeDeadlines('2027-04-01', { ...WORK5, shiftToWorkingDay: true }, NONE);
    const b = computeDeadlines('2027-04-01', { ...WORK5, shiftToWorkingDay: false }, NONE);
    expect(a).toEqual(b);
  });

  it.each([{ submissionDays: -1 }, { distributionDays: 2.5 }, { minutesDays: Number.NaN }])(
    'rejects invalid settings %o',
    (bad) => {
      expect(() => computeDeadlines('2027-04-01', { ...CAL5, ...bad }, NONE)).toThrow(RangeError);
    },
  );
});

describe('isLateSubmission (the deadline is the end of its day)', () => {
  it.each([
    ['2027-03-26T00:00', '2027-03-26', false],
    ['2027-03-26T23:59', '2027-03-26', false], // last minute of the deadline day: on time
    ['2027-03-27T00:00', '2027-03-26', true], // first minute after: late
    ['2027-03-25T10:00', '2027-03-26', false],
    ['2027-04-01T09:00', '2027-03-26', true], // on the meeting day itself
    ['2026-12-31T16:00', '2027-01-01', false], // across a year end
    ['2028-01-01T00:00', '2027-12-31', true],
  ])('submitted %s, deadline %s → late %s', (at, deadline, late) => {
    expect(isLateSubmission(at, deadline)).toBe(late);
  });
});

describe('daysUntil', () => {
  it.each([
    ['2027-03-26', '2027-04-01', 6],
    ['2027-04-01', '2027-03-26', -6], // past
    ['2027-04-01', '2027-04-01', 0],
    ['2026-12-30', '2027-01-04', 5], // across the year end
    ['2028-02-28', '2028-03-01', 2], // leap year
    ['2027-02-28', '2027-03-01', 1],
    ['2027-03-27', '2027-03-29', 2], // across DST start (28 March 2027)
  ])('from %s to %s → %d', (today, date, n) => {
    expect(daysUntil(today, date)).toBe(n);
  });
});
