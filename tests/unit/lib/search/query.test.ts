import { describe, expect, it } from 'vitest';
import { hasWordStartingWith, isPhraseQuery, queryWords } from '~/lib/search/query';

describe('queryWords', () => {
  it('reads a query as Pagefind does: punctuation dropped, lower case, diacritics folded', () => {
    expect(queryWords('  Rio Tinto, CO2-uitstoot ', 'nl')).toEqual(['rio', 'tinto', 'co2uitstoot']);
    expect(queryWords('118.909', 'nl')).toEqual(['118909']);
    expect(queryWords('Hydrogène', 'fr')).toEqual(['hydrogene']);
    expect(queryWords('perskamer.example.org', 'nl')).toEqual(['perskamerexampleorg']);
    expect(queryWords(' — ', 'en')).toEqual([]);
  });

  it('knows a quoted phrase', () => {
    expect(isPhraseQuery('"Rio Tinto"')).toBe(true);
    expect(isPhraseQuery('Rio "Tinto"')).toBe(false);
  });
});

describe('hasWordStartingWith', () => {
  it('finds a word that begins with the query word, across case, diacritics and punctuation', () => {
    expect(hasWordStartingWith('Het windpark levert stroom.', 'wind')).toBe(true);
    expect(hasWordStartingWith('l’hydrogène produit sur place', 'hydrogene')).toBe(true);
    expect(hasWordStartingWith('De CO2-uitstoot daalt', 'uitstoot')).toBe(true);
    expect(hasWordStartingWith('Ilse BrouwerManaging Director', 'brouwer')).toBe(true);
  });

  it('does not take a shorter word for a longer one: "als" is no match for "aluminum"', () => {
    expect(hasWordStartingWith('Citeren als: 70 procent minder CO2 dan aluminium', 'aluminum')).toBe(false);
    expect(hasWordStartingWith('a high share of secondary material', 'aluminum')).toBe(false);
  });
});
