import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import type { Lang } from '~/i18n/locales';
import remarkTypography from '~/markdown/remark-typography';
import { releaseFileLang } from '~/lib/model/releases';
import { localiseQuotes, splitSubscripts, typeset } from '~/lib/locale/typography';

const NBSP = '\u00a0';
const NNBSP = '\u202f';

describe('localiseQuotes', () => {
  it('gives each language its quotation marks', () => {
    expect(localiseQuotes('Hij zei: "klaar".', 'nl')).toBe('Hij zei: “klaar”.');
    expect(localiseQuotes('He said "ready".', 'en')).toBe('He said “ready”.');
    expect(localiseQuotes('Er sagte "fertig".', 'de')).toBe('Er sagte „fertig“.');
    expect(localiseQuotes('Il a dit "prêt".', 'fr')).toBe(`Il a dit «${NBSP}prêt${NBSP}».`);
  });

  it('normalises curly and German quotes typed by authors', () => {
    expect(localiseQuotes('„fertig“ und “bereit”', 'de')).toBe('„fertig“ und „bereit“');
    expect(localiseQuotes('« prêt »', 'fr')).toBe(`«${NBSP}prêt${NBSP}»`);
  });

  it('turns apostrophes into ’', () => {
    expect(localiseQuotes("BMW's auto's", 'nl')).toBe('BMW’s auto’s');
    expect(localiseQuotes("l'usine", 'fr')).toBe('l’usine');
  });

  it('puts a narrow no-break space before French high punctuation', () => {
    expect(localiseQuotes('Pourquoi ? Voici : tout !', 'fr')).toBe(
      `Pourquoi${NNBSP}? Voici${NNBSP}: tout${NNBSP}!`,
    );
    expect(localiseQuotes('Vraiment?', 'fr')).toBe(`Vraiment${NNBSP}?`);
    expect(localiseQuotes('à 10:30 via https://x.example', 'fr')).toBe('à 10:30 via https://x.example');
    expect(localiseQuotes('Why? Here: all!', 'en')).toBe('Why? Here: all!');
  });
});

describe('splitSubscripts', () => {
  it('subscripts the 2 in CO2 wherever it stands', () => {
    expect(splitSubscripts('CO2-uitstoot')).toEqual([{ text: 'CO' }, { sub: '2' }, { text: '-uitstoot' }]);
    expect(splitSubscripts('less CO2e')).toEqual([{ text: 'less CO' }, { sub: '2' }, { text: 'e' }]);
    expect(typeset('"CO2"', 'de')).toEqual([{ text: '„CO' }, { sub: '2' }, { text: '“' }]);
  });

  it('leaves look-alikes alone', () => {
    expect(splitSubscripts('CO20 ECO2 CO')).toEqual([{ text: 'CO20 ECO2 CO' }]);
  });
});

async function render(markdown: string, lang: Lang) {
  const processor = await createMarkdownProcessor({
    remarkPlugins: [[remarkTypography, { lang }]],
    smartypants: false,
    syntaxHighlight: false,
  });
  return (await processor.render(markdown)).code.trim();
}

describe('remark typography plugin', () => {
  it('renders localised quotes and CO2 to HTML', async () => {
    expect(await render('De "CO2-uitstoot" daalt.', 'nl')).toBe('<p>De “CO<sub>2</sub>-uitstoot” daalt.</p>');
    expect(await render('Die "CO2-Bilanz" sinkt.', 'de')).toBe('<p>Die „CO<sub>2</sub>-Bilanz“ sinkt.</p>');
    expect(await render('Le "CO2" baisse.', 'fr')).toBe(`<p>Le «${NBSP}CO<sub>2</sub>${NBSP}» baisse.</p>`);
  });

  it('pairs quotes across emphasis and links', async () => {
    expect(await render('"Een *sterk* [signaal](https://example.com)", zei ze.', 'de')).toBe(
      '<p>„Een <em>sterk</em> <a href="https://example.com">signaal</a>“, zei ze.</p>',
    );
  });

  it('leaves code alone', async () => {
    expect(await render('Run `"CO2"` now.', 'de')).toBe('<p>Run <code>"CO2"</code> now.</p>');
  });

  it('reads the language from the release folder', () => {
    expect(releaseFileLang('/x/content/releases/de/2023/a.md')).toBe('de');
    expect(releaseFileLang('C:\\x\\content\\releases\\fr\\2023\\a.mdx')).toBe('fr');
    expect(releaseFileLang('/x/content/releases/xx/2023/a.md')).toBeUndefined();
    expect(releaseFileLang('/x/README.md')).toBeUndefined();
  });
});
