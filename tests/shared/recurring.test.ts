import { describe, expect, it } from 'vitest';
import { DEFAULT_RECURRING, type RecurringItemSetting } from '../../shared/domain/types';
import { dueRecurringItems, isDueMonth } from '../../shared/rules/recurring';

// The defaults: dashboard every 2 months from January → 1, 3, 5, 7, 9, 11;
// jaarplan-voortgang every 4 months from February → 2, 6, 10;
// jaarplan-input every 12 months from September, only in 9 and 10 → 9.
const keys = (settings: RecurringItemSetting[]): string[] => settings.map((s) => s.key);

function setting(extra: Partial<RecurringItemSetting>): RecurringItemSetting {
  return { key: 'x', title: 'X', kind: 'informerend', everyMonths: 1, startMonth: 1, ...extra };
}

describe('isDueMonth', () => {
  const [dashboard, voortgang, input] = DEFAULT_RECURRING as [
    RecurringItemSetting,
    RecurringItemSetting,
    RecurringItemSetting,
  ];
  it.each([
    [1, true, false, false],
    [2, false, true, false],
    [3, true, false, false],
    [6, false, true, false],
    [9, true, false, true],
    [10, false, true, false], // 10 is in `months` but not a multiple of 12 from September
    [11, true, false, false],
    [12, false, false, false],
  ])('month %d: dashboard %s, voortgang %s, input %s', (m, d, v, i) => {
    expect([isDueMonth(dashboard, m), isDueMonth(voortgang, m), isDueMonth(input, m)]).toEqual([d, v, i]);
  });
  it.each([
    [setting({ everyMonths: 5, startMonth: 1 }), [1, 6, 11]], // restarts every calendar year
    [setting({ everyMonths: 3, startMonth: 11 }), [2, 5, 8, 11]], // months before the start month count too
    [setting({ everyMonths: 1, startMonth: 1, months: [6, 12] }), [6, 12]],
    [setting({ everyMonths: 0, startMonth: 1 }), []], // invalid rhythm: never due
  ])('%o → due in %j', (s, months) => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].filter((m) => isDueMonth(s, m))).toEqual(months);
  });
});

describe('dueRecurringItems (due months in (previous meeting, this meeting] by month)', () => {
  it.each<[string, string, string | null, string[]]>([
    ['monthly: January', '2027-01-14', '2026-12-10', ['dashboard']],
    ['monthly: February', '2027-02-11', '2027-01-14', ['jaarplan-voortgang']],
    ['monthly: March', '2027-03-11', '2027-02-11', ['dashboard']],
    ['monthly: April (nothing due)', '2027-04-08', '2027-03-11', []],
    ['March skipped: April picks up the dashboard of March', '2027-04-08', '2027-02-11', ['dashboard']],
    ['second meeting in the same month: already covered', '2027-01-28', '2027-01-14', []],
    ['first meeting of the body, January', '2027-01-14', null, ['dashboard']],
    ['first meeting of the body, February: nothing from before', '2027-02-11', null, ['jaarplan-voortgang']],
    ['first meeting of the body, April', '2027-04-08', null, []],
    // Nov 2026 → Jan 2027: months 12 and 1 → dashboard (1).
    ['across the year end', '2027-01-14', '2026-11-12', ['dashboard']],
    // Aug → Oct: months 9 and 10 → dashboard (9), voortgang (10), input (9).
    [
      'no meeting in September: October picks it all up',
      '2026-10-08',
      '2026-08-13',
      ['dashboard', 'jaarplan-voortgang', 'jaarplan-input'],
    ],
    [
      'September meeting held: October only the voortgang',
      '2026-10-08',
      '2026-09-10',
      ['jaarplan-voortgang'],
    ],
    ['September meeting', '2026-09-10', '2026-08-13', ['dashboard', 'jaarplan-input']],
    // Months are compared, not days: 31 Jan → 1 Feb is a new month.
    ['by month, not by day', '2027-02-01', '2027-01-31', ['jaarplan-voortgang']],
    [
      'a long gap (> 12 months) catches everything',
      '2028-04-06',
      '2027-01-14',
      ['dashboard', 'jaarplan-voortgang', 'jaarplan-input'],
    ],
    ['previous meeting after this one: nothing', '2027-01-14', '2027-03-11', []],
  ])('%s (%s, previous %s)', (_label, meeting, previous, expected) => {
    expect(keys(dueRecurringItems(DEFAULT_RECURRING, meeting, previous))).toEqual(expected);
  });

  it('keeps the order of the settings', () => {
    const settings = [setting({ key: 'b' }), setting({ key: 'a' })];
    expect(keys(dueRecurringItems(settings, '2027-05-12', '2027-04-14'))).toEqual(['b', 'a']);
  });
});
