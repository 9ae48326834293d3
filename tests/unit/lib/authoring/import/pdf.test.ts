import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DocumentError, cleanText, type Block, type ExtractedDocument } from '~/lib/authoring/import/blocks';
import { readDocument, sniff } from '~/lib/authoring/import/document';
import { WordEvidence, fallbackFor, joinHyphenated } from '~/lib/authoring/import/hyphenation';
import { layoutPages, type PageLines, type TextLine } from '~/lib/authoring/import/layout';
import { readPdf, readPdfLines } from '~/lib/authoring/import/pdf';
import {
  expectedBlocks,
  type HouseStyleFixture,
  type Running,
} from '../../../../fixtures/import/styles/fixture';
import { fixtures } from '../../../../fixtures/import/styles/index';

const documents = join(import.meta.dirname, '../../../../fixtures/import/documents');
const bytes = (name: string) => new Uint8Array(readFileSync(join(documents, name)));

/** The parts of a block the fixtures describe. */
const shape = (blocks: readonly Block[]) =>
  blocks.map(({ kind, text, level, emphasis, lead }) => ({
    kind,
    text,
    ...(level === undefined ? {} : { level }),
    ...(emphasis === undefined ? {} : { emphasis }),
    ...(lead === undefined ? {} : { lead }),
  }));

/** A running header or footer as printed on page `page` of `pages`. */
const printed = (running: Running, page: number, pages: number) =>
  running.text.replace('{pages}', String(pages)).replace('{page}', String(page));

describe.each(fixtures.map((fixture) => [fixture.name, fixture] as const))(
  '%s.pdf',
  (_, fixture: HouseStyleFixture) => {
    let doc: ExtractedDocument;
    beforeAll(async () => {
      doc = await readPdf(bytes(`${fixture.name}.pdf`), { lang: fixture.lang });
    });

    it('gives the blocks of the release in reading order: paragraphs whole, headings and list items as such', () => {
      expect(shape(doc.blocks)).toEqual(expectedBlocks(fixture));
    });

    it('takes the largest type on page 1 as the headline, not a banner', () => {
      expect(doc.headline).toBeDefined();
      expect(doc.blocks[doc.headline!]).toMatchObject({
        kind: 'heading',
        level: 1,
        text: fixture.expected.headline,
      });
    });

    it('drops page headers, footers and page numbers', () => {
      const pages = doc.pages!;
      const running = [fixture.page.header, fixture.page.footer].filter((r) => r !== undefined);
      for (const r of running) {
        for (let page = r.firstPage ? 1 : 2; page <= pages; page++) {
          const text = printed(r, page, pages);
          expect(doc.dropped).toContain(text);
          expect(doc.blocks.filter((b) => b.text.includes(text))).toEqual([]);
        }
      }
    });

    it('undoes hyphenation at line ends only where the hyphen was the typesetter’s', () => {
      const results = doc.hyphens.map((h) => h.result);
      for (const word of fixture.expected.hyphenation) expect(results).toContain(word);
      const text = doc.blocks.map((b) => b.text).join('\n');
      for (const word of fixture.expected.hyphenation) expect(text).toContain(word);
    });

    it('leaves the classifier what the expected record names: every part is in a block, or was dropped', () => {
      const text = doc.blocks.map((b) => b.text).join('\n');
      const { expected } = fixture;
      const named = [
        ...expected.highlights,
        ...expected.quotes.map((q) => q.opening),
        ...expected.quotes.flatMap((q) => (q.speaker ? [q.speaker] : [])),
        ...expected.contacts,
        expected.about,
        expected.location,
      ];
      for (const part of named) expect(text).toContain(part);
      for (const part of expected.outOfBody) {
        expect(text.includes(part) || doc.dropped.some((d) => d.includes(part)), part).toBe(true);
      }
    });

    it('reads the document title and the page count', () => {
      expect(doc.title).toBe(fixture.title);
      expect(doc.pages).toBeGreaterThanOrEqual(1);
    });
  },
);

