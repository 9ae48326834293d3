/**
 * The words a number belongs to, as a key figure's label: "omzet" for "een omzet van € 18,4
 * miljoen", "minder CO2" for "70 procent minder CO2", never the words of a neighbouring number.
 * Only a window around the number is read, so finding every figure stays linear in the text.
 */
import type { NumberLexicon } from '~/lib/authoring/import/lexicon';
import type { Unit } from '~/lib/units';

/** How far around a number the label and its sentence are looked for. */
export const WINDOW = 300;

/** Where a clause ends: punctuation, a dash, a line break. */
const CLAUSE_END = /[.!?;:()[\]\n]\s|,\s|\s[–—-]\s|\n/g;
/** Where a sentence ends, not after an abbreviation ("ca.", "Mio."). */
const SENTENCE_END =
  /(?<!(?:^|[\s(])(?:ca|mio|mrd|mln|mld|nr|dr|prof|bzw|etc|inc|approx|env|vs|st|mr|mrs|ms|ir|ing|drs|mevr|dhr|resp|evt|incl|excl|z\.b|u\.a|d\.h))[.!?]["”»]?\s+(?=[\p{Lu}\d"“„«]|$)|\n/giu;

/** A number's place in the text, and where its neighbours end and begin. */
export interface Span {
  start: number;
  end: number;
  /** End of the previous figure, or -1. */
  previousEnd: number;
  /** Start of the next figure (its qualifier included), or the text's length. */
  nextStart: number;
}

