/**
 * The release page as a reporter uses it, and its press kit, on the shared fixture build: the
 * sidebar's contacts and downloads (each with its size), citations held for the clipboard, no
 * text twice, related releases, the print masthead; the ZIP opened and read back.
 */
import type { CheerioAPI } from 'cheerio';
import { parse } from 'csv-parse/sync';
import { unzipSync } from 'fflate';
import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatBytes } from '~/lib/locale/format';
import { KEY_FIGURE_COLUMNS } from '~/lib/outputs/api';
import { fixtureContent } from '../helpers/build';
import { EN, EN_MDX, fileOf, fixtureBuild, FR, NL, NL_ONLY, ORIGIN, pageOf } from '../helpers/fixture-site';

const build = fixtureBuild();
const page = (path: string) => pageOf(build, path);
const bytesOf = (path: string) => readFile(join(build.outDir, path));
const sizeOf = async (path: string) => (await stat(join(build.outDir, path))).size;
const text = ($: CheerioAPI, selector: string) => $(selector).text().replace(/\s+/g, ' ').trim();

describe('sidebar', () => {
  it('gives the press contact with role, phone and e-mail as links', async () => {
    const $ = await page(NL);
    const contact = $('.release__aside .release__desk .contact');
    expect(contact.find('.contact__name').text()).toBe('Piet Pers');
    expect(contact.find('.contact__role').text()).toBe('Woordvoerder');
    expect(contact.find('a[href^="tel:"]').attr('href')).toBe('tel:+31200000000');
    expect(contact.find('a[href^="mailto:"]').attr('href')).toBe('mailto:pers@testco.example');
  });

  it('offers the press kit with its real size, named after the release', async () => {
    const $ = await page(NL);
    const kit = $('.release__desk .downloads a.press-kit');
    expect(kit.attr('href')).toBe(`${NL}press-kit.zip`);
    expect(kit.attr('download')).toBe('jaarcijfers.zip');
    const size = await sizeOf(`${NL}press-kit.zip`);
    expect(kit.closest('li').find('.download__size').text()).toBe(formatBytes(size, 'nl'));
    expect(text($, '.download--kit .download__hint')).toBe('Tekst, kerncijfers en originele beelden');
  });

  it('offers each original image with its file size and pixel size', async () => {
    const $ = await page(NL);
    const image = $('.downloads a.image__download');
    expect(image.attr('download')).toBe('test-card.png');
    const original = await stat(join(fixtureContent, 'images/test-card.png'));
    // The link serves the original bytes, not a resized copy.
    expect(await bytesOf(image.attr('href')!)).toEqual(
      await readFile(join(fixtureContent, 'images/test-card.png')),
    );
    const meta = image.closest('li').find('.download__meta').text();
    expect(meta).toMatch(/^PNG, \d+\u00a0×\u00a0\d+, /);
    expect(meta.endsWith(formatBytes(original.size, 'nl'))).toBe(true);
    // Machine-readable data is small print at the end of the downloads.
    expect($('.downloads .downloads__small a').attr('href')).toBe(`${NL}ninjs.json`);
  });

  it('links the other languages, the topics, the subscribe page, and offers copy link and share', async () => {
    const $ = await page(NL);
    const more = $('.release__aside .release__more');
    expect(
      more
        .find('a[hreflang]')
        .map((_, a) => $(a).attr('href'))
        .get(),
    ).toEqual([EN, FR]);
    expect(
      more
        .find('.topics a')
        .map((_, a) => `${$(a).text()} ${$(a).attr('href')}`)
        .get(),
    ).toEqual(['Resultaten /nl/topics/results/']);
    expect(more.find('.follow a').attr('href')).toBe('/nl/subscribe/');
    const copy = more.find('button[data-copy-text]');
    expect(copy.attr('data-copy-text')).toBe(`${ORIGIN}${NL}`);
    expect(copy.attr('hidden')).toBeDefined();
    expect(more.find('button[data-share]').attr('hidden')).toBeDefined();
    expect(more.find('button[data-print]').text()).toBe('Afdrukken of opslaan als pdf');
    const share = more
      .find('.share__links a')
      .map((_, a) => $(a).attr('href'))
      .get();
    expect(share[0]).toBe(
      `mailto:?subject=Testbedrijf%20groeit%20in%202022&body=${encodeURIComponent(ORIGIN + NL)}`,
    );
    expect(share.slice(1).every((href) => href.includes(encodeURIComponent(ORIGIN + NL)))).toBe(true);
  });

  it('places contacts and downloads before the text, the rest of the sidebar after it', async () => {
    const $ = await page(NL);
    const order = $('.release')
      .find('.dateline, .release__desk, .release__body, .release__more')
      .map((_, el) => $(el).attr('class')!.split(' ')[0])
      .get();
    expect(order).toEqual(['dateline', 'release__desk', 'release__more', 'release__body']);
    // release.css: on phones .release__more follows the text (order), on wide screens it is the sidebar.
  });

  it('marks the list of releases as the current section in the nav', async () => {
    const $ = await page(NL);
    expect(
      $('.site-nav a[aria-current]')
        .map((_, a) => `${$(a).attr('href')} ${$(a).attr('aria-current')}`)
        .get(),
    ).toEqual(['/nl/ true']);
  });
});

