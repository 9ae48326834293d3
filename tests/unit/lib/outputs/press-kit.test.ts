/**
 * The press kit's files from a hand-made release: the text as Markdown with a readable header
 * and as a standalone HTML page, the figures CSV, the credits, the originals stored unchanged.
 */
import { Unzip, UnzipInflate, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { subscriptDigits, typesetPlain } from '~/lib/locale/typography';
import {
  creditsText,
  pressKitFiles,
  pressKitHtml,
  pressKitMarkdown,
  zipPressKit,
  type PressKitInput,
} from '~/lib/outputs/press-kit';
import type { ReleaseContent } from '~/lib/views/release';

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3, 4]);

const content = {
  lang: 'nl',
  url: 'https://press.example/nl/2023/jaarcijfers/',
  title: 'Testbedrijf groeit in 2022',
  subtitle: 'Omzet neemt toe',
  highlights: ['Ongeveer 12 procent meer CO2-vrije stroom'],
  kicker: 'Persbericht · Testbedrijf',
  dateline: 'Utrecht, 1 maart 2023',
  datetime: '2023-03-01T09:00:00+01:00',
  date: '1 maart 2023',
  companyNames: ['Testbedrijf'],
  topics: [{ label: 'Resultaten', href: '/nl/topics/results/' }],
  figures: [
    {
      id: 'growth',
      value: 12,
      unit: 'percent',
      qualifier: 'about',
      label: 'meer CO2-vrije stroom',
      baseline: '2021',
      display: 'ongeveer 12 procent',
      parts: { qualifier: 'ongeveer', number: '12', unit: 'procent' },
      citation: 'ongeveer 12 procent meer CO2-vrije stroom (…)',
    },
  ],
  quotes: [
    {
      id: 'pia',
      text: 'We zijn "trots" op het team.',
      person: { data: { name: 'Pia Spreker' } },
      role: 'Algemeen directeur',
      citation: '…',
    },
  ],
  contacts: [
    {
      name: 'Piet Pers',
      role: 'Woordvoerder',
      email: 'pers@testco.example',
      phone: { display: '+31\u00a020\u00a0000\u00a00000', href: 'tel:+31200000000' },
    },
  ],
  notes: [
    {
      company: { data: { name: 'Testbedrijf', website: 'https://testco.example' } },
      boilerplate: { sentences: ['Testbedrijf maakt stroom.'], omitted: [] },
    },
  ],
  images: [
    {
      src: { src: '/_astro/card.png', width: 320, height: 200, format: 'png' },
      alt: 'Blauw testbeeld',
      caption: 'Testbeeld',
      credit: 'Foto: Testbedrijf',
      format: 'PNG, 320\u00a0×\u00a0200',
    },
  ],
  updated: undefined,
} as unknown as ReleaseContent;

const input: PressKitInput = {
  slug: 'jaarcijfers',
  newsroom: 'Perskamer',
  content,
  date: new Date('2023-03-01T08:00:00Z'),
  bodyHtml:
    '<p>Testbedrijf maakt de “jaarcijfers” bekend: 12 procent meer CO<sub>2</sub>-vrije stroom.</p><script>alert(1)</script><h2 id="vooruitblik">Vooruitblik</h2><p>Meer groei.</p>',
  images: [{ fileName: 'test-card.png', bytes: PNG }],
  figuresCsv: '\ufeffurl,lang\r\nhttps://press.example/nl/2023/jaarcijfers/,nl\r\n',
};

describe('plain text', () => {
  it('writes CO2 with a subscript character and the language’s quotation marks', () => {
    expect(subscriptDigits('2')).toBe('₂');
    expect(typesetPlain('"Minder CO2"', 'nl')).toBe('“Minder CO₂”');
    expect(typesetPlain('"CO2"', 'de')).toBe('„CO₂“');
  });
});

describe('pressKitMarkdown', () => {
  const md = pressKitMarkdown(input);

  it('opens with a readable header instead of front-matter', () => {
    expect(md).not.toMatch(/^---/);
    expect(md.split('\n').slice(0, 3)).toEqual([
      '**Perskamer** · Persbericht · Testbedrijf · 1 maart 2023',
      '',
      '<https://press.example/nl/2023/jaarcijfers/>',
    ]);
    expect(md).toContain('\n# Testbedrijf groeit in 2022\n');
    expect(md).toContain('**Utrecht, 1 maart 2023**');
  });

  it('holds the figures, body, quote, image, contact and note as the page shows them', () => {
    expect(md).toContain('- **ongeveer 12 procent** meer CO₂-vrije stroom (ten opzichte van: 2021)');
    expect(md).toContain('12 procent meer CO₂-vrije stroom.');
    expect(md).toContain('## Vooruitblik');
    // As on the page (tests/build/site.test.ts): the quotation marks of the language.
    expect(md).toContain('> “We zijn “trots” op het team.”');
    expect(md).toContain('– Pia Spreker, Algemeen directeur');
    expect(md).toContain('![Blauw testbeeld](images/test-card.png)');
    expect(md).toContain('Telefoon: [+31\u00a020\u00a0000\u00a00000](tel:+31200000000)');
    expect(md).toContain('E-mail: <pers@testco.example>');
    expect(md).toContain('Testbedrijf maakt stroom.');
    expect(md).toContain('Onderwerpen: Resultaten');
  });

  it('leaves out what the body must never carry', () => {
    expect(md).not.toContain('alert');
  });
});

