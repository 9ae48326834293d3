/**
 * Key figures and company facts as verifiable claims: the same figures in every language,
 * every figure mentioned in its text, no stale fact in a note to editors.
 */
import { factsAsOf, placeholderKeys, type Fact } from '~/lib/model/facts';
import { formatNumber } from '~/lib/locale/format';
import type { Problem } from '~/lib/model/checks/problem';
import { locales, type Lang } from '~/i18n/locales';
import { numberFormat } from '~/lib/locale/intl';

/** The parts of a key figure that must agree across language versions. */
export const PARITY_FIELDS = ['value', 'unit', 'qualifier', 'period', 'evidence', 'target'] as const;

export interface FigureVersion {
  file: string;
  lang: Lang;
  keyFigures: readonly {
    id: string;
    value: number;
    unit: string;
    qualifier?: string | undefined;
    period?: string | undefined;
    /** The evidence record and the target a figure cites: one claim, one source, in every language. */
    evidence?: string | undefined;
    target?: string | undefined;
  }[];
}

/**
 * Compares the key figures of all language versions of one release (one translationKey).
 * Each mismatch names both files and the figure.
 */
export function checkParity(versions: readonly FigureVersion[]): Problem[] {
  const problems: Problem[] = [];
  const [first, ...others] = versions;
  if (!first) return problems;
  const byId = (v: FigureVersion) => new Map(v.keyFigures.map((f) => [f.id, f]));
  const reference = byId(first);
  for (const other of others) {
    const mine = byId(other);
    other.keyFigures.forEach((figure, i) => {
      const theirs = reference.get(figure.id);
      if (!theirs) {
        problems.push({
          severity: 'error',
          file: other.file,
          field: `keyFigures.${i}.id`,
          message: `figure "${figure.id}" is missing in ${first.file}; expected the same key figures on every language version`,
        });
        return;
      }
      for (const field of PARITY_FIELDS) {
        const a = theirs[field] ?? (field === 'qualifier' ? 'exactly' : undefined);
        const b = figure[field] ?? (field === 'qualifier' ? 'exactly' : undefined);
        if (a !== b) {
          problems.push({
            severity: 'error',
            file: other.file,
            field: `keyFigures.${i}.${field}`,
            message: `figure "${figure.id}" has ${field} ${JSON.stringify(b)} here but ${JSON.stringify(a)} in ${first.file}; expected the same on every language version`,
          });
        }
      }
    });
    first.keyFigures.forEach((figure) => {
      if (!mine.has(figure.id)) {
        problems.push({
          severity: 'error',
          file: other.file,
          field: 'keyFigures',
          message: `figure "${figure.id}" of ${first.file} is missing here; expected the same key figures on every language version`,
        });
      }
    });
  }
  return problems;
}

/** Spaces of every kind count as one. */
const normalise = (text: string) => text.replace(/[\u00a0\u202f\u2009]/g, ' ');

/**
 * The ways a number may be written in a language's text: "70", "16,1 miljard", "118.909", "118909".
 * @example mentionForms(16_100_000_000, 'nl') // ['16,1 miljard', '16.100.000.000', '16100000000']
 */
export function mentionForms(value: number, lang: Lang): string[] {
  const full = numberFormat(locales[lang].intl, { maximumFractionDigits: 2 }).format(value);
  const word = Number.isInteger(value) ? locales[lang].numberWords[value] : undefined;
  return [
    ...new Set([formatNumber(value, lang), full, String(value), ...(word ? [word] : [])].map(normalise)),
  ];
}

/**
 * Whether `text` mentions `value` in one of its forms, as a whole number ("70" is not in "1970").
 * @example isMentioned(70, 'ongeveer 70 procent minder', 'nl') // true
 */
export function isMentioned(value: number, text: string, lang: Lang): boolean {
  const haystack = normalise(text);
  return mentionForms(value, lang).some((form) => {
    const escaped = form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    // Words match case-insensitively and whole ("zes", not "zestig").
    return new RegExp(`(?<![\\p{L}\\d.,])${escaped}(?![\\p{L}\\d]|[.,]\\d)`, 'iu').test(haystack);
  });
}

/** Key figures that a release's text never mentions, as problems (warnings unless `strict`). */
export function unmentionedFigures(
  release: { file: string; lang: Lang; text: string; keyFigures: readonly { id: string; value: number }[] },
  strict = false,
): Problem[] {
  return release.keyFigures.flatMap((figure, i) =>
    isMentioned(figure.value, release.text, release.lang)
      ? []
      : [
          {
            severity: strict ? 'error' : 'warning',
            file: release.file,
            field: `keyFigures.${i}.value`,
            message: `figure "${figure.id}" (${mentionForms(figure.value, release.lang)[0]}) is not mentioned in the text; expected the number in the headline, highlights or body`,
          } satisfies Problem,
        ],
  );
}

/** How old a fact may be, in months, when a note to editors uses it. */
export const STALE_AFTER_MONTHS = 18;

/**
 * Whether a fact describing `asOf` is stale on `day`: older than 18 months.
 * @example isStale('2021-12-31', '2023-07-01') // true
 */
export function isStale(asOf: string, day: string, months = STALE_AFTER_MONTHS): boolean {
  const [y, m, d] = asOf.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const limit = `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  return day > limit;
}

/** Facts a note to editors would use on `day` that are stale then. */
export function staleFacts(
  company: { file: string; facts: readonly Fact[]; sentences: readonly string[] },
  release: { file: string; day: string },
): Problem[] {
  const current = factsAsOf(company.facts, release.day);
  const used = new Set(company.sentences.flatMap(placeholderKeys));
  return [...used].flatMap((key) => {
    const fact = current.get(key);
    return fact && isStale(fact.asOf, release.day)
      ? [
          {
            severity: 'warning',
            file: company.file,
            field: 'facts',
            message: `"${key}" as of ${fact.asOf} is older than ${STALE_AFTER_MONTHS} months on ${release.day}, used in the note to editors of ${release.file}; expected a newer published figure`,
          } satisfies Problem,
        ]
      : [];
  });
}
