import { describe, expect, it } from 'vitest';
import { excerpt } from '~/lib/authoring/import/index';

describe('excerpt', () => {
  it('cuts after a whole word and says it did', () => {
    expect(excerpt('Op donderdag 20 maart om 14.00 uur is er een persbijeenkomst.', 30)).toBe(
      'Op donderdag 20 maart om 14.00…',
    );
    expect(excerpt('Aanmelden kan tot 18 maart. Daarna niet meer.', 30)).toBe(
      'Aanmelden kan tot 18 maart. …',
    );
  });

  it('leaves a short text whole, on one line', () => {
    expect(excerpt('Niet voor\npublicatie.', 80)).toBe('Niet voor publicatie.');
  });
});
