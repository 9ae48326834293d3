/**
 * The authoring commands on a copy of the fixture content: `new`, `import` and `validate` as
 * communications staff run them, and the drafts they write build; the PDF and Word house-style
 * releases, imported and taken out of draft, build into pages.
 */
import { existsSync } from 'node:fs';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { markers } from '~/lib/authoring/import/lexicon';
import { slugify } from '~/lib/authoring/slug';
import { fixtures } from '../fixtures/import/styles/index';
import { buildSite, copyFixture, removeBuild, root } from '../helpers/build';
import { runScript } from '../helpers/cli';
import { allFiles } from '../helpers/sentinel';

let content: string;
const NEW_NL = 'releases/nl/2026/testbedrijf-opent-cafe-in-zwolle.md';

beforeAll(async () => {
  content = await copyFixture();
});
afterAll(() => rm(dirname(content), { recursive: true, force: true }));

const read = (rel: string) => readFile(join(content, rel), 'utf8');

describe('npm run new', () => {
  it('writes a complete draft, dated by the build clock, with a fresh translationKey', async () => {
    const result = await runScript(
      'new',
      ['--lang', 'nl', '--company', 'testco', '--title', 'Testbedrijf opent café in Zwolle'],
      { contentDir: content },
    );
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('testbedrijf-opent-cafe-in-zwolle.md');
    const text = await read(NEW_NL);
    expect(text).toContain('title: "Testbedrijf opent café in Zwolle"');
    expect(text).toContain('date: 2026-12-01T09:00:00+01:00');
    expect(text).toMatch(/^translationKey: testbedrijf-opent-cafe-in-zwolle-[a-z0-9]{3}$/m);
    expect(text).toMatch(/^draft: true$/m);
    // Optional fields are there, commented, each with a line saying what it is.
    for (const field of [
      'subtitle',
      'highlights',
      'topics',
      'keyFigures',
      'contacts',
      'quotes',
      'images',
      'embargo',
    ]) {
      expect(text).toMatch(new RegExp(`^# Optional: .*\\n(?:#.*\\n)*?# ${field}:`, 'm'));
    }
    expect(text).toMatch(/^## /m);
  });

  it('never overwrites a file', async () => {
    const before = await read(NEW_NL);
    const result = await runScript(
      'new',
      ['--lang', 'nl', '--company', 'testco', '--title', 'Testbedrijf opent café in Zwolle'],
      { contentDir: content },
    );
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain('already exists; nothing was written');
    expect(await read(NEW_NL)).toBe(before);
  });

  it('asks for each value when run without arguments', async () => {
    const result = await runScript('new', [], {
      contentDir: content,
      input: 'en\ntestco\nTestco opens a café\nAmsterdam\n',
    });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('Headline');
    const text = await read('releases/en/2026/testco-opens-a-cafe.md');
    expect(text).toContain('location: "Amsterdam"');
    expect(text).toContain('TODO opening paragraph');
  });

  it('names what was expected for a wrong company or language', async () => {
    const company = await runScript('new', ['--lang', 'nl', '--company', 'acme', '--title', 'X'], {
      contentDir: content,
    });
    expect(company.code).not.toBe(0);
    expect(company.stderr).toContain('--company: unknown company "acme"; expected one of: testco');
    const lang = await runScript('new', ['--lang', 'es', '--company', 'testco', '--title', 'X'], {
      contentDir: content,
    });
    expect(lang.stderr).toContain('--lang: expected one of nl, en, de, fr, got "es"');
  });

  it('starts a translation with the same key, companies and figures, the words marked', async () => {
    const result = await runScript(
      'new',
      [
        '--translate',
        join(content, 'releases/nl/2023/jaarcijfers.md'),
        '--lang',
        'de',
        '--title',
        'Testbedrijf wächst',
      ],
      { contentDir: content },
    );
    expect(result.code, result.stderr).toBe(0);
    const text = await read('releases/de/2023/testbedrijf-wachst.md');
    expect(text).toContain('translationKey: fixture-results-2023');
    expect(text).toContain("title: 'Testbedrijf wächst'");
    expect(text).toContain('company: testco');
    expect(text).toContain(
      "{ id: growth, value: 12, unit: percent, qualifier: about, label: 'TODO translate: meer CO2-vrije stroom'",
    );
    expect(text).toContain('src: ../../../images/test-card.png');
    expect(text).toMatch(/^draft: true$/m);
    expect(text).toContain('> ## Vooruitblik');
  });
});

describe('npm run import', () => {
  let folder: string;
  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'perskamer-import-'));
    for (const name of ['de-werk.txt', 'fr-usine.txt']) {
      await cp(join(root, 'tests/fixtures/import', name), join(folder, name));
    }
  });
  afterAll(() => rm(folder, { recursive: true, force: true }));

  it('imports every .txt file of a folder as a draft and reports what it cut and could not place', async () => {
    const result = await runScript('import', [folder], { contentDir: content });
    expect(result.code, result.stdout + result.stderr).toBe(0);
    expect(result.stdout).toContain('imported 2 of 2 files as drafts');
    const report = result.stdout.match(/^report: (.+)$/m)![1]!;
    const markdown = await readFile(report, 'utf8');
    expect(markdown).toContain('- [ ] quote by Anna Beispiel');
    expect(markdown).toContain('cut out the boilerplate under "Über Testbedrijf"');
    const fr = await read('releases/fr/2022/testbedrijf-ouvre-une-usine-de-recyclage-a-lyon.md');
    expect(fr).toContain('person: pia-spreker');
    expect(fr).toMatch(/^draft: true$/m);
    expect(
      existsSync(join(content, 'releases/de/2023/testbedrijf-eroffnet-recyclingwerk-fur-rotorblatter.md')),
    ).toBe(true);
  });

  it('refuses to import the same text twice', async () => {
    const result = await runScript('import', [join(folder, 'fr-usine.txt')], { contentDir: content });
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain('already exists (imported before?); nothing was written');
  });

  it('asks for --company when no company name is in the text', async () => {
    const file = join(folder, 'anoniem.txt');
    await writeFile(
      file,
      'Een bedrijf opent een fabriek\n\nUtrecht, 1 maart 2023 – Het bedrijf opent vandaag een fabriek.\n',
    );
    const result = await runScript('import', [file], { contentDir: content });
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain(
      'no company name found in the text; pass --company <id> (one of: testco)',
    );
  });
});

