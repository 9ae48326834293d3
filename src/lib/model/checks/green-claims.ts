/**
 * Environmental claims in a release, checked against the evidence and targets it cites and the
 * EU rules on environmental claims: Directive 2005/29/EC (unfair commercial practices) as amended
 * by Directive (EU) 2024/825, applying from 27 September 2026. Pure: the caller resolves ids,
 * reads files and turns `offset` into `path:line:column` (see `positionAt` in ./text.ts).
 *
 * Four rules, each message (in the release's language, from `src/i18n/<lang>/claims.ts`) naming
 * the phrase, the kind of claim, the provision and what would satisfy it:
 * 1. `neutrality`: "klimaatneutraal", "net zero", "neutre en carbone"… (Annex I point 4c): an
 *    error unless the release cites evidence of kind `verification` with `offsets: false`.
 * 2. `future`: such a claim, or a change in emissions, tied to a coming year or a deadline
 *    (Article 6(2)(d)): an error unless the release cites a target with a plan and a verifier.
 * 3. `generic`: "milieuvriendelijk", "green", "nachhaltig"… (Annex I point 4a): a warning, an
 *    error with `strict`.
 * 4. `figure`: a key figure about emissions or resources (tonnes CO2e, MWh, or percent/tonnes
 *    with a CO2, energy or material label): a warning without evidence; a warning for a
 *    comparative figure (with a baseline) resting on a `company-statement`; errors with `strict`.
 * Errors of these rules are warnings in a draft (work in progress, like a TODO) and in a release
 * dated before 27 September 2026 (the rules did not apply when it was published); the message
 * says so.
 *
 * Not every use of these words is a claim. Left alone: names (a word the language writes in
 * lowercase, capitalised mid-sentence: "Groene Hart", "Green Park"), titles (a quoted or italic
 * span after a word like "rapport", "report", "Studie", "intitulé"), fixed expressions and defined
 * terms listed per language ("groen licht", "groene stroom", "duurzame inzetbaarheid",
 * "développement durable"), negations ("niet klimaatneutraal"), and sentences about public
 * policy in which neither "we" nor the company speaks ("De EU wil in 2050 klimaatneutraal zijn").
 *
 * What the heuristics miss, the author marks in front matter: `claimExceptions`, a list of
 * `{ phrase, reason, field? }`. Every occurrence of `phrase` (case-insensitive, whole words) in
 * the release, or only in `field` ("title", "body", "highlights", "highlights.1"…), is not a
 * claim; the reason is required and stays in the file for review. An exception whose phrase no
 * longer occurs is reported, so stale ones do not pile up. Comments in the Markdown body cannot
 * carry the marker: the checker does not read them (they may hide text, never excuse it).
 */
import type { ClaimMessages, ClaimVocabulary } from '~/i18n/claims';
import { fill } from '~/i18n/fill';
import { locales, type Lang } from '~/i18n/locales';
import { formatDay } from '~/lib/locale/dates';
import { evidenceKinds, type EvidenceKind } from '~/schemas/evidence';

export type { EvidenceKind } from '~/schemas/evidence';

/** The day Directive (EU) 2024/825 applies from (its Article 4): earlier releases only get warnings. */
export const GREEN_CLAIMS_APPLY_FROM = '2026-09-27';

/** The vocabulary the checks use for a language. */
export function claimVocabulary(lang: Lang): ClaimVocabulary {
  return locales[lang].claims;
}

/** An evidence record (`content/evidence/<id>.yaml`) as the checks need it. */
export interface ClaimEvidence {
  id: string;
  kind: EvidenceKind;
  /** Whether the claimed result relies on offsetting; unknown when the record does not say. */
  offsets?: boolean | undefined;
}

/** A target record (`content/targets/<id>.yaml`) as the checks need it. */
export interface ClaimTarget {
  id: string;
  /** The implementation plan: a document or URL. */
  plan?: string | undefined;
  /** The independent third party who checks progress. */
  verifier?: { name: string } | undefined;
}

