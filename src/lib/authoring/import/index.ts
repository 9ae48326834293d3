/**
 * A press release read from plain text or from a document's blocks: segment (text to blocks),
 * classify (head, parts, news text), extract (date, place, people, figures). Everything here is
 * pure; `render.ts` writes the draft and `scripts/import.ts` reads and writes the files.
 */
import { readBody } from '~/lib/authoring/import/body';
import { extract } from '~/lib/authoring/import/extract';
import { readHead } from '~/lib/authoring/import/head';
import { detectLanguage } from '~/lib/authoring/import/language';
import { markers } from '~/lib/authoring/import/lexicon';
import { segmentText } from '~/lib/authoring/import/segment';
import { splitSections } from '~/lib/authoring/import/sections';
import type {
  Block,
  BlockDocument,
  CutOut,
  ImportContext,
  ImportedRelease,
} from '~/lib/authoring/import/types';

/**
 * Reads a plain-text press release. Throws when there is no text at all.
 * @example importText('Persbericht\n\nKop\n\nZwolle, 1 maart 2024 – Tekst.', context).title // 'Kop'
 */
export function importText(text: string, context: ImportContext): ImportedRelease {
  return importDocument(segmentText(text), context);
}

/** Reads a press release from the blocks of a text, PDF or Word document. Throws when there are none. */
export function importDocument(doc: BlockDocument, context: ImportContext): ImportedRelease {
  if (doc.blocks.length === 0)
    throw new Error('expected the text of a press release, found only blank lines');
  const lang = context.lang ?? detectLanguage(doc.blocks.map((b) => b.text).join('\n'));
  const head = readHead(
    doc.blocks,
    doc.headline,
    context.companies.map((c) => c.name),
  );
  const sections = splitSections(doc.blocks.slice(head.next));
  const body = readBody(sections.body, context.people);
  const found = extract({ head, sections, body, lang }, context);
  const header: CutOut[] = head.header.length > 0 ? [{ kind: 'header', text: head.header.join('\n') }] : [];
  const unclassified = [
    ...(found.day ? [] : ['no date found (expected a dateline like "Rijswijk, 20 februari 2023")']),
    ...(found.location ? [] : ['no dateline city found']),
    ...head.embargo.map((line) => `${line} (an embargo line: set "embargo:" in the front-matter)`),
    ...body.unclassified,
    ...found.unclassified,
  ];
  return {
    lang,
    langDetected: context.lang === undefined,
    company: found.company,
    title: head.title,
    subtitle: head.subtitle,
    highlights: head.highlights,
    day: found.day,
    location: found.location,
    body: body.markdown,
    quotes: body.quotes,
    contacts: found.contacts,
    proposedPeople: found.proposedPeople,
    cut: [...header, ...sections.cut],
    figures: found.figures,
    companyFacts: found.companyFacts,
    unclassified,
    notes: [
      ...doc.notes,
      ...headerNotes(head.header),
      ...body.notes,
      ...sections.cut.map(cutNote),
      ...found.notes,
      ...(found.proposedPeople.length > 0
        ? [
            `proposed person files for ${found.proposedPeople.map((p) => p.name).join(', ')} (end of the front-matter)`,
          ]
        : []),
    ],
  };
}

/** What a PDF or Word reader gives (`ExtractedDocument` in `blocks.ts`), as far as the import reads it. */
export interface ReaderDocument {
  blocks: readonly Block[];
  headline?: number | undefined;
  dropped: readonly string[];
  warnings: readonly string[];
  hyphens?: readonly { found: string; result: string }[] | undefined;
}

/**
 * A PDF or Word document as the classifier's input, with what the reader did as notes.
 * @example fromReader({ blocks, headline: 1, dropped: ['Page 1 of 2'], warnings: [] }).notes // ['removed page headers, footers and page numbers: "Page 1 of 2"']
 */
export function fromReader(doc: ReaderDocument): BlockDocument {
  const joined = (doc.hyphens ?? []).filter((h) => h.result !== h.found.replace(/\s*\|\s*/, ''));
  return {
    blocks: doc.blocks,
    headline: doc.headline,
    dropped: doc.dropped,
    notes: [
      ...(doc.dropped.length > 0
        ? [`removed page headers, footers and page numbers: ${doc.dropped.map((d) => `"${d}"`).join(', ')}`]
        : []),
      ...(joined.length > 0
        ? [`joined words broken at line ends: ${joined.map((h) => `${h.found} → ${h.result}`).join(', ')}`]
        : []),
      ...doc.warnings,
    ],
  };
}

function headerNotes(header: readonly string[]): string[] {
  const lines = header.filter((line) => !markers.embargo.test(line));
  if (lines.length === 0) return [];
  if (lines.length === 1 && markers.documentType.test(lines[0]!)) return [`left out the label "${lines[0]}"`];
  return [`left out the letterhead: ${lines.map((line) => `"${line}"`).join(', ')}`];
}

/**
 * The start of a text, cut after a whole word.
 * @example excerpt('Op donderdag 20 maart is er een persbijeenkomst.', 30) // 'Op donderdag 20 maart is er…'
 */
export function excerpt(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max + 1).replace(/\s+\S*$/, '');
  const start = cut || flat.slice(0, max);
  return /[.!?]$/.test(start) ? `${start} …` : `${start}…`;
}

const under = (cut: CutOut) => (cut.heading ? ` under "${cut.heading}"` : '');

/** What the import says about a part it cut out. */
function cutNote(cut: CutOut): string {
  switch (cut.kind) {
    case 'note':
      return `cut out the note to editors${under(cut)}: the site writes its own from the company's facts`;
    case 'not-for-publication':
      return `cut out a note not for publication${under(cut)}: "${excerpt(cut.text, 80)}"`;
    case 'contact':
      return `cut out the press contact block${under(cut)}`;
    case 'boilerplate':
      return `cut out the boilerplate${under(cut)}: the site writes it from the company's facts`;
    case 'after-end':
      return `cut out the end mark "${cut.heading ?? ''}"${cut.text ? ' and what followed it' : ''}`;
    case 'header':
      return 'cut out the letterhead';
  }
}
