// REGIE_NOW's fixed clock, and the mover the end-to-end tests use in the desktop app (e2e.setNow).
import { describe, expect, it } from 'vitest';
import { clockFromEnv, movableClockFromEnv } from '../../electron/services/fixed-clock';

describe('the fixed clock of REGIE_NOW', () => {
  it('is the real clock when REGIE_NOW is empty, and refuses a moment that is none', () => {
    expect(clockFromEnv(undefined)).toBeUndefined();
    expect(clockFromEnv('  ')).toBeUndefined();
    expect(movableClockFromEnv('')).toBeUndefined();
    expect(() => clockFromEnv('morgen')).toThrow('REGIE_NOW is geen geldig tijdstip: morgen');
  });

  it('can be moved to a later moment, and a bad moment leaves it where it was', () => {
    const clock = movableClockFromEnv('2026-11-23T08:00:00Z')!;
    expect(clock.now().toISOString()).toBe('2026-11-23T08:00:00.000Z');
    clock.move('2026-12-18T10:30:00Z');
    expect(clock.now().toISOString()).toBe('2026-12-18T10:30:00.000Z');
    expect(() => clock.move('gisteren')).toThrow('Geen geldig tijdstip: gisteren');
    expect(clock.now().toISOString()).toBe('2026-12-18T10:30:00.000Z');
  });
});
