import { describe, expect, it } from 'vitest';
import { MAX_SLUG_LENGTH, slugify, translationKeyFor } from '~/lib/authoring/slug';

describe('slugify', () => {
  it('strips accents and joins words with hyphens', () => {
    expect(slugify('Noordwind Energie opent zonnepark in Friesland')).toBe(
      'noordwind-energie-opent-zonnepark-in-friesland',
    );
    expect(slugify('München: 50 % weniger CO₂ für Straßen')).toBe('munchen-50-weniger-co2-fur-strassen');
    expect(slugify('À propos de l’usine « Lyon-Est »')).toBe('a-propos-de-lusine-lyon-est');
    expect(slugify('Ærø  —  Øresund')).toBe('aero-oresund');
  });

  it('matches the schema’s id pattern, or is empty when nothing is left', () => {
    for (const title of ['  Hallo!  ', '2024: het jaar', '---', '€ 16,1 miljard']) {
      expect(slugify(title)).toMatch(/^$|^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    }
    expect(slugify('!!!')).toBe('');
  });

  it('cuts long titles at a word boundary', () => {
    const slug = slugify('woord '.repeat(40));
    expect(slug.length).toBeLessThanOrEqual(MAX_SLUG_LENGTH);
    expect(slug.endsWith('woord')).toBe(true);
  });
});

describe('translationKeyFor', () => {
  it('adds a short random suffix to the slug', () => {
    expect(translationKeyFor('jaarcijfers-2024', () => 0.5)).toBe('jaarcijfers-2024-iii');
    expect(translationKeyFor('jaarcijfers-2024')).toMatch(/^jaarcijfers-2024-[a-z0-9]{3}$/);
  });
});
