import { describe, expect, it } from 'vitest';
import { splitFrontMatter, parseYaml } from '~/lib/authoring/front-matter';
import { importText } from '~/lib/authoring/import/index';
import { renderImport, type RenderOptions } from '~/lib/authoring/import/render';
import type { ImportedRelease } from '~/lib/authoring/import/types';
import { validateContent } from '~/lib/authoring/validate';
import { context, fixture } from './context';

const options = (r: ImportedRelease, file: string): RenderOptions => ({
  company: r.company!,
  translationKey: 'import-abc',
  date: r.day!,
  fallbackLocation: 'TODO city',
  sourceName: file,
});

/** The findings `npm run validate` gives for a draft among the test context's companies and people. */
export function validate(text: string, lang: string, year: string) {
  const companies = context.companies.map((c) => ({
    rel: `companies/${c.id}.yaml`,
    text: `name: ${c.name}\nboilerplate: { ${lang}: ["Over ${c.name}."] }\n`,
  }));
  const people = context.people.map((p) => ({
    rel: `people/${p.id}.yaml`,
    text: `name: ${p.name}\n${p.email ? `email: ${p.email}\n` : ''}`,
  }));
  return validateContent(
    [
      ...companies,
      ...people,
      { rel: 'topics.yaml', text: '- { id: energy, label: { nl: Energie } }\n' },
      { rel: `releases/${lang}/${year}/import.md`, text },
    ],
    { dir: 'content', now: new Date('2026-12-01T09:00:00+01:00'), timeZone: 'Europe/Amsterdam' },
  );
}

describe('renderImport', () => {
  it('suggests a publication time with the offset of that day (summer or winter time)', () => {
    const r = importText(fixture('nl-zonnepark.txt'), context);
    const render = (day: string) => renderImport({ ...r, day }, { ...options(r, 'f'), date: day });
    expect(render('2023-07-03')).toContain('Add it like 2023-07-03T10:00:00+02:00.');
    expect(render('2023-01-03')).toContain('Add it like 2023-01-03T10:00:00+01:00.');
  });

  it.each(['nl-zonnepark.txt', 'en-battery.txt', 'de-werk.txt', 'fr-usine.txt'])(
    'writes a draft of %s that validates, with figures proposed and the cut text kept as YAML comments',
    (file) => {
      const r = importText(fixture(file), context);
      const text = renderImport(r, options(r, file));
      const { yaml, body } = splitFrontMatter(text);
      const raw = parseYaml(yaml!).doc.toJS();
      expect(raw).toMatchObject({ draft: true, title: r.title, company: r.company });
      expect(yaml).toContain('# keyFigures:');
      expect(yaml).toMatch(/^# TODO check, then delete these comments\. Cut out of /m);
      // Nothing cut out reaches the body, where an HTML comment would be published.
      expect(body).not.toContain('<!--');
      for (const cut of r.cut)
        for (const line of cut.text.split('\n').filter(Boolean)) expect(body).not.toContain(line);
      expect(validate(text, r.lang, r.day!.slice(0, 4))).toEqual([]);
    },
  );
});
