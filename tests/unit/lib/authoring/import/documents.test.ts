/**
 * Issue 15, "Done when": each house style in each language imports from its PDF and from its
 * Word file through the pipeline `npm run import` runs (readDocument → fromReader →
 * importDocument → renderImport), with headline, date, dateline, highlights and quotes with
 * their speakers, and with the letterhead, page headers, contacts and boilerplate out of the
 * body; and the PDF and the Word file of one release give the same draft.
 *
 * The language is not given, as in `npm run import` without `--lang`: the import detects it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readDocument } from '~/lib/authoring/import/document';
import { fromReader, importDocument } from '~/lib/authoring/import/index';
import { renderImport } from '~/lib/authoring/import/render';
import type { BlockDocument, ImportedRelease, KnownPerson } from '~/lib/authoring/import/types';
import { slugify } from '~/lib/authoring/slug';
import { validateContent } from '~/lib/authoring/validate';
import type { HouseStyleFixture } from '../../../../fixtures/import/styles/fixture';
import { fixtures } from '../../../../fixtures/import/styles/index';

const documents = join(import.meta.dirname, '../../../../fixtures/import/documents');
const companies = fixtures.map((f) => f.expected.company);
const speakers = (f: HouseStyleFixture) => f.expected.quotes.flatMap((q) => (q.speaker ? [q.speaker] : []));

/** Person files for every speaker and press contact of a release, as a newsroom that has them. */
function peopleOf(fixture: HouseStyleFixture): KnownPerson[] {
  const speaking = speakers(fixture).map((name) => ({ id: slugify(name), name }));
  // A contact is matched only to a person file that can be reached: one with an e-mail or phone.
  const contacts = fixture.expected.contacts.map((name) => ({
    id: slugify(name),
    name,
    email: `${slugify(name)}@press.example`,
  }));
  return [...speaking, ...contacts];
}

const read = new Map<string, Promise<BlockDocument>>();
/** A fixture document read into blocks, once for all tests: reading is what takes time. */
function blocksOf(file: string): Promise<BlockDocument> {
  if (!read.has(file))
    read.set(file, readDocument(new Uint8Array(readFileSync(join(documents, file)))).then(fromReader));
  return read.get(file)!;
}

/** Reads a fixture document and imports it, knowing the given people. */
async function importFile(file: string, people: readonly KnownPerson[]): Promise<ImportedRelease> {
  return importDocument(await blocksOf(file), { companies, people });
}

/** The draft `npm run import` writes for a release. */
const draftOf = (release: ImportedRelease, sourceName: string) =>
  renderImport(release, {
    company: release.company!,
    translationKey: 'house-style-abc',
    date: release.day!,
    fallbackLocation: 'TODO city',
    sourceName,
  });

const cases = fixtures.flatMap((fixture) =>
  (['pdf', 'docx'] as const).map((format) => [`${fixture.name}.${format}`, fixture] as const),
);

