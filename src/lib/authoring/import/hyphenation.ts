/**
 * Undoing hyphenation at line ends. A hyphen at the end of a line is either the typesetter's
 * (Wind- | park: the word is "Windpark") or the author's (CO2- | intensieve: the word is
 * "CO2-intensieve"). Without a dictionary the rules below decide, in this order:
 *
 * 1. a soft hyphen (U+00AD) is the typesetter's: join;
 * 2. a conjunction after the hyphen is a suspended compound ("milieu- en sociale"): keep, with a space;
 * 3. a digit, an acronym or a single letter before the hyphen ("CO2-", "EU-", "e-"): keep;
 * 4. a capital or a digit after it ("Wasserstoff- | Elektrolyse", "Covid- | 19"): keep;
 * 5. the document itself: the word written elsewhere with its hyphen (mid-line), keep; written
 *    elsewhere as one word, join;
 * 6. Dutch only: two vowels meeting, both parts four letters or more ("zonne- | energie"), keep:
 *    Dutch spelling puts a hyphen there, so the typesetter cannot have;
 * 7. otherwise the `fallback`, and say it was a guess. The layout step chooses it from the
 *    document's habit: join when another line end in the document was shown to be the
 *    typesetter's (rule 1, or joined by rule 5), as then the document is hyphenated; otherwise
 *    join in Dutch and German, which write compounds as one word, and keep in English and French,
 *    which hyphenate many ("long-term", "porte-parole") and whose word processors rarely do.
 */
import type { HyphenDecision } from '~/lib/authoring/import/blocks';

/** Words after which a trailing hyphen suspends a compound: "milieu- en", "Bus- und", "short- and". */
const CONJUNCTION = /^(?:en|of|tot|noch|und|oder|bis|sowie|and|or|to|nor|et|ou|à)(?=[\s,;:]|$)/iu;
/** A word, hyphenated compounds whole; an apostrophe separates (l’agroalimentaire is two words). */
const WORD = /[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu;
/** Endings that make "windparken" evidence for "windpark". */
const ENDINGS = ['s', 'e', 'en', 'n', 'es', 'er', 'ern', 'em', 'x'];

/** How a document writes its words mid-line: the evidence for rule 5. */
export class WordEvidence {
  readonly #counts = new Map<string, number>();

  /** Counts the words of `lines`, leaving out each line's last word: it may be cut by a hyphen. */
  constructor(lines: Iterable<string>) {
    for (const line of lines) {
      const words = line.match(WORD) ?? [];
      const complete = /[-\u00ad\u2010]$/.test(line) ? words.slice(0, -1) : words;
      for (const word of complete) {
        const key = word.toLowerCase();
        this.#counts.set(key, (this.#counts.get(key) ?? 0) + 1);
      }
    }
  }

  /** How often `word` (or it with a common inflection) occurs mid-line. */
  count(word: string): number {
    const key = word.toLowerCase();
    let n = this.#counts.get(key) ?? 0;
    for (const ending of ENDINGS) {
      n += this.#counts.get(key + ending) ?? 0;
      if (key.endsWith(ending) && key.length > ending.length + 3)
        n += this.#counts.get(key.slice(0, -ending.length)) ?? 0;
    }
    return n;
  }
}

const VOWELS = 'aeiouyáàâäéèêëíìîïóòôöúùûü';

/**
 * Joins a line that ends in a hyphen with the next one. `line` ends with "-", U+2010 or U+00AD
 * right after a letter or digit; otherwise the two are joined with a space and no decision made.
 * Only the last word of `line` is looked at, so joining a paragraph line by line stays linear.
 * @example joinHyphenated('een CO2-', 'intensieve productie', new WordEvidence([])).text // 'een CO2-intensieve productie'
 * @example joinHyphenated('het Wind-', 'park', new WordEvidence(['Windpark'])).text // 'het Windpark'
 */
export function joinHyphenated(
  line: string,
  next: string,
  evidence: WordEvidence,
  options: HyphenOptions = {},
): { text: string; decision?: HyphenDecision } {
  const cut = /([\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*)([-\u00ad\u2010])$/u.exec(line);
  if (!cut) return { text: `${line} ${next}` };
  const head = line.slice(0, cut.index);
  const before = cut[1]!;
  const after = /^[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/u.exec(next)?.[0] ?? '';
  const rest = next.slice(after.length);
  const found = `${before}- | ${after}`;
  const keep = (rule: HyphenDecision['rule']) => ({
    text: `${head}${before}-${after}${rest}`,
    decision: { found, result: `${before}-${after}`, rule },
  });
  const join = (rule: HyphenDecision['rule']) => ({
    text: `${head}${before}${after}${rest}`,
    decision: { found, result: `${before}${after}`, rule },
  });

  if (cut[2] === '\u00ad') return join('soft-hyphen');
  if (CONJUNCTION.test(next)) {
    return {
      text: `${head}${before}- ${next}`,
      decision: { found, result: `${before}- ${after}`, rule: 'suspended' },
    };
  }
  if (after === '') return { text: `${head}${before}-${next}` };
  const lastPart = before.split('-').at(-1)!;
  if (/\p{N}/u.test(lastPart) || (lastPart.match(/\p{Lu}/gu)?.length ?? 0) >= 2 || lastPart.length === 1) {
    return keep('acronym-or-number');
  }
  if (/^[\p{Lu}\p{N}]/u.test(after)) return keep('capital');
  const hyphenated = evidence.count(`${before}-${after}`);
  const joined = evidence.count(`${before}${after}`);
  if (hyphenated > 0 && hyphenated >= joined) return keep('seen-hyphenated');
  if (joined > 0) return join('seen-joined');
  const firstOfAfter = after.split('-')[0]!;
  if (
    options.lang === 'nl' &&
    VOWELS.includes(lastPart.at(-1)!.toLowerCase()) &&
    VOWELS.includes(after[0]!.toLowerCase()) &&
    lastPart.length >= 4 &&
    firstOfAfter.length >= 4
  ) {
    return keep('vowel-clash');
  }
  return options.fallback === 'keep' ? keep('guess-keep') : join('guess-join');
}

/** The document's language and what to do with a hyphen no rule decides (rule 7). */
export interface HyphenOptions {
  lang?: string | undefined;
  fallback?: 'join' | 'keep' | undefined;
}

/**
 * Rule 7's choice for a document, from the rules that decided its other line ends and its
 * language: join once the document is shown to be hyphenated by its typesetter.
 */
export function fallbackFor(decided: readonly HyphenDecision['rule'][], lang?: string): 'join' | 'keep' {
  if (decided.some((rule) => rule === 'soft-hyphen' || rule === 'seen-joined')) return 'join';
  return lang === 'en' || lang === 'fr' ? 'keep' : 'join';
}