describe('citations and repetition', () => {
  it('keeps each citation in a closed <details>, for the copy button and readers without JavaScript', async () => {
    const $ = await page(NL);
    for (const anchor of ['figure-growth', 'quote-pia']) {
      const details = $(`#${anchor} .cite details`);
      expect(details.length, anchor).toBe(1);
      expect(details.attr('open'), anchor).toBeUndefined();
      expect(details.find('summary').text()).toBe('Citeren als');
      expect(details.find(`#cite-${anchor}`).length).toBe(1);
    }
  });

  it('shows the quote once: its only other copy is the closed citation', async () => {
    const $ = await page(NL);
    const visible = $('main').clone();
    visible.find('details, .print-only, [hidden]').remove();
    expect(visible.text().split('op het team').length - 1).toBe(1);
    expect($('main').text().split('op het team').length - 1).toBe(2);
  });

  it('writes field labels with the language’s colon: no "Période: 2024" beside "Pour citer :"', async () => {
    expect(text(await page(NL), '#figure-growth .figure__meta')).toBe('ten opzichte van: 2021');
    const fr = await page(FR);
    // Text in another language (the language switch speaks each language in its own) follows its own rules.
    fr('body [lang]:not([lang="fr"])').remove();
    // A colon (; ! ?) straight after a letter, or after an ordinary space, is the inconsistency.
    expect(fr('body').text()).not.toMatch(/\p{L}[:;?!](?=\s)| [:;?!]/u);
    expect(fr('.cite summary').first().text()).toBe('Pour citer');
  });

  it('sets the qualifier apart from the amount, which does not break', async () => {
    const $ = await page(NL);
    expect($('#figure-growth .figure__qualifier').text()).toBe('ongeveer');
    expect($('#figure-growth .figure__number').text()).toBe('12');
    expect($('#figure-growth .figure__unit').text()).toBe('procent');
  });
});

describe('related releases', () => {
  it('lists other releases of the same language about the same company or topics, newest first', async () => {
    const $ = await page(NL);
    const links = $('.related__list a')
      .map((_, a) => $(a).attr('href'))
      .get();
    expect(links).toEqual([NL_ONLY]);
    expect(text($, '.related__meta')).toBe('1 februari 2024 · Testbedrijf');
    expect($('.related__all a').attr('href')).toBe('/nl/');
    expect(
      (await page(NL_ONLY))('.related__list a')
        .map((_, a) => $(a).attr('href'))
        .get(),
    ).toEqual([NL]);
  });
});

