/**
 * Phase 4: the draft release file of an imported press release, through the shared
 * front-matter writer. Proposed key figures, company facts and person files are commented
 * out for the author to take over; what was cut out of the body is kept as YAML comments in
 * the front-matter, which never reach any page, feed or export.
 */
import { stringify } from 'yaml';
import { site } from '~/lib/config';
import { isoWithOffset, zonedMidnight } from '~/lib/locale/dates';
import { frontMatterText, type Field } from '~/lib/authoring/release-writer';
import { slugify } from '~/lib/authoring/slug';
import type { CutOut, FigureCandidate, ImportedRelease, ProposedPerson } from '~/lib/authoring/import/types';

/** Options for writing an imported release. */
export interface RenderOptions {
  company: string;
  translationKey: string;
  /** The `date:` value: the dateline's day, or a date-time when the text had none. */
  date: string;
  /** The dateline city when the text had none. */
  fallbackLocation: string;
  /** The imported file's name, for the comments. */
  sourceName: string;
}

/** 10:00 on `day` in the site's time zone, with the offset of that day (summer or winter time). */
function tenOClock(day: string): string {
  return isoWithOffset(new Date(zonedMidnight(day, site.timeZone).getTime() + 10 * 3_600_000), site.timeZone);
}

/** Ids from words, unique within one list. */
function uniqueIds(words: readonly string[], fallback: string): string[] {
  const seen = new Set<string>();
  return words.map((w) => {
    const base = slugify(w.split(/\s+/).slice(0, 3).join(' ')) || fallback;
    let id = base;
    for (let n = 2; seen.has(id); n++) id = `${base}-${n}`;
    seen.add(id);
    return id;
  });
}

const HEADINGS: Record<CutOut['kind'], string> = {
  header: 'Letterhead',
  note: 'Note to editors',
  boilerplate: 'Boilerplate (the site writes its own from the company file)',
  contact: 'Press contact (list the people under "contacts:")',
  'not-for-publication': 'Not for publication',
  'after-end': 'After the end mark',
};

/** The figures as a commented-out `keyFigures` example, each with the sentence it came from. */
function figureField(figures: readonly FigureCandidate[]): Field {
  const ids = uniqueIds(
    figures.map((f) => f.label),
    'figure',
  );
  return {
    example: 'keyFigures',
    value: figures.map((f, i) => ({
      id: ids[i],
      value: f.value,
      unit: f.unit,
      qualifier: f.qualifier,
      label: f.label,
    })),
    comment:
      'Key figures the import found in the text. Uncomment the ones this release is about\n(remove the leading "# "), and check each value, unit, qualifier and label.',
    notes: figures.map((f, i) => [[i], `"${f.phrase}" in: ${f.sentence}`, 'above'] as const),
  };
}

/** The closing comment: what was cut out, proposed company facts and person files. */
function closing(release: ImportedRelease, options: RenderOptions): string {
  const day = (release.day ?? options.date).slice(0, 10);
  const lines = [`TODO check, then delete these comments. Cut out of ${options.sourceName}:`];
  for (const cut of release.cut) {
    // An end mark with nothing after it is only the mark: "After the end mark" would promise more.
    const heading = cut.kind === 'after-end' && !cut.text ? 'End mark' : HEADINGS[cut.kind];
    lines.push('', `${heading}${cut.heading ? ` ("${cut.heading}")` : ''}${cut.text ? ':' : ''}`);
    if (cut.text) lines.push(...cut.text.split('\n').map((line) => (line ? `  | ${line}` : '  |')));
  }
  if (release.companyFacts.length > 0) {
    const keys = uniqueIds(
      release.companyFacts.map((f) => f.label),
      'fact',
    );
    const facts = release.companyFacts.map((f, i) => ({
      key: keys[i]!,
      value: f.value,
      unit: f.unit,
      asOf: f.year ? `${f.year}-12-31` : day,
      published: day,
    }));
    lines.push(
      '',
      `Company facts in the boilerplate, for content/companies/${options.company}.yaml ("facts:"):`,
    );
    release.companyFacts.forEach((f, i) => {
      lines.push(
        ...yamlLines([facts[i]], '  '),
        `    # "${f.phrase}" in: ${f.sentence}${f.year ? '' : ' (no year in the text: asOf is the release date)'}`,
      );
    });
  }
  for (const person of release.proposedPeople)
    lines.push('', ...personFile(person, options.company, release));
  return lines.join('\n');
}