describe('the PDF fixtures', () => {
  it('are hard enough: most run over two pages', async () => {
    const multi = [];
    for (const fixture of fixtures) {
      const doc = await readPdf(bytes(`${fixture.name}.pdf`), { lang: fixture.lang });
      if (doc.pages! > 1) multi.push(fixture.name);
    }
    expect(multi.length).toBeGreaterThanOrEqual(fixtures.length - 2);
  });

  it.each([
    [
      'en-media-information',
      'with the vocational school in Regensburg. The company',
      'plans to create more than 140 jobs',
      'in Regensburg. The company plans to create more than 140 jobs',
    ],
    [
      'nl-persbericht',
      'stijgt het aandeel zelf opgewekte zonne-',
      'energie in de opwek',
      'aandeel zelf opgewekte zonne-energie in de opwek',
    ],
  ])('give %s’s paragraph back whole where the page break cuts it', async (name, end1, start2, joined) => {
    const fixture = fixtures.find((f) => f.name === name)!;
    const data = bytes(`${name}.pdf`);
    const { pages } = await readPdfLines(data);
    const body = (lines: readonly TextLine[]) =>
      lines.filter((l) => l.size >= fixture.page.size - 0.5).sort((a, b) => a.y - b.y);
    expect(body(pages[0]!.lines).at(-1)!.text).toContain(end1);
    expect(body(pages[1]!.lines)[0]!.text.startsWith(start2)).toBe(true);
    const doc = await readPdf(data, { lang: fixture.lang });
    expect(doc.blocks.filter((b) => b.text.includes(joined))).toMatchObject([{ page: 1 }]);
  });
});