describe('print', () => {
  it('has a masthead with the newsroom, "press release", the date and the address', async () => {
    const $ = await page(NL);
    // The newsroom's masthead (Base.astro) on every printed page, the release's own under it.
    expect($('.masthead').text().trim()).toBe('Perskamer');
    expect(
      $('.release-masthead p')
        .map((_, p) => $(p).text().replace(/\s+/g, ' ').trim())
        .get(),
    ).toEqual(['Persbericht · Testbedrijf · 1 maart 2023', `${ORIGIN}${NL}`]);
  });

  it('shows the masthead and hides the controls, the citations and the sidebar’s extras in print', async () => {
    const $ = await page(NL);
    const css = (
      await Promise.all(
        $('link[rel="stylesheet"]')
          .map((_, l) => fileOf(build, $(l).attr('href')!))
          .get(),
      )
    ).join('\n');
    const print = [...css.matchAll(/@media print\{((?:[^{}]|\{[^{}]*\})*)\}/g)].map((m) => m[1]).join('\n');
    expect(print).toMatch(/\.release-masthead\{[^}]*display:block/);
    for (const hidden of ['.cite', '.downloads', '.release__more', '.release__foot', '.site-header']) {
      expect(print, hidden).toMatch(
        new RegExp(`(^|[,}])${hidden.replace('.', '\\.')}[,{][^}]*?display:none`, 'm'),
      );
    }
    // On screen the masthead stays out of sight.
    expect(css).toMatch(/\.print-only\{display:none\}/);
  });
});

describe('press kit', () => {
  const kit = async (path: string) => unzipSync(new Uint8Array(await bytesOf(`${path}press-kit.zip`)));
  const decode = (bytes: Uint8Array | undefined) =>
    new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);

  it('holds the release as Markdown with a readable header and as standalone HTML', async () => {
    const files = await kit(NL);
    const md = decode(files['jaarcijfers/jaarcijfers.md']);
    expect(
      md.startsWith(`**Perskamer** · Persbericht · Testbedrijf · 1 maart 2023\n\n<${ORIGIN}${NL}>\n`),
    ).toBe(true);
    expect(md).toContain('# Testbedrijf groeit in 2022');
    expect(md).toContain(
      'Testbedrijf maakt de “jaarcijfers” bekend: ongeveer 12 procent meer CO₂-vrije stroom.',
    );
    expect(md).toContain('## Vooruitblik');
    // Comments for colleagues never reach the kit.
    expect(md).not.toContain('ZZINTERNCOMMENT');
    const html = decode(files['jaarcijfers/jaarcijfers.html']);
    expect(html).toMatch(/^<!doctype html><html lang="nl">/);
    expect(html).toContain('<img src="images/test-card.png"');
    expect(html).not.toContain('ZZINTERNCOMMENT');
  });

  it('holds the key figures as the CSV export writes them', async () => {
    const files = await kit(NL);
    const rows = parse(decode(files['jaarcijfers/key-figures.csv']), { bom: true, columns: true }) as Record<
      string,
      string
    >[];
    const exported = (
      parse(await fileOf(build, 'api/key-figures.csv'), { bom: true, columns: true }) as Record<
        string,
        string
      >[]
    ).filter((row) => row['url'] === `${ORIGIN}${NL}`);
    expect(Object.keys(rows[0]!)).toEqual([...KEY_FIGURE_COLUMNS]);
    expect(rows).toEqual(exported);
    expect(rows.map((r) => `${r['id']} ${r['value']} ${r['unit']}`)).toEqual(['growth 12 percent']);
  });

  it('holds every original image unchanged, with its credits', async () => {
    const files = await kit(NL);
    expect(files['jaarcijfers/images/test-card.png']).toEqual(
      new Uint8Array(await readFile(join(fixtureContent, 'images/test-card.png'))),
    );
    const credits = decode(files['jaarcijfers/credits.txt']);
    expect(credits).toContain(
      'images/test-card.png\nBijschrift: Testbeeld\nCredit: Foto: Testbedrijf\nAlt-tekst: Blauw testbeeld\n',
    );
  });

  it('renders an MDX release’s text into its kit', async () => {
    const files = await kit(EN_MDX);
    expect(Object.keys(files)).toEqual(['mdx-release/mdx-release.md', 'mdx-release/mdx-release.html']);
    expect(decode(files['mdx-release/mdx-release.md'])).toContain(
      'Testco avoided 1200 tonnes of CO₂ and called it “a good start”.',
    );
  });

  it('exists for public releases only', async () => {
    expect(existsSync(join(build.outDir, `${EN}press-kit.zip`))).toBe(true);
    expect(existsSync(join(build.outDir, 'de/2023/embargo/press-kit.zip'))).toBe(false);
    expect(existsSync(join(build.outDir, 'nl/2024/concept/press-kit.zip'))).toBe(false);
  });
});
