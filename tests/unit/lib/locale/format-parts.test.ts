/** Key figures in parts (the page keeps number and unit together) and file sizes as readers see them. */
import { describe, expect, it } from 'vitest';
import { figureParts, formatBytes } from '~/lib/locale/format';

const NBSP = '\u00a0';
const NNBSP = '\u202f';

describe('figureParts', () => {
  it('sets the qualifier apart and parts a unit in words from the number', () => {
    expect(figureParts({ value: 58_800, unit: 'tonnes-co2e', qualifier: 'about' }, 'nl')).toEqual({
      qualifier: 'ongeveer',
      number: '58.800',
      unit: 'ton CO2-equivalent',
    });
    expect(figureParts({ value: 6, unit: 'count' }, 'nl')).toEqual({ qualifier: '', number: '6', unit: '' });
  });

  it('keeps a symbol, or a unit after a no-break space, with the number', () => {
    expect(figureParts({ value: 70, unit: 'percent', qualifier: 'about' }, 'en')).toMatchObject({
      number: '70%',
      unit: '',
    });
    expect(figureParts({ value: 12, unit: 'percent' }, 'fr')).toMatchObject({
      number: `12${NBSP}%`,
      unit: '',
    });
    expect(figureParts({ value: 11_600_000, unit: 'EUR' }, 'nl')).toMatchObject({
      number: '€ 11,6 miljoen',
      unit: '',
    });
    expect(figureParts({ value: 131_900, unit: 'MWh' }, 'fr').number).toBe(`131${NNBSP}900${NBSP}MWh`);
  });
});

describe('formatBytes', () => {
  it('writes sizes in decimal units, two significant digits, in the language’s words', () => {
    expect(formatBytes(512, 'nl')).toBe(`512${NBSP}byte`);
    expect(formatBytes(119_572, 'nl')).toBe(`120${NBSP}kB`);
    expect(formatBytes(4_598, 'en')).toBe(`4.6${NBSP}kB`);
    expect(formatBytes(2_450_000, 'de')).toBe(`2,5${NBSP}MB`);
    expect(formatBytes(2_450_000, 'fr')).toBe(`2,5${NNBSP}Mo`);
  });

  it('moves up a unit where rounding would reach 1000', () => {
    expect(formatBytes(999_600, 'en')).toBe(`1${NBSP}MB`);
  });
});