/** A proposed `content/people/<id>.yaml`, as comment lines. */
function personFile(person: ProposedPerson, company: string, release: ImportedRelease): string[] {
  const file = {
    name: person.name,
    company,
    ...(person.role
      ? {
          roles: [
            { from: (release.day ?? '2000-01-01').slice(0, 10), title: { [release.lang]: person.role } },
          ],
        }
      : {}),
    ...(person.email ? { email: person.email } : {}),
    ...(person.phone ? { phone: person.phone } : {}),
  };
  return [`New person file content/people/${person.id}.yaml:`, ...yamlLines(file, '  ')];
}

/** A value as YAML lines, indented, for a comment. */
function yamlLines(value: unknown, indent: string): string[] {
  return stringify(value, { lineWidth: 0, flowCollectionPadding: false })
    .trimEnd()
    .split('\n')
    .map((line) => `${indent}${line}`);
}

/** The text of the draft release file for an imported press release. */
export function renderImport(release: ImportedRelease, options: RenderOptions): string {
  const quoteIds = uniqueIds(
    release.quotes.map((q) => q.person!.split('-').at(-1) ?? 'quote'),
    'quote',
  );
  // Only the people of the contact block: a speaker is no press contact.
  const proposed = release.proposedPeople.filter((p) => p.contact).map((p) => p.id);
  const fields: Field[] = [
    { key: 'title', value: release.title },
    ...(release.subtitle ? [{ key: 'subtitle', value: release.subtitle }] : []),
    ...(release.highlights.length > 0 ? [{ key: 'highlights', value: release.highlights }] : []),
    {
      key: 'date',
      value: options.date,
      comment: release.day
        ? `The time of day is unknown: a date alone means 00:00. Add it like ${tenOClock(release.day)}.`
        : 'No date was found in the text: this is the time of the import. Set the publication time.',
    },
    {
      key: 'location',
      value: release.location ?? options.fallbackLocation,
      comment: release.location ? undefined : 'No dateline city was found in the text.',
    },
    { key: 'company', value: options.company },
    { key: 'translationKey', value: options.translationKey },
    { example: 'topics', value: [], comment: 'Optional: topic ids from content/topics.yaml.' },
    release.contacts.length > 0
      ? {
          key: 'contacts',
          value: release.contacts,
          flow: true,
          comment: 'Recognised in the press contact block of the text.',
        }
      : {
          example: 'contacts',
          value: proposed,
          comment:
            proposed.length > 0
              ? 'The press contacts of the text: uncomment once their person files (proposed at the end) exist.'
              : 'Optional: person ids of the press contacts in content/people/.',
        },
    ...(release.quotes.length > 0
      ? [
          {
            key: 'quotes',
            value: release.quotes.map((q, i) => ({ id: quoteIds[i], person: q.person, text: q.text })),
          },
        ]
      : []),
    ...(release.figures.length > 0 ? [figureField(release.figures)] : []),
    {
      key: 'draft',
      value: true,
      comment: `Imported from ${options.sourceName}: a draft until someone has checked it.`,
    },
  ];
  const cut = release.cut.length + release.companyFacts.length + release.proposedPeople.length > 0;
  return `${frontMatterText(fields, cut ? closing(release, options) : undefined)}\n${release.body || 'TODO: no body text was found in the import.'}\n`;
}
