// Dates and times typed the Dutch way: dd-mm-jjjj, 24-hour hh:mm, and the shortcuts ("1-4", "1 apr").
import { describe, expect, it } from 'vitest';
import { formatDateInput, monthFromName, parseDateInput, parseTimeInput } from '../../shared/rules/dateInput';

const today = '2026-11-24'; // a Tuesday

describe('parseDateInput', () => {
  it.each([
    ['01-04-2027', '2027-04-01'],
    ['1-4-2027', '2027-04-01'],
    ['1/4/2027', '2027-04-01'],
    ['1.4.2027', '2027-04-01'],
    ['01-04-27', '2027-04-01'],
    [' 1-4-2027 ', '2027-04-01'],
    ['2027-04-01', '2027-04-01'],
    ['29-2-2028', '2028-02-29'],
  ])('reads %s as day-month-year: %s', (typed, date) => {
    expect(parseDateInput(typed, today)).toBe(date);
  });

  it.each([
    ['1 apr', '2027-04-01'],
    ['1 april', '2027-04-01'],
    ['1 april 2027', '2027-04-01'],
    ['1-apr-2027', '2027-04-01'],
    ['1 apr. 27', '2027-04-01'],
    ['di 1 april 2027', '2027-04-01'],
    ['donderdag 1 april 2027', '2027-04-01'],
    ['3 mrt', '2027-03-03'],
    ['3 maa', '2027-03-03'],
    ['12 sept', '2026-09-12'],
    ['5 MEI', '2027-05-05'],
    ['17 okt.', '2026-10-17'],
  ])('knows the Dutch month names: %s is %s', (typed, date) => {
    expect(parseDateInput(typed, today)).toBe(date);
  });

  it('completes a day and month to the nearest such date, before or after today', () => {
    // Typed on 24 November 2026:
    expect(parseDateInput('1-4', today)).toBe('2027-04-01'); // next April (4 months) rather than 8 months ago
    expect(parseDateInput('1 4', today)).toBe('2027-04-01');
    expect(parseDateInput('20-11', today)).toBe('2026-11-20'); // four days ago
    expect(parseDateInput('2-12', today)).toBe('2026-12-02');
    expect(parseDateInput('20-5', today)).toBe('2027-05-20'); // 177 days ahead, not 188 days ago
    expect(parseDateInput('10-6', today)).toBe('2026-06-10'); // 167 days ago, not 198 days ahead
    // In January, "20-12" is last December.
    expect(parseDateInput('20-12', '2027-01-05')).toBe('2026-12-20');
    // 29 February without a year: the nearest leap day.
    expect(parseDateInput('29-2', '2027-11-01')).toBe('2028-02-29');
  });

  it('takes vandaag, morgen and gisteren', () => {
    expect(parseDateInput('vandaag', today)).toBe(today);
    expect(parseDateInput('Morgen', today)).toBe('2026-11-25');
    expect(parseDateInput('gisteren', today)).toBe('2026-11-23');
  });

  it.each([
    '',
    '31-2-2027',
    '32-1-2027',
    '0-1-2027',
    '1-13-2027',
    '29-2-2027',
    '4/1/2027x',
    '1 aprul',
    'ma',
    '1-4-1',
    '11/24/2026',
    '2027-02-30',
    '1 ap',
  ])('refuses %s', (typed) => {
    expect(parseDateInput(typed, today)).toBeNull();
  });

  it('reads the American order nowhere: 4/1/2027 is the 4th of January', () => {
    expect(parseDateInput('4/1/2027', today)).toBe('2027-01-04');
  });
});

describe('formatDateInput', () => {
  it('shows dd-mm-jjjj, and nothing for what is no date', () => {
    expect(formatDateInput('2027-04-01')).toBe('01-04-2027');
    expect(formatDateInput('2026-12-22')).toBe('22-12-2026');
    expect(formatDateInput('')).toBe('');
    expect(formatDateInput('2027-02-30')).toBe('');
  });

  it('reads back what it shows', () => {
    for (const d of ['2026-01-01', '2027-02-28', '2028-02-29', '2030-12-31'])
      expect(parseDateInput(formatDateInput(d), today)).toBe(d);
  });
});

describe('monthFromName', () => {
  it('needs three letters at least, and mrt is March', () => {
    expect(monthFromName('ja')).toBeNull();
    expect(monthFromName('jan')).toBe(1);
    expect(monthFromName('mrt')).toBe(3);
    expect(monthFromName('juni')).toBe(6);
    expect(monthFromName('jul')).toBe(7);
    expect(monthFromName('december')).toBe(12);
    expect(monthFromName('decembers')).toBeNull();
  });
});

describe('parseTimeInput', () => {
  it.each([
    ['09:30', '09:30'],
    ['9:30', '09:30'],
    ['9.30', '09:30'],
    ['9u30', '09:30'],
    ['930', '09:30'],
    ['0930', '09:30'],
    ['9', '09:00'],
    ['21', '21:00'],
    ['2115', '21:15'],
    ['0:00', '00:00'],
    ['23:59', '23:59'],
    ['14:00 uur', '14:00'],
  ])('reads %s as %s on the 24-hour clock', (typed, time) => {
    expect(parseTimeInput(typed)).toBe(time);
  });

  it.each(['', '24:00', '9:60', '9:5', '09:30 AM', '9.30pm', '12345', 'half tien'])('refuses %s', (typed) => {
    expect(parseTimeInput(typed)).toBeNull();
  });
});