/** A one-page PDF as older tools write it: text in Helvetica, the font not embedded. */
function helveticaPdf(lines: [font: 'F1' | 'F2', size: number, y: number, text: string][]): Uint8Array {
  const content = lines
    .map(([font, size, y, text]) => `BT /${font} ${size} Tf 72 ${y} Td (${text}) Tj ET`)
    .join('\n');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R /F2 5 0 R >> >> /Contents 6 0 R >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
  ];
  let pdf = '%PDF-1.4\n';
  const offsets = objects.map((body, i) => {
    const at = pdf.length;
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
    return at;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  pdf += offsets.map((at) => `${String(at).padStart(10, '0')} 00000 n \n`).join('');
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(pdf);
}

describe('readPdf', () => {
  it('reads a PDF whose fonts are not embedded, bold from the font’s name', async () => {
    const doc = await readPdf(
      helveticaPdf([
        ['F2', 18, 760, 'Havenstad Mobiliteit opent twee nieuwe hubs'],
        ['F1', 11, 720, 'Gewone tekst in Helvetica, zonder ingebed lettertype.'],
      ]),
    );
    expect(doc.blocks).toEqual([
      {
        kind: 'heading',
        level: 1,
        text: 'Havenstad Mobiliteit opent twee nieuwe hubs',
        emphasis: 'bold',
        size: 18,
        page: 1,
      },
      { kind: 'paragraph', text: 'Gewone tekst in Helvetica, zonder ingebed lettertype.', size: 11, page: 1 },
    ]);
    expect(doc).toMatchObject({ headline: 0, pages: 1, warnings: [] });
  });
});

// ---------------------------------------------------------------------------------------------
// The layout rules on lines made by hand

/** A line of body text at `y`, 10 pt, left edge 70, ending at `right` (a full line ends at 520). */
function line(text: string, y: number, extra: Partial<TextLine> = {}): TextLine {
  const size = extra.size ?? 10;
  return {
    text,
    x: 70,
    right: extra.right ?? 70 + text.length * 0.5 * size,
    y,
    size,
    bold: false,
    italic: false,
    charWidth: 0.5 * size,
    ...extra,
  };
}
const page = (number: number, lines: TextLine[]): PageLines => ({ number, width: 595, height: 842, lines });
const texts = (pages: PageLines[], lang?: string) => layoutPages(pages, { lang }).blocks.map((b) => b.text);

describe('layoutPages', () => {
  it('drops a line repeated at the same place on every page, whatever its page number', () => {
    const pages = [1, 2, 3].map((n) =>
      page(n, [
        line(`Havenstad Mobiliteit · Persbericht · ${n}/3`, 40, { size: 8 }),
        line(`Tekst op pagina ${n}.`, 200),
      ]),
    );
    const layout = layoutPages(pages);
    expect(layout.blocks.map((b) => b.text)).toEqual([
      'Tekst op pagina 1.',
      'Tekst op pagina 2.',
      'Tekst op pagina 3.',
    ]);
    expect(layout.dropped).toContain('Havenstad Mobiliteit · Persbericht · 2/3');
  });

  it('keeps a line that is at the top of one page only', () => {
    expect(texts([page(1, [line('Eerste regel.', 60)]), page(2, [line('Tweede pagina.', 60)])])).toEqual([
      'Eerste regel.',
      'Tweede pagina.',
    ]);
  });

  it('joins a paragraph across a page break, and not when the page ended with a sentence', () => {
    const full = { right: 520 };
    const pages = [
      page(1, [
        line('Het park levert stroom voor ongeveer', 700, full),
        line('elfduizend huishoudens in de regio en', 715, full),
      ]),
      page(2, [
        line('daarmee vervangt het een kolencentrale.', 100),
        line('Een nieuwe alinea begint hier.', 130),
      ]),
    ];
    expect(texts(pages)).toEqual([
      'Het park levert stroom voor ongeveer elfduizend huishoudens in de regio en daarmee vervangt het een kolencentrale.',
      'Een nieuwe alinea begint hier.',
    ]);
    const ended = [
      page(1, [line('Dit is de laatste zin van de pagina.', 700, full)]),
      page(2, [line('Dit is een nieuwe alinea.', 100)]),
    ];
    expect(texts(ended)).toEqual(['Dit is de laatste zin van de pagina.', 'Dit is een nieuwe alinea.']);
  });

  it('splits stacked lines that end before the column does, and keeps wrapped lines together', () => {
    const lines = [
      line('Een alinea die tot de rechterkant van de kolom doorloopt en daar', 100, { right: 520 }),
      line('afbreekt.', 115),
      line('Femke de Graaf', 140),
      line('Telefoon: +31 72 555 0142', 155),
    ];
    expect(texts([page(1, lines)])).toEqual([
      'Een alinea die tot de rechterkant van de kolom doorloopt en daar afbreekt.',
      'Femke de Graaf',
      'Telefoon: +31 72 555 0142',
    ]);
  });

  it('reads the columns of a letterhead one after the other', () => {
    const lines = [
      line('Rheinauer Wärmetechnik GmbH', 80),
      line('Presse-Information', 80, { x: 330, right: 420 }),
      line('Unternehmenskommunikation', 95),
      line('3. März 2025', 95, { x: 330, right: 390 }),
      line('Ein Absatz im Text, der über die ganze Breite der Spalte läuft und', 160, { right: 520 }),
      line('umbricht.', 175),
    ];
    expect(texts([page(1, lines)])).toEqual([
      'Rheinauer Wärmetechnik GmbH',
      'Unternehmenskommunikation',
      'Presse-Information',
      '3. März 2025',
      'Ein Absatz im Text, der über die ganze Breite der Spalte läuft und umbricht.',
    ]);
  });

  it('makes the largest type with four words or more the headline, bold body lines sub-headings', () => {
    const { blocks, headline } = layoutPages([
      page(1, [
        line('COMMUNIQUÉ DE PRESSE', 80, { size: 22, bold: true }),
        line('Les Ateliers ouvrent une ligne', 120, { size: 18, bold: true }),
        line('de recyclage à Grenoble', 142, { size: 18, bold: true }),
        line('La nouvelle ligne recycle les batteries des vélos et des trottinettes de la région.', 180),
        line('À propos des Ateliers', 200, { bold: true }),
        line('Texte.', 215),
      ]),
    ]);
    expect(headline).toBe(1);
    expect(blocks.map((b) => [b.kind, b.level, b.text])).toEqual([
      ['heading', 2, 'COMMUNIQUÉ DE PRESSE'],
      ['heading', 1, 'Les Ateliers ouvrent une ligne de recyclage à Grenoble'],
      [
        'paragraph',
        undefined,
        'La nouvelle ligne recycle les batteries des vélos et des trottinettes de la région.',
      ],
      ['heading', 3, 'À propos des Ateliers'],
      ['paragraph', undefined, 'Texte.'],
    ]);
  });

  it('reads bulleted lines as list items, with their wrapped continuation', () => {
    const lines = [
      line('• 40 hubs krijgen een batterij voor het einde van 2025, verspreid over', 100, {
        right: 520,
        textX: 82,
      }),
      line('drie steden', 115, { x: 82 }),
      line('• Tot 60 procent zonnestroom', 130, { textX: 82 }),
    ];
    const { blocks } = layoutPages([page(1, lines)]);
    expect(blocks.map((b) => [b.kind, b.text])).toEqual([
      ['list-item', '40 hubs krijgen een batterij voor het einde van 2025, verspreid over drie steden'],
      ['list-item', 'Tot 60 procent zonnestroom'],
    ]);
  });

  it('takes time in proportion to the text, whatever the text', () => {
    // 40 pages of 50 lines that all end in a hyphen: one paragraph of 170,000 characters.
    const pages = Array.from({ length: 40 }, (_, p) =>
      page(
        p + 1,
        Array.from({ length: 50 }, (_, i) =>
          line(`${'woord '.repeat(15)}verbin-`, 80 + i * 14, { right: 520 }),
        ),
      ),
    );
    const started = performance.now();
    const { blocks } = layoutPages(pages, { lang: 'nl' });
    expect(blocks).toHaveLength(1);
    expect(blocks[0]!.text.length).toBeGreaterThan(150_000);
    expect(performance.now() - started).toBeLessThan(3000);
  });

  it('reports a PDF without text, as a scan is', () => {
    expect(layoutPages([page(1, [])]).warnings[0]).toMatch(/OCR/);
  });
});

describe('joinHyphenated', () => {
  const none = new WordEvidence([]);
  it.each([
    ['een CO2-', 'intensieve productie', none, 'nl', 'een CO2-intensieve productie', 'acronym-or-number'],
    ['de EU-', 'richtlijn', none, 'nl', 'de EU-richtlijn', 'acronym-or-number'],
    ['een e-', 'bike', none, 'en', 'een e-bike', 'acronym-or-number'],
    ['milieu-', 'en sociale eisen', none, 'nl', 'milieu- en sociale eisen', 'suspended'],
    ['Bus-', 'und Bahnverkehr', none, 'de', 'Bus- und Bahnverkehr', 'suspended'],
    ['die Wasserstoff-', 'Elektrolyse', none, 'de', 'die Wasserstoff-Elektrolyse', 'capital'],
    ['het wind-', 'park', new WordEvidence(['naast het windpark']), 'nl', 'het windpark', 'seen-joined'],
    [
      'un porte-',
      'parole',
      new WordEvidence(['selon le porte-parole du groupe']),
      'fr',
      'un porte-parole',
      'seen-hyphenated',
    ],
    ['het aandeel zonne-', 'energie', none, 'nl', 'het aandeel zonne-energie', 'vowel-clash'],
    ['die Fertigungs-', 'linie', none, 'de', 'die Fertigungslinie', 'guess-join'],
    ['het wind\u00ad', 'park', none, 'nl', 'het windpark', 'soft-hyphen'],
  ])('%s | %s', (line, next, evidence, lang, text, rule) => {
    const joined = joinHyphenated(line, next, evidence, { lang });
    expect(joined.text).toBe(text);
    expect(joined.decision?.rule).toBe(rule);
  });

  it('counts inflected forms as evidence, and not the cut word at a line end', () => {
    expect(
      joinHyphenated('de wind-', 'park', new WordEvidence(['twee windparken']), { lang: 'nl' }).text,
    ).toBe('de windpark');
    const evidence = new WordEvidence(['een wind-', 'park']);
    expect(evidence.count('wind')).toBe(0);
  });

  it('leaves a hyphen no rule decides to the document’s habit and language', () => {
    const keep = joinHyphenated('a long-', 'term contract', none, {
      lang: 'en',
      fallback: fallbackFor([], 'en'),
    });
    expect(keep).toMatchObject({ text: 'a long-term contract', decision: { rule: 'guess-keep' } });
    expect(fallbackFor([], 'fr')).toBe('keep');
    expect(fallbackFor([], 'de')).toBe('join');
    expect(fallbackFor([], undefined)).toBe('join');
    // One line end shown to be the typesetter's: the document is hyphenated, undecided ones join.
    expect(fallbackFor(['seen-joined'], 'en')).toBe('join');
  });

  it('joins a dash at a line end with a space', () => {
    expect(joinHyphenated('Alkmaar –', 'De coöperatie', none).text).toBe('Alkmaar – De coöperatie');
  });
});

describe('cleanText', () => {
  it('removes control and zero-width characters, maps spaces and Word’s symbol bullets', () => {
    expect(cleanText('\uf0b7 CO2\u2011arm\u00a0licht\u0007\u200b en 12\u202f000')).toBe(
      '• CO2-arm licht en 12 000',
    );
  });
});

// ---------------------------------------------------------------------------------------------
// Files that are not a readable release

describe('readDocument on files an import must refuse', () => {
  it.each([
    ['broken-encrypted.pdf', 'password'],
    ['broken-damaged.pdf', 'corrupt'],
    ['broken-picture.pdf', 'not-a-document'],
    ['broken-legacy.doc', 'legacy-word'],
  ])('%s: %s', async (name, problem) => {
    const error = await readDocument(bytes(name)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DocumentError);
    expect((error as DocumentError).problem).toBe(problem);
    expect((error as DocumentError).message).not.toBe('');
  });

  it('tells the kind of a file by its first bytes, not its name', () => {
    expect(sniff(bytes('broken-picture.pdf'))).toBe('other');
    expect(sniff(bytes('nl-persbericht.pdf'))).toBe('pdf');
    expect(sniff(bytes('nl-persbericht.docx'))).toBe('zip');
  });

  it('refuses a file larger than any press release before reading it', async () => {
    const big = new Uint8Array(26 * 1024 * 1024);
    big.set(new TextEncoder().encode('%PDF-1.7'));
    await expect(readDocument(big)).rejects.toMatchObject({ problem: 'too-large' });
  });
});
