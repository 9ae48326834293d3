/**
 * Quotes and who said them, in each language's quotation marks, with the speaker after the
 * quote ("…”, zegt Femke de Graaf.) or before it (Directeur Ilse Brouwer: “…”). A quote
 * attributed to no one by name ("said a spokesperson") is recognised as anonymous.
 */
import { cased, markers } from '~/lib/authoring/import/lexicon';

/** Each opening mark and the marks that may close it. */
const CLOSING: Record<string, string> = {
  '“': '”“',
  '„': '“”',
  '«': '»',
  '"': '"',
  '”': '”',
  '‘': '’',
  '‚': '‘’',
};
const OPENING = /^[“„«"”‘‚]/;

const SAYS = cased(markers.says);
const ANON = cased(markers.anonymous);
const TITLE = cased(markers.titles);
const PARTICLES = markers.particles;
const NAME = String.raw`\p{Lu}[\p{L}’'-]+(?:\s+(?:(?:${PARTICLES})\s+)*\p{Lu}[\p{L}’'-]+){1,3}`;

const ATTRIBUTION = new RegExp(
  String.raw`^\s*[,.]?\s*(?:(?:${SAYS})\s+(?<anon1>${ANON})|(?<anon2>${ANON})\s+(?:${SAYS})|(?:${SAYS})\s+(?:(?<title>(?:${TITLE})(?:\s+\p{Ll}[\p{L}-]*){0,2}?)\s+)?(?<after>${NAME})|(?<before>${NAME})\s+(?:${SAYS}))(?:,\s*(?<role>[^.„“”«»"]{2,120}?))?(?=\s*[.,]?\s*(?:[„“”«"‘]|$)|\s+\p{Ll}{2,4}\s*\.|\s*\.)`,
  'u',
);
const SPEAKER_FIRST = new RegExp(
  String.raw`^(?:(?:${SAYS})\s+)?(?:(?<title>(?:${TITLE})(?:\s+\p{Ll}[\p{L}-]*){0,2}?)\s+)?(?<name>${NAME})(?:,\s*(?<role>[^:“„«"]{2,80}?),?)?\s*(?:(?:${SAYS})\s*)?[:,]\s*(?=[“„«"‘])`,
  'u',
);

/** A quote found in a paragraph. */
export interface FoundQuote {
  /** The speaker's name, when the text names one. */
  speaker?: string | undefined;
  /** "een woordvoerder", when the speaker is not named. */
  anonymous?: string | undefined;
  /** The role the text gives: "directeur van Noordwind Energie". */
  role?: string | undefined;
  /** The quoted words, without quotation marks, ending in punctuation. */
  text: string;
  /** Whether the paragraph is the quote and its attribution only, so it can move out of the body. */
  whole: boolean;
}

/** Where the quote that opens `text` closes, or -1. */
function closeOf(text: string): number {
  const marks = CLOSING[text[0] ?? ''];
  if (!marks) return -1;
  for (let i = 1; i < text.length; i++) {
    // A closing single quote inside a word is an apostrophe: "it’s".
    if (marks.includes(text[i]!) && !(text[i] === '’' && /\p{L}/u.test(text[i + 1] ?? ''))) return i;
  }
  return -1;
}

/** Quoted words as a quote's text: inner spaces of guillemets gone, a final comma made a full stop. */
function quoteText(inner: string): string {
  return straightQuotes(
    inner
      .trim()
      .replace(/,$/, '.')
      .replace(/^(.*[^.!?…])$/s, '$1.'),
  );
}

/**
 * The quote in a paragraph that opens with one (speaker after) or with its speaker.
 * @example findQuote('“Dit is goed nieuws”, zegt Femke de Graaf, woordvoerder.') // { speaker: 'Femke de Graaf', role: 'woordvoerder', text: 'Dit is goed nieuws.', whole: true }
 * @example findQuote('Directeur Ilse Brouwer: “Het werkt.”') // { speaker: 'Ilse Brouwer', role: 'Directeur', text: 'Het werkt.', whole: true }
 */
export function findQuote(paragraph: string): FoundQuote | undefined {
  const first = SPEAKER_FIRST.exec(paragraph.slice(0, 200));
  if (first?.groups) {
    const rest = paragraph.slice(first[0].length);
    const close = closeOf(rest);
    if (close < 0) return undefined;
    const tail = rest.slice(close + 1).trim();
    return {
      speaker: first.groups['name']!,
      role: first.groups['role']?.trim() ?? first.groups['title'],
      text: quoteText(rest.slice(1, close)),
      whole: /^[.,]?$/.test(tail),
    };
  }
  if (!OPENING.test(paragraph)) return undefined;
  const close = closeOf(paragraph);
  if (close < 0) return undefined;
  const afterQuote = paragraph.slice(close + 1);
  const said = ATTRIBUTION.exec(afterQuote.slice(0, 240));
  const g = said?.groups;
  if (!said || !g) return undefined;
  let text = quoteText(paragraph.slice(1, close));
  // What follows the attribution: nothing, a separable verb particle ("legt … uit."), or more quote.
  const tail = afterQuote.slice(said[0].length).replace(/^\s*(?:\p{Ll}{2,4})?\s*[.,]?\s*/u, '');
  let whole = tail === '';
  if (!whole && OPENING.test(tail) && closeOf(tail) === tail.length - 1) {
    text = `${text} ${quoteText(tail.slice(1, -1))}`;
    whole = true;
  }
  const anonymous = g['anon1'] ?? g['anon2'];
  if (anonymous) return { anonymous, text, whole };
  return {
    speaker: (g['after'] ?? g['before'])!,
    role: g['role']?.trim() ?? g['title'],
    text,
    whole,
  };
}

/** Straight quotes, as the site's typography expects them: it sets the language's own marks. */
export function straightQuotes(text: string): string {
  return text.replace(/«\s*/g, '"').replace(/\s*»/g, '"').replace(/[“”„]/g, '"');
}

/**
 * A name compared without accents, case or extra spaces.
 * @example normaliseName('Thijs  Höekstra') // 'thijs hoekstra'
 */
export const normaliseName = (name: string): string =>
  name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
