import { describe, expect, it } from 'vitest';
import { figureCitation, quoteCitation, type CitationSource } from '~/lib/views/citation';
import type { Lang } from '~/i18n/locales';

const NBSP = '\u00a0';
const URL = 'https://perskamer.example.org/x/2023/aluminium/';

const source = (lang: Lang, companies = ['BMW Group']): CitationSource => ({
  lang,
  companies,
  location: 'Rijswijk',
  date: new Date('2023-02-20T10:00:00+01:00'),
  url: URL,
  timeZone: 'Europe/Amsterdam',
});
const co2 = { id: 'co2', value: 70, unit: 'percent', qualifier: 'about' } as const;

describe('figureCitation', () => {
  it('writes figure, words and source in each language', () => {
    expect(
      figureCitation({ ...co2, label: 'less CO2 than conventionally produced aluminium' }, source('en')),
    ).toBe(
      `about 70% less CO₂ than conventionally produced aluminium (BMW Group press release, Rijswijk, 20 February 2023, ${URL}#figure-co2)`,
    );
    expect(
      figureCitation({ ...co2, label: 'minder CO2 dan conventioneel geproduceerd aluminium' }, source('nl')),
    ).toBe(
      `ongeveer 70 procent minder CO₂ dan conventioneel geproduceerd aluminium (persbericht BMW Group, Rijswijk, 20 februari 2023, ${URL}#figure-co2)`,
    );
    expect(figureCitation({ ...co2, label: 'weniger CO2' }, source('de'))).toBe(
      `etwa 70 Prozent weniger CO₂ (Pressemitteilung der BMW Group, Rijswijk, 20. Februar 2023, ${URL}#figure-co2)`,
    );
    expect(figureCitation({ ...co2, label: 'de CO2 en moins' }, source('fr'))).toBe(
      `environ 70${NBSP}% de CO₂ en moins (communiqué de presse de BMW Group, Rijswijk, 20 février 2023, ${URL}#figure-co2)`,
    );
  });

  it('leaves out the qualifier "exactly" and localises quotation marks in the words', () => {
    expect(
      figureCitation(
        { id: 'plants', value: 6, unit: 'count', label: 'plants for "green" power' },
        source('de'),
      ),
    ).toBe(
      `6 plants for „green“ power (Pressemitteilung der BMW Group, Rijswijk, 20. Februar 2023, ${URL}#figure-plants)`,
    );
  });

  it('names every company of a joint release, joined by " & "', () => {
    expect(figureCitation({ ...co2, label: 'less CO2' }, source('en', ['BMW Group', 'Rio Tinto']))).toBe(
      `about 70% less CO₂ (BMW Group & Rio Tinto press release, Rijswijk, 20 February 2023, ${URL}#figure-co2)`,
    );
  });
});

describe('quoteCitation', () => {
  const quote = { id: 'post', text: 'We have set ourselves "clear" targets.' };
  const speaker = { name: 'Joachim Post', role: 'Member of the Board' };

  it('quotes in the language’s marks, with speaker, role and source', () => {
    expect(quoteCitation(quote, speaker, source('en'))).toBe(
      `“We have set ourselves “clear” targets.” – Joachim Post, Member of the Board (BMW Group press release, Rijswijk, 20 February 2023, ${URL}#quote-post)`,
    );
    expect(quoteCitation({ id: 'post', text: 'Wir haben Ziele.' }, speaker, source('de'))).toBe(
      `„Wir haben Ziele.“ – Joachim Post, Member of the Board (Pressemitteilung der BMW Group, Rijswijk, 20. Februar 2023, ${URL}#quote-post)`,
    );
    expect(quoteCitation({ id: 'post', text: 'Nous avons des objectifs.' }, speaker, source('fr'))).toBe(
      `«${NBSP}Nous avons des objectifs.${NBSP}» – Joachim Post, Member of the Board (communiqué de presse de BMW Group, Rijswijk, 20 février 2023, ${URL}#quote-post)`,
    );
  });

  it('gives the name alone when the speaker held no role on the date', () => {
    expect(quoteCitation({ id: 'pia', text: 'Klaar.' }, { name: 'Pia Spreker' }, source('nl'))).toBe(
      `“Klaar.” – Pia Spreker (persbericht BMW Group, Rijswijk, 20 februari 2023, ${URL}#quote-pia)`,
    );
  });
});
