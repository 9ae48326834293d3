/**
 * Phase 2c: the news text. The dateline opening the first paragraph, sub-headings, lists, and
 * quotes: those by a person with a file in `content/people/` move to the front-matter, the
 * others stay in the body. Every piece of text is escaped as it becomes Markdown.
 */
import { cityOpening, findDateline } from '~/lib/authoring/import/dateline';
import { escapeInline, escapeParagraph } from '~/lib/authoring/import/escape';
import { findQuote, normaliseName, straightQuotes, type FoundQuote } from '~/lib/authoring/import/quotes';
import { CONTACT_DETAIL, isHeadingLike } from '~/lib/authoring/import/parts';
import type { Block, ImportedQuote, KnownPerson } from '~/lib/authoring/import/types';

/** The news text read into Markdown, with what was found on the way. */
export interface Body {
  markdown: string;
  /** The paragraphs, headings and items kept in the body, as plain text, for finding figures. */
  plain: string[];
  /** Dateline at the start of the first paragraph: day and place, either may be missing. */
  day?: string | undefined;
  location?: string | undefined;
  /** Quotes moved to the front-matter. */
  quotes: ImportedQuote[];
  /** Quotes by a named speaker with no person file: kept in the body. */
  unknownSpeakers: FoundQuote[];
  notes: string[];
  unclassified: string[];
}

const isHeading = (block: Block | undefined) =>
  block !== undefined &&
  (block.kind === 'heading' ||
    (block.kind === 'paragraph' && (block.lines?.length ?? 2) === 1 && isHeadingLike(block.text)));

/** The person file a speaker's name belongs to; a title before the name ("Directeur …") is ignored. */
export function personFor(speaker: string, people: readonly KnownPerson[]): KnownPerson | undefined {
  const words = normaliseName(speaker).split(' ');
  for (let skip = 0; skip <= words.length - 2; skip++) {
    const name = words.slice(skip).join(' ');
    const person = people.find((p) => normaliseName(p.name) === name);
    if (person) return person;
  }
  return undefined;
}

/** Reads the news text into Markdown. */
export function readBody(blocks: readonly Block[], people: readonly KnownPerson[]): Body {
  const result: Body = {
    markdown: '',
    plain: [],
    quotes: [],
    unknownSpeakers: [],
    notes: [],
    unclassified: [],
  };
  const texts = blocks.map((b) => b.text);
  const first = blocks.findIndex((b) => !isHeading(b) && b.kind === 'paragraph');
  if (first >= 0) {
    const dateline = findDateline(texts[first]!);
    const city = dateline ? undefined : cityOpening(texts[first]!);
    if (dateline) Object.assign(result, { day: dateline.day, location: dateline.location });
    if (city) result.location = city.location;
    texts[first] = dateline?.rest ?? city?.rest ?? texts[first]!;
  }
  const out: string[] = [];
  blocks.forEach((block, n) => {
    const text = texts[n]!;
    if (text === '') return;
    if (block.kind === 'list-item') {
      result.plain.push(text);
      const item = `- ${escapeParagraph(straightQuotes(text))}`;
      // Items of one list stand on consecutive lines.
      if (blocks[n - 1]?.kind === 'list-item' && out.length > 0) out[out.length - 1] += `\n${item}`;
      else out.push(item);
      return;
    }
    if (isHeading(block)) {
      result.plain.push(text);
      if (n + 1 < blocks.length && !isHeading(blocks[n + 1])) {
        out.push(`## ${escapeInline(text)}`);
      } else {
        result.unclassified.push(`"${text}": a short line without a paragraph after it; kept as a paragraph`);
        out.push(escapeParagraph(straightQuotes(text)));
      }
      return;
    }
    if (readQuote(text, people, result)) return;
    result.plain.push(text);
    if (CONTACT_DETAIL.test(text) || /https?:\/\//.test(text)) {
      result.unclassified.push(
        `"${text.slice(0, 60)}…": contact details in the body; check whether they belong there`,
      );
    }
    out.push(escapeParagraph(straightQuotes(text)));
  });
  result.markdown = out.join('\n\n');
  return result;
}

/** Records a quote paragraph; true when it moved out of the body. */
function readQuote(text: string, people: readonly KnownPerson[], result: Body): boolean {
  const quote = findQuote(text);
  if (!quote) {
    if (/^[“„«"]/.test(text)) {
      result.unclassified.push(
        `"${text.slice(0, 60)}…": a quote without a speaker the import could read; kept in the body`,
      );
    }
    return false;
  }
  if (quote.anonymous) {
    result.notes.push(`kept the quote by "${quote.anonymous}" in the body: it names no one`);
    return false;
  }
  const person = personFor(quote.speaker!, people);
  if (!person) {
    result.unknownSpeakers.push(quote);
    result.unclassified.push(
      `quote by ${quote.speaker}: no file in content/people/ has that name; kept in the body (add the person and move it to "quotes")`,
    );
    return false;
  }
  if (!quote.whole) {
    result.notes.push(
      `kept the quote by ${quote.speaker} in the body: the paragraph says more than the quote`,
    );
    return false;
  }
  result.quotes.push({ speaker: person.name, person: person.id, role: quote.role, text: quote.text });
  result.notes.push(`moved the quote by ${person.name} to "quotes" (person ${person.id})`);
  return true;
}
