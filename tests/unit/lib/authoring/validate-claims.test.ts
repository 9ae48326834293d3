/**
 * Green claims through `npm run validate`, on small inline content in all four languages: each
 * check reports `path:line:column: severity: field: message` in the release's language, naming
 * the phrase, the kind of claim, the provision and what would satisfy it; evidence and targets
 * are checked like any other id. Every text here is about fictional companies.
 */
import { describe, expect, it } from 'vitest';
import { formatFinding, validateContent, type ContentFile } from '~/lib/authoring/validate';
import type { Lang } from '~/i18n/locales';

const NOW = new Date('2026-12-01T09:00:00+01:00');
const PDF = new TextEncoder().encode('%PDF-1.4\n% a stand-in for a real PDF\n');
const DOCUMENTS = ['evidence/docs/verificatie.pdf', 'targets/docs/plan.pdf'];

const boilerplate = `boilerplate:
  nl: ["Acme Energie wekt windstroom op."]
  en: ["Acme Energie generates wind power."]
  de: ["Acme Energie erzeugt Windstrom."]
  fr: ["Acme Energie produit de l’électricité éolienne."]
`;
const titles = `title: { nl: Geverifieerde uitstoot 2025, en: Verified emissions 2025, de: Geprüfte Emissionen 2025, fr: Émissions vérifiées 2025 }\n`;

const base: ContentFile[] = [
  {
    rel: 'companies/acme.yaml',
    text: `name: Acme Energie
facts:
  - { key: emissions, value: 900, unit: tonnes-co2e, asOf: 2025-12-31, published: 2026-03-01 }
${boilerplate}`,
  },
  { rel: 'companies/other.yaml', text: `name: Other Wind\n${boilerplate}` },
  { rel: 'topics.yaml', text: '- { id: energy, label: { nl: Energie, en: Energy } }\n' },
  {
    rel: 'evidence/acme-verificatie.yaml',
    text: `company: acme
kind: verification
${titles}verifier: { name: Controlebureau Voorbeeld }
offsets: false
document: docs/verificatie.pdf
date: 2026-03-01
published: 2026-03-01
`,
  },
  {
    rel: 'evidence/acme-verklaring.yaml',
    text: `company: acme\nkind: company-statement\n${titles}date: 2026-03-01\npublished: 2026-03-01\n`,
  },
  {
    rel: 'evidence/other-verificatie.yaml',
    text: `company: other
kind: verification
${titles}verifier: { name: Controlebureau Voorbeeld }
offsets: false
document: https://other.example/verificatie.pdf
date: 2026-03-01
published: 2026-03-01
`,
  },
  {
    rel: 'targets/acme-2030.yaml',
    text: `company: acme
label: { nl: Geen uitstoot in 2030, en: No emissions by 2030, de: Keine Emissionen bis 2030, fr: Zéro émission d’ici 2030 }
metric: emissions
unit: tonnes-co2e
baseline: { value: 1200, year: 2022 }
target: { value: 0, year: 2030 }
plan: docs/plan.pdf
verifier: { name: Controlebureau Voorbeeld }
published: 2026-03-01
`,
  },
  {
    rel: 'targets/acme-zonder-plan.yaml',
    text: `company: acme
label: { nl: Minder uitstoot, en: Fewer emissions, de: Weniger Emissionen, fr: Moins d’émissions }
metric: emissions
unit: tonnes-co2e
baseline: { value: 1200, year: 2022 }
target: { value: 600, year: 2030 }
published: 2026-03-01
`,
  },
];

/** A release dated after 27 September 2026, when the rules apply; its text starts on line 8. */
const release = (fields: string, body: string, title = 'Acme Energie opent een windpark') => `---
title: '${title}'
date: 2026-10-15T09:00:00+02:00
location: Groningen
company: acme
${fields}---

${body}
`;

function validate(extra: ContentFile[], strict = false, files: ContentFile[] = base) {
  return validateContent([...files, ...extra], {
    dir: 'content',
    now: NOW,
    timeZone: 'Europe/Amsterdam',
    strict,
    readFile: (path) => (DOCUMENTS.includes(path) ? PDF : undefined),
  });
}

