/**
 * Phase 3: what the classified parts say. The day and place, the press contacts matched to
 * person files (or proposed as new ones), speakers without a file, the issuing company, key
 * figures from the news and company facts from the boilerplate.
 */
import type { Lang } from '~/i18n/locales';
import type { Body } from '~/lib/authoring/import/body';
import { matchContacts, proposePerson, readContacts } from '~/lib/authoring/import/contacts';
import { dedupeFigures, findFigures } from '~/lib/authoring/import/figures';
import type { Head } from '~/lib/authoring/import/head';
import type { Sections } from '~/lib/authoring/import/sections';
import type { CutOut, FigureCandidate, ImportContext, ProposedPerson } from '~/lib/authoring/import/types';

/** What the extract phase adds to the classified release. */
export interface Extracted {
  day?: string | undefined;
  location?: string | undefined;
  company?: string | undefined;
  contacts: string[];
  proposedPeople: ProposedPerson[];
  figures: FigureCandidate[];
  companyFacts: FigureCandidate[];
  notes: string[];
  unclassified: string[];
}

const textOf = (cut: readonly CutOut[], kinds: readonly CutOut['kind'][]) =>
  cut.filter((c) => kinds.includes(c.kind)).map((c) => c.text.replace(/\n(?!\n)/g, ' '));

/** The company whose name the text mentions most. */
function guessCompany(text: string, companies: ImportContext['companies']): string | undefined {
  const lower = text.toLowerCase();
  return companies
    .map((c) => ({ id: c.id, hits: lower.split(c.name.toLowerCase()).length - 1 }))
    .filter((c) => c.hits > 0)
    .sort((a, b) => b.hits - a.hits)[0]?.id;
}

/** Reads day, place, people, company and figures from the classified parts. */
export function extract(
  parts: { head: Head; sections: Sections; body: Body; lang: Lang },
  context: ImportContext,
): Extracted {
  const { head, sections, body, lang } = parts;
  const notes: string[] = [];
  const unclassified: string[] = [];
  const standalone = sections.datelines[0];
  const day = body.day ?? standalone?.day ?? head.headerDate;
  const location =
    body.location ?? sections.datelines.find((d) => d.location)?.location ?? head.headerLocation;
  if (!body.day && standalone) notes.push('read the date from the dateline on a line of its own');
  else if (!body.day && head.headerDate) notes.push('read the date from the letterhead');

  const contactLines = sections.cut.filter((c) => c.kind === 'contact').flatMap((c) => c.text.split(/\n+/));
  const entries = readContacts(
    contactLines,
    context.companies.map((c) => c.name),
  );
  const reachable = context.people.filter((p) => p.email || p.phone);
  const matched = matchContacts(entries, reachable);
  const proposedPeople = [...matched.proposed];
  for (const entry of matched.unnamed) {
    unclassified.push(`contact details without a name: ${[...entry.emails, ...entry.phones].join(', ')}`);
  }
  for (const quote of body.unknownSpeakers) {
    if (proposedPeople.some((p) => p.name === quote.speaker)) continue;
    proposedPeople.push(proposePerson(quote.speaker!, context.people, proposedPeople, { role: quote.role }));
  }

  const newsText = [
    head.title,
    head.subtitle ?? '',
    ...head.highlights,
    ...body.plain,
    ...body.quotes.map((q) => q.text),
  ].join('\n');
  const factText = textOf(sections.cut, ['boilerplate', 'note']).join('\n');
  const company =
    context.company ?? guessCompany([newsText, factText, ...head.header].join('\n'), context.companies);
  return {
    day,
    location,
    company,
    contacts: matched.ids,
    proposedPeople,
    figures: dedupeFigures(findFigures(newsText, lang)),
    companyFacts: dedupeFigures(findFigures(factText, lang)),
    notes,
    unclassified,
  };
}
