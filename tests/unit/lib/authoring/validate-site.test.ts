/** `npm run validate` on site.yaml: the same schema as the build, and its references. */
import { describe, expect, it } from 'vitest';
import { validateContent, type ContentFile } from '~/lib/authoring/validate';

const base: ContentFile[] = [
  { rel: 'companies/talwerk.yaml', text: 'name: Talwerk\n' },
  { rel: 'people/lena.yaml', text: 'name: Lena Vogt\nemail: presse@talwerk.example\n' },
  { rel: 'people/otto.yaml', text: 'name: Otto Sprecher\n' },
  { rel: 'topics.yaml', text: '- { id: energy, label: { de: Energie } }\n' },
];

const site = (extra = '') => ({
  rel: 'site.yaml',
  text: `name: Talwerk Presse
publisher: talwerk
url: https://presse.talwerk.example
timeZone: Europe/Berlin
languages: [de, en]
colors: { brand: "#8c1d2f" }
${extra}`,
});

const validate = (file: ContentFile) =>
  validateContent([...base, file], {
    dir: 'content',
    now: new Date('2026-12-01T09:00:00+01:00'),
    timeZone: 'Europe/Berlin',
    exists: () => false,
  }).map((f) => `${f.file}:${f.line}:${f.column}: ${f.severity}: ${f.field}: ${f.message}`);

describe('validate site.yaml', () => {
  it('passes a good one', () => {
    expect(validate(site('contacts: [lena]\n'))).toEqual([]);
  });

  it('reports a poor brand colour on its line, with the ratio', () => {
    const findings = validate({ ...site(), text: site().text.replace('#8c1d2f', '#e0a0b0') });
    expect(findings).toEqual([
      'content/site.yaml:6:18: error: colors, brand: "#e0a0b0" has a contrast ratio of 1.96:1 with the tinted background #f3f6f8; expected at least 4.5:1 (WCAG AA) for text on it and links in it: choose a darker colour',
    ]);
  });

  it('reports unknown publisher and contacts, and a contact nobody can reach', () => {
    const findings = validate({
      ...site('contacts: [lena, otto, anna]\n'),
      text: site('contacts: [lena, otto, anna]\n').text.replace('publisher: talwerk', 'publisher: talwerc'),
    });
    expect(findings).toEqual([
      'content/site.yaml:2:12: error: publisher: unknown company "talwerc"; expected one of: talwerk',
      'content/site.yaml:7:18: error: contact 2: "otto" has no email or phone; expected a way to reach the press office',
      'content/site.yaml:7:24: error: contact 3: unknown person "anna"; expected one of: lena, otto',
    ]);
  });

  it('checks the logo file against the content folder', () => {
    expect(validate(site('logo: { src: images/logo.svg, alt: Talwerk }\n'))).toEqual([
      'content/site.yaml:7:14: error: logo, src: file not found: "images/logo.svg"; expected a path relative to the content folder',
    ]);
  });
});