const file = (lang: Lang) => `releases/${lang}/2026/claim.md`;
const lines = (findings: ReturnType<typeof validate>) => findings.map(formatFinding);

interface LanguageCase {
  neutral: { body: string; phrase: string; provision: string };
  future: { body: string; phrase: string; provision: string };
  generic: { body: string; phrase: string; provision: string };
  /** Ordinary uses of the same words: no finding at all. */
  silent: string[];
}

const cases: Record<Lang, LanguageCase> = {
  nl: {
    neutral: {
      body: 'Acme Energie levert voortaan klimaatneutraal.',
      phrase: 'klimaatneutraal',
      provision: 'bijlage I, punt 4 quater, van Richtlijn 2005/29/EG',
    },
    future: {
      body: 'Wij halveren de uitstoot van onze werkplaatsen tegen 2030.',
      phrase: 'uitstoot van onze werkplaatsen tegen 2030',
      provision: 'artikel 6, lid 2, onder d), van Richtlijn 2005/29/EG',
    },
    generic: {
      body: 'Onze nieuwe laadpalen zijn milieuvriendelijk.',
      phrase: 'milieuvriendelijk',
      provision: 'bijlage I, punt 4 bis',
    },
    silent: [
      'De gemeenteraad gaf groen licht voor het windpark bij Groene Dijk.',
      'Het windpark levert groene stroom aan 9.000 huishoudens.',
      'Acme Energie is niet klimaatneutraal en zegt dat ook niet.',
      'De EU wil in 2050 klimaatneutraal zijn.',
    ],
  },
  en: {
    neutral: {
      body: 'Acme Energie now runs its workshops carbon neutral.',
      phrase: 'carbon neutral',
      provision: 'Annex I, point 4c of Directive 2005/29/EC',
    },
    future: {
      body: 'We will halve the emissions of our workshops by 2030.',
      phrase: 'emissions of our workshops by 2030',
      provision: 'Article 6(2)(d) of Directive 2005/29/EC',
    },
    generic: {
      body: 'Our new charging points are eco-friendly.',
      phrase: 'eco-friendly',
      provision: 'Annex I, point 4a',
    },
    silent: [
      'The council gave the green light for the wind farm near Green Lane.',
      'The wind farm supplies green electricity to 9,000 homes.',
      'The findings appear in the report “Towards Sustainable Harbours”.',
      'Acme Energie buys no offsets and therefore does not call its workshops carbon neutral.',
    ],
  },
  de: {
    neutral: {
      body: 'Acme Energie betreibt seine Werkstätten nun klimaneutral.',
      phrase: 'klimaneutral',
      provision: 'Anhang I Nummer 4c der Richtlinie 2005/29/EG',
    },
    future: {
      body: 'Bis 2030 halbieren wir die Emissionen unserer Werkstätten.',
      phrase: 'Bis 2030 halbieren wir die Emissionen',
      provision: 'Artikel 6 Absatz 2 Buchstabe d der Richtlinie 2005/29/EG',
    },
    generic: {
      body: 'Unsere neuen Ladesäulen sind umweltfreundlich.',
      phrase: 'umweltfreundlich',
      provision: 'Anhang I Nummer 4a',
    },
    silent: [
      'Der Gemeinderat gab grünes Licht für den Windpark an der Grünen Straße.',
      'Der Windpark liefert grünen Strom an 9.000 Haushalte.',
      'Die Bundesregierung will bis 2045 klimaneutral sein.',
      'Die Umstellung hat das Unternehmen nachhaltig verändert.',
    ],
  },
  fr: {
    neutral: {
      body: 'Acme Energie exploite désormais ses ateliers de façon neutre en carbone.',
      phrase: 'neutre en carbone',
      provision: 'annexe I, point 4 quater, de la directive 2005/29/CE',
    },
    future: {
      body: 'D’ici 2030, nous réduirons de moitié les émissions de nos ateliers.',
      phrase: 'D’ici 2030, nous réduirons de moitié les émissions',
      provision: 'article 6, paragraphe 2, point d), de la directive 2005/29/CE',
    },
    generic: {
      body: 'Nos nouvelles bornes de recharge sont écologiques.',
      phrase: 'écologiques',
      provision: 'annexe I, point 4 bis',
    },
    silent: [
      'Le conseil municipal a donné son feu vert au parc éolien.',
      'Le parc éolien fournit de l’électricité verte à 9 000 foyers.',
      'La coopérative soutient les objectifs de développement durable.',
      'La cidrerie n’est pas neutre en carbone.',
    ],
  },
};

