/**
 * The records that pass between the import's phases: segment (text or document to blocks),
 * classify (blocks to the parts of a release), extract (date, place, figures, people) and write.
 */
import type { Lang } from '~/i18n/locales';
import type { Qualifier, Unit } from '~/lib/units';

/**
 * One paragraph, heading or list item, as the classifier reads it. The PDF and Word readers
 * (`blocks.ts`) give blocks of this shape with more typography; plain text gives `lines`.
 * Block text is plain text, never Markdown: the writer escapes it.
 */
export interface Block {
  kind: 'heading' | 'paragraph' | 'list-item';
  /** The text on one line: line breaks and end-of-line hyphens undone. */
  text: string;
  /** Heading: 1 for the headline candidate, 2 for other large type, 3 for a bold line in body type. */
  level?: number | undefined;
  emphasis?: 'bold' | 'italic' | 'bold-italic' | undefined;
  /** Bold opening words when the rest is not: a dateline ("Munich."), a label, a name. */
  lead?: string | undefined;
  /** The lines as they stood in a plain text, for blocks whose lines are items (a contact, a letterhead). */
  lines?: readonly string[] | undefined;
}

/** A document read into blocks, by any reader. */
export interface BlockDocument {
  blocks: readonly Block[];
  /** Index of the headline, when the reader could tell it by its type size or style. */
  headline?: number | undefined;
  /** What the reader removed (page headers, footers, page numbers), each text once. */
  dropped: readonly string[];
  /** What the reader did or noticed, for the report. */
  notes: readonly string[];
}

/** A person as the content knows them. */
export interface KnownPerson {
  id: string;
  name: string;
  email?: string | undefined;
  phone?: string | undefined;
}

/** What the import knows about the content it writes into. */
export interface ImportContext {
  /** The language, when the author named it; detected otherwise. */
  lang?: Lang | undefined;
  /** The issuing company id, when the author named it; matched by name otherwise. */
  company?: string | undefined;
  companies: readonly { id: string; name: string }[];
  people: readonly KnownPerson[];
}

/** A number in the text that may be a key figure or a company fact. */
export interface FigureCandidate {
  value: number;
  unit: Unit;
  qualifier: Qualifier;
  /** The phrase the number belongs to, as a starting point for the label. */
  label: string;
  /** The words as they stand in the text: "tot 30 procent". */
  phrase: string;
  /** The sentence the number stands in. */
  sentence: string;
  /** A year named in that sentence, for a company fact's date. */
  year?: number | undefined;
}

/** A quote and who said it. */
export interface ImportedQuote {
  speaker: string;
  /** Person id, when a person file carries the speaker's name. */
  person?: string | undefined;
  /** What the text says the speaker is: "directeur van Noordwind Energie". */
  role?: string | undefined;
  text: string;
}

/** A person found in a contact block or as a speaker, not yet in `content/people/`. */
export interface ProposedPerson {
  id: string;
  name: string;
  role?: string | undefined;
  email?: string | undefined;
  phone?: string | undefined;
  /** Named in the press contact block: proposed under "contacts:" (a speaker only is not). */
  contact?: true | undefined;
}

/** Text the import took out of the release body, kept for the author to check. */
export interface CutOut {
  kind: 'header' | 'note' | 'boilerplate' | 'contact' | 'not-for-publication' | 'after-end';
  /** The heading it stood under, when it had one. */
  heading?: string | undefined;
  text: string;
}

/** A press release read from a text or document. */
export interface ImportedRelease {
  lang: Lang;
  /** Whether the language was detected rather than given. */
  langDetected: boolean;
  /** The issuing company id, if given or found by name. */
  company?: string | undefined;
  title: string;
  subtitle?: string | undefined;
  highlights: string[];
  /** Calendar day from the dateline or the letterhead, `YYYY-MM-DD`. */
  day?: string | undefined;
  location?: string | undefined;
  /** Markdown body: paragraphs, `##` sub-headings and lists, all outside text escaped. */
  body: string;
  /** Quotes whose speaker has a person file (moved out of the body). */
  quotes: ImportedQuote[];
  /** Press contact person ids recognised in the contact block. */
  contacts: string[];
  /** People in the contact block or quoted who have no person file yet. */
  proposedPeople: ProposedPerson[];
  /** What was cut out of the body, in order. */
  cut: CutOut[];
  /** Proposed key figures, from the news. */
  figures: FigureCandidate[];
  /** Figures from the boilerplate or note to editors: company facts rather than news. */
  companyFacts: FigureCandidate[];
  /** Text the import could not place, or placed with a doubt: the author should look at it. */
  unclassified: string[];
  /** What the import did: page numbers removed, slips corrected, blocks recognised. */
  notes: string[];
}
