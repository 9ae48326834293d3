/** D7 and D11 at the schema: what the build itself refuses, with the field named by zod's path. */
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { companySchema, personSchema, releaseSchema, topicSchema } from '~/schemas';
import { text } from '~/schemas/atoms';

const release = releaseSchema(() => z.string());
const valid = {
  title: 'Noordwind Energie opent zonnepark',
  date: '2025-03-04T10:00:00+01:00',
  location: 'Groningen',
  company: 'noordwind-energie',
};
const issues = (schema: z.ZodType, value: unknown) =>
  schema.safeParse(value).error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? [];

describe('the text atom', () => {
  it('refuses the characters XML 1.0 forbids, naming the character', () => {
    for (const [value, code] of [
      ['a\bb', 'U+0008'],
      ['a\vb', 'U+000B'],
      ['a\u0001b', 'U+0001'],
      ['a\uFFFEb', 'U+FFFE'],
      ['a\uFFFFb', 'U+FFFF'],
      ['a\uD800b', 'U+D800'],
    ] as const) {
      expect(issues(text, value), JSON.stringify(value)).toEqual([
        `: contains the invisible control character ${code} (character 2), which breaks the RSS and Atom feeds; remove it`,
      ]);
    }
  });

  it('allows tab, line breaks, and every other character, emoji and ]]> included', () => {
    expect(text.safeParse('a\tb\nc\r\nd ]]> 😀 «é»').success).toBe(true);
  });

  it('guards every text of a release, a company, a person and a topic', () => {
    const bad = 'x\u0007';
    expect(
      issues(release, {
        ...valid,
        title: bad,
        subtitle: bad,
        highlights: [bad],
        location: bad,
        keyFigures: [
          { id: 'f', value: 1, unit: 'count', label: bad, baseline: bad, period: bad, source: bad },
        ],
        quotes: [{ id: 'q', person: 'p', text: bad }],
        images: [{ src: 'a.png', alt: bad, caption: bad, credit: bad }],
        updated: { date: '2025-03-05', note: bad },
      }).map((i) => i.split(':')[0]),
    ).toEqual([
      'title',
      'subtitle',
      'highlights.0',
      'location',
      'keyFigures.0.label',
      'keyFigures.0.baseline',
      'keyFigures.0.period',
      'keyFigures.0.source',
      'quotes.0.text',
      'images.0.alt',
      'images.0.caption',
      'images.0.credit',
      'updated.note',
    ]);
    expect(
      issues(companySchema, {
        name: bad,
        factLabels: { employees: { nl: bad } },
        boilerplate: { nl: [bad] },
      }).map((i) => i.split(':')[0]),
    ).toEqual(['name', 'factLabels.employees.nl', 'boilerplate.nl.0']);
    expect(
      issues(personSchema, {
        name: bad,
        phone: bad,
        roles: [{ from: '2020-01-01', title: { nl: bad } }],
      }).map((i) => i.split(':')[0]),
    ).toEqual(['name', 'roles.0.title.nl', 'phone']);
    expect(issues(topicSchema, { label: { nl: bad } }).map((i) => i.split(':')[0])).toEqual(['label.nl']);
  });

  it('keeps the alt-text message for a missing alt', () => {
    expect(issues(release, { ...valid, images: [{ src: 'a.png' }] })).toEqual([
      'images.0.alt: expected alt text: describe the image for readers who cannot see it',
    ]);
  });
});

describe('company website (D11)', () => {
  it('accepts http(s) web addresses only', () => {
    const website = (url: string) => companySchema.safeParse({ name: 'Noordwind', website: url }).success;
    expect(website("javascript:alert('WEBSITE')")).toBe(false);
    expect(website('data:text/html,hi')).toBe(false);
    expect(website('https://noordwind.example')).toBe(true);
    expect(website('http://noordwind.example/pers')).toBe(true);
  });
});
