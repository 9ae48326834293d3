import { describe, expect, it } from 'vitest';
import { clockNote } from '~/lib/model/clock';

const real = new Date('2026-12-01T08:00:00Z');

describe('clockNote', () => {
  it('prints the real time when PRESS_NOW is not set', () => {
    const note = clockNote({}, real, 'Europe/Amsterdam');
    expect(note.line).toBe('build clock: 2026-12-01T09:00:00+01:00 (real time)');
    expect(note.now).toEqual(real);
    expect(note.warning).toBeUndefined();
  });

  it('prints PRESS_NOW, without a warning within a day of the real time', () => {
    const note = clockNote({ PRESS_NOW: '2026-12-02T08:30:00+01:00' }, real, 'Europe/Amsterdam');
    expect(note.line).toBe('build clock: 2026-12-02T08:30:00+01:00 (from PRESS_NOW)');
    expect(note.warning).toBeUndefined();
  });

  it('warns loudly when PRESS_NOW is more than a day ahead: embargoes would lift early', () => {
    const note = clockNote({ PRESS_NOW: '2099-01-01T00:00:00Z' }, real, 'Europe/Amsterdam');
    expect(note.warning).toMatch(/^WARNING: PRESS_NOW is \d+\.\d days ahead of the real time/);
    expect(note.warning).toMatch(/embargoed news may be published early/);
  });

  it('warns when PRESS_NOW is far behind: public releases would be held back', () => {
    const note = clockNote({ PRESS_NOW: '2026-11-29T09:00:00+01:00' }, real, 'Europe/Amsterdam');
    expect(note.warning).toMatch(/2\.0 days behind the real time .*held back/);
  });
});
