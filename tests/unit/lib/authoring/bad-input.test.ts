/**
 * Bad content is refused with a message naming the file, the field and what was expected.
 * These were nine `astro build`s; the build runs the same schemas and the same checks as
 * `validateContent` (tests/build/bad-input.test.ts proves it once), so the fixture content is
 * checked here directly, one edit at a time.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { formatFinding, readContentFiles, validateContent, type ContentFile } from '~/lib/authoring/validate';
import { diskReader } from '~/lib/authoring/validate/images';
import { FIXTURE_NOW, fixtureContent } from '../../../helpers/build';

const NL = 'releases/nl/2023/jaarcijfers.md';
const EN = 'releases/en/2023/annual-results.md';

let fixture: ContentFile[];
beforeAll(async () => {
  fixture = await readContentFiles(fixtureContent);
});

/** Validates the fixture with one file edited, as `npm run build` does first; returns its lines. */
function edited(rel: string, edit: (text: string) => string, strict = false): string[] {
  const files = fixture.map((f) => {
    if (f.rel !== rel) return f;
    const text = edit(f.text);
    expect(text, 'the edit must change the file').not.toBe(f.text);
    return { ...f, text };
  });
  return validateContent(files, {
    dir: 'content',
    now: new Date(FIXTURE_NOW),
    timeZone: 'Europe/Amsterdam',
    strict,
    readFile: diskReader(fixtureContent),
  }).map(formatFinding);
}
const errors = (lines: string[]) => lines.filter((l) => l.includes(': error: '));

describe('the fixture', () => {
  it('has no errors as it is', () => {
    expect(errors(edited(NL, (t) => `${t}\n`))).toEqual([]);
  });
});

describe('bad input is refused with a named error', () => {
  it('an invalid field value', () => {
    expect(errors(edited(NL, (t) => t.replace('date: 2023-03-01T09:00:00+01:00', 'date: soon')))).toEqual([
      'content/releases/nl/2023/jaarcijfers.md:7:7: error: date: "soon" is not a date in the form the site reads; expected a date (2023-02-20) or a date-time with offset (2023-02-20T10:00:00+01:00)',
    ]);
  });

  it('a key figure with an unknown unit', () => {
    expect(errors(edited(NL, (t) => t.replace('unit: percent', 'unit: percentage'))).join('\n')).toMatch(
      /jaarcijfers\.md:14:\d+: error: key figure 1 \(id "growth"\), unit: expected a unit from the closed list: percent, EUR/,
    );
  });

  it('an image without alt text', () => {
    expect(errors(edited(NL, (t) => t.replace("alt: 'Blauw testbeeld', ", '')))).toEqual([
      'content/releases/nl/2023/jaarcijfers.md:18:5: error: image 1, alt: expected alt text: describe the image for readers who cannot see it',
    ]);
  });

  it('an unknown company id', () => {
    expect(errors(edited(NL, (t) => t.replace('company: testco', 'company: testcoo')))).toEqual([
      'content/releases/nl/2023/jaarcijfers.md:9:10: error: company: unknown company "testcoo"; expected one of: testco',
    ]);
  });

  it('an unknown person and topic id', () => {
    const lines = edited(NL, (t) =>
      t
        .replace('contacts: [piet-pers]', 'contacts: [piet-press]')
        .replace('topics: [results]', 'topics: [resluts]'),
    );
    expect(errors(lines)).toEqual([
      'content/releases/nl/2023/jaarcijfers.md:11:10: error: topic 1: unknown topic "resluts"; expected one of: energy, results',
      'content/releases/nl/2023/jaarcijfers.md:12:12: error: contact 1: unknown person "piet-press"; expected one of: pia-spreker, piet-pers',
    ]);
  });

  it('two files of one language sharing a translationKey', () => {
    const lines = edited('releases/nl/2024/alleen-nederlands.md', (t) =>
      t.replace('company: testco', 'company: testco\ntranslationKey: fixture-results-2023'),
    );
    expect(errors(lines).join('\n')).toMatch(
      /releases\/nl\/20\d\d\/[a-z-]+\.md:\d+:\d+: error: translationKey: "fixture-results-2023" is already used by content\/releases\/nl\/20\d\d\/[a-z-]+\.md in the same language/,
    );
  });

  it('a translation whose key figure differs, naming both files', () => {
    expect(errors(edited(EN, (t) => t.replace('value: 12,', 'value: 13,'))).join('\n')).toMatch(
      /releases\/en\/2023\/annual-results\.md:\d+:\d+: error: key figure 1 \(id "growth"\), value: figure "growth" has value 13 here but 12 in content\/releases\/nl\/2023\/jaarcijfers\.md/,
    );
  });
});

describe('key figures the text never mentions', () => {
  const unmention = (t: string) => t.replace(/ongeveer 12 procent meer/gi, 'meer');

  it('are reported as a warning by default', () => {
    const lines = edited(NL, unmention);
    expect(errors(lines)).toEqual([]);
    expect(lines.join('\n')).toMatch(
      /jaarcijfers\.md:14:\d+: warning: key figure 1 \(id "growth"\), value: figure "growth" \(12\) is not mentioned/,
    );
  });

  it('are errors in strict mode', () => {
    expect(errors(edited(NL, unmention, true)).join('\n')).toMatch(
      /jaarcijfers\.md:14:\d+: error: key figure 1 \(id "growth"\), value: figure "growth" \(12\) is not mentioned/,
    );
  });
});
