/**
 * Issue 15, item 3: each house style in each language imports with headline, date, dateline,
 * highlights and quotes with their speakers, and with the letterhead, page furniture, contacts,
 * notes and boilerplate out of the body; the draft passes the same checks as `npm run validate`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importText } from '~/lib/authoring/import/index';
import { renderImport } from '~/lib/authoring/import/render';
import { validateContent } from '~/lib/authoring/validate';
import { houseStyleContext as context, houseStyles } from '../../../../fixtures/import/house-styles/expected';

const read = (file: string) =>
  readFileSync(join(import.meta.dirname, '../../../../fixtures/import/house-styles', file), 'utf8');

describe.each(houseStyles)('$file', (style) => {
  const release = importText(read(style.file), context);

  it('reads the head: language, headline, subheadline, highlights, date and place', () => {
    expect(release).toMatchObject({
      lang: style.lang,
      title: style.headline,
      subtitle: style.subtitle,
      highlights: style.highlights,
      day: style.date,
      location: style.location,
    });
  });

  it('moves quotes by known speakers out of the body and keeps the others there', () => {
    for (const quote of style.quotes) {
      const moved = release.quotes.find((q) => q.text.startsWith(quote.opening));
      if (quote.speaker && context.people.some((p) => p.name === quote.speaker)) {
        expect(moved?.speaker).toBe(quote.speaker);
        expect(release.body).not.toContain(quote.opening);
      } else {
        expect(moved).toBeUndefined();
        expect(release.body).toContain(quote.opening);
      }
    }
  });

  it('matches the press contacts to person files and proposes the others', () => {
    expect(release.contacts).toEqual(style.contacts);
    expect(release.proposedPeople.map((p) => p.name).sort()).toEqual([...style.proposed].sort());
  });

  it('takes the letterhead, page furniture, contacts, notes and boilerplate out of the body', () => {
    for (const text of style.outOfBody) expect(release.body).not.toContain(text);
    if (style.about) expect(release.cut.find((c) => c.kind === 'boilerplate')?.heading).toBe(style.about);
    expect(release.unclassified.filter((u) => !/embargo line|no file in content\/people/.test(u))).toEqual(
      [],
    );
  });

  it('writes a draft that validates', () => {
    const file = renderImport(release, {
      company: release.company!,
      translationKey: 'house-style-abc',
      date: release.day!,
      fallbackLocation: 'TODO city',
      sourceName: style.file,
    });
    const findings = validateContent(
      [
        ...context.companies.map((c) => ({
          rel: `companies/${c.id}.yaml`,
          text: `name: ${c.name}\nboilerplate: { ${style.lang}: ["${c.name} is fictional."] }\n`,
        })),
        ...context.people.map((p) => ({
          rel: `people/${p.id}.yaml`,
          text: `name: ${p.name}\n${p.email ? `email: ${p.email}\n` : ''}`,
        })),
        { rel: 'topics.yaml', text: '- { id: energy, label: { nl: Energie } }\n' },
        { rel: `releases/${style.lang}/${style.date.slice(0, 4)}/import.md`, text: file },
      ],
      { dir: 'content', now: new Date('2026-12-01T09:00:00+01:00'), timeZone: 'Europe/Amsterdam' },
    );
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
  });
});