const words = (text: string) => text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
const bare = (word: string) => word.toLowerCase().replace(/^[("“„«'‘]+|[)"”»'’,.;:]+$/g, '');

/** The clause around a number: the words before and after it up to a boundary or a neighbour. */
export function clause(text: string, span: Span): { before: string[]; after: string[] } {
  const from = Math.max(span.previousEnd, span.start - WINDOW, 0);
  const to = Math.min(span.nextStart, span.end + WINDOW, text.length);
  const left = text.slice(from, span.start);
  const right = text.slice(span.end, to);
  let cut = 0;
  for (const m of left.matchAll(CLAUSE_END)) cut = m.index + m[0].length;
  const stop = right.search(CLAUSE_END);
  return { before: words(left.slice(cut)), after: words(stop >= 0 ? right.slice(0, stop) : right) };
}

/** The sentence a number stands in, for the author to judge the figure by. */
export function sentenceAround(text: string, start: number, end: number): string {
  const from = Math.max(0, start - WINDOW);
  const left = text.slice(from, start);
  let cut = 0;
  for (const m of left.matchAll(SENTENCE_END)) cut = m.index + m[0].length;
  const right = text.slice(end, end + WINDOW);
  const stop = [...right.matchAll(SENTENCE_END)][0];
  const sentence = `${left.slice(cut)}${text.slice(start, end)}${stop ? right.slice(0, stop.index + stop[0].length) : right}`;
  return sentence.replace(/\s+/g, ' ').trim();
}

/** Words from the end of `list` back to the first function word: "de totale investering" gives "totale investering". */
function nounBefore(list: readonly string[], lexicon: NumberLexicon): string[] {
  const trimmed = [...list];
  const linking = new Set(lexicon.words.linkingVerbs.flatMap((v) => v.toLowerCase().split(/\s+/)));
  // Function words, linking verbs and numbers ("vanaf 2026") between the noun and the figure go.
  const skip = (word: string) =>
    lexicon.stopWords.has(word) || linking.has(word) || /^\d/.test(word) || /^\p{L}$/u.test(word);
  while (trimmed.length > 0 && skip(bare(trimmed.at(-1)!))) {
    trimmed.pop();
  }
  const noun: string[] = [];
  for (let i = trimmed.length - 1; i >= 0 && noun.length < 4; i--) {
    const word = bare(trimmed[i]!);
    if (lexicon.stopWords.has(word) || linking.has(word) || /^\d/.test(word)) break;
    noun.unshift(trimmed[i]!);
  }
  return noun;
}

/** A word that dates a figure rather than naming it: "d’ici 2030", "bis 2027", a year. */
function isTimeWord(word: string, lexicon: NumberLexicon): boolean {
  const plain = bare(word).replace(lexicon.elision, '');
  return /^(?:19|20)\d\d$/.test(plain) || lexicon.words.timeWords.includes(plain);
}

/** Words after a number up to eight or a conjunction, without a trailing function word. */
function phraseAfter(list: readonly string[], lexicon: NumberLexicon, max = 8): string[] {
  const conjunction = list.findIndex((w, i) => i > 0 && lexicon.words.conjunctions.includes(bare(w)));
  const phrase = list.slice(0, Math.min(max, conjunction > 0 ? conjunction : max));
  while (phrase.length > 0 && lexicon.stopWords.has(bare(phrase.at(-1)!))) phrase.pop();
  return phrase;
}

/**
 * The label of a figure from the words around it. Percentages and counts name what they
 * measure after the number ("70 procent minder CO2", "4.000 huishoudens"); money and other
 * amounts usually before it ("een omzet van € 18 miljoen", "de investering bedraagt …").
 */
export function labelFor(
  around: { before: string[]; after: string[] },
  unit: Unit,
  lexicon: NumberLexicon,
  counted?: number,
): string {
  const { before, after } = around;
  const last = bare(before.at(-1) ?? '');
  const links = lexicon.words.linkingPrepositions.map((p) => p.toLowerCase());
  const join = (list: readonly string[]) => {
    // A label starts with what is measured, not with "of the", "für ein", "du".
    const from = list.findIndex((w) => !lexicon.stopWords.has(bare(w).replace(lexicon.elision, '')));
    return list
      .slice(Math.max(0, from))
      .join(' ')
      .replace(/^[("“„«]+|[,;:.!?)"”»]+$/g, '')
      .replace(lexicon.elision, '');
  };
  // A count is named by its noun and the words leading up to it: "nieuwe leden".
  if (unit === 'count' && counted !== undefined && counted >= 0) return join(after.slice(0, counted + 1));
  // A count whose noun the vocabulary does not know: the words up to the next function word.
  if (unit === 'count' && counted !== undefined) {
    const end = after.findIndex((w, i) => i > 0 && (lexicon.stopWords.has(bare(w)) || i >= 3));
    const noun = after.slice(0, end < 0 ? after.length : end);
    if (noun.length > 0 && !lexicon.stopWords.has(bare(noun[0]!))) return join(noun);
  }
  // "2,5 millions d’euros d’investissement": the elided noun after the amount names it.
  if (unit !== 'count' && after[0] && lexicon.elision.test(after[0]) && !isTimeWord(after[0], lexicon)) {
    return join(phraseAfter(after, lexicon));
  }
  if (links.includes(last) || links.some((p) => p.includes(' ') && join(before).toLowerCase().endsWith(p))) {
    const noun = nounBefore(before.slice(0, -1), lexicon);
    if (noun.length > 0) return join(noun);
  }
  // "tonnes of material", "tonnes de matériaux": what is weighed follows the connector.
  if (unit === 'tonnes' && lexicon.words.units.tonnesOf.includes(bare(after[0] ?? ''))) {
    return join(phraseAfter(after.slice(1), lexicon));
  }
  const startsWell =
    after.length > 0 &&
    !lexicon.stopWords.has(bare(after[0]!)) &&
    bare(after[0]!) !== 'per' &&
    !isTimeWord(after[0]!, lexicon);
  if (unit === 'percent' && after.length > 0) return join(phraseAfter(after, lexicon));
  if (startsWell) return join(phraseAfter(after, lexicon));
  const noun = nounBefore(before, lexicon);
  if (noun.length > 0) return join(noun);
  return join(phraseAfter(after, lexicon));
}