describe.each(cases)('%s', (file, fixture: HouseStyleFixture) => {
  const { expected } = fixture;
  /** Imported into a newsroom without person files, and into one with a file for everyone named. */
  let unknown: ImportedRelease;
  let known: ImportedRelease;
  beforeAll(async () => {
    unknown = await importFile(file, []);
    known = await importFile(file, peopleOf(fixture));
  });

  it('reads language, company, headline, subtitle, highlights, date and dateline city', () => {
    expect(unknown).toMatchObject({
      lang: fixture.lang,
      langDetected: true,
      company: expected.company.id,
      title: expected.headline,
      subtitle: expected.subtitle,
      highlights: expected.highlights,
      day: expected.date,
      location: expected.location,
    });
  });

  it('undoes the typesetter’s hyphens at line ends and keeps the author’s', () => {
    const text = [unknown.body, ...unknown.cut.map((c) => c.text.replace(/\s+/g, ' '))].join('\n');
    for (const word of expected.hyphenation) expect(text).toContain(word);
  });

  it('finds each quote with its speaker; without a person file the quote stays in the body', () => {
    for (const quote of expected.quotes) expect(unknown.body).toContain(quote.opening);
    expect(unknown.quotes).toEqual([]);
    const quoted = unknown.unclassified.flatMap((u) => /^quote by (.+?): no file/.exec(u)?.[1] ?? []);
    expect(quoted).toEqual(speakers(fixture));
    // An anonymous quote ("said a spokesperson") is no one's: no person file is proposed for it.
    const proposed = unknown.proposedPeople.map((p) => p.name);
    expect([...proposed].sort()).toEqual([...expected.contacts, ...speakers(fixture)].sort());
  });

  it('moves a known speaker’s quote to "quotes" unless its paragraph says more; anonymous ones stay', () => {
    for (const quote of expected.quotes) {
      const moved = known.quotes.find((q) => q.text.startsWith(quote.opening));
      if (quote.speaker === null) {
        expect(moved, quote.opening).toBeUndefined();
        expect(known.body).toContain(quote.opening);
      } else if (quote.staysInBody) {
        expect(moved, quote.opening).toBeUndefined();
        expect(known.body).toContain(quote.opening);
        expect(known.notes).toContain(
          `kept the quote by ${quote.speaker} in the body: the paragraph says more than the quote`,
        );
      } else {
        expect(moved, quote.opening).toMatchObject({
          speaker: quote.speaker,
          person: slugify(quote.speaker),
        });
        expect(known.body).not.toContain(quote.opening);
      }
    }
  });

  it('matches the press contacts to person files, or proposes each with a way to reach them', () => {
    expect(known.contacts).toEqual(expected.contacts.map((name) => slugify(name)));
    for (const name of expected.contacts) {
      const person = unknown.proposedPeople.find((p) => p.name === name);
      expect(person?.email ?? person?.phone, name).toBeDefined();
    }
  });

  it('offers only the press contacts under "contacts:", the speakers only as person files', () => {
    const draft = draftOf(unknown, file);
    const example = /^# contacts:\n((?:# {3}- .+\n)*)/m.exec(draft)?.[1] ?? '';
    expect(example.split('\n').filter(Boolean)).toEqual(
      expected.contacts.map((name) => `#   - ${slugify(name)}`),
    );
    for (const name of [...expected.contacts, ...speakers(fixture)])
      expect(draft).toContain(`# New person file content/people/${slugify(name)}.yaml:`);
  });

  it('keeps the contact block line by line, as it stood, in the draft’s comments', () => {
    const contact = unknown.cut.find((c) => c.kind === 'contact')!;
    expect(contact.text).not.toContain('\n\n');
    for (const name of expected.contacts) expect(contact.text).toContain(name);
  });

  it('leaves the letterhead, page headers and footers, contacts, notes and boilerplate out of the body', () => {
    for (const text of expected.outOfBody) {
      expect(unknown.body, text).not.toContain(text);
      expect(unknown.title, text).not.toContain(text);
    }
    expect(unknown.cut.find((c) => c.kind === 'boilerplate')?.heading).toBe(expected.about);
    expect(unknown.cut.filter((c) => c.kind === 'contact')).toHaveLength(1);
    // Only the speakers' quotes are left for the editor to look at.
    expect(unknown.unclassified.filter((u) => !u.startsWith('quote by '))).toEqual([]);
  });

  it('writes a draft that passes the checks of npm run validate', () => {
    const text = draftOf(known, file);
    // Each heading in the closing comments announces something, or is only a mark.
    expect(text).not.toMatch(/^# After the end mark \("[^"]*"\)$/m);
    const findings = validateContent(
      [
        ...companies.map((c) => ({
          rel: `companies/${c.id}.yaml`,
          text: `name: ${c.name}\nboilerplate: { ${fixture.lang}: ["${c.name} is fictional."] }\n`,
        })),
        ...peopleOf(fixture).map((p) => ({
          rel: `people/${p.id}.yaml`,
          text: `name: ${p.name}\ncompany: ${expected.company.id}\n${p.email ? `email: ${p.email}\n` : ''}`,
        })),
        { rel: 'topics.yaml', text: '- { id: energy, label: { nl: Energie } }\n' },
        { rel: `releases/${fixture.lang}/${expected.date.slice(0, 4)}/import.md`, text },
      ],
      { dir: 'content', now: new Date('2026-12-01T09:00:00+01:00'), timeZone: 'Europe/Amsterdam' },
    );
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
  });
});

describe('a PDF and a Word file of the same release', () => {
  it.each(fixtures.map((f) => [f.name, f] as const))(
    '%s gives the same draft, byte for byte but for the file name it came from',
    async (_, fixture: HouseStyleFixture) => {
      const people = peopleOf(fixture);
      const [pdf, docx] = await Promise.all([
        importFile(`${fixture.name}.pdf`, people),
        importFile(`${fixture.name}.docx`, people),
      ]);
      // The one legitimate difference: each draft names the file it was imported from.
      const pdfDraft = draftOf(pdf, `${fixture.name}.pdf`).replaceAll(`${fixture.name}.pdf`, 'SOURCE');
      const docxDraft = draftOf(docx, `${fixture.name}.docx`).replaceAll(`${fixture.name}.docx`, 'SOURCE');
      expect(pdfDraft).toBe(docxDraft);
      expect(pdfDraft).toContain('Imported from SOURCE');
    },
  );
});
