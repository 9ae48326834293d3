import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { splitFrontMatter, parseYaml } from '~/lib/authoring/front-matter';
import {
  cleanLines,
  detectLanguage,
  findDateline,
  findFigures,
  findQuote,
  joinLines,
  parseNumber,
  parsePressRelease,
  renderImport,
  type ImportContext,
} from '~/lib/authoring/import/text';
import { validateContent } from '~/lib/authoring/validate';

const fixture = (name: string) =>
  readFileSync(join(import.meta.dirname, '../../../../fixtures/import', name), 'utf8');

const context: ImportContext = {
  companies: [
    { id: 'noordwind-energie', name: 'Noordwind Energie' },
    { id: 'havenstad-mobiliteit', name: 'Havenstad Mobiliteit' },
    { id: 'testco', name: 'Testbedrijf' },
  ],
  people: [
    { id: 'thijs-hoekstra', name: 'Thijs Hoekstra' },
    { id: 'femke-de-graaf', name: 'Femke de Graaf', email: 'pers@noordwind.example' },
    { id: 'yara-el-amrani', name: 'Yara el Amrani' },
    { id: 'joost-meijer', name: 'Joost Meijer', email: 'pers@havenstad-mobiliteit.example' },
    { id: 'pia-spreker', name: 'Pia Spreker' },
    { id: 'piet-pers', name: 'Piet Pers', email: 'pers@testco.example' },
  ],
};

describe('cleanLines', () => {
  it('removes page breaks and page numbers in every style', () => {
    const { lines, notes } = cleanLines('Een\fPagina 2 van 3\ntwee\n- 3 -\nSeite 4\nPage 5 of 6\n7\ndrie');
    expect(lines).toEqual(['Een', 'twee', 'drie']);
    expect(notes).toContain('removed 1 page break');
  });

  it('fixes certain OCR slips in CO2 and leaves other words alone', () => {
    const { lines, notes } = cleanLines('De COZ2-uitstoot en C02 dalen; CO₂ ook.\nEen efficiént proces.');
    expect(lines).toEqual(['De CO2-uitstoot en CO2 dalen; CO2 ook.', 'Een efficiént proces.']);
    expect(notes.join(' ')).toContain('"COZ2", "C02"');
  });

  it('trims stray spaces', () => {
    expect(cleanLines('  twee   woorden \t').lines).toEqual(['twee woorden']);
  });
});

describe('joinLines', () => {
  it('re-joins hard-wrapped lines, keeping hyphens of compounds and "milieu- en"', () => {
    expect(joinLines(['Een CO2-', 'arme productie en', 'milieu-', 'en sociale normen'])).toBe(
      'Een CO2-arme productie en milieu- en sociale normen',
    );
  });
});

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

describe('findDateline', () => {
  it.each([
    ['Rijswijk, 20 februari 2023', { location: 'Rijswijk', day: '2023-02-20', rest: '' }],
    ['Munich, 21 July 2021', { location: 'Munich', day: '2021-07-21', rest: '' }],
    [
      'München, 3. März 2023. Das Werk öffnet.',
      { location: 'München', day: '2023-03-03', rest: 'Das Werk öffnet.' },
    ],
    [
      'Paris, le 2 mai 2022 – L’usine ouvre.',
      { location: 'Paris', day: '2022-05-02', rest: 'L’usine ouvre.' },
    ],
    [
      'Den Haag, 1 oktober 2024 - Het kabinet',
      { location: 'Den Haag', day: '2024-10-01', rest: 'Het kabinet' },
    ],
    ['New York, July 4, 2025 — Today', { location: 'New York', day: '2025-07-04', rest: 'Today' }],
    ['Frankfurt am Main, 20.02.2023', { location: 'Frankfurt am Main', day: '2023-02-20', rest: '' }],
  ])('reads "%s"', (line, expected) => {
    expect(findDateline(line)).toEqual(expected);
  });

  it('finds none in an ordinary sentence or an impossible date', () => {
    expect(findDateline('Het bedrijf groeit in 2023 flink.')).toBeUndefined();
    expect(findDateline('Utrecht, 31 februari 2023')).toBeUndefined();
  });
});