/** A key figure, with the evidence record it cites already looked up. */
export interface ClaimFigure {
  id: string;
  unit: string;
  label: string;
  /** What the figure is compared with; a figure with a baseline is comparative. */
  baseline?: string | undefined;
  evidence?: ClaimEvidence | undefined;
  /** The target the figure reports on, already looked up; it counts as cited by the release. */
  target?: ClaimTarget | undefined;
}

/** A front-matter `claimExceptions` entry: an occurrence that is not a claim, and why. */
export interface ClaimException {
  phrase: string;
  reason: string;
  /** Limit to one field ("title", "body") or a list ("highlights") or one item ("highlights.0"). */
  field?: string | undefined;
}

/** One release as the green-claims checks see it. */
export interface GreenClaimsRelease {
  lang: Lang;
  /** The release's calendar year: "in 2025" is a future claim in 2024, a past one in 2026. */
  year: number;
  /** The release's publication day: before GREEN_CLAIMS_APPLY_FROM the rules only warn. */
  day?: string | undefined;
  /** A draft is work in progress: the rules only warn. */
  draft?: boolean | undefined;
  title: string;
  subtitle?: string | undefined;
  highlights?: readonly string[] | undefined;
  quotes?: readonly { text: string }[] | undefined;
  /** The Markdown body; code, links' targets, HTML and comments are not read. */
  body?: string | undefined;
  keyFigures?: readonly ClaimFigure[] | undefined;
  /** Evidence records the release cites (figures' evidence counts as cited too). */
  evidence?: readonly ClaimEvidence[] | undefined;
  /** Targets the release cites (figures' targets count as cited too). */
  targets?: readonly ClaimTarget[] | undefined;
  claimExceptions?: readonly ClaimException[] | undefined;
  /** Names the issuing company goes by: a sentence naming it is the company speaking. */
  companyNames?: readonly string[] | undefined;
}

export type GreenClaimRule = 'neutrality' | 'future' | 'generic' | 'figure' | 'exception';

/** A problem in one field of a release; the caller adds the file and the line. */
export interface GreenClaimProblem {
  severity: 'error' | 'warning';
  /** "title", "subtitle", "highlights.0", "quotes.1.text", "body", "keyFigures.2.label"… */
  field: string;
  rule: GreenClaimRule;
  /** The words as written in the release. */
  phrase: string;
  /** Where the phrase starts in the field's text (UTF-16 index); 0 for a whole-field problem. */
  offset: number;
  length: number;
  message: string;
}

/** A claim found in a text, before evidence is considered. */
export interface ClaimOccurrence {
  rule: 'neutrality' | 'future' | 'generic';
  phrase: string;
  offset: number;
  length: number;
}

interface Range {
  start: number;
  end: number;
}

interface Compiled {
  vocab: ClaimVocabulary;
  /** Each phrase anchored (sticky), tried where `anyPhrase` found one of them. */
  phrases: { re: RegExp; rule: 'neutrality' | 'generic'; lowercase: boolean }[];
  /** All phrases, and all future markers, in one pattern each: one pass over the text. */
  anyPhrase: RegExp;
  anyFuture: RegExp;
  notClaims: RegExp[];
  future: { re: RegExp; kind: 'deadline' | 'point' | 'vague' }[];
  impact: RegExp[];
  change: RegExp[];
  comparatives: RegExp[];
  negations: RegExp[];
  clauseBreaks: RegExp[];
  policySubjects: RegExp[];
  firstPerson: RegExp[];
  titleCues: RegExp[];
  figureTopics: RegExp[];
}

const LETTER = String.raw`[\p{L}\p{N}]`;
/** A vocabulary pattern as a whole word (nothing alphanumeric on either side). */
const wholeWord = (source: string) => new RegExp(String.raw`(?<!${LETTER})(?:${source})(?!${LETTER})`, 'giu');
/** A vocabulary pattern as a whole word, starting exactly at `lastIndex`. */
const wholeWordAt = (source: string) => new RegExp(String.raw`(?:${source})(?!${LETTER})`, 'iuy');
/** Matches of a pattern that begin a word (nothing alphanumeric just before). */
const wordStarts = (re: RegExp, text: string) =>
  [...text.matchAll(re)].filter((m) => m.index === 0 || !/[\p{L}\p{N}]/u.test(text[m.index - 1]!));
