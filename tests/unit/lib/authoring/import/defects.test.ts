/**
 * The importer's defects from the reliability review (issue 9), each as it was reproduced:
 * D3 cut-out text in the body, D4 outside text that became HTML or links, D7 control
 * characters, D10 quadratic time, D19 notes not for publication that were published.
 */
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import { splitFrontMatter } from '~/lib/authoring/front-matter';
import { importText } from '~/lib/authoring/import/index';
import { renderImport } from '~/lib/authoring/import/render';
import { context, fixture } from './context';

const draft = (text: string) => {
  const r = importText(text, { ...context, company: 'noordwind-energie' });
  return {
    release: r,
    file: renderImport(r, {
      company: 'noordwind-energie',
      translationKey: 'k-abc',
      date: r.day ?? '2025-03-04',
      fallbackLocation: 'TODO city',
      sourceName: 'meta.txt',
    }),
  };
};

describe('D3: what the import cuts out never reaches the body', () => {
  it('keeps the contact block with its private numbers and the note as YAML comments in the front-matter', () => {
    const { file } = draft(
      'Persbericht\n\nKop van het bericht\n\nZwolle, 4 maart 2025 – Tekst van het bericht.\n\n' +
        'Noot voor de redactie\nEr is een persbijeenkomst.\n\nPerscontact\nJan Geheim, privé 06-12345678, jan.geheim@example.com\n',
    );
    const { yaml, body } = splitFrontMatter(file);
    expect(yaml).toMatch(/^# {3}\| Jan Geheim, privé 06-12345678, jan\.geheim@example\.com$/m);
    expect(yaml).toMatch(/^# {3}\| Er is een persbijeenkomst\.$/m);
    expect(body).toBe('\nTekst van het bericht.\n');
  });
});

describe('D4: imported text cannot become live HTML or a link', () => {
  const hostile = [
    'Persbericht',
    '',
    'Noordwind Energie opent zonnepark in Drenthe',
    '',
    'Groningen, 4 maart 2025. Noordwind Energie opent vandaag een zonnepark.',
    '',
    'Lees meer <meta http-equiv="refresh" content="0;url=https://evil.example/">',
    '',
    'De bouw duurde een jaar …  [klik](javascript:alert(3)) en <javascript:alert(4)> en ![x](y.png)',
    '',
    '<script>alert(1)</script> <!-- verborgen --> &lt;b&gt; [ref]: javascript:alert(5)',
    '',
    '- 1. # > ```',
  ].join('\n');

  it('escapes headings and paragraphs alike, so the page holds text only', async () => {
    const { file, release } = draft(hostile);
    expect(release.body).toContain('## Lees meer \\<meta');
    const html = (await (await createMarkdownProcessor({})).render(splitFrontMatter(file).body)).code;
    // Only paragraphs, a heading and a list come out: no element from the text itself.
    expect([...new Set(html.match(/<[a-z0-9]+/g))].sort()).toEqual(['<a', '<h2', '<li', '<p', '<ul']);
    expect(html).not.toMatch(/<!--|href="(?!https?:)/);
    // A bare web address stays a link (GFM links those in any text), to an address the text shows.
    for (const [, href] of html.matchAll(/<a href="([^"]*)"/g))
      expect(href).toMatch(/^https:\/\/evil\.example\//);
    expect(html).toContain('Lees meer &#x3C;meta http-equiv');
    expect(html).toContain('[klik](javascript:alert(3))');
  });
});

describe('D7: control characters pasted into the text are removed', () => {
  it('leaves none in the title or anywhere in the draft', () => {
    const { release, file } = draft(
      'Noordwind Energie opent\b windpark\u0002 Zuidlaren\n\nZuidlaren, 4 maart 2025 – Tekst\u000b met\u0001 tekens.\n',
    );
    expect(release.title).toBe('Noordwind Energie opent windpark Zuidlaren');
    // eslint-disable-next-line no-control-regex -- looking for control characters is the test
    expect(file).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/);
    expect(release.notes).toContain('removed 3 control characters (they break feeds)');
  });
});

describe('D19: notes not for publication and end marks are cut out and reported', () => {
  const release = (ending: string) =>
    importText(
      `Persbericht\n\nKop van het bericht\n\nZwolle, 4 maart 2025 – Tekst van het bericht met 8.310 leden.\n\n${ending}`,
      { ...context, company: 'noordwind-energie' },
    );

  it.each([
    ['Noot voor de redactie, niet voor publicatie\n\nEr zijn 8.310 leden bij de bijeenkomst.'],
    ['Noot voor de redactie (niet voor publicatie):\nEr zijn 8.310 leden bij de bijeenkomst.'],
    ['(niet voor publicatie): Er zijn 8.310 leden bij de bijeenkomst.'],
    ['Note to editors – not for publication\nEr zijn 8.310 leden bij de bijeenkomst.'],
    ['NOT FOR PUBLICATION\n\nEr zijn 8.310 leden bij de bijeenkomst.'],
    ['Hinweis für die Redaktion – nicht zur Veröffentlichung\nEr zijn 8.310 leden bij de bijeenkomst.'],
    ['Nicht zur Veröffentlichung:\nEr zijn 8.310 leden bij de bijeenkomst.'],
    ['Note aux rédactions (ne pas publier)\nEr zijn 8.310 leden bij de bijeenkomst.'],
    ['Ne pas publier :\nEr zijn 8.310 leden bij de bijeenkomst.'],
  ])('cuts out "%s"', (ending) => {
    const r = release(ending);
    expect(r.body).toBe('Tekst van het bericht met 8.310 leden.');
    expect(r.cut.at(-1)).toMatchObject({ kind: 'not-for-publication' });
    expect(r.cut.at(-1)!.text).toContain('bij de bijeenkomst');
    expect(r.notes.some((n) => n.startsWith('cut out a note not for publication'))).toBe(true);
    // Its figures are proposed neither as key figures nor as company facts.
    expect(r.figures).toHaveLength(1);
    expect(r.companyFacts).toEqual([]);
  });

  it('cuts out a note to editors headed "Noot voor redactie:" with its text on the same line', () => {
    const r = release('Noot voor redactie: er is een persbijeenkomst op 20 maart.');
    expect(r.cut.at(-1)).toMatchObject({
      kind: 'note',
      heading: 'Noot voor redactie',
      text: 'er is een persbijeenkomst op 20 maart.',
    });
  });

  it.each([
    'Einde persbericht',
    'End of press release',
    '-ENDS-',
    '###',
    'Ende der Pressemitteilung',
    'Fin du communiqué',
  ])('cuts out "%s" and what follows it', (mark) => {
    const r = release(`${mark}\n\nEr is een persbijeenkomst op 20 maart.`);
    expect(r.body).toBe('Tekst van het bericht met 8.310 leden.');
    expect(r.cut.at(-1)).toMatchObject({
      kind: 'after-end',
      heading: mark,
      text: 'Er is een persbijeenkomst op 20 maart.',
    });
    expect(r.notes).toContain(`cut out the end mark "${mark}" and what followed it`);
  });
});

describe('D10: the import takes time in proportion to the text', () => {
  it('reads a 2 MB text in a few seconds, four times as long as half a megabyte', () => {
    const paragraph =
      'Het park levert ongeveer 12 GWh per jaar, goed voor ruim 4.000 huishoudens en een besparing van 5.200 ton CO2. ' +
      'De investering van € 16,1 miljoen komt voor 30 procent van de leden.\n\n';
    const release = (bytes: number) =>
      fixture('nl-zonnepark.txt').replace(
        'Meedoen met certificaten',
        `${paragraph.repeat(bytes / paragraph.length)}Meedoen met certificaten`,
      );
    const time = (text: string) => {
      const start = performance.now();
      importText(text, context);
      return performance.now() - start;
    };
    time(release(10_000));
    const small = time(release(512 * 1024));
    const large = time(release(2 * 1024 * 1024));
    // A few seconds on an idle machine; the bound leaves room for a busy one.
    expect(large).toBeLessThan(15_000);
    // Quadratic time would make the large text sixteen times slower; linear, about four.
    expect(large / small).toBeLessThan(8);
  }, 60_000);
});