describe('parseNumber', () => {
  it('reads separators the language’s way', () => {
    expect(parseNumber('118.909', 'nl')).toBe(118909);
    expect(parseNumber('16,1', 'nl')).toBe(16.1);
    expect(parseNumber('1,200', 'en')).toBe(1200);
    expect(parseNumber('2.5', 'en')).toBe(2.5);
    expect(parseNumber('3 000', 'fr')).toBe(3000);
    expect(parseNumber('1.234,5', 'de')).toBe(1234.5);
  });
});

describe('findFigures', () => {
  const figures = findFigures(
    'Ongeveer 70 procent minder CO2. Tot 50 procent secundair materiaal. De winst bedroeg € 16,1 miljard. ' +
      'Er werken 118.909 medewerkers. In 2021 begon het.',
    'nl',
  );

  it('proposes percentages, amounts and counts with their qualifier', () => {
    expect(figures.map((f) => [f.value, f.unit, f.qualifier])).toEqual([
      [70, 'percent', 'about'],
      [50, 'percent', 'up-to'],
      [16_100_000_000, 'EUR', 'exactly'],
      [118_909, 'count', 'exactly'],
    ]);
    expect(figures[0]!.label).toBe('minder CO2');
    expect(figures[1]!.phrase).toBe('Tot 50 procent');
    expect(figures[3]!.label).toBe('medewerkers');
  });

  it('knows tonnes of CO2, energy and other languages’ words', () => {
    const found = (text: string, lang: 'nl' | 'en' | 'de' | 'fr') =>
      findFigures(text, lang).map((f) => [f.value, f.unit, f.qualifier]);
    expect(found('bespaart ruim 5.200 ton CO2 per jaar', 'nl')).toEqual([[5200, 'tonnes-co2e', 'more-than']]);
    expect(found('goed voor 12 GWh', 'nl')).toEqual([[12, 'GWh', 'exactly']]);
    expect(found('bis zu 90 Prozent und 14 Millionen Euro', 'de')).toEqual([
      [90, 'percent', 'up-to'],
      [14_000_000, 'EUR', 'exactly'],
    ]);
    expect(found('environ 3 000 tonnes et 9,5 millions d’euros', 'fr')).toEqual([
      [3000, 'tonnes', 'about'],
      [9_500_000, 'EUR', 'exactly'],
    ]);
    expect(found('at least 1,200 employees', 'en')).toEqual([[1200, 'count', 'at-least']]);
  });
});

describe('findQuote', () => {
  it.each([
    ['“Dit is goed nieuws”, zegt Femke de Graaf, woordvoerder.', 'Femke de Graaf', 'Dit is goed nieuws.'],
    ['“Dit werkt”, legt Joachim Post uit.', 'Joachim Post', 'Dit werkt.'],
    ['"It works," says Yara el Amrani, head of operations.', 'Yara el Amrani', 'It works.'],
    ['„Es läuft“, sagt Anna Beispiel.', 'Anna Beispiel', 'Es läuft.'],
    ['« Ça marche », déclare Pia Spreker.', 'Pia Spreker', 'Ça marche.'],
  ])('reads %s', (paragraph, speaker, text) => {
    expect(findQuote(paragraph)).toEqual({ speaker, text });
  });

  it('needs a speaker', () => {
    expect(findQuote('“Zo gaat het”, staat in het rapport.')).toBeUndefined();
  });
});

