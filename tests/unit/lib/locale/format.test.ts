import { describe, expect, it } from 'vitest';
import { formatFigure, formatNumber, formatQuantity } from '~/lib/locale/format';

const NBSP = '\u00a0';
const NNBSP = '\u202f';

describe('formatNumber', () => {
  it('uses each language’s separators', () => {
    expect(formatNumber(118909, 'nl')).toBe('118.909');
    expect(formatNumber(118909, 'en')).toBe('118,909');
    expect(formatNumber(118909, 'de')).toBe('118.909');
    expect(formatNumber(118909, 'fr')).toBe(`118${NNBSP}909`);
    expect(formatNumber(16.5, 'nl')).toBe('16,5');
    expect(formatNumber(16.5, 'en')).toBe('16.5');
  });

  it('writes millions and billions in words', () => {
    expect(formatNumber(16_100_000_000, 'nl')).toBe('16,1 miljard');
    expect(formatNumber(16_100_000_000, 'en')).toBe('16.1 billion');
    expect(formatNumber(16_100_000_000, 'de')).toBe('16,1 Milliarden');
    expect(formatNumber(16_100_000_000, 'fr')).toBe('16,1 milliards');
    expect(formatNumber(2_399_636, 'nl')).toBe('2,4 miljoen');
  });
});

describe('formatQuantity', () => {
  it('places currency as each language does', () => {
    expect(formatQuantity(16_100_000_000, 'EUR', 'nl')).toBe('€ 16,1 miljard');
    expect(formatQuantity(111_200_000_000, 'EUR', 'en')).toBe('€111.2 billion');
    expect(formatQuantity(16_100_000_000, 'EUR', 'de')).toBe('16,1 Milliarden Euro');
    expect(formatQuantity(16_100_000_000, 'EUR', 'fr')).toBe('16,1 milliards d’euros');
    expect(formatQuantity(250, 'EUR', 'fr')).toBe(`250${NBSP}€`);
    expect(formatQuantity(250, 'EUR', 'de')).toBe('250 €');
  });

  it('writes units in words', () => {
    expect(formatQuantity(1200, 'tonnes-co2e', 'nl')).toBe('1.200 ton CO2-equivalent');
    expect(formatQuantity(1200, 'tonnes', 'en')).toBe('1,200 tonnes');
    expect(formatQuantity(48000, 'MWh', 'fr')).toBe(`48${NNBSP}000${NBSP}MWh`);
    expect(formatQuantity(30, 'count', 'de')).toBe('30');
  });
});

describe('formatFigure', () => {
  it('reads a percentage with its qualifier in four languages', () => {
    const figure = { value: 70, unit: 'percent', qualifier: 'about' } as const;
    expect(formatFigure(figure, 'nl')).toBe('ongeveer 70 procent');
    expect(formatFigure(figure, 'en')).toBe('about 70%');
    expect(formatFigure(figure, 'de')).toBe('etwa 70 Prozent');
    expect(formatFigure(figure, 'fr')).toBe(`environ 70${NBSP}%`);
  });

  it('handles every qualifier', () => {
    const at = (qualifier: 'up-to' | 'at-least' | 'more-than' | 'exactly') =>
      formatFigure({ value: 50, unit: 'percent', qualifier }, 'nl');
    expect(at('up-to')).toBe('tot 50 procent');
    expect(at('at-least')).toBe('ten minste 50 procent');
    expect(at('more-than')).toBe('meer dan 50 procent');
    expect(at('exactly')).toBe('50 procent');
    expect(formatFigure({ value: 50, unit: 'percent' }, 'fr')).toBe(`50${NBSP}%`);
    expect(formatFigure({ value: 50, unit: 'percent', qualifier: 'up-to' }, 'de')).toBe('bis zu 50 Prozent');
  });
});
