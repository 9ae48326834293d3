/** The newsroom's site.yaml as the configuration reads it (the environment: config.test.ts). */
import { describe, expect, it } from 'vitest';
import { parseSiteConfig, site, siteName } from '~/lib/config';

const text = `name: Talwerk Presse
publisher: talwerk
url: https://presse.talwerk.example
timeZone: Europe/Berlin
languages: [de, en]
colors:
  brand: "#e0a0b0"
logo:
  alt: Talwerk
`;

describe('parseSiteConfig', () => {
  it('places each problem on the line and column of its field', () => {
    const { site: parsed, problems } = parseSiteConfig(text, 'content/site.yaml', () => true);
    expect(parsed).toBeUndefined();
    expect(problems.map((p) => `${p.file}:${p.line}:${p.column}: ${p.field}`)).toEqual([
      'content/site.yaml:7:10: colors.brand',
      // A missing field points at its parent.
      'content/site.yaml:9:3: logo.src',
    ]);
    expect(problems[0]!.message).toMatch(/contrast ratio of 1\.\d\d:1/);
    expect(problems[1]!.message).toBe('missing: this field is required (expected string)');
  });

  it('reports YAML syntax errors with their place', () => {
    const { problems } = parseSiteConfig('name: [Talwerk\n', 'site.yaml', () => true);
    expect(problems[0]).toMatchObject({ file: 'site.yaml', line: 2, field: '(yaml)' });
    expect(problems[0]!.message).toMatch(/^YAML syntax: /);
  });
});

describe('the loaded configuration', () => {
  it('is the example newsroom when no other content folder is set', () => {
    expect(site.languages).toEqual(['nl', 'en', 'de', 'fr']);
    expect(siteName('fr')).toBe('Perskamer');
  });
});