describe('parsePressRelease', () => {
  it('reads a Dutch release: wrapped headline, subheadline, wrapped highlights, dateline opening the body', () => {
    const r = parsePressRelease(fixture('nl-zonnepark.txt'), context);
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
    expect(r.noteToEditors).toContain('6.100 leden');
    expect(r.body).not.toContain('6.100 leden');
    expect(r.contactBlock).toContain('pers@noordwind.example');
    expect(r.body).not.toContain('pers@noordwind.example');
  });

  it('reads an English release: "+++" on each line, page number, dateline at the end', () => {
    const r = parsePressRelease(fixture('en-battery.txt'), context);
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
    const r = parsePressRelease(fixture('de-werk.txt'), context);
    expect([r.lang, r.company, r.day, r.location]).toEqual(['de', 'testco', '2023-03-03', 'München']);
    expect(r.body.split('\n\n')[0]).toMatch(/^Testbedrijf hat heute/);
    expect(r.body).toContain('"Für Rotorblätter gab es lange keine gute Lösung.');
    expect(r.quotes).toEqual([]);
    expect(r.unclassified).toEqual([
      'quote by Anna Beispiel: no file in content/people/ has that name; kept in the body (add the person and move it to "quotes")',
    ]);
    expect(r.noteToEditors).toMatch(/^Über Testbedrijf/);
    expect(r.body).toContain('## Arbeitsplätze in der Region');
  });

  it('reads a French release with guillemets and "À propos de"', () => {
    const r = parsePressRelease(fixture('fr-usine.txt'), context);
    expect([r.lang, r.day, r.location]).toEqual(['fr', '2022-05-02', 'Paris']);
    expect(r.quotes).toEqual([
      {
        speaker: 'Pia Spreker',
        person: 'pia-spreker',
        text: "Cette usine montre qu'une industrie locale du recyclage est possible.",
      },
    ]);
    expect(r.noteToEditors).toMatch(/^À propos de Testbedrijf/);
    expect(r.contacts).toEqual(['piet-pers']);
  });

  it('uses the language and company it is given', () => {
    const r = parsePressRelease(fixture('fr-usine.txt'), {
      ...context,
      lang: 'nl',
      company: 'noordwind-energie',
    });
    expect([r.lang, r.langDetected, r.company]).toEqual(['nl', false, 'noordwind-energie']);
  });

  it('reports what it could not place', () => {
    const r = parsePressRelease('Kop\n\nEerste alinea zonder plaats of datum.\n\nLosse regel\n', context);
    expect(r.unclassified).toEqual([
      'no date found (expected a dateline like "Rijswijk, 20 februari 2023")',
      'no dateline city found',
      '"Losse regel": a short line without a paragraph after it; kept as a paragraph',
    ]);
  });

  it('refuses an empty text', () => {
    expect(() => parsePressRelease('\n\n  \n', context)).toThrow('expected the text of a press release');
  });
});

describe('renderImport', () => {
  it('suggests a publication time with the offset of that day (summer or winter time)', () => {
    const r = parsePressRelease(fixture('nl-zonnepark.txt'), context);
    const render = (day: string) =>
      renderImport(
        { ...r, day },
        { company: 'x', translationKey: 'k', date: day, fallbackLocation: 'X', sourceName: 'f' },
      );
    expect(render('2023-07-03')).toContain('Add it like 2023-07-03T10:00:00+02:00.');
    expect(render('2023-01-03')).toContain('Add it like 2023-01-03T10:00:00+01:00.');
  });

  it.each(['nl-zonnepark.txt', 'en-battery.txt', 'de-werk.txt', 'fr-usine.txt'])(
    'writes a draft of %s that validates, with figures proposed and the cut text kept as a comment',
    (file) => {
      const r = parsePressRelease(fixture(file), context);
      const text = renderImport(r, {
        company: r.company!,
        translationKey: 'import-abc',
        date: r.day!,
        fallbackLocation: 'TODO city',
        sourceName: file,
      });
      const raw = parseYaml(splitFrontMatter(text).yaml!).doc.toJS();
      expect(raw).toMatchObject({ draft: true, title: r.title, company: r.company });
      expect(text).toContain('# keyFigures:');
      expect(text).toMatch(/<!--\nTODO check, then delete this comment/);
      const companies = context.companies.map((c) => ({
        rel: `companies/${c.id}.yaml`,
        text: `name: ${c.name}\nboilerplate: { ${r.lang}: ["Over ${c.name}."] }\n`,
      }));
      const people = context.people.map((p) => ({
        rel: `people/${p.id}.yaml`,
        text: `name: ${p.name}\n${p.email ? `email: ${p.email}\n` : ''}`,
      }));
      const findings = validateContent(
        [
          ...companies,
          ...people,
          { rel: 'topics.yaml', text: '- { id: energy, label: { nl: Energie } }\n' },
          { rel: `releases/${r.lang}/${r.day!.slice(0, 4)}/import.md`, text },
        ],
        { dir: 'content', now: new Date('2026-12-01T09:00:00+01:00'), timeZone: 'Europe/Amsterdam' },
      );
      expect(findings).toEqual([]);
    },
  );
});
