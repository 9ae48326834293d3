import { describe, expect, it } from 'vitest';
import { readClock } from '~/lib/model/clock';

const real = new Date('2026-12-01T08:00:00Z');

describe('readClock', () => {
  it('reads the real time when PRESS_NOW is not set', () => {
    const note = readClock({}, real, 'Europe/Amsterdam');
    expect(note).toEqual({
      now: real,
      fromEnv: false,
      line: 'build clock: 2026-12-01T09:00:00+01:00 (real time)',
    });
  });

  it('reads PRESS_NOW, without a warning within a day of the real time', () => {
    const note = readClock({ PRESS_NOW: '2026-12-02T08:30:00+01:00' }, real, 'Europe/Amsterdam');
    expect(note.fromEnv).toBe(true);
    expect(note.now.toISOString()).toBe('2026-12-02T07:30:00.000Z');
    expect(note.line).toBe('build clock: 2026-12-02T08:30:00+01:00 (from PRESS_NOW)');
    expect(note.warning).toBeUndefined();
  });

  it('warns loudly when PRESS_NOW is far from the real time', () => {
    const note = readClock({ PRESS_NOW: '2099-01-01T00:00:00Z' }, real, 'Europe/Amsterdam');
    expect(note.warning).toMatch(
      /^WARNING: PRESS_NOW \(2099-01-01T00:00:00Z\) is \d+\.\d days ahead of the real time/,
    );
  });
});