describe('pressKitHtml', () => {
  const html = pressKitHtml(input);

  it('is a standalone page in the release’s language that shows the image next to it', () => {
    expect(html).toMatch(/^<!doctype html><html lang="nl">/);
    expect(html).toContain('<title>Testbedrijf groeit in 2022 · Perskamer</title>');
    expect(html).toContain('<img src="images/test-card.png" alt="Blauw testbeeld" width="320" height="200">');
    expect(html).toContain('<link rel="canonical" href="https://press.example/nl/2023/jaarcijfers/">');
    // Everything inline: it must read offline, from a folder.
    expect(html).not.toMatch(/<link rel="stylesheet"|<script|src="\//);
  });
});

describe('creditsText', () => {
  it('gives each image its file, caption, credit, alt text and size', () => {
    expect(creditsText(input)).toBe(
      [
        'Testbedrijf groeit in 2022',
        'Bron: https://press.example/nl/2023/jaarcijfers/',
        '',
        'images/test-card.png',
        'Bijschrift: Testbeeld',
        'Credit: Foto: Testbedrijf',
        'Alt-tekst: Blauw testbeeld',
        'Afmetingen: PNG, 320\u00a0×\u00a0200, 12\u00a0byte',
        '',
      ].join('\n'),
    );
  });
});

describe('pressKitFiles', () => {
  it('holds the same Markdown and HTML as each made on its own (the two share one tree)', () => {
    const files = new Map(pressKitFiles(input));
    expect(files.get(`${input.slug}/${input.slug}.md`)).toBe(pressKitMarkdown(input));
    expect(files.get(`${input.slug}/${input.slug}.html`)).toBe(pressKitHtml(input));
  });
});

describe('zipPressKit', () => {
  /** Each entry's compression method as the ZIP's headers state it: 0 stored, 8 deflated. */
  function methods(zip: Uint8Array): Record<string, number> {
    const found: Record<string, number> = {};
    const reader = new Unzip((file) => (found[file.name] = file.compression));
    reader.register(UnzipInflate);
    reader.push(zip, true);
    return found;
  }

  it('holds the text, the figures, the credits and the original bytes in the release’s folder', () => {
    const files = unzipSync(zipPressKit(input));
    expect(Object.keys(files)).toEqual([
      'jaarcijfers/jaarcijfers.md',
      'jaarcijfers/jaarcijfers.html',
      'jaarcijfers/key-figures.csv',
      'jaarcijfers/credits.txt',
      'jaarcijfers/images/test-card.png',
    ]);
    expect(files['jaarcijfers/images/test-card.png']).toEqual(PNG);
    // The CSV keeps its byte-order mark, which spreadsheets need to read UTF-8.
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(files['jaarcijfers/key-figures.csv'])).toBe(
      input.figuresCsv,
    );
    expect(new TextDecoder().decode(files['jaarcijfers/jaarcijfers.md'])).toBe(pressKitMarkdown(input));
  });

  it('stores the images as they are and deflates the text', () => {
    expect(methods(zipPressKit(input))).toEqual({
      'jaarcijfers/jaarcijfers.md': 8,
      'jaarcijfers/jaarcijfers.html': 8,
      'jaarcijfers/key-figures.csv': 8,
      'jaarcijfers/credits.txt': 8,
      'jaarcijfers/images/test-card.png': 0,
    });
  });

  it('writes the same bytes on every build', () => {
    expect(zipPressKit(input)).toEqual(zipPressKit(input));
  });

  it('leaves out the figures and credits of a release without figures or images', () => {
    const paths = pressKitFiles({
      ...input,
      figuresCsv: undefined,
      images: [],
      content: { ...content, images: [] },
    }).map(([path]) => path);
    expect(paths).toEqual(['jaarcijfers/jaarcijfers.md', 'jaarcijfers/jaarcijfers.html']);
  });
});