describe('npm run validate', () => {
  it('passes the new, translated and imported drafts', async () => {
    const result = await runScript('validate', [], { contentDir: content });
    expect(result.stdout).toMatch(/^(0 errors, \d+ warnings?|no problems) in 12 releases/m);
    expect(result.code, result.stdout).toBe(0);
  });

  it('reports every problem with its line and column, then a count, and fails', async () => {
    const broken = await copyFixture();
    try {
      const nl = join(broken, 'releases/nl/2023/jaarcijfers.md');
      await writeFile(nl, (await readFile(nl, 'utf8')).replace('unit: percent', 'unit: percentage'));
      const en = join(broken, 'releases/en/2023/annual-results.md');
      await writeFile(
        en,
        (await readFile(en, 'utf8')).replace("title: 'Testco grows in 2022'", 'title: [oops'),
      );
      const result = await runScript('validate', [], { contentDir: broken });
      expect(result.code).toBe(1);
      expect(result.stdout).toMatch(
        /releases\/nl\/2023\/jaarcijfers\.md:14:36: error: key figure 1 \(id "growth"\), unit: expected a unit from the closed list/,
      );
      expect(result.stdout).toMatch(
        /releases\/en\/2023\/annual-results\.md:\d+:\d+: error: \(yaml\): YAML syntax/,
      );
      expect(result.stdout).toMatch(/^2 errors, \d+ warnings? in 7 releases/m);
    } finally {
      await rm(dirname(broken), { recursive: true, force: true });
    }
  });

  it('turns unmentioned key figures into errors with --strict', async () => {
    const strict = await copyFixture();
    try {
      const nl = join(strict, 'releases/nl/2023/jaarcijfers.md');
      await writeFile(nl, (await readFile(nl, 'utf8')).replace('value: 12,', 'value: 13,'));
      // Parity with the English and French versions fails too; the mention check is what --strict changes.
      const plain = await runScript('validate', [], { contentDir: strict });
      const strictRun = await runScript('validate', ['--strict'], { contentDir: strict });
      expect(plain.stdout).toMatch(
        /jaarcijfers\.md:14:\d+: warning: key figure 1 \(id "growth"\), value: figure "growth" \(13\) is not mentioned/,
      );
      expect(strictRun.stdout).toMatch(
        /jaarcijfers\.md:14:\d+: error: key figure 1 \(id "growth"\), value: figure "growth" \(13\) is not mentioned/,
      );
    } finally {
      await rm(dirname(strict), { recursive: true, force: true });
    }
  });
});

