/** Builds the fixture site once and asserts on the HTML it produced. */
import type { CheerioAPI } from 'cheerio';
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EN, fixtureBuild, FR, NL, NL_ONLY, ORIGIN, pageOf } from '../helpers/fixture-site';

const build = fixtureBuild();
const page = (path: string) => pageOf(build, path);

async function allFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

describe('note to editors', () => {
  it('uses the facts as they were public on the release date', async () => {
    const note = (await page(NL))('.note').text();
    // Published on the release day itself: counts.
    expect(note).toContain('Testbedrijf had op 31 december 2022 1.350 medewerkers.');
    // The 2022 revenue came out the day after: the 2021 figure stands.
    expect(note).toContain('De omzet over 2021 bedroeg € 4,5 miljoen.');
    expect(note).not.toContain('5,2 miljoen');
    // A fact first published in 2024 leaves its sentence out...
    expect(note).not.toContain('vestigingen');
  });

  it('warns at build time about the sentence it left out', () => {
    expect(build.output).toMatch(
      /warning: .*releases\/nl\/2023\/jaarcijfers\.md: note to editors: left out "Het bedrijf heeft \{sites\} vestigingen\."/,
    );
  });

  it('includes a sentence once its fact is public', async () => {
    expect((await page(NL_ONLY))('.note').text()).toContain('Het bedrijf heeft 7 vestigingen.');
  });

  it('is written in the release’s language', async () => {
    const $ = await page(FR);
    expect($('.note h2').text()).toBe('Note aux rédactions');
    expect($('.note').text()).toContain('Le chiffre d’affaires 2021 s’élevait à 4,5 millions d’euros.');
  });
});

describe('release page', () => {
  it('shows the dateline in the language’s style', async () => {
    expect((await page(NL))('.dateline').text().trim()).toBe('Utrecht, 1 maart 2023');
    expect((await page(EN))('.dateline').text().trim()).toBe('Utrecht, 1 March 2023');
    expect((await page(FR))('.dateline time').attr('datetime')).toBe('2023-03-01T09:00:00+01:00');
  });

  it('shows key figures in the language’s words', async () => {
    expect((await page(NL))('#figure-growth .figure__value').text()).toBe('ongeveer 12 procent');
    expect((await page(EN))('#figure-growth .figure__value').text()).toBe('about 12%');
    expect((await page(FR))('#figure-growth .figure__value').text()).toBe('environ 12\u00a0%');
  });

  it('shows the quote with the role held on the release date', async () => {
    const $ = await page(NL);
    expect($('#quote-pia blockquote').text().trim()).toBe('“We zijn “trots” op het team.”');
    expect($('#quote-pia .quote__role').text()).toBe('Algemeen directeur');
  });

  it('typesets the body per language', async () => {
    expect((await page(NL))('.release__body').html()).toContain('de “jaarcijfers” bekend');
    expect((await page(NL))('.release__body').html()).toContain('CO<sub>2</sub>-vrije');
    expect((await page(FR))('.release__body').text()).toContain('«\u00a0résultats annuels\u00a0»\u202f:');
  });

  it('renders MDX releases through the same typography plugin', async () => {
    const $ = await page('/en/2024/mdx-release/');
    expect($('.release__body').html()).toContain(
      'avoided 1200 tonnes of CO<sub>2</sub> and called it “a good start”.',
    );
  });

  it('lists press contacts and images with a download of the original', async () => {
    const $ = await page(NL);
    expect($('.contact__name').text()).toBe('Piet Pers');
    expect($('.contact a[href^="mailto:"]').attr('href')).toBe('mailto:pers@testco.example');
    const download = $('.image__download').attr('href')!;
    expect(existsSync(join(build.outDir, download))).toBe(true);
    expect($('picture source[type="image/avif"]').length).toBe(1);
    expect($('picture img').attr('alt')).toBe('Blauw testbeeld');
  });
});

describe('head', () => {
  const alternates = ($: CheerioAPI) =>
    $('link[rel="alternate"][hreflang]')
      .map((_, el) => `${$(el).attr('hreflang')} ${$(el).attr('href')}`)
      .get();

  it('has reciprocal hreflang alternates for existing translations only, plus x-default', async () => {
    const expected = [
      `nl ${ORIGIN}${NL}`,
      `en ${ORIGIN}${EN}`,
      `fr ${ORIGIN}${FR}`,
      `x-default ${ORIGIN}${NL}`,
    ];
    for (const path of [NL, EN, FR]) expect(alternates(await page(path)), path).toEqual(expected);
  });

  it('gives an untranslated release no alternates', async () => {
    expect(alternates(await page(NL_ONLY))).toEqual([]);
    expect((await page(NL_ONLY))('link[rel="canonical"]').attr('href')).toBe(`${ORIGIN}${NL_ONLY}`);
  });

  it('describes the release as a NewsArticle in JSON-LD', async () => {
    const json = JSON.parse((await page(NL))('script[type="application/ld+json"]').text());
    expect(json).toMatchObject({
      '@type': 'NewsArticle',
      headline: 'Testbedrijf groeit in 2022',
      inLanguage: 'nl',
      datePublished: '2023-03-01T09:00:00+01:00',
      dateline: 'Utrecht, 1 maart 2023',
      author: [{ '@type': 'Organization', name: 'Testbedrijf' }],
      publisher: { '@type': 'Organization', name: 'Testbedrijf' },
    });
  });

  it('declares the language and a Content-Security-Policy', async () => {
    const $ = await page(FR);
    expect($('html').attr('lang')).toBe('fr');
    expect($('meta[http-equiv="content-security-policy"]').attr('content')).toContain("script-src 'self'");
  });
});

describe('visibility', () => {
  it('leaves drafts and embargoed releases out of pages and links', async () => {
    const files = await allFiles(build.outDir);
    expect(files.some((f) => f.includes('concept'))).toBe(false);
    expect(files.some((f) => f.includes('embargo'))).toBe(false);
    for (const file of files.filter((f) => f.endsWith('.html'))) {
      const html = await readFile(file, 'utf8');
      expect(html, file).not.toContain('Conceptbericht');
      expect(html, file).not.toContain('Gesperrte Mitteilung');
    }
  });
});

describe('embargo schedule', () => {
  it('prints when the next embargo lifts, so a scheduler knows when to rebuild', () => {
    expect(build.output).toContain('next embargo lifts at 2030-01-01T08:00:00+01:00');
  });
});

describe('home and language picker', () => {
  it('lists the language’s releases newest first', async () => {
    const $ = await page('/nl/');
    expect(
      $('.release-card__title a')
        .map((_, a) => $(a).attr('href'))
        .get(),
    ).toEqual([NL_ONLY, NL]);
    expect((await page('/de/'))('.release-card').length).toBe(0);
  });

  it('lets visitors pick a language without JavaScript', async () => {
    const $ = await page('/');
    expect(
      $('.picker a')
        .map((_, a) => $(a).attr('href'))
        .get(),
    ).toEqual(['/nl/', '/en/', '/de/', '/fr/']);
    expect($('script:not([type="application/ld+json"])').length).toBe(0);
  });

  it('has a 404 page', async () => {
    expect(existsSync(join(build.outDir, '404.html'))).toBe(true);
  });
});
