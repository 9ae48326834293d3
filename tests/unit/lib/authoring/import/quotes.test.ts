import { describe, expect, it } from 'vitest';
import { findQuote } from '~/lib/authoring/import/quotes';

describe('findQuote', () => {
  it.each([
    ['“Dit is goed nieuws”, zegt Femke de Graaf, woordvoerder.', 'Femke de Graaf', 'Dit is goed nieuws.'],
    ['“Dit werkt”, legt Joachim Post uit.', 'Joachim Post', 'Dit werkt.'],
    ['"It works," says Yara el Amrani, head of operations.', 'Yara el Amrani', 'It works.'],
    ['„Es läuft“, sagt Anna Beispiel.', 'Anna Beispiel', 'Es läuft.'],
    ['« Ça marche », déclare Pia Spreker.', 'Pia Spreker', 'Ça marche.'],
    ['‘It’s a start,’ Jane Doe said.', 'Jane Doe', 'It’s a start.'],
  ])('reads the speaker after the quote: %s', (paragraph, speaker, text) => {
    expect(findQuote(paragraph)).toMatchObject({ speaker, text, whole: true });
  });

  it.each([
    ['Directeur Ilse Brouwer: “Een vuilstort is een goede plek.”', 'Ilse Brouwer', 'Directeur'],
    ['Anna Beispiel, Leiterin des Werks: „Es läuft.“', 'Anna Beispiel', 'Leiterin des Werks'],
    ['Selon Pia Spreker, « ça marche ».', 'Pia Spreker', undefined],
    ['Jane Doe says: "We are ready."', 'Jane Doe', undefined],
  ])('reads the speaker before the quote: %s', (paragraph, speaker, role) => {
    expect(findQuote(paragraph)).toMatchObject({ speaker, role, whole: true });
  });

  it('joins a quote that goes on after its attribution', () => {
    expect(
      findQuote(
        '“We hebben het ontwerp aangepast”, zegt projectleider Sanne Kuipers. “Er komt een wandelpad.”',
      ),
    ).toEqual({
      speaker: 'Sanne Kuipers',
      role: 'projectleider',
      text: 'We hebben het ontwerp aangepast. Er komt een wandelpad.',
      whole: true,
    });
  });

  it('knows an anonymous speaker in each language', () => {
    expect(findQuote('“De vergunning is rond”, aldus een woordvoerder.')).toMatchObject({
      anonymous: 'een woordvoerder',
    });
    expect(findQuote('"We are on track," said a spokesperson.')).toMatchObject({
      anonymous: 'a spokesperson',
    });
    expect(findQuote('„Wir liegen im Plan“, sagt ein Sprecher.')).toMatchObject({
      anonymous: 'ein Sprecher',
    });
    expect(findQuote('« Tout est prêt », indique un porte-parole.')).toMatchObject({
      anonymous: 'un porte-parole',
    });
  });

  it('needs a speaker', () => {
    expect(findQuote('“Zo gaat het”, staat in het rapport.')).toBeUndefined();
  });
});