/** Where the draft of a house-style fixture is written: the headline makes the file name. */
const draftOf = (fixture: (typeof fixtures)[number]) =>
  `releases/${fixture.lang}/${fixture.expected.date.slice(0, 4)}/${slugify(fixture.expected.headline)}.md`;

describe('npm run import of the PDF and Word house styles', () => {
  beforeAll(async () => {
    // The newsroom knows the companies, the speakers and the press contacts of the fixtures, so
    // that the drafts carry quotes and contacts in their front-matter.
    for (const { lang, expected } of fixtures) {
      const { id, name } = expected.company;
      await writeFile(
        join(content, 'companies', `${id}.yaml`),
        `name: ${name}\nboilerplate: { ${lang}: ["${name} is a fictional company."] }\n`,
      );
      for (const quote of expected.quotes.filter((q) => q.speaker !== null))
        await writeFile(
          join(content, 'people', `${slugify(quote.speaker!)}.yaml`),
          `name: ${quote.speaker}\ncompany: ${id}\n`,
        );
      for (const contact of expected.contacts) {
        await writeFile(
          join(content, 'people', `${slugify(contact)}.yaml`),
          `name: ${contact}\ncompany: ${id}\nemail: ${slugify(contact)}@press.example\n`,
        );
      }
    }
  });

  it('imports the folder of documents: a draft from each release, one line for each other file', async () => {
    const result = await runScript('import', [join(root, 'tests/fixtures/import/documents')], {
      contentDir: content,
    });
    // The Word file comes first by name; its PDF is the same release, and README.md and the
    // broken files are no release.
    expect(result.stdout).toContain(`imported ${fixtures.length} of 21 files as drafts`);
    for (const fixture of fixtures) {
      const draft = await read(draftOf(fixture));
      expect(draft).toContain(`# Imported from ${fixture.name}.docx: a draft`);
      expect(result.stdout).toContain(`the same release as ${fixture.name}.docx`);
      // Taken out of draft, as an editor does once it reads right.
      await writeFile(join(content, draftOf(fixture)), draft.replace(/^draft: true$/m, 'draft: false'));
    }
  });
});

describe('the drafts build', () => {
  it('builds, leaves every draft out of the public site, and publishes the imported releases', async () => {
    const build = await buildSite(content);
    try {
      expect(build.ok, build.output).toBe(true);
      for (const file of (await allFiles(build.outDir)).filter((f) => /\.(html|xml|json)$/.test(f))) {
        const text = await readFile(file, 'utf8');
        expect(text, file).not.toContain('Testbedrijf opent café');
        expect(text, file).not.toContain('Recyclingwerk');
      }
      for (const fixture of fixtures) {
        const { expected } = fixture;
        const page = await readFile(
          join(
            build.outDir,
            draftOf(fixture)
              .replace(/^releases\//, '')
              .replace(/\.md$/, '/index.html'),
          ),
          'utf8',
        );
        expect(page, fixture.name).toContain(expected.headline);
        for (const highlight of expected.highlights) expect(page, fixture.name).toContain(highlight);
        // The quotes that moved to the front-matter are shown with their speaker's name.
        for (const quote of expected.quotes.filter((q) => q.speaker && !q.staysInBody))
          expect(page, fixture.name).toContain(quote.speaker!);
        // Letterhead, page furniture, contacts, notes and boilerplate stay out. The site writes a
        // dateline, a note to editors and names the document type and pages in its own words.
        const own = (t: string) =>
          t.startsWith(`${expected.location},`) ||
          [markers.documentType, markers.page, markers.note].some((m) => m.test(t));
        for (const text of expected.outOfBody.filter((t) => !own(t)))
          expect(page, `${fixture.name}: ${text}`).not.toContain(text);
        expect(page, fixture.name).toContain(`${expected.company.name} is a fictional company.`);
      }
    } finally {
      await removeBuild(build);
    }
  });
});
