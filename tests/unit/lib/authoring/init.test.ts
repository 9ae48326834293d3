import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { InitError, parseLanguages, skeleton } from '~/lib/authoring/init';
import { validateContent } from '~/lib/authoring/validate';
import { siteSchema } from '~/schemas/site';

const answers = {
  name: 'Talwerk Newsroom',
  languages: parseLanguages('de, en'),
  publisher: 'Talwerk Energie GmbH',
  url: 'https://press.talwerk.example/',
  timeZone: 'Europe/Berlin',
};

describe('npm run init skeleton', () => {
  const files = skeleton(answers);
  const text = (rel: string) => files.find((f) => f.rel === rel)!.text;

  it('writes site.yaml, the company, one press contact, topics and an empty releases folder', () => {
    expect(files.map((f) => f.rel)).toEqual([
      'site.yaml',
      'companies/talwerk-energie-gmbh.yaml',
      'people/press-office.yaml',
      'topics.yaml',
      'releases/.gitkeep',
    ]);
  });

  it('writes a site.yaml the schema accepts, with the answers in it', () => {
    const site = siteSchema().parse(parse(text('site.yaml')));
    expect(site).toMatchObject({
      name: 'Talwerk Newsroom',
      publisher: 'talwerk-energie-gmbh',
      url: 'https://press.talwerk.example',
      timeZone: 'Europe/Berlin',
      languages: ['de', 'en'],
      contacts: ['press-office'],
    });
  });

  it('gives the company a boilerplate per language, in that language', () => {
    const company = parse(text('companies/talwerk-energie-gmbh.yaml'));
    expect(company.facts).toEqual([]);
    expect(Object.keys(company.boilerplate)).toEqual(['de', 'en']);
    expect(company.boilerplate.de[0]).toContain('veröffentlicht ihre Pressemitteilungen');
  });

  it('is valid content as a whole, with no problem to report', () => {
    // The folder's .gitkeep is no content file: the validator never reads it.
    const content = files.filter((f) => !f.rel.endsWith('.gitkeep'));
    const findings = validateContent(content, {
      dir: 'content',
      now: new Date('2026-12-01T09:00:00+01:00'),
      timeZone: 'Europe/Berlin',
    });
    expect(findings).toEqual([]);
  });

  it('names the flag and what it expects for an unusable answer', () => {
    expect(() => parseLanguages('de, es')).toThrow(/--languages: expected one or more of nl, en, de, fr/);
    expect(() => parseLanguages('en en')).toThrow(/each language once/);
    expect(() => skeleton({ ...answers, url: 'press.talwerk' })).toThrow(InitError);
    expect(() => skeleton({ ...answers, url: 'press.talwerk' })).toThrow(
      /--url: expected the site's address/,
    );
    expect(() => skeleton({ ...answers, publisher: '  ' })).toThrow(/--publisher/);
    expect(() => skeleton({ ...answers, timeZone: 'Mars/Olympus' })).toThrow(/--time-zone/);
  });
});
