import { describe, expect, it } from 'vitest';
import { siteSchema, textIn } from '~/schemas/site';

const valid = {
  name: { de: 'Talwerk Presse', en: 'Talwerk Newsroom' },
  publisher: 'talwerk',
  url: 'https://presse.talwerk.example',
  timeZone: 'Europe/Berlin',
  languages: ['de', 'en'],
  colors: { brand: '#8c1d2f' },
};

/** The issues of a site.yaml as `field: message`. */
function issues(data: object, exists?: (path: string) => boolean): string[] {
  const result = siteSchema(exists ? { exists } : {}).safeParse(data);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('siteSchema', () => {
  it('accepts a minimal newsroom and fills the defaults', () => {
    const site = siteSchema().parse(valid);
    expect(site.contacts).toEqual([]);
    expect(site.about).toEqual({});
    expect(site.links).toEqual({ social: {} });
    expect(site.subscribe).toBeUndefined();
  });

  it('fails a brand colour with poor contrast, naming the colour and the ratio', () => {
    expect(issues({ ...valid, colors: { brand: '#7fb4e0' } })).toEqual([
      'colors.brand: "#7fb4e0" has a contrast ratio of 2.03:1 with the tinted background #f3f6f8; expected at least 4.5:1 (WCAG AA) for text on it and links in it: choose a darker colour',
    ]);
    expect(issues({ ...valid, colors: { brand: '#8c1d2f', accent: '#ffd400' } })[0]).toMatch(
      /^colors\.accent: "#ffd400" has a contrast ratio of 1\.\d\d:1/,
    );
    expect(issues({ ...valid, colors: { brand: 'dark red' } })).toEqual([
      'colors.brand: expected a colour in hex, like "#0b5d3b"',
    ]);
  });

  it('takes languages from the locale table only, each once, in the order given', () => {
    expect(siteSchema().parse({ ...valid, languages: ['en', 'de'] }).languages).toEqual(['en', 'de']);
    expect(issues({ ...valid, languages: ['de', 'es'] })[0]).toMatch(
      /^languages\.1: expected a language the site has UI words for: nl, en, de, fr/,
    );
    expect(issues({ ...valid, languages: ['de', 'de'] })).toEqual(['languages: expected each language once']);
    expect(issues({ ...valid, languages: [] })).toEqual([
      'languages: expected at least one language, like [de, en]',
    ]);
  });

  it('needs texts in the first language, which the others fall back to', () => {
    expect(issues({ ...valid, name: { en: 'Talwerk Newsroom' } })).toEqual([
      'name: expected a text in "de", the site\'s first language (the others fall back to it)',
    ]);
    expect(textIn({ de: 'Talwerk Presse' }, 'en', 'de')).toBe('Talwerk Presse');
    expect(textIn('Talwerk', 'en', 'de')).toBe('Talwerk');
  });

  it('wants an SVG or PNG logo inside the content folder that exists', () => {
    const logo = (src: string) => ({ ...valid, logo: { src, alt: 'Talwerk' } });
    const exists = (path: string) => path === 'images/logo.svg';
    expect(issues(logo('images/logo.svg'), exists)).toEqual([]);
    expect(issues(logo('images/logo.jpg'), exists)).toEqual([
      'logo.src: expected an .svg or .png file, got "images/logo.jpg"',
    ]);
    expect(issues(logo('../secret.svg'), exists)[0]).toMatch(
      /^logo\.src: expected a path inside the content folder/,
    );
    expect(issues(logo('images/missing.png'), exists)).toEqual([
      'logo.src: file not found: "images/missing.png"; expected a path relative to the content folder',
    ]);
  });

  it('checks the time zone, the addresses and the ids', () => {
    expect(issues({ ...valid, timeZone: 'Europe/Talheim' })).toEqual([
      'timeZone: expected an IANA time zone like "Europe/Berlin"',
    ]);
    expect(issues({ ...valid, links: { imprint: 'talwerk.example/impressum' } })).toEqual([
      'links.imprint: expected a web address starting with https://',
    ]);
    expect(issues({ ...valid, publisher: 'Talwerk GmbH' })[0]).toMatch(/^publisher: expected a company id/);
    expect(issues({ ...valid, subscribe: { action: 'https://lists.example/join' } })[0]).toMatch(
      /^subscribe\.label: /,
    );
  });
});
