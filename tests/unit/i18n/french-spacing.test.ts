/**
 * French puts a narrow no-break space before : ; ! ? ("Pour citer :", "Période : 2024"). The
 * review found both styles side by side; every French UI string and every labelled field
 * ("{label}:" through `ui.field`) now follows the rule.
 */
import { describe, expect, it } from 'vitest';
import { locales, useTranslations } from '~/i18n/locales';

const NNBSP = '\u202f';

describe('French UI strings', () => {
  it('put a narrow no-break space, and nothing else, before : ; ! ?', () => {
    for (const [key, value] of Object.entries(locales.fr.ui)) {
      for (const match of value.matchAll(/(.)([:;!?])/gu)) {
        expect(match[1], `${key}: ${JSON.stringify(value)}`).toBe(NNBSP);
      }
    }
  });

  it('label fields the same way', () => {
    expect(useTranslations('fr')('ui.field', { label: 'Période' })).toBe(`Période${NNBSP}:`);
    expect(useTranslations('nl')('ui.field', { label: 'Periode' })).toBe('Periode:');
  });
});