describe.each(Object.entries(cases) as [Lang, LanguageCase][])('green claims in %s', (lang, c) => {
  const rel = file(lang);

  it('fails a neutrality claim without verification, naming file, line, column and phrase', () => {
    const findings = validate([{ rel, text: release('', c.neutral.body) }]);
    expect(findings).toHaveLength(1);
    const [line] = lines(findings);
    // The column points at the phrase itself.
    const column = c.neutral.body.indexOf(c.neutral.phrase) + 1;
    expect(line).toMatch(
      new RegExp(`^content/${rel}:8:${column}: error: \\(text\\): "${c.neutral.phrase}" `),
    );
    expect(line).toContain(c.neutral.provision);
    expect(line).toContain('verification');
    expect(line).toContain('offsets: false');
  });

  it('passes the neutrality claim once the release cites verification without offsets', () => {
    expect(validate([{ rel, text: release('evidence: [acme-verificatie]\n', c.neutral.body) }])).toEqual([]);
  });

  it('fails a future claim without a target, and passes it with a target that has a plan and a verifier', () => {
    const [finding] = validate([{ rel, text: release('', c.future.body) }]);
    expect(finding).toMatchObject({ severity: 'error', field: '(text)', line: 8 });
    expect(finding!.message).toContain(`"${c.future.phrase}"`);
    expect(finding!.message).toContain(c.future.provision);
    const withPlanless = validate([{ rel, text: release('targets: [acme-zonder-plan]\n', c.future.body) }]);
    expect(withPlanless.map((f) => f.severity)).toEqual(['error']);
    expect(withPlanless[0]!.message).toContain('"acme-zonder-plan"');
    expect(validate([{ rel, text: release('targets: [acme-2030]\n', c.future.body) }])).toEqual([]);
  });

  it('warns about a generic claim, and fails it with --strict', () => {
    const [warning] = validate([{ rel, text: release('', c.generic.body) }]);
    expect(warning).toMatchObject({ severity: 'warning', field: '(text)', line: 8 });
    expect(warning!.message).toContain(`"${c.generic.phrase}"`);
    expect(warning!.message).toContain(c.generic.provision);
    expect(warning!.message).toContain('claimExceptions');
    const strict = validate([{ rel, text: release('', c.generic.body) }], true);
    expect(strict.map((f) => f.severity)).toEqual(['error']);
  });

  it('stays silent on ordinary uses of the same words', () => {
    const findings = validate(
      c.silent.map((sentence, i) => ({
        rel: `releases/${lang}/2026/silent-${i}.md`,
        text: release('', sentence),
      })),
      true,
    );
    expect(lines(findings)).toEqual([]);
  });
});

