/**
 * Evidence and targets as the content checks see them: the records themselves (their company,
 * their document, the fact a target tracks), the ids releases and key figures cite, and the
 * green-claims rules run on each release with what it cites. Part of `checkIntegrity`, so the
 * build and `npm run validate` say the same.
 */
import { positionAt } from '~/lib/model/checks/text';
import { checkGreenClaims, type ClaimEvidence, type ClaimTarget } from '~/lib/model/checks/green-claims';
import { error, idList, type Problem } from '~/lib/model/checks/problem';
import type { Fact } from '~/lib/model/facts';
import type { Lang } from '~/i18n/locales';
import type { EvidenceKind } from '~/schemas/evidence';

/** An evidence record: `content/evidence/<id>.yaml`. */
export interface EvidenceInput {
  id: string;
  file: string;
  company: string;
  kind: EvidenceKind;
  offsets?: boolean | undefined;
  title: Partial<Record<Lang, string>>;
  /** The day it became public. */
  published: string;
  /** What is wrong with its document, decided by the caller, who can read files (lib/model/documents.ts). */
  documentProblem?: string | undefined;
  /** Its fields could not be read (already reported): it exists, but nothing more is known. */
  broken?: boolean | undefined;
}

/** A target: `content/targets/<id>.yaml`. */
export interface TargetInput {
  id: string;
  file: string;
  company: string;
  label: Partial<Record<Lang, string>>;
  /** The company fact key that shows progress. */
  metric: string;
  unit: string;
  published: string;
  plan?: string | undefined;
  verifier?: { name: string } | undefined;
  /** What is wrong with its plan document (see `documentProblem`). */
  planProblem?: string | undefined;
  /** Its fields could not be read (see EvidenceInput). */
  broken?: boolean | undefined;
}

/** A company as these checks need it. */
export interface CitedCompany {
  id: string;
  file: string;
  name?: string | undefined;
  facts: readonly Fact[];
}

/** A release as these checks need it: what it cites and the words it says. */
export interface CitingRelease {
  file: string;
  lang: Lang;
  /** The day it goes public: its date, or its embargo when later. */
  day: string;
  draft?: boolean | undefined;
  company: readonly string[];
  evidence?: readonly string[] | undefined;
  targets?: readonly string[] | undefined;
  keyFigures: readonly {
    id: string;
    unit: string;
    label?: string | undefined;
    baseline?: string | undefined;
    evidence?: string | undefined;
    target?: string | undefined;
  }[];
  title?: string | undefined;
  subtitle?: string | undefined;
  highlights?: readonly string[] | undefined;
  quotes: readonly { text?: string | undefined }[];
  body?: string | undefined;
  claimExceptions?: readonly { phrase: string; reason: string; field?: string | undefined }[] | undefined;
}

/** Evidence records name a known company, and their document is there. */
export function checkEvidenceRecords(
  evidence: readonly EvidenceInput[],
  companies: readonly CitedCompany[],
): Problem[] {
  const known = new Set(companies.map((c) => c.id));
  return evidence
    .filter((e) => !e.broken)
    .flatMap((e) => [
      ...(known.has(e.company)
        ? []
        : [error(e.file, 'company', `unknown company "${e.company}"; expected one of: ${idList(known)}`)]),
      ...(e.documentProblem ? [error(e.file, 'document', e.documentProblem)] : []),
    ]);
}

/** Targets name a known company and one of its fact keys, in the unit of its facts; their plan is there. */
export function checkTargetRecords(
  targets: readonly TargetInput[],
  companies: readonly CitedCompany[],
): Problem[] {
  const byId = new Map(companies.map((c) => [c.id, c]));
  return targets
    .filter((t) => !t.broken)
    .flatMap((t): Problem[] => {
      const company = byId.get(t.company);
      const plan = t.planProblem ? [error(t.file, 'plan', t.planProblem)] : [];
      if (!company) {
        return [
          error(t.file, 'company', `unknown company "${t.company}"; expected one of: ${idList(byId.keys())}`),
          ...plan,
        ];
      }
      const facts = company.facts.filter((f) => f.key === t.metric);
      if (facts.length === 0) {
        return [
          error(
            t.file,
            'metric',
            `"${t.metric}" is no fact of ${t.company} (${company.file}); expected one of its fact keys: ${idList(new Set(company.facts.map((f) => f.key)))}`,
          ),
          ...plan,
        ];
      }
      const units = new Set(facts.map((f) => f.unit));
      if (!units.has(t.unit as Fact['unit'])) {
        return [
          error(
            t.file,
            'unit',
            `"${t.unit}" is not the unit of the facts "${t.metric}" in ${company.file} (${idList(units)}); expected the same unit, so that progress can be drawn`,
          ),
          ...plan,
        ];
      }
      return plan;
    });
}

/** One citation in a release: where it is and which id it names. */
interface Citation {
  field: string;
  id: string;
}

function citations(release: CitingRelease, kind: 'evidence' | 'targets'): Citation[] {
  const own = kind === 'evidence' ? release.evidence : release.targets;
  const key = kind === 'evidence' ? 'evidence' : 'target';
  return [
    ...(own ?? []).map((id, i) => ({ field: `${kind}.${i}`, id })),
    ...release.keyFigures.flatMap((f, i) => {
      const id = f[key];
      return id ? [{ field: `keyFigures.${i}.${key}`, id }] : [];
    }),
  ];
}

/**
 * Ids of evidence and targets exist and belong to a company that issues the release, like any
 * other id (errors); the record has its title or label in the release's language, and it was
 * public when the release goes out (warnings).
 */