/** A vocabulary pattern at the start of a word. */
const wordStart = (source: string) => new RegExp(String.raw`(?<!${LETTER})(?:${source})`, 'iu');
/** Whether a pattern's first letter is lowercase: the word is normally written in lowercase. */
const writtenLowercase = (re: RegExp) => /^\p{Ll}/u.test(re.source.match(/\p{L}/u)?.[0] ?? '');

const compiled = new Map<Lang, Compiled>();
function compile(lang: Lang): Compiled {
  const known = compiled.get(lang);
  if (known) return known;
  const vocab = locales[lang].claims;
  const words = (list: readonly RegExp[]) => list.map((re) => wholeWord(re.source));
  // No lookbehind here: it makes the scan three times slower; `wordStarts` checks the start.
  const oneOf = (list: readonly RegExp[]) =>
    new RegExp(
      String.raw`(?:${list.map((re) => `(?:${re.source.replace(/\(\?<\w+>/g, '(?:')})`).join('|')})(?!${LETTER})`,
      'giu',
    );
  const result: Compiled = {
    vocab,
    anyPhrase: oneOf([...vocab.neutrality, ...vocab.generic]),
    anyFuture: oneOf([...vocab.future.deadline, ...vocab.future.point, ...vocab.future.vague]),
    phrases: [
      ...vocab.neutrality.map((re) => ({
        re: wholeWordAt(re.source),
        rule: 'neutrality' as const,
        lowercase: writtenLowercase(re),
      })),
      ...vocab.generic.map((re) => ({
        re: wholeWordAt(re.source),
        rule: 'generic' as const,
        lowercase: writtenLowercase(re),
      })),
    ],
    notClaims: words(vocab.notClaims),
    future: (['deadline', 'point', 'vague'] as const).flatMap((kind) =>
      vocab.future[kind].map((re) => ({ re: wholeWordAt(re.source), kind })),
    ),
    impact: words(vocab.impact),
    change: words(vocab.change),
    comparatives: words(vocab.comparatives),
    negations: words(vocab.negations),
    clauseBreaks: words(vocab.clauseBreaks),
    policySubjects: words(vocab.policySubjects),
    firstPerson: words(vocab.firstPerson),
    titleCues: words(vocab.titleCues),
    figureTopics: vocab.figureTopics.map((re) => wordStart(re.source)),
  };
  compiled.set(lang, result);
  return result;
}

/** Spaces, hyphens and apostrophes of every kind as one, character for character (offsets stay). */
const normalise = (text: string) =>
  text
    .replace(/[\u00a0\u2002\u2003\u2007\u2009\u202f]/g, ' ')
    .replace(/[\u2010\u2011]/g, '-')
    .replace(/\u2019/g, "'");

/**
 * Blanks out what a reader does not read as prose: code, link targets, HTML and JSX tags,
 * comments, MDX imports and expressions, URLs and email addresses.
 */
function maskMarkdown(text: string): string {
  const blank = (s: string) => s.replace(/[^\n]/g, ' ');
  let out = text;
  const mask = (re: RegExp, group = 0) => {
    out = out.replace(re, (...args: unknown[]) => {
      const whole = args[0] as string;
      if (group === 0) return blank(whole);
      const part = args[group] as string;
      const at = whole.indexOf(part);
      return whole.slice(0, at) + blank(part) + whole.slice(at + part.length);
    });
  };
  if (/`{3}|~{3}/.test(out)) mask(/^(`{3,}|~{3,})[^\n]*\n[\s\S]*?^\1[^\n]*$/gm);
  if (out.includes('`')) mask(/`[^`\n]+`/g);
  if (/^(?:import|export)\s/m.test(out))
    mask(/^(?:import\s+[\w*{]|export\s+(?:const|let|default|function|\{))[^\n]*$/gm);
  if (out.includes('{')) mask(/\{[^{}\n]*\}/g);
  if (out.includes('<')) {
    mask(/<!--[\s\S]*?-->/g);
    mask(/<[a-zA-Z/][^>\n]*>/g);
  }
  if (out.includes('](')) mask(/\]\(([^)\n]*)\)/g, 1);
  if (out.includes(']:')) mask(/^ {0,3}\[[^\]\n]+\]:[^\n]*$/gm);
  mask(/\bhttps?:\/\/[^\s)>\]]+/g);
  mask(/\bwww\.[^\s)>\]]+/g);
  if (out.includes('@')) mask(/(?<![\w.+-])[\w.+-]+@[\w-]+\.[\w.-]+/g);
  return out;
}

const matches = (re: RegExp, text: string, from = 0, to = text.length): Range[] =>
  [...text.slice(from, to).matchAll(re)].map((m) => ({
    start: from + m.index,
    end: from + m.index + m[0].length,
  }));

const overlaps = (a: Range, b: Range) => a.start < b.end && b.start < a.end;
const within = (a: Range, b: Range) => a.start >= b.start && a.end <= b.end;
/** Whether any of the patterns occurs in the text (`search` ignores a global pattern's state). */
const any = (res: readonly RegExp[], text: string) => res.some((re) => text.search(re) >= 0);

/** Sentences, split at line ends and at `.`, `!`, `?` followed by a space. */
function sentenceRanges(text: string): Range[] {
  const out: Range[] = [];
  let start = 0;
  for (const m of text.matchAll(/\n|[.!?…]+["'”»)\]]*(?=\s|$)/g)) {
    const end = m.index + m[0].length;
    if (end > start) out.push({ start, end });
    start = end;
  }
  if (start < text.length) out.push({ start, end: text.length });
  return out;
}

interface Token extends Range {
  text: string;
}
const tokenise = (text: string): Token[] =>
  [...text.matchAll(/[\p{L}\p{N}]+(?:'\p{L}+)*/gu)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    text: m[0],
  }));

const isCapitalised = (word: string) => /^\p{Lu}/u.test(word) && word !== word.toUpperCase();

/** Index of the first token that starts at or after `at` (tokens are in text order). */
function firstTokenFrom(tokens: readonly Token[], at: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The tokens that lie wholly inside a range. */
function tokensIn(tokens: readonly Token[], range: Range): Token[] {
  const out: Token[] = [];
  for (let i = firstTokenFrom(tokens, range.start); i < tokens.length && tokens[i]!.end <= range.end; i++) {
    out.push(tokens[i]!);
  }
  return out;
}

/** The text of up to `count` words before `at`, not reaching back past `limit`. */
function wordsBefore(
  text: string,
  tokens: readonly Token[],
  at: number,
  count: number,
  limit: number,
): string {
  let i = firstTokenFrom(tokens, at) - 1;
  while (i >= 0 && tokens[i]!.end > at) i--;
  let first = -1;
  for (let n = 0; n < count && i >= 0 && tokens[i]!.start >= limit; n++, i--) first = i;
  return first < 0 ? '' : text.slice(tokens[first]!.start, at);
}

/** The text of up to `count` words after `at`, not reaching past `limit`. */
function wordsAfter(
  text: string,
  tokens: readonly Token[],
  at: number,
  count: number,
  limit: number,
): string {
  const after = tokensIn(tokens, { start: at, end: limit }).slice(0, count);
  const last = after.at(-1);
  return last ? text.slice(at, last.end) : '';
}

/** Whether `at` begins a sentence, a line, a list item, a quotation or a clause after a colon. */
function startsSentence(text: string, at: number): boolean {
  for (let i = at - 1; i >= 0; i--) {
    const ch = text[i]!;
    if (ch === '\n') return true;
    if (/[\s#>*+\-_“„«"'‘‚([•–—]/u.test(ch)) continue;
    return /[.!?:;…]/u.test(ch);
  }
  return true;
}

/**
 * A headline in title case: three or more capitalised words of four letters or more, and no
 * lowercase word of five or more ("from", "with" may stay lowercase; "meets" may not).
 */
function isTitleCase(text: string, tokens: readonly Token[], range: Range): boolean {
  const inner = tokensIn(tokens, range).filter((t) => !startsSentence(text, t.start));
  const capitalised = inner.filter((t) => /\p{L}{4}/u.test(t.text) && isCapitalised(t.text));
  return capitalised.length >= 3 && !inner.some((t) => /^\p{Ll}/u.test(t.text) && /\p{L}{5}/u.test(t.text));
}

/** Quoted and (in Markdown) italic spans that are titles or names. */
function nameSpans(text: string, tokens: readonly Token[], c: Compiled, markdown: boolean): Range[] {
  const spans: Range[] = [];
  let open = -1;
  for (const m of text.matchAll(/[\n“„«"”»]/g)) {
    const ch = m[0];
    if (ch === '\n') open = -1;
    else if (open < 0 && '“„«"'.includes(ch)) open = m.index;
    else if (open >= 0 && '”“»"'.includes(ch)) {
      if (m.index - open < 300) spans.push({ start: open + 1, end: m.index });
      open = -1;
    }
  }
  if (markdown) {
    for (const m of text.matchAll(
      /(?<![*\w])\*(?!\*)([^*\n]+?)\*(?![*\w])|(?<![_\w])_([^_\n]+?)_(?![_\w])/gu,
    )) {
      spans.push({ start: m.index + 1, end: m.index + m[0].length - 1 });
    }
  }
  const lineStart = (at: number) => text.lastIndexOf('\n', at - 1) + 1;
  const lineEnd = (at: number) => (text.indexOf('\n', at) + 1 || text.length + 1) - 1;
  return spans.filter((span) => {
    const before = wordsBefore(text, tokens, span.start - 1, 4, lineStart(span.start));
    const after = wordsAfter(text, tokens, span.end + 1, 3, lineEnd(span.end));
    if (any(c.titleCues, before) || any(c.titleCues, after)) return true;
    if (c.vocab.capitalisesNouns) return false;
    const words = tokensIn(tokens, span).filter((t) => /\p{L}{3}/u.test(t.text));
    return words.length >= 2 && words.filter((t) => isCapitalised(t.text)).length / words.length >= 2 / 3;
  });
}

interface Candidate extends Range {
  rule: 'neutrality' | 'generic';
  lowercase: boolean;
}

/**
 * The environmental claims in one text, in the order they occur, before evidence is considered.
 * `ignore` ranges (claim exceptions) hide the phrases and time markers they overlap.
 * @example findClaims('Wij zijn in 2030 klimaatneutraal.', 'nl', { year: 2025 })[0]?.rule // 'future'
 */
export function findClaims(
  text: string,
  lang: Lang,
  options: {
    year: number;
    markdown?: boolean;
    companyNames?: readonly string[] | undefined;
    ignore?: readonly { start: number; end: number }[];
  },
): ClaimOccurrence[] {
  const c = compile(lang);
  const work = options.markdown ? maskMarkdown(normalise(text)) : normalise(text);
  // Where a phrase starts, the longest phrase that matches there.
  const all: Candidate[] = [];
  for (const m of wordStarts(c.anyPhrase, work)) {
    let best: Candidate | undefined;
    for (const { re, rule, lowercase } of c.phrases) {
      re.lastIndex = m.index;
      const hit = re.exec(work);
      const end = hit ? m.index + hit[0].length : -1;
      if (hit && (!best || end > best.end)) best = { start: m.index, end, rule, lowercase };
    }
    if (best && !all.some((kept) => overlaps(kept, best))) all.push(best);
  }
  // Time markers that point at the future, as seen from the release's year.
  const timeMarkers: Range[] = [];
  for (const m of wordStarts(c.anyFuture, work)) {
    const future = c.future.some(({ re, kind }) => {
      re.lastIndex = m.index;
      const hit = re.exec(work);
      if (!hit) return false;
      if (kind === 'vague') return true;
      const year = Number(hit.groups?.['year']);
      return kind === 'deadline' ? year >= options.year : year > options.year;
    });
    if (future) timeMarkers.push({ start: m.index, end: m.index + m[0].length });
  }
  if (!all.length && !timeMarkers.length) return [];

  const tokens = tokenise(work);
  const sentences = sentenceRanges(work);
  const sentenceOf = (at: number) => {
    let lo = 0;
    let hi = sentences.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (sentences[mid]!.start <= at) lo = mid;
      else hi = mid - 1;
    }
    return sentences[lo] ?? { start: 0, end: 0 };
  };
  const notClaims = all.length ? c.notClaims.flatMap((re) => matches(re, work)) : [];
  const names = nameSpans(work, tokens, c, options.markdown ?? false);
  const ignore = options.ignore ?? [];
  const companies = (options.companyNames ?? [])
    .filter((name) => name.trim())
    .map((name) =>
      wholeWord(
        normalise(name)
          .trim()
          .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
          .replace(/\s+/g, '\\s+'),
      ),
    );

  const policyCache = new Map<number, boolean>();
  /** A sentence about public policy, in which neither "we" nor the company speaks. */
  const isPolicy = (s: Range) => {
    let known = policyCache.get(s.start);
    if (known === undefined) {
      const sentence = work.slice(s.start, s.end);
      known = any(c.policySubjects, sentence) && !any(c.firstPerson, sentence) && !any(companies, sentence);
      policyCache.set(s.start, known);
    }
    return known;
  };

  const looksLikeName = (cand: Candidate) => {
    if (!cand.lowercase) return false;
    const first = work.slice(cand.start, cand.end).split(/[\s-]/)[0] ?? '';
    if (!isCapitalised(first) || /\p{N}/u.test(first)) return false;
    const s = sentenceOf(cand.start);
    if (!c.vocab.capitalisesNouns && isTitleCase(work, tokens, s)) return false;
    if (!startsSentence(work, cand.start)) return true;
    if (c.vocab.capitalisesNouns) return false;
    const next = tokens[firstTokenFrom(tokens, cand.end)];
    return !!next && /^ +$/.test(work.slice(cand.end, next.start)) && isCapitalised(next.text);
  };

  /** A negation earlier in the claim's clause, up to six words before it. */
  const negated = (cand: Range, s: Range) => {
    let from = s.start;
    const punctuation = /[,;:()–—]/g;
    for (const m of work.slice(s.start, cand.start).matchAll(punctuation)) from = s.start + m.index + 1;
    for (const re of c.clauseBreaks) {
      for (const r of matches(re, work, from, cand.start)) from = Math.max(from, r.end);
    }
    return any(c.negations, wordsBefore(work, tokens, cand.start, 6, from));
  };

  const hidden = (r: Range) => ignore.some((x) => overlaps(r, x)) || names.some((n) => within(r, n));

  const claims = all.filter((cand) => {
    if (hidden(cand)) return false;
    if (notClaims.some((n) => overlaps(n, cand))) return false;
    if (looksLikeName(cand)) return false;
    const s = sentenceOf(cand.start);
    if (negated(cand, s)) return false;
    return !isPolicy(s);
  });

  const occurrences: (ClaimOccurrence & { order: number })[] = [];
  const phrase = (r: Range) => text.slice(r.start, r.end);
  const inFuture = new Set<Candidate>();
  const markers = timeMarkers.filter((r) => !hidden(r));
  const markedSentences = [...new Set(markers.map((r) => sentenceOf(r.start)))];
  for (const s of markedSentences) {
    if (isPolicy(s)) continue;
    const here = claims.filter((cand) => cand.start >= s.start && cand.end <= s.end);
    // A comparison ("minder CO2") is a future claim only in the company's own voice.
    const speaks = any(c.firstPerson, work.slice(s.start, s.end));
    const changes = [...c.change, ...(speaks ? c.comparatives : [])].flatMap((re) =>
      matches(re, work, s.start, s.end),
    );
    const impacts = changes.length
      ? c.impact
          .flatMap((re) => matches(re, work, s.start, s.end))
          .filter((r) => !hidden(r) && changes.some((ch) => !overlaps(ch, r)))
      : [];
    const cue = here.find((cand) => cand.rule === 'neutrality') ?? here[0] ?? impacts[0];
    if (!cue) continue;
    here.filter((cand) => cand.rule === 'neutrality').forEach((cand) => inFuture.add(cand));
    const distance = (r: Range) => Math.min(Math.abs(r.start - cue.end), Math.abs(cue.start - r.end));
    const marker = markers
      .filter((r) => r.start >= s.start && r.start < s.end)
      .reduce((best, r) => (distance(r) < distance(best) ? r : best));
    const span = { start: Math.min(cue.start, marker.start), end: Math.max(cue.end, marker.end) };
    occurrences.push({
      rule: 'future',
      phrase: span.end - span.start <= 80 ? phrase(span) : `${phrase(cue)} … ${phrase(marker)}`,
      offset: span.start,
      length: span.end - span.start,
      order: cue.start,
    });
  }
  for (const cand of claims) {
    if (inFuture.has(cand)) continue;
    occurrences.push({
      rule: cand.rule,
      phrase: phrase(cand),
      offset: cand.start,
      length: cand.end - cand.start,
      order: cand.start,
    });
  }
  return occurrences
    .sort((a, b) => a.order - b.order)
    .map((o) => ({ rule: o.rule, phrase: o.phrase, offset: o.offset, length: o.length }));
}

/** Where a claim exception's phrase occurs in a text. */
function exceptionRanges(text: string, phrase: string): Range[] {
  const source = normalise(phrase)
    .trim()
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(/\s+/g, '\\s+');
  return source ? matches(wholeWord(source), normalise(text)) : [];
}

const fieldCovers = (scope: string | undefined, field: string) =>
  !scope || scope === field || field.startsWith(`${scope}.`);

/** Whether a key figure is about emissions or resources: the figures that need evidence. */
export function isResourceFigure(figure: Pick<ClaimFigure, 'unit' | 'label'>, lang: Lang): boolean {
  if (['tonnes-co2e', 'MWh', 'GWh'].includes(figure.unit)) return true;
  if (figure.unit !== 'percent' && figure.unit !== 'tonnes') return false;
  const label = normalise(figure.label);
  return compile(lang).figureTopics.some((re) => re.test(label));
}

/**
 * Every green-claims problem of one release: claims without the evidence or target they need,
 * generic claims, resource figures without evidence, and claim exceptions that are unused or
 * lack a reason. Generic claims and figure evidence are warnings unless `strict`.
 */
export function checkGreenClaims(
  release: GreenClaimsRelease,
  options: { strict?: boolean } = {},
): GreenClaimProblem[] {
  const strict = options.strict ?? false;
  const figures = release.keyFigures ?? [];
  const fields: { field: string; text: string; markdown?: boolean }[] = [
    { field: 'title', text: release.title },
    ...(release.subtitle ? [{ field: 'subtitle', text: release.subtitle }] : []),
    ...(release.highlights ?? []).map((text, i) => ({ field: `highlights.${i}`, text })),
    ...(release.quotes ?? []).map((q, i) => ({ field: `quotes.${i}.text`, text: q.text })),
    ...figures.map((f, i) => ({ field: `keyFigures.${i}.label`, text: f.label })),
    ...(release.body ? [{ field: 'body', text: release.body, markdown: true }] : []),
  ];

  const cited = new Map<string, ClaimEvidence>();
  for (const e of [
    ...(release.evidence ?? []),
    ...figures.flatMap((f) => (f.evidence ? [f.evidence] : [])),
  ]) {
    cited.set(e.id, e);
  }
  const evidence = [...cited.values()];
  const targets = [
    ...new Map(
      [...(release.targets ?? []), ...figures.flatMap((f) => (f.target ? [f.target] : []))].map((t) => [
        t.id,
        t,
      ]),
    ).values(),
  ];
  const verified = evidence.some((e) => e.kind === 'verification' && e.offsets === false);
  const messages = locales[release.lang].claims.messages;
  const directive = messages.directive;
  const planned = targets.some((t) => t.plan && t.verifier?.name);

  const exceptions = release.claimExceptions ?? [];
  const exceptionHits = exceptions.map(() => 0);
  const problems: GreenClaimProblem[] = [];

  for (const { field, text, markdown } of fields) {
    const ignore = exceptions.flatMap((x, i) => {
      if (!fieldCovers(x.field, field) || !x.reason.trim()) return [];
      const ranges = exceptionRanges(text, x.phrase);
      exceptionHits[i] = (exceptionHits[i] ?? 0) + ranges.length;
      return ranges;
    });
    const found = findClaims(text, release.lang, {
      year: release.year,
      markdown: markdown ?? false,
      companyNames: release.companyNames,
      ignore,
    });
    for (const claim of found) {
      const at = { field, phrase: claim.phrase, offset: claim.offset, length: claim.length };
      if (claim.rule === 'neutrality' && !verified) {
        problems.push({
          severity: 'error',
          rule: 'neutrality',
          ...at,
          message: neutralityMessage(messages, claim.phrase, evidence),
        });
      } else if (claim.rule === 'future' && !planned) {
        problems.push({
          severity: 'error',
          rule: 'future',
          ...at,
          message: futureMessage(messages, claim.phrase, targets),
        });
      } else if (claim.rule === 'generic') {
        problems.push({
          severity: strict ? 'error' : 'warning',
          rule: 'generic',
          ...at,
          message: fill(messages.generic, { phrase: claim.phrase, directive }),
        });
      }
    }
  }

  figures.forEach((figure, i) => {
    if (!isResourceFigure(figure, release.lang)) return;
    const at = {
      rule: 'figure' as const,
      field: `keyFigures.${i}.evidence`,
      phrase: figure.label,
      offset: 0,
      length: 0,
    };
    const severity = strict ? 'error' : 'warning';
    if (!figure.evidence) {
      problems.push({
        severity,
        ...at,
        message: fill(messages.figureWithoutEvidence, { id: figure.id, label: figure.label, directive }),
      });
    } else if (figure.evidence.kind === 'company-statement' && figure.baseline?.trim()) {
      problems.push({
        severity,
        ...at,
        message: fill(messages.figureOnStatement, {
          id: figure.id,
          baseline: figure.baseline,
          evidence: figure.evidence.id,
          kinds: evidenceKinds.filter((k) => k !== 'company-statement').join(', '),
          directive,
        }),
      });
    }
  });

  exceptions.forEach((x, i) => {
    const at = {
      rule: 'exception' as const,
      field: `claimExceptions.${i}`,
      phrase: x.phrase,
      offset: 0,
      length: 0,
    };
    if (!x.reason.trim()) {
      problems.push({
        severity: 'error',
        ...at,
        message: fill(messages.exceptionWithoutReason, { phrase: x.phrase }),
      });
    } else if (exceptionHits[i] === 0) {
      problems.push({
        severity: 'warning',
        ...at,
        message: fill(messages.exceptionUnused, { phrase: x.phrase, where: x.field ?? messages.theRelease }),
      });
    }
  });
  return softened(problems, release);
}

function neutralityMessage(
  messages: ClaimMessages,
  phrase: string,
  evidence: readonly ClaimEvidence[],
): string {
  const reasons = evidence.map((e) =>
    e.kind !== 'verification'
      ? fill(messages.notVerification, { id: e.id, kind: e.kind })
      : fill(e.offsets ? messages.reliesOnOffsets : messages.offsetsNotStated, { id: e.id }),
  );
  const why = reasons.length ? fill(messages.whyEvidence, { reasons: reasons.join(', ') }) : '';
  return fill(messages.neutrality, { phrase, why, directive: messages.directive });
}

function futureMessage(messages: ClaimMessages, phrase: string, targets: readonly ClaimTarget[]): string {
  const reasons = targets.map((t) => {
    const template = t.plan
      ? messages.noVerifier
      : t.verifier?.name
        ? messages.noPlan
        : messages.noPlanNoVerifier;
    return fill(template, { id: t.id });
  });
  const why = reasons.length ? fill(messages.whyTargets, { reasons: reasons.join(', ') }) : '';
  return fill(messages.future, { phrase, why, directive: messages.directive });
}

/**
 * A release checked before the rules applied to it, or while a draft: its errors under the
 * four rules become warnings that say why. Problems with claim exceptions stay as they are.
 */
function softened(problems: GreenClaimProblem[], release: GreenClaimsRelease): GreenClaimProblem[] {
  const messages = locales[release.lang].claims.messages;
  const note = release.draft
    ? messages.whileDraft
    : release.day && release.day < GREEN_CLAIMS_APPLY_FROM
      ? fill(messages.beforeApplication, { date: formatDay(GREEN_CLAIMS_APPLY_FROM, release.lang) })
      : undefined;
  if (!note) return problems;
  return problems.map((p) =>
    p.severity === 'error' && p.rule !== 'exception'
      ? { ...p, severity: 'warning', message: `${p.message}${note}` }
      : p,
  );
}