describe('green claims: where and when', () => {
  it('places a claim in a front-matter field on that field’s line', () => {
    const findings = validate([
      {
        rel: file('nl'),
        text: release('', 'Acme Energie opent een windpark.', 'Acme Energie is nu klimaatneutraal'),
      },
    ]);
    expect(lines(findings)).toEqual([
      expect.stringMatching(
        /^content\/releases\/nl\/2026\/claim\.md:2:8: error: title: "klimaatneutraal" is een/,
      ),
    ]);
  });

  it('only warns about a release dated before 27 September 2026, and about a draft, saying why', () => {
    const old = release('', 'Acme Energie levert voortaan klimaatneutraal.').replace(
      '2026-10-15',
      '2025-10-15',
    );
    const [before] = validate([{ rel: 'releases/nl/2025/oud.md', text: old }], true);
    expect(before).toMatchObject({ severity: 'warning' });
    expect(before!.message).toContain(
      'alleen een waarschuwing: het persbericht is gedateerd vóór 27 september 2026',
    );
    const [draft] = validate([
      { rel: file('en'), text: release('draft: true\n', 'Acme Energie now runs carbon neutral.') },
    ]);
    expect(draft).toMatchObject({ severity: 'warning' });
    expect(draft!.message).toContain('(a warning while the release is a draft)');
  });

  it('marks an occurrence as no claim with claimExceptions, which need a reason and must still match', () => {
    // A name at the start of a sentence, not followed by another capitalised word, looks like a claim.
    const body = 'Groen & Zoet, de ijssalon naast het windpark, krijgt een laadpaal.';
    expect(validate([{ rel: file('nl'), text: release('', body) }]).map((f) => f.severity)).toEqual([
      'warning',
    ]);
    const excepted = `claimExceptions:\n  - { phrase: Groen & Zoet, reason: "naam van een ijssalon", field: body }\n`;
    expect(validate([{ rel: file('nl'), text: release(excepted, body) }])).toEqual([]);
    const stale = validate([{ rel: file('nl'), text: release(excepted, 'Het kantoor is verhuisd.') }]);
    expect(lines(stale)).toEqual([
      'content/releases/nl/2026/claim.md:7:5: warning: claim exception 1: "Groen & Zoet" komt niet voor in body; nodig zijn de woorden precies zoals ze daar staan, of geen uitzondering',
    ]);
    const noReason = validate([
      { rel: file('nl'), text: release('claimExceptions:\n  - { phrase: Plein, reason: " " }\n', body) },
    ]);
    expect(noReason[0]).toMatchObject({ severity: 'error', field: 'claim exception 1, reason' });
  });
});

describe('figures about emissions or resources', () => {
  const figure = (extra: string) =>
    `keyFigures:\n  - { id: co2, value: 25, unit: percent, label: minder CO2 dan in 2022${extra} }\n`;
  const body = 'De uitstoot daalde met 25 procent.';

  it('warn without evidence, and fail with --strict', () => {
    const [warning] = validate([{ rel: file('nl'), text: release(figure(''), body) }]);
    expect(warning).toMatchObject({
      severity: 'warning',
      field: 'key figure 1 (id "co2"), evidence',
      line: 7,
    });
    expect(warning!.message).toContain('kerncijfer "co2" (minder CO2 dan in 2022) gaat over uitstoot');
    expect(validate([{ rel: file('nl'), text: release(figure(''), body) }], true)[0]?.severity).toBe('error');
  });

  it('hold a comparative figure on a company statement: a warning, an error with --strict', () => {
    const text = release(figure(', baseline: de uitstoot in 2022, evidence: acme-verklaring'), body);
    expect(validate([{ rel: file('nl'), text }]).map((f) => f.severity)).toEqual(['warning']);
    const [strict] = validate([{ rel: file('nl'), text }], true);
    expect(strict).toMatchObject({ severity: 'error' });
    expect(strict!.message).toContain('"acme-verklaring" is een company-statement');
    const verified = release(figure(', baseline: de uitstoot in 2022, evidence: acme-verificatie'), body);
    expect(validate([{ rel: file('nl'), text: verified }], true)).toEqual([]);
  });
});