export function checkCitations(
  releases: readonly CitingRelease[],
  evidence: readonly EvidenceInput[],
  targets: readonly TargetInput[],
  companies: readonly CitedCompany[],
): Problem[] {
  const known = new Set(companies.map((c) => c.id));
  const problems: Problem[] = [];
  const records = {
    evidence: { byId: new Map(evidence.map((e) => [e.id, e])), noun: 'evidence', text: 'title' },
    targets: { byId: new Map(targets.map((t) => [t.id, t])), noun: 'target', text: 'label' },
  } as const;
  const titleAsked = new Set<string>();
  for (const release of releases) {
    for (const kind of ['evidence', 'targets'] as const) {
      const { byId, noun, text } = records[kind];
      for (const { field, id } of citations(release, kind)) {
        const record = byId.get(id);
        const mine = [...byId.values()].filter((r) => release.company.includes(r.company)).map((r) => r.id);
        if (!record) {
          problems.push(
            error(release.file, field, `unknown ${noun} "${id}"; expected one of: ${idList(mine)}`),
          );
          continue;
        }
        if (record.broken) continue;
        // With an unknown issuing company (an error of its own) whose record it is cannot be judged.
        if (!release.company.includes(record.company) && release.company.every((c) => known.has(c))) {
          problems.push(
            error(
              release.file,
              field,
              `${noun} "${id}" belongs to ${record.company} (${record.file}), not to ${release.company.join(' or ')}; expected ${noun} of the company that issues the release: ${idList(mine)}`,
            ),
          );
          continue;
        }
        if (!release.company.includes(record.company)) continue;
        const words = kind === 'evidence' ? (record as EvidenceInput).title : (record as TargetInput).label;
        const asked = `${record.file}\u0000${release.lang}`;
        if (!words[release.lang] && !titleAsked.has(asked)) {
          titleAsked.add(asked);
          problems.push({
            severity: 'warning',
            file: record.file,
            field: `${text}.${release.lang}`,
            message: `expected a ${text} in "${release.lang}": ${release.file} cites this ${noun}, and until then its page in that language shows the ${text} in another language`,
          });
        }
        if (record.published > release.day) {
          problems.push({
            severity: 'warning',
            file: release.file,
            field,
            message: `${noun} "${id}" is public from ${record.published}, after this release (${release.day}); expected ${noun} that is public when the claim is made (set its published date, or cite it later)`,
          });
        }
      }
    }
  }
  return problems;
}

/**
 * The green-claims rules (lib/model/checks/green-claims.ts) on every release, with the evidence
 * and targets it cites looked up. A problem in the body gets its line and column there; one in a
 * front-matter field is placed on that field by the validator.
 */
export function checkReleaseClaims(
  releases: readonly CitingRelease[],
  evidence: readonly EvidenceInput[],
  targets: readonly TargetInput[],
  companies: readonly CitedCompany[],
  strict = false,
): Problem[] {
  const evidenceById = new Map(evidence.map((e) => [e.id, e]));
  const targetsById = new Map(targets.map((t) => [t.id, t]));
  const names = new Map(companies.map((c) => [c.id, c.name]));
  const isBroken = (id: string | undefined) =>
    !!id && !!(evidenceById.get(id)?.broken || targetsById.get(id)?.broken);
  return releases.flatMap((release) => {
    // What a record that cannot be read would count for is unknown, and so is what an unknown
    // company's records are: checked once that is fixed.
    const cited = [
      ...(release.evidence ?? []),
      ...(release.targets ?? []),
      ...release.keyFigures.flatMap((f) => [f.evidence, f.target]),
    ];
    if (cited.some(isBroken) || release.company.some((c) => !names.has(c))) return [];
    // An id of another company counts as not cited: that is an error of its own (checkCitations).
    const own = <R extends { company: string }>(record: R | undefined) =>
      record && release.company.includes(record.company) ? record : undefined;
    const claimEvidence = (id: string | undefined): ClaimEvidence | undefined => {
      const e = own(id ? evidenceById.get(id) : undefined);
      return e && { id: e.id, kind: e.kind, offsets: e.offsets };
    };
    const claimTarget = (id: string | undefined): ClaimTarget | undefined => {
      const t = own(id ? targetsById.get(id) : undefined);
      return t && { id: t.id, plan: t.plan, verifier: t.verifier };
    };
    const defined = <T>(items: (T | undefined)[]) => items.filter((x): x is T => x !== undefined);
    const problems = checkGreenClaims(
      {
        lang: release.lang,
        year: Number(release.day.slice(0, 4)),
        day: release.day,
        draft: release.draft,
        title: release.title ?? '',
        subtitle: release.subtitle,
        highlights: release.highlights,
        quotes: release.quotes.map((q) => ({ text: q.text ?? '' })),
        body: release.body,
        keyFigures: release.keyFigures.map((f) => ({
          id: f.id,
          unit: f.unit,
          label: f.label ?? '',
          baseline: f.baseline,
          evidence: claimEvidence(f.evidence),
          target: claimTarget(f.target),
        })),
        evidence: defined((release.evidence ?? []).map(claimEvidence)),
        targets: defined((release.targets ?? []).map(claimTarget)),
        claimExceptions: release.claimExceptions,
        companyNames: defined(release.company.map((id) => names.get(id))),
      },
      { strict },
    );
    return problems.map((p): Problem => {
      const base = { severity: p.severity, file: release.file, message: p.message };
      return p.field === 'body'
        ? { ...base, field: '(text)', at: positionAt(release.body ?? '', p.offset) }
        : { ...base, field: p.field };
    });
  });
}
