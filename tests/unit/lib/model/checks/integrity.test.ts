import { describe, expect, it } from 'vitest';
import {
  checkIntegrity,
  formatProblems,
  type ContentInput,
  type ReleaseInput,
} from '~/lib/model/checks/integrity';

const TZ = 'Europe/Amsterdam';

function release(id: string, data: Partial<ReleaseInput['data']> = {}): ReleaseInput {
  return {
    id,
    file: `content/releases/${id}.md`,
    data: {
      date: new Date('2023-02-20T10:00:00+01:00'),
      translationKey: 'k',
      company: ['acme'],
      topics: [],
      contacts: [],
      quotes: [],
      keyFigures: [],
      ...data,
    },
    text: 'Acme groeit met 70 procent.',
  };
}

function content(releases: ReleaseInput[], extra: Partial<ContentInput> = {}): ContentInput {
  return {
    releases,
    companies: [
      {
        id: 'acme',
        file: 'content/companies/acme.yaml',
        facts: [{ key: 'employees', value: 10, unit: 'count', asOf: '2022-12-31', published: '2023-01-10' }],
        boilerplate: { nl: ['Acme heeft {employees} mensen.'], en: ['Acme has {employees} people.'] },
      },
    ],
    people: [
      {
        id: 'ann',
        file: 'content/people/ann.yaml',
        roles: [{ from: '2020-01-01', title: { nl: 'Directeur' } }],
      },
      { id: 'bob', file: 'content/people/bob.yaml', roles: [], email: 'bob@example.com' },
    ],
    topics: ['energy'],
    timeZone: TZ,
    ...extra,
  };
}

const lines = (input: ContentInput) => formatProblems(checkIntegrity(input)).split('\n').filter(Boolean);

describe('checkIntegrity', () => {
  it('accepts consistent content', () => {
    expect(
      checkIntegrity(
        content([
          release('nl/2023/a', {
            topics: ['energy'],
            contacts: ['bob'],
            quotes: [{ id: 'q', person: 'ann' }],
          }),
          release('en/2023/a'),
        ]),
      ),
    ).toEqual([]);
  });

  it('names unknown ids with what exists', () => {
    expect(
      lines(content([release('nl/2023/a', { company: ['acme', 'acne'], topics: ['energie'] })])),
    ).toEqual([
      'error: content/releases/nl/2023/a.md: company.1: unknown company "acne"; expected one of: acme',
      'error: content/releases/nl/2023/a.md: topics.0: unknown topic "energie"; expected one of: energy',
    ]);
  });

  it('finds two versions in one language sharing a translationKey', () => {
    expect(lines(content([release('nl/2023/a'), release('nl/2023/b')]))).toEqual([
      'error: content/releases/nl/2023/b.md: translationKey: "k" is already used by content/releases/nl/2023/a.md in the same language; expected one release per language per translationKey',
    ]);
  });

  it('requires a known language folder and a matching year', () => {
    expect(lines(content([release('xx/2023/a'), release('nl/2022/a')]))).toEqual([
      'error: content/releases/xx/2023/a.md: (path): unknown language folder "xx"; expected one of: nl, en, de, fr',
      'error: content/releases/nl/2022/a.md: date: expected a date in 2022 (the year folder), got 2023-02-20',
    ]);
  });

  it('requires press contacts to be reachable and speakers to have a title in the language', () => {
    const problems = lines(
      content([release('en/2023/a', { contacts: ['ann'], quotes: [{ id: 'q', person: 'ann' }] })]),
    );
    expect(problems).toEqual([
      'error: content/people/ann.yaml: email: expected an email or phone: ann is a press contact in content/releases/en/2023/a.md',
      'error: content/people/ann.yaml: roles: expected a "en" title for the role held on 2023-02-20 (quoted in content/releases/en/2023/a.md)',
    ]);
  });

  it('requires boilerplate in the release’s language and placeholders that name facts', () => {
    const input = content([release('de/2023/a')]);
    input.companies[0]!.boilerplate.nl = ['{employes} mensen.'];
    expect(lines(input)).toEqual([
      'error: content/companies/acme.yaml: boilerplate.de: expected sentences in "de" for the note to editors of content/releases/de/2023/a.md',
      'error: content/companies/acme.yaml: boilerplate.nl.0: placeholder {employes} names no fact; expected one of: employees',
    ]);
  });

  it('checks key figures across translations and in the text', () => {
    const figure = { id: 'co2', value: 70, unit: 'percent' };
    const problems = lines(
      content([
        release('nl/2023/a', { keyFigures: [figure] }),
        release('en/2023/a', { keyFigures: [{ ...figure, value: 75 }] }),
      ]),
    );
    expect(problems).toEqual([
      'warning: content/releases/en/2023/a.md: keyFigures.0.value: figure "co2" (75) is not mentioned in the text; expected the number in the headline, highlights or body',
      'error: content/releases/en/2023/a.md: keyFigures.0.value: figure "co2" has value 75 here but 70 in content/releases/nl/2023/a.md; expected the same on every language version',
    ]);
  });

  it('reports stale facts in a note to editors', () => {
    const problems = lines(content([release('nl/2025/a', { date: new Date('2025-01-15T10:00:00+01:00') })]));
    expect(problems).toEqual([
      'warning: content/companies/acme.yaml: facts: "employees" as of 2022-12-31 is older than 18 months on 2025-01-15, used in the note to editors of content/releases/nl/2025/a.md; expected a newer published figure',
    ]);
  });

  it('rejects duplicate key figure and quote ids', () => {
    const figure = { id: 'co2', value: 70, unit: 'percent' };
    expect(lines(content([release('nl/2023/a', { keyFigures: [figure, figure] })]))).toEqual([
      'error: content/releases/nl/2023/a.md: keyFigures.1.id: duplicate id "co2"; expected each id once per release',
    ]);
  });
});