describe('evidence and target ids', () => {
  const body = 'Acme Energie opent een windpark.';

  it('fail like any bad id: unknown, or of another company', () => {
    const findings = validate([
      {
        rel: file('nl'),
        text: release(
          'evidence: [acme-bewijs, other-verificatie]\ntargets: [acme-2030]\nkeyFigures:\n  - { id: n, value: 1, unit: count, label: windpark, target: acme-2031 }\n',
          'Acme Energie opent 1 windpark.',
        ),
      },
    ]);
    expect(lines(findings)).toEqual([
      'content/releases/nl/2026/claim.md:6:12: error: evidence 1: unknown evidence "acme-bewijs"; expected one of: acme-verificatie, acme-verklaring',
      'content/releases/nl/2026/claim.md:6:25: error: evidence 2: evidence "other-verificatie" belongs to other (content/evidence/other-verificatie.yaml), not to acme; expected evidence of the company that issues the release: acme-verificatie, acme-verklaring',
      'content/releases/nl/2026/claim.md:9:62: error: key figure 1 (id "n"), target: unknown target "acme-2031"; expected one of: acme-2030, acme-zonder-plan',
    ]);
  });

  it('warn when the evidence was not yet public on the release date', () => {
    const early = release('evidence: [acme-verificatie]\n', body).replace('2026-10-15', '2026-02-15');
    const findings = validate([{ rel: 'releases/nl/2026/vroeg.md', text: early }]);
    expect(lines(findings)).toEqual([
      'content/releases/nl/2026/vroeg.md:6:12: warning: evidence 1: evidence "acme-verificatie" is public from 2026-03-01, after this release (2026-02-15); expected evidence that is public when the claim is made (set its published date, or cite it later)',
    ]);
  });

  it('want a title in the language of every release that cites them', () => {
    const untitled = base.find((f) => f.rel === 'evidence/acme-verklaring.yaml')!;
    const findings = validate(
      [
        { rel: untitled.rel, text: untitled.text.replace(titles, 'title: { nl: Verklaring }\n') },
        { rel: file('en'), text: release('evidence: [acme-verklaring]\n', body) },
      ],
      false,
      base.filter((f) => f !== untitled),
    );
    expect(lines(findings)).toEqual([
      'content/evidence/acme-verklaring.yaml:3:8: warning: title, en: expected a title in "en": content/releases/en/2026/claim.md cites this evidence, and until then its page in that language shows the title in another language',
    ]);
  });
});

describe('evidence and target files', () => {
  it('report a missing or unsafe document, an unknown company and a missing verifier on their lines', () => {
    const findings = validateContent(
      [
        ...base.filter((f) => !f.rel.startsWith('evidence/') && !f.rel.startsWith('targets/')),
        {
          rel: 'evidence/weg.yaml',
          text: `company: acme\nkind: lca\n${titles}document: docs/weg.pdf\ndate: 2026-01-01\npublished: 2026-01-01\n`,
        },
        {
          rel: 'evidence/script.yaml',
          text: `company: acme\nkind: report\n${titles}document: docs/rapport.html\ndate: 2026-01-01\npublished: 2026-01-01\n`,
        },
        {
          rel: 'evidence/buiten.yaml',
          text: `company: acne\nkind: verification\n${titles}document: ../../geheim.pdf\ndate: 2026-01-01\npublished: 2026-01-01\n`,
        },
      ],
      { dir: 'content', now: NOW, timeZone: 'Europe/Amsterdam', readFile: () => undefined },
    );
    expect(lines(findings)).toEqual([
      'content/evidence/buiten.yaml:1:1: error: verifier: a verification names who verified: expected verifier: { name: …, accreditation: … }, the independent third party',
      'content/evidence/script.yaml:4:11: error: document: expected a web address (https://…) or a path relative to this file to a .pdf, .md, .txt, .csv file in the content folder, like docs/lca-2025.pdf; got "docs/rapport.html"',
      'content/evidence/weg.yaml:4:11: error: document: document not found: "docs/weg.pdf" (looked for evidence/docs/weg.pdf in the content folder)',
    ]);
  });

  it('report a target whose metric is no fact of its company, or in another unit', () => {
    const target = (metric: string, unit: string) => ({
      rel: `targets/${metric}-${unit}.yaml`,
      text: `company: acme\nlabel: { nl: Doel }\nmetric: ${metric}\nunit: ${unit}\nbaseline: { value: 1, year: 2022 }\ntarget: { value: 0, year: 2030 }\npublished: 2026-01-01\n`,
    });
    const findings = validate([target('emissie', 'tonnes-co2e'), target('emissions', 'tonnes')]);
    expect(lines(findings)).toEqual([
      'content/targets/emissie-tonnes-co2e.yaml:3:9: error: metric: "emissie" is no fact of acme (content/companies/acme.yaml); expected one of its fact keys: emissions',
      'content/targets/emissions-tonnes.yaml:4:7: error: unit: "tonnes" is not the unit of the facts "emissions" in content/companies/acme.yaml (tonnes-co2e); expected the same unit, so that progress can be drawn',
    ]);
  });
});
