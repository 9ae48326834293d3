import { describe, expect, it } from 'vitest';
import { importText } from '~/lib/authoring/import/index';
import { detectLanguage } from '~/lib/authoring/import/language';
import { context, fixture } from './context';

describe('detectLanguage', () => {
  it.each([
    ['nl-zonnepark.txt', 'nl'],
    ['en-battery.txt', 'en'],
    ['de-werk.txt', 'de'],
    ['fr-usine.txt', 'fr'],
  ])('reads %s as %s', (file, lang) => {
    expect(detectLanguage(fixture(file))).toBe(lang);
  });
});

describe('importText', () => {
  it('reads a Dutch release: wrapped headline, subheadline, wrapped highlights, dateline opening the body', () => {
    const r = importText(fixture('nl-zonnepark.txt'), context);
    expect(r).toMatchObject({
      lang: 'nl',
      langDetected: true,
      company: 'noordwind-energie',
      title: 'Noordwind Energie legt drijvend zonnepark aan op voormalige zandwinplas bij Kampen',
      subtitle: 'Leden kunnen vanaf juni meedoen met certificaten van 250 euro',
      highlights: [
        'Eerste drijvende zonnepark van de coöperatie',
        'Stroom voor ruim 4.000 huishoudens',
        'Tot 30 procent meer opbrengst door koeling van het water',
        'Bouw start in het najaar',
      ],
      day: '2024-03-14',
      location: 'Zwolle',
      contacts: ['femke-de-graaf'],
      quotes: [
        {
          speaker: 'Thijs Hoekstra',
          person: 'thijs-hoekstra',
          text: 'Een plas die jarenlang werd afgegraven, gaat nu schone stroom leveren voor de regio. Onze leden hebben daar zelf voor gekozen, en dat maakt dit project bijzonder.',
        },
      ],
      unclassified: [],
    });
    const paragraphs = r.body.split('\n\n');
    expect(paragraphs).toHaveLength(4);
    expect(paragraphs[0]).toMatch(/^Noordwind Energie bouwt dit jaar .* ongeveer 5\.200 ton CO2\.$/);
    expect(paragraphs[1]).toContain('opnieuw te gebruiken. De coöperatie werkt voor het ontwerp samen');
    expect(paragraphs[1]).toContain('een efficiént leefgebied');
    expect(paragraphs[2]).toBe('## Meedoen met certificaten');
    // Re-joined across the page break and the blank line it left.
    expect(paragraphs[3]).toMatch(
      /De CO2-besparing van het park wordt .* partij gecontroleerd en in het jaarverslag vermeld\.$/,
    );
    expect(r.body).not.toContain('Pagina');
    const boilerplate = r.cut.find((c) => c.kind === 'boilerplate');
    expect(boilerplate).toMatchObject({ heading: 'Over Noordwind Energie' });
    expect(boilerplate?.text).toContain('6.100 leden');
    expect(r.body).not.toContain('6.100 leden');
    expect(r.cut.find((c) => c.kind === 'contact')?.text).toContain('pers@noordwind.example');
    expect(r.body).not.toContain('pers@noordwind.example');
    // The boilerplate's figures are company facts, dated by the year the text gives.
    expect(r.companyFacts.map((f) => [f.value, f.unit, f.label, f.year])).toEqual([
      [6100, 'count', 'leden', undefined],
      [18_400_000, 'EUR', 'omzet', 2023],
      [42, 'count', 'medewerkers', undefined],
    ]);
    expect(r.figures.map((f) => f.value)).not.toContain(6100);
  });

  it('reads an English release: "+++" on each line, page number, dateline at the end', () => {
    const r = importText(fixture('en-battery.txt'), context);
    expect(r.highlights).toEqual([
      '40 hubs get a battery by the end of 2025',
      'Up to 60 percent of the charging now runs on solar power stored during the day',
      'Pilot in the harbour district showed fewer empty batteries',
    ]);
    expect(r.subtitle).toBeUndefined();
    expect([r.day, r.location]).toEqual(['2025-07-21', 'Leeuwarden']);
    expect(r.quotes.map((q) => q.person)).toEqual(['yara-el-amrani']);
    expect(r.body).toContain('## What comes next');
    expect(r.body).not.toMatch(/Leeuwarden|- 2 -|Note to editors|Press contact/);
    expect(r.contacts).toEqual(['joost-meijer']);
    expect(r.notes).toContain('removed page numbers: "- 2 -"');
  });

  it('reads a German release and keeps a quote by an unknown speaker in the body, reported', () => {
    const r = importText(fixture('de-werk.txt'), context);
    expect([r.lang, r.company, r.day, r.location]).toEqual(['de', 'testco', '2023-03-03', 'München']);
    expect(r.body.split('\n\n')[0]).toMatch(/^Testbedrijf hat heute/);
    expect(r.body).toContain('"Für Rotorblätter gab es lange keine gute Lösung.');
    expect(r.quotes).toEqual([]);
    expect(r.unclassified).toEqual([
      'quote by Anna Beispiel: no file in content/people/ has that name; kept in the body (add the person and move it to "quotes")',
    ]);
    expect(r.proposedPeople).toEqual([
      { id: 'anna-beispiel', name: 'Anna Beispiel', role: 'Leiterin des Werks' },
    ]);
    expect(r.cut.find((c) => c.kind === 'boilerplate')).toMatchObject({ heading: 'Über Testbedrijf' });
    // "seit 2010" is when the company began, not the year of the figure.
    expect(r.companyFacts).toMatchObject([{ value: 1350, unit: 'count', year: undefined }]);
    expect(r.body).toContain('## Arbeitsplätze in der Region');
  });

  it('reads a French release with guillemets and "À propos de"', () => {
    const r = importText(fixture('fr-usine.txt'), context);
    expect([r.lang, r.day, r.location]).toEqual(['fr', '2022-05-02', 'Paris']);
    expect(r.quotes).toEqual([
      {
        speaker: 'Pia Spreker',
        person: 'pia-spreker',
        role: 'directrice des opérations de Testbedrijf',
        text: "Cette usine montre qu'une industrie locale du recyclage est possible.",
      },
    ]);
    expect(r.cut.find((c) => c.kind === 'boilerplate')).toMatchObject({ heading: 'À propos de Testbedrijf' });
    expect(r.contacts).toEqual(['piet-pers']);
  });

  it('uses the language and company it is given', () => {
    const r = importText(fixture('fr-usine.txt'), { ...context, lang: 'nl', company: 'noordwind-energie' });
    expect([r.lang, r.langDetected, r.company]).toEqual(['nl', false, 'noordwind-energie']);
  });

  it('reports what it could not place', () => {
    const r = importText('Kop\n\nEerste alinea zonder plaats of datum.\n\nLosse regel\n', context);
    expect(r.unclassified).toEqual([
      'no date found (expected a dateline like "Rijswijk, 20 februari 2023")',
      'no dateline city found',
      '"Losse regel": a short line without a paragraph after it; kept as a paragraph',
    ]);
  });

  it('refuses an empty text', () => {
    expect(() => importText('\n\n  \n', context)).toThrow('expected the text of a press release');
  });
});
