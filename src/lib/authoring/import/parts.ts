/**
 * The lines that open a part of a press release after its body (note to editors, press
 * contact, boilerplate, a note not for publication, the end mark), recognised in every
 * language the locale table knows. Shared by the segmenter and the classifier.
 */
import { markers } from '~/lib/authoring/import/lexicon';

/** A part of a release that is not its news text. */
export type Section = 'note' | 'private' | 'contact' | 'about' | 'end';

/** A line that opens a part: its kind, its heading, and any text after the heading on the same line. */
export interface SectionStart {
  section: Section;
  heading: string;
  /** Text on the heading's line after it: "Noot voor redactie: er is een persbijeenkomst". */
  inline: string;
}

/** Sentence-ending punctuation: a line ending in it is no heading. */
export const TERMINAL = /[.!?;,"”»“…)]$/;

/** A heading-like line: short, no final punctuation, not a sentence's continuation. */
export function isHeadingLike(line: string): boolean {
  return line.length <= 80 && !TERMINAL.test(line) && /^[\p{Lu}\d]/u.test(line) && !line.includes('+++');
}

/** Contact details in a line: an e-mail address or a phone number. */
export const CONTACT_DETAIL =
  /[\w.+-]+@[\w-]+\.[\w.-]+|(?:\+|00)\d[\d\s().-]{6,}\d|(?<!\d)0\d[\d\s().-]{7,}\d/;

/** A company name in a heading: capitalised words and the language's small words. */
function isNameLike(name: string): boolean {
  const words = name.trim().split(/\s+/);
  return (
    words.length <= 8 &&
    !/^\d/.test(words[0] ?? '') &&
    words.every((word) => /^[\p{Lu}\d]/u.test(word) || markers.smallWords.has(word.toLowerCase())) &&
    /^[\p{Lu}\d]/u.test(words.at(-1) ?? '')
  );
}

/** "Over Noordwind Energie", "About Testco:", "À propos de Testbedrijf"; not "Über 50 Prozent der …". */
function aboutStart(line: string): SectionStart | undefined {
  const match = markers.about.exec(line);
  const name = match?.groups?.['name'];
  const inline = match?.groups?.['inline'];
  if (!match || !name || !isNameLike(name) || (inline === undefined && TERMINAL.test(line))) return undefined;
  const heading = line.slice(0, match.index + line.indexOf(name) + name.length);
  return { section: 'about', heading: heading.trim(), inline: inline?.trim() ?? '' };
}

/** The rest of a line after a marker, when it reads as a heading's continuation. */
function afterMarker(line: string, marker: RegExp): string | undefined {
  const match = marker.exec(line);
  if (!match) return undefined;
  return line.slice(match[0].length);
}

/**
 * The part of a release a line opens, if it is a heading of one (or a heading with its text).
 * @example sectionStart('Noot voor de redactie, niet voor publicatie') // { section: 'private', heading: 'Noot voor de redactie, niet voor publicatie', inline: '' }
 * @example sectionStart('Bei Rückfragen: Jonas Albrecht') // { section: 'contact', heading: 'Bei Rückfragen', inline: 'Jonas Albrecht' }
 */
export function sectionStart(line: string): SectionStart | undefined {
  if (markers.end.test(line)) return { section: 'end', heading: line, inline: '' };
  const privateHeading = markers.notForPublication.test(line) && line.length <= 100;
  const note = afterMarker(line, markers.note);
  if (note !== undefined && /^\s*(?:$|[,:(–—-])/.test(note)) {
    const split = /^(.*?\)?)\s*:\s*(.*)$/.exec(line);
    const heading = split && markers.note.test(split[1]!) ? split[1]! : line;
    const inline = split && heading !== line ? split[2]! : '';
    const notPublic = markers.notForPublication.test(heading);
    return { section: notPublic ? 'private' : 'note', heading: heading.trim(), inline: inline.trim() };
  }
  if (privateHeading) {
    // "(niet voor publicatie): Er is een persbijeenkomst …": the heading, then its text.
    const colon = /^([^:]*?)\s*:\s*(.+)$/.exec(line);
    if (colon && markers.notForPublication.test(colon[1]!)) {
      return { section: 'private', heading: colon[1]!, inline: colon[2]! };
    }
    if (isHeadingLike(line.replace(/[\s:)]+$/, '')) || /^\(/.test(line)) {
      return { section: 'private', heading: line.replace(/\s*:$/, ''), inline: '' };
    }
  }
  const contact = afterMarker(line, markers.contact);
  if (contact !== undefined) {
    const rest = contact.trim();
    if (rest === '' || /^[:–—-]/.test(rest)) {
      return {
        section: 'contact',
        heading: line.slice(0, line.length - contact.length).trim(),
        inline: rest.replace(/^[:–—-]\s*/, ''),
      };
    }
    // "In case of queries please contact:", "Voor meer informatie kunt u contact opnemen met Femke …".
    if (/:$/.test(rest) && rest.split(/\s+/).length <= 8)
      return { section: 'contact', heading: line, inline: '' };
    if (CONTACT_DETAIL.test(rest)) return { section: 'contact', heading: '', inline: line };
  }
  return aboutStart(line);
}

/**
 * "The BMW Group" over the boilerplate: an article and a name, when the next text names it too.
 * @example isNamedAbout('The Havenstad Group', 'The Havenstad Group runs …') // true
 */
export function isNamedAbout(line: string, next: string | undefined): boolean {
  const name = markers.aboutArticle.exec(line)?.groups?.['name']?.replace(/[.:]$/, '');
  if (!name || !next || !isNameLike(name) || TERMINAL.test(line.replace(/[.:]$/, ''))) return false;
  return next.includes(name);
}
