import { describe, expect, it } from 'vitest';
import { formatShortDay } from '~/lib/locale/dates';

describe('formatShortDay', () => {
  it('abbreviates the month in each language and keeps the date on one line', () => {
    const shown = (lang: 'nl' | 'en' | 'de' | 'fr') =>
      formatShortDay('2022-12-31', lang).replaceAll('\u00a0', ' ');
    expect(shown('nl')).toBe('31 dec 2022');
    expect(shown('en')).toBe('31 Dec 2022');
    expect(shown('de')).toBe('31. Dez. 2022');
    expect(shown('fr')).toBe('31 déc. 2022');
  });

  it('reads the day as a calendar day, whatever the machine’s time zone', () => {
    expect(formatShortDay('2024-01-01', 'en')).toBe('1 Jan 2024');
  });
});
