import { describe, expect, it } from 'vitest';
import {
  amsterdamParts,
  dutchWeekday,
  formatDutchDate,
  formatDutchDateShort,
  formatDutchMoment,
  formatDutchMonth,
  formatDutchTimeRange,
} from '../../shared/rules/dutchDate';

describe('formatDutchDate', () => {
  it('writes weekday, day, month and year in Dutch', () => {
    expect(formatDutchDate('2026-12-08')).toBe('dinsdag 8 december 2026');
    expect(formatDutchDate('2027-05-05')).toBe('woensdag 5 mei 2027');
    expect(formatDutchDate('2028-02-29')).toBe('dinsdag 29 februari 2028');
    expect(formatDutchDate('2026-03-01', { weekday: false })).toBe('1 maart 2026');
  });

  it('gives every weekday its Dutch name', () => {
    const days = [
      '2026-12-06',
      '2026-12-07',
      '2026-12-08',
      '2026-12-09',
      '2026-12-10',
      '2026-12-11',
      '2026-12-12',
    ];
    expect(days.map(dutchWeekday)).toEqual([
      'zondag',
      'maandag',
      'dinsdag',
      'woensdag',
      'donderdag',
      'vrijdag',
      'zaterdag',
    ]);
  });

  it('rejects what is not a real day', () => {
    for (const bad of ['2027-02-29', '2026-13-01', '2026-1-5', '', '08-12-2026', '2026-12-08T10:00']) {
      expect(() => formatDutchDate(bad)).toThrow(RangeError);
    }
  });

  it('does not depend on the machine timezone', () => {
    // The date is computed with Date.UTC only; a process TZ far from Amsterdam gives the same text.
    const before = process.env.TZ;
    try {
      process.env.TZ = 'Pacific/Kiritimati';
      expect(formatDutchDate('2026-12-08')).toBe('dinsdag 8 december 2026');
      process.env.TZ = 'America/Los_Angeles';
      expect(formatDutchDate('2026-12-08')).toBe('dinsdag 8 december 2026');
    } finally {
      if (before === undefined) delete process.env.TZ;
      else process.env.TZ = before;
    }
  });
});

describe('short and month forms', () => {
  it('abbreviates months the Dutch way', () => {
    expect(formatDutchDateShort('2026-12-08')).toBe('8 dec. 2026');
    expect(formatDutchDateShort('2026-03-14')).toBe('14 mrt. 2026');
    expect(formatDutchDateShort('2026-05-01')).toBe('1 mei 2026');
    expect(formatDutchMonth('2027-01-12')).toBe('januari 2027');
  });

  it('writes time ranges', () => {
    expect(formatDutchTimeRange('09:30', '11:30')).toBe('09:30 – 11:30 uur');
    expect(formatDutchTimeRange('09:30')).toBe('09:30 uur');
    expect(() => formatDutchTimeRange('9:30')).toThrow(RangeError);
  });
});

describe('moments in Europe/Amsterdam', () => {
  it('shows winter time (UTC+1)', () => {
    expect(formatDutchMoment('2026-11-30T13:05:00Z')).toBe('maandag 30 november 2026 om 14:05');
    expect(amsterdamParts('2026-11-30T13:05:00Z')).toEqual({
      date: '2026-11-30',
      time: '14:05',
      offsetMinutes: 60,
    });
  });

  it('shows summer time (UTC+2) and crosses midnight into the local day', () => {
    expect(formatDutchMoment('2026-06-30T22:30:00Z')).toBe('woensdag 1 juli 2026 om 00:30');
    expect(amsterdamParts('2026-06-30T22:30:00Z').offsetMinutes).toBe(120);
  });

  it('handles the DST switch of 29 March 2026', () => {
    expect(amsterdamParts('2026-03-29T00:59:00Z').time).toBe('01:59');
    expect(amsterdamParts('2026-03-29T01:00:00Z').time).toBe('03:00');
  });

  it('has a short style and rejects garbage', () => {
    expect(formatDutchMoment('2026-12-03T08:15:00Z', { style: 'short' })).toBe('3 dec. 2026 09:15');
    expect(formatDutchMoment(new Date('2026-12-03T08:15:00Z'), { weekday: false })).toBe(
      '3 december 2026 om 09:15',
    );
    expect(() => formatDutchMoment('gisteren')).toThrow(RangeError);
  });
});
