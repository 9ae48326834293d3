/** Language-aware typography for running text: quotation marks, French spacing, CO₂. */
import { locales, type Lang } from '../../i18n/locales';

const NBSP = '\u00a0';
const NNBSP = '\u202f';
/** Characters after which a quote mark opens rather than closes. */
const OPENING_CONTEXT = /[\s([{\u2014\u2013/-]/;

/**
 * Quotation-mark state for one block of text that may arrive in several pieces
 * (a paragraph split by emphasis or links). Call `next(piece)` for each piece in order.
 */
export function quoteLocaliser(lang: Lang) {
  const [open, close, open2, close2] = locales[lang].quotes;
  const french = locales[lang].frenchSpacing;
  let prev: string | undefined;

  const opens = (at: string | undefined) =>
    at === undefined || OPENING_CONTEXT.test(at) || at === open || at === open2;

  return function next(piece: string): string {
    let out = '';
    for (let i = 0; i < piece.length; i++) {
      const c = piece[i]!;
      let emit = c;
      if (c === '"' || c === '“' || c === '”' || c === '„' || c === '«' || c === '»') {
        // „ and « always open, » and ” always close; " and “ open after a space or at the start.
        const isOpen = c === '„' || c === '«' || ((c === '"' || c === '“') && opens(prev));
        if (isOpen) {
          emit = french ? `${open}${NBSP}` : open;
          // Drop the spaces a typist put after an opening guillemet.
          if (french) while (piece[i + 1] === ' ') i++;
        } else {
          if (french) out = out.replace(/[ \u00a0]+$/, '');
          emit = french ? `${NBSP}${close}` : close;
        }
      } else if (c === "'" || c === '‘' || c === '’') {
        if (prev !== undefined && /[\p{L}\p{N}]/u.test(prev)) emit = '’';
        else emit = opens(prev) ? open2 : close2;
      } else if (french && (c === ';' || c === ':' || c === '!' || c === '?')) {
        const after = piece[i + 1];
        if (prev === ' ' || prev === NBSP) {
          out = out.replace(/[ \u00a0]+$/, '') + NNBSP;
        } else if (
          prev !== undefined &&
          /[\p{L}»)]/u.test(prev) &&
          (after === undefined || /\s/.test(after))
        ) {
          out += NNBSP;
        }
      }
      out += emit;
      prev = emit.slice(-1);
    }
    return out;
  };
}

/**
 * Localises the quotation marks and spacing of a single string.
 * @example localiseQuotes('"Klaar"', 'de') // '„Klaar“'
 */
export function localiseQuotes(text: string, lang: Lang): string {
  return quoteLocaliser(lang)(text);
}

export type Segment = { text: string } | { sub: string };

/** CO2 (also in CO2e, CO2-uitstoot) but not CO20 or ECO2. */
const CHEMICAL = /\bCO(2)(?!\d)/g;

/**
 * Splits text so that chemical subscripts can be rendered: CO2 becomes CO + sub 2.
 * @example splitSubscripts('CO2-vrij') // [{ text: 'CO' }, { sub: '2' }, { text: '-vrij' }]
 */
export function splitSubscripts(text: string): Segment[] {
  const segments: Segment[] = [];
  let last = 0;
  for (const match of text.matchAll(CHEMICAL)) {
    const subAt = match.index + 2;
    segments.push({ text: text.slice(last, subAt) }, { sub: match[1]! });
    last = subAt + 1;
  }
  if (last < text.length || segments.length === 0) segments.push({ text: text.slice(last) });
  return segments;
}

/** Full typography for a front-matter string: quotes, then subscripts. */
export function typeset(text: string, lang: Lang): Segment[] {
  return splitSubscripts(localiseQuotes(text, lang));
}

const SUBSCRIPT_DIGITS = '₀₁₂₃₄₅₆₇₈₉';

/**
 * Digits as Unicode subscripts.
 * @example subscriptDigits('2') // '₂'
 */
export function subscriptDigits(digits: string): string {
  return digits.replace(/\d/g, (d) => SUBSCRIPT_DIGITS[Number(d)]!);
}

/**
 * Full typography as one plain string, for text that leaves the page (the clipboard, the press
 * kit): quotes localised, and CO₂ with a subscript character, which survives pasting anywhere.
 * @example typesetPlain('"Minder CO2"', 'nl') // '“Minder CO₂”'
 */
export function typesetPlain(text: string, lang: Lang): string {
  return typeset(text, lang)
    .map((s) => ('sub' in s ? subscriptDigits(s.sub) : s.text))
    .join('');
}
