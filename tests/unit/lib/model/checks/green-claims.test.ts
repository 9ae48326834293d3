import { describe, expect, it } from 'vitest';
import {
  checkGreenClaims,
  claimVocabulary,
  findClaims,
  isResourceFigure,
  type ClaimEvidence,
  type GreenClaimsRelease,
} from '~/lib/model/checks/green-claims';
import { positionAt } from '~/lib/model/checks/text';
import { langs, type Lang } from '~/i18n/locales';

// Every sentence below is written for these tests about fictional companies (Koffiebranderij
// Zuidwal, Harbourline Ferries, Fahrradwerk Almsteg, Cidrerie du Vallon Gris…).

type Rule = 'neutrality' | 'future' | 'generic';
const YEAR = 2025;
const found = (text: string, lang: Lang, markdown = false) =>
  findClaims(text, lang, { year: YEAR, markdown }).map((c) => [c.rule, c.phrase]);

/** True positives per language: the sentence, then the claims it makes. */
const claims: Record<Lang, [string, ...[Rule, string][]][]> = {
  nl: [
    ['Koffiebranderij Zuidwal is sinds dit jaar klimaatneutraal.', ['neutrality', 'klimaatneutraal']],
    ['Onze bezorgbusjes rijden CO₂-neutraal door de binnenstad.', ['neutrality', 'CO₂-neutraal']],
    ['Het nieuwe pand is volledig CO2 neutraal.', ['neutrality', 'CO2 neutraal']],
    ['Alle bekers worden klimaatgecompenseerd geleverd.', ['neutrality', 'klimaatgecompenseerd']],
    ['Wij zijn in 2030 klimaatneutraal.', ['future', 'in 2030 klimaatneutraal']],
    [
      'Tegen 2035 halveren we de uitstoot van onze veerboten.',
      ['future', 'Tegen 2035 halveren we de uitstoot'],
    ],
    ['Brouwerij De Kwelder wil vanaf 2028 netto nul uitstoot.', ['future', 'vanaf 2028 netto nul uitstoot']],
    ['In 2030 stoten we 60 procent minder CO2 uit.', ['future', 'In 2030 stoten we 60 procent minder CO2']],
    [
      'Binnenkort rijden al onze bussen klimaatneutraal.',
      ['future', 'Binnenkort rijden al onze bussen klimaatneutraal'],
    ],
    ['Onze verpakking is milieuvriendelijk.', ['generic', 'milieuvriendelijk']],
    ['De Kwelderbus is de groenste manier om naar het wad te reizen.', ['generic', 'groenste']],
    ['Met deze duurzame koffiebekers maken we het verschil.', ['generic', 'duurzame']],
    ['Onze bekers zijn niet alleen mooi, ze zijn ook eco-vriendelijk.', ['generic', 'eco-vriendelijk']],
    ['Groene koffie voor iedereen.', ['generic', 'Groene']],
    ['“Onze veerboot is groen,” zegt directeur Jansen.', ['generic', 'groen']],
    [
      'De nieuwe bekers zijn biologisch afbreekbaar en energiezuinig gebrand.',
      ['generic', 'biologisch afbreekbaar'],
      ['generic', 'energiezuinig'],
    ],
    [
      'Tegen 2030 willen we de duurzaamste branderij van het land zijn.',
      ['future', 'Tegen 2030 willen we de duurzaamste'],
      ['generic', 'duurzaamste'],
    ],
    ['De veerboot is niet alleen goedkoop maar ook klimaatneutraal.', ['neutrality', 'klimaatneutraal']],
  ],
  en: [
    ['Harbourline Ferries is now carbon neutral.', ['neutrality', 'carbon neutral']],
    ['Our ferries run on a climate-neutral timetable.', ['neutrality', 'climate-neutral']],
    ['Every cup we sell is CO₂-neutral.', ['neutrality', 'CO₂-neutral']],
    ['The crossing is fully carbon-compensated.', ['neutrality', 'carbon-compensated']],
    ['We will be net zero by 2040.', ['future', 'net zero by 2040']],
    ['By 2030 we will halve the emissions of our fleet.', ['future', 'By 2030 we will halve the emissions']],
    [
      'From 2027 our ferries will produce 40% less CO2.',
      ['future', 'From 2027 our ferries will produce 40% less CO2'],
    ],
    ['Our packaging is eco-friendly.', ['generic', 'eco-friendly']],
    ['The greenest way to cross the bay.', ['generic', 'greenest']],
    ['Harbourline offers sustainable ferry crossings.', ['generic', 'sustainable']],
    ['Our crossings are environmentally friendly.', ['generic', 'environmentally friendly']],
    ['Travelling with us is better for the planet.', ['generic', 'better for the planet']],
    ['Harbourline Ferries Launches Its Green Fleet Today', ['generic', 'Green']],
    // A negation does not reach past a new clause.
    ['Harbourline is not only cheap but also carbon neutral.', ['neutrality', 'carbon neutral']],
  ],
  de: [
    [
      'Die Fahrradwerk Almsteg GmbH produziert seit diesem Jahr klimaneutral.',
      ['neutrality', 'klimaneutral'],
    ],
    ['Unsere Kaffeekapseln sind CO₂-neutral.', ['neutrality', 'CO₂-neutral']],
    ['Das Werk setzt ganz auf Klimaneutralität.', ['neutrality', 'Klimaneutralität']],
    ['Wir wollen bis 2035 klimaneutral sein.', ['future', 'bis 2035 klimaneutral']],
    [
      'Bis 2030 senken wir die Emissionen unserer Werke um die Hälfte.',
      ['future', 'Bis 2030 senken wir die Emissionen'],
    ],
    ['Wir setzen auf Netto-Null bis 2040.', ['future', 'Netto-Null bis 2040']],
    [
      'Künftig liefern wir alle Räder CO2-neutral aus.',
      ['future', 'Künftig liefern wir alle Räder CO2-neutral'],
    ],
    ['Unsere Verpackung ist umweltfreundlich.', ['generic', 'umweltfreundlich']],
    ['Das Fahrrad ist nachhaltig produziert.', ['generic', 'nachhaltig']],
    ['Almsteg baut die grünsten Lastenräder des Landes.', ['generic', 'grünsten']],
    ['Ökologische Kaffeebecher für alle.', ['generic', 'Ökologische']],
    ['Die Räder sind ressourcenschonend gefertigt.', ['generic', 'ressourcenschonend']],
    ['Die Fähre ist nicht nur günstig, sondern auch klimaneutral.', ['neutrality', 'klimaneutral']],
  ],
  fr: [
    ['La Cidrerie du Vallon Gris est désormais neutre en carbone.', ['neutrality', 'neutre en carbone']],
    ['Nos bouteilles sont neutres pour le climat.', ['neutrality', 'neutres pour le climat']],
    ['La cidrerie vise la neutralité carbone.', ['neutrality', 'neutralité carbone']],
    ["Nous serons neutres en carbone d'ici 2030.", ['future', "neutres en carbone d'ici 2030"]],
    [
      'D’ici 2030, nous réduirons de moitié les émissions de nos vergers.',
      ['future', 'D’ici 2030, nous réduirons de moitié les émissions'],
    ],
    ['Nos emballages sont écologiques.', ['generic', 'écologiques']],
    ['Un cidre durable et local.', ['generic', 'durable']],
    [
      'Nos bouteilles sont respectueuses de l’environnement.',
      ['generic', 'respectueuses de l’environnement'],
    ],
    ['Une cidrerie plus verte, dès aujourd’hui.', ['generic', 'verte']],
    ['Nos capsules sont biodégradables.', ['generic', 'biodégradables']],
    [
      'Le ferry n’est pas seulement bon marché, mais aussi neutre en carbone.',
      ['neutrality', 'neutre en carbone'],
    ],
  ],
};

/** False positives per language: ordinary uses that must stay silent. */
const silent: Record<Lang, string[]> = {
  nl: [
    'De nieuwe vestiging ligt midden in het Groene Hart.',
    'Groene Hart Koffie opent een tweede zaak in Gouda.',
    'De brouwerij verhuist naar Groenlo.',
    'Het bestuur gaf groen licht voor de uitbreiding.',
    'Het programma voor duurzame inzetbaarheid van medewerkers loopt door.',
    'Windpark Kwelderweide levert groene stroom aan 14.000 huishoudens.',
    'De bus rijdt sinds maart op groene waterstof.',
    'Een ecologisch adviesbureau begeleidde de bouw.',
    'Het rapport “Naar een groene haven” verschijnt in mei.',
    'De veerdienst is niet klimaatneutraal en zegt dat ook niet.',
    'Dit is geen duurzame keuze, geeft de branderij toe.',
    'De EU wil in 2050 klimaatneutraal zijn.',
    'Het kabinet wil de CO2-uitstoot in 2030 met 55 procent verminderen.',
    'In 2019 halveerden we de uitstoot van de branderij.',
    'De groenvoorziening rond de fabriek wordt vernieuwd.',
    'Er komt meer groen op het bedrijventerrein.',
    'De duurzaamheidsverslagen staan op de website.',
    'Zuidwal zoekt een duurzame samenwerking met lokale boeren.',
    'De ecologische voetafdruk van koffie hangt af van de teelt.',
    'Vanaf 2026 verwerkt de branderij bonen waarbij minder CO2 vrijkomt.',
    'Directeur Anna de Groen opent de branderij.',
    // A negation earlier in the clause: the release says what it does not claim.
    'Havenstad Mobiliteit koopt geen compensatie en noemt zijn ritten daarom ook niet klimaatneutraal.',
  ],
  en: [
    'The new office overlooks Green Park.',
    'Green Park Roasters opens a second shop.',
    'The council gave the project the green light.',
    'The findings appear in the report “Towards Sustainable Harbours”.',
    'The study “Towards a sustainable harbour” was published in May.',
    'Harbourline supports the UN Sustainable Development Goals.',
    'We invest in sustainable employability for our crew.',
    'Our ferry is not carbon neutral, and we do not say it is.',
    'The EU aims to be climate neutral by 2050.',
    'An ecological survey was carried out before construction.',
    'The wind farm supplies green electricity to 14,000 homes.',
    'Sarah Green joins the board of Harbourline.',
    'Tickets for the new route go on sale in 2026.',
    'In 2020 we cut emissions by a third.',
    'The Net Zero Harbours Alliance meets in Lemmer.',
    'The new route is financially sustainable.',
    'The ferry will use sustainable aviation fuel for its seaplane link.',
    'From 2026 the shipyard builds hulls with a smaller carbon footprint.',
    'Harbourline has no eco label and makes no such claim.',
    'Havenstad Mobiliteit buys no offsets and therefore does not call its trips carbon neutral.',
  ],
  de: [
    'Das Werk liegt an der Grünen Straße in Almsteg.',
    'Der Aufsichtsrat gab grünes Licht für das neue Werk.',
    'Die Besucher der Grünen Woche testeten die Räder.',
    'Ein ökologisches Beratungsbüro begleitete den Bau.',
    'Die Umstellung hat das Unternehmen nachhaltig verändert.',
    'Das Werk ist nicht klimaneutral.',
    'Die Bundesregierung will bis 2045 klimaneutral sein.',
    'Der Nachhaltigkeitsbericht erscheint im Mai.',
    'Die Studie „Wege zu einer grünen Fabrik“ erscheint im Mai.',
    'Das Werk bezieht grünen Strom aus der Region.',
    'Im Jahr 2020 haben wir die Emissionen halbiert.',
    'Die Grünen im Stadtrat besuchten das Werk.',
    'Ab 2026 liefert Almsteg Rahmen, bei deren Herstellung weniger CO2 entsteht.',
    'Die Ökobilanz der Räder liegt dem Bericht bei.',
    'Wir kaufen keine Zertifikate und bezeichnen unsere Fahrten deshalb auch nicht als klimaneutral.',
  ],
  fr: [
    'Le comité a donné son feu vert au projet.',
    'La cidrerie soutient les objectifs de développement durable.',
    'La cidrerie exporte vers le Cap-Vert.',
    'Le rapport « Vers une cidrerie verte » paraît en mai.',
    "Un bureau d'études écologiques a suivi le chantier.",
    'La cidrerie n’est pas neutre en carbone.',
    'L’Union européenne vise la neutralité climatique d’ici 2050.',
    'Les espaces verts autour du site seront agrandis.',
    'Nous avons signé un partenariat durable avec les producteurs.',
    'La transition écologique avance.',
    'Le site est alimenté en électricité verte.',
    'À partir de 2026, la cidrerie achètera des bouteilles à l’empreinte carbone réduite.',
    'En 2021, nous avons réduit nos émissions de moitié.',
    'Nous n’achetons pas de compensation et ne disons donc pas que nos trajets sont neutres en carbone.',
  ],
};

describe('findClaims: true positives', () => {
  for (const lang of langs) {
    for (const [sentence, ...expected] of claims[lang]) {
      it(`${lang}: ${sentence}`, () => {
        expect(found(sentence, lang)).toEqual(expected);
      });
    }
  }
});

describe('findClaims: false positives stay silent', () => {
  for (const lang of langs) {
    for (const sentence of silent[lang]) {
      it(`${lang}: ${sentence}`, () => {
        expect(found(sentence, lang)).toEqual([]);
      });
    }
  }
});

describe('findClaims: details', () => {
  it('has a vocabulary for every language, and every pattern compiles', () => {
    for (const lang of langs) {
      expect(claimVocabulary(lang).generic.length).toBeGreaterThan(0);
      expect(() => findClaims('x', lang, { year: YEAR })).not.toThrow();
    }
  });
  it('reads a year against the release year: "in 2025" is future in 2024 and past in 2026', () => {
    const text = 'Wij zijn in 2025 klimaatneutraal.';
    expect(findClaims(text, 'nl', { year: 2024 }).map((c) => c.rule)).toEqual(['future']);
    expect(findClaims(text, 'nl', { year: 2026 }).map((c) => c.rule)).toEqual(['neutrality']);
    expect(findClaims('We will be net zero by 2025.', 'en', { year: 2025 }).map((c) => c.rule)).toEqual([
      'future',
    ]);
  });
  it('reports offsets into the original text, also after ’ and no-break spaces', () => {
    const text = 'Nos bouteilles\u00a0sont respectueuses de l’environnement.';
    const [claim] = findClaims(text, 'fr', { year: YEAR });
    expect(text.slice(claim!.offset, claim!.offset + claim!.length)).toBe('respectueuses de l’environnement');
  });
  it('does not read link targets, code, HTML or comments in Markdown', () => {
    const body = [
      'Lees meer op [onze website](https://example.org/groen-en-duurzaam) of www.duurzaam.example.',
      'De sleutel `duurzaam` staat in het bestand.',
      '<!-- duurzaam -->',
      '```yaml\ngroen: true\n```',
      "import Groen from '../groen.astro';",
      '<Figure id="groen" duurzaam /> {props.duurzaam}',
    ].join('\n\n');
    expect(found(body, 'nl', true)).toEqual([]);
    expect(found('Bekijk [onze groene bekers](https://example.org).', 'nl', true)).toEqual([
      ['generic', 'groene'],
    ]);
  });
  it('reads an italic title after a cue word as a name, italic emphasis not', () => {
    expect(found('Het boek *Een groene haven* verschijnt in juni.', 'nl', true)).toEqual([]);
    expect(found('Onze bekers zijn *echt* groen.', 'nl', true)).toEqual([['generic', 'groen']]);
  });
  it('takes a policy sentence for a claim once the company speaks in it', () => {
    const text = 'Net als de EU wil Zuidwal in 2040 klimaatneutraal zijn.';
    expect(findClaims(text, 'nl', { year: YEAR })).toEqual([]);
    expect(findClaims(text, 'nl', { year: YEAR, companyNames: ['Zuidwal'] }).map((c) => c.phrase)).toEqual([
      'in 2040 klimaatneutraal',
    ]);
    expect(found('Net als de EU worden wij in 2040 klimaatneutraal.', 'nl')).toEqual([
      ['future', 'in 2040 klimaatneutraal'],
    ]);
  });
});

const release = (over: Partial<GreenClaimsRelease>): GreenClaimsRelease => ({
  lang: 'nl',
  year: YEAR,
  title: 'Zuidwal opent nieuwe branderij',
  ...over,
});
const verification: ClaimEvidence = { id: 'zuidwal-verificatie-2024', kind: 'verification', offsets: false };

describe('checkGreenClaims: rule 1, neutrality claims', () => {
  const text = { title: 'Zuidwal brandt voortaan klimaatneutraal' };
  it('is an error without evidence, naming phrase, rule, provision and remedy in the release’s language', () => {
    expect(checkGreenClaims(release(text))).toEqual([
      {
        severity: 'error',
        rule: 'neutrality',
        field: 'title',
        phrase: 'klimaatneutraal',
        offset: 24,
        length: 15,
        message:
          '"klimaatneutraal" is een neutraliteitsclaim: een neutraal, verminderd of positief effect op het klimaat, verboden als die op compensatie van broeikasgasemissies rust (bijlage I, punt 4 quater, van Richtlijn 2005/29/EG (oneerlijke handelspraktijken), gewijzigd bij Richtlijn (EU) 2024/825); nodig is bewijs van soort verification met offsets: false (in evidence of bij een kerncijfer), of woorden die de gemeten vermindering noemen',
      },
    ]);
    const [english] = checkGreenClaims(
      release({ lang: 'en', title: 'Harbourline Ferries is now carbon neutral' }),
    );
    expect(english?.message).toBe(
      '"carbon neutral" is a neutrality claim: a neutral, reduced or positive climate impact, banned when it rests on offsetting greenhouse gas emissions (Annex I, point 4c of Directive 2005/29/EC (unfair commercial practices) as amended by Directive (EU) 2024/825); expected the release to cite evidence of kind verification with offsets: false (in evidence or on a key figure), or words that state the measured reduction instead',
    );
  });
  it('passes with verification evidence that does not rely on offsets', () => {
    expect(checkGreenClaims(release({ ...text, evidence: [verification] }))).toEqual([]);
  });
  it('says why cited evidence does not count', () => {
    const [problem] = checkGreenClaims(
      release({
        ...text,
        evidence: [
          { ...verification, offsets: true },
          { id: 'zuidwal-lca', kind: 'lca', offsets: false },
        ],
      }),
    );
    expect(problem?.message).toContain(
      '; van het aangehaalde bewijs: "zuidwal-verificatie-2024" rust op compensatie, "zuidwal-lca" is van soort lca;',
    );
  });
  it('does not take a verification that leaves offsets unsaid', () => {
    const [problem] = checkGreenClaims(
      release({ ...text, evidence: [{ id: 'zuidwal-verificatie-2024', kind: 'verification' }] }),
    );
    expect(problem?.message).toContain('"zuidwal-verificatie-2024" vermeldt geen offsets: false');
  });
  it('counts evidence cited by a key figure as cited by the release', () => {
    const figure = { id: 'co2', unit: 'tonnes-co2e', label: 'uitstoot in 2024', evidence: verification };
    expect(checkGreenClaims(release({ ...text, keyFigures: [figure] }))).toEqual([]);
  });
  it('checks every field: subtitle, highlights, quotes, figure labels and body', () => {
    const problems = checkGreenClaims(
      release({
        subtitle: 'De branderij is CO2-neutraal',
        highlights: ['Eerste stap', 'Bezorging CO2-neutraal'],
        quotes: [{ text: 'Wij zijn klimaatneutraal.' }],
        keyFigures: [{ id: 'kg', unit: 'count', label: 'klimaatneutraal gebrande kilo’s' }],
        body: 'Intro.\n\nDe branderij werkt klimaatneutraal.',
      }),
    );
    expect(problems.map((p) => `${p.field}@${p.offset}`)).toEqual([
      'subtitle@16',
      'highlights.1@10',
      'quotes.0.text@9',
      'keyFigures.0.label@0',
      'body@27',
    ]);
    expect(positionAt('Intro.\n\nDe branderij werkt klimaatneutraal.', 27)).toEqual({ line: 3, column: 20 });
  });
});

describe('checkGreenClaims: rule 2, future claims', () => {
  const text = { body: 'Zuidwal wil tegen 2030 klimaatneutraal zijn.' };
  it('is an error without a target with plan and verifier, and not also a neutrality error', () => {
    const problems = checkGreenClaims(release(text));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      severity: 'error',
      rule: 'future',
      phrase: 'tegen 2030 klimaatneutraal',
    });
    expect(problems[0]?.message).toContain('artikel 6, lid 2, onder d), van Richtlijn 2005/29/EG');
    expect(problems[0]?.message).toContain('nodig is een doel met een plan en een verifier (in targets');
  });
  it('passes with a target that has a plan and a verifier', () => {
    const target = {
      id: 'zuidwal-2030',
      plan: 'plannen/zuidwal-2030.pdf',
      verifier: { name: 'Controlebureau Noord' },
    };
    expect(checkGreenClaims(release({ ...text, targets: [target] }))).toEqual([]);
  });
  it('names what a cited target lacks', () => {
    const [problem] = checkGreenClaims(
      release({ ...text, targets: [{ id: 'a', plan: 'plan.pdf' }, { id: 'b' }] }),
    );
    expect(problem?.message).toContain(
      '; van de aangehaalde doelen: "a" heeft geen verifier, "b" heeft geen plan en geen verifier;',
    );
  });
});

describe('checkGreenClaims: rule 3, generic claims', () => {
  const text = { highlights: ['Milieuvriendelijke bekers'] };
  it('is a warning, and an error with strict', () => {
    const [warning] = checkGreenClaims(release(text));
    expect(warning).toMatchObject({
      severity: 'warning',
      rule: 'generic',
      field: 'highlights.0',
      phrase: 'Milieuvriendelijke',
    });
    expect(warning?.message).toContain('bijlage I, punt 4 bis');
    expect(warning?.message).toContain('claimExceptions');
    expect(checkGreenClaims(release(text), { strict: true })[0]?.severity).toBe('error');
  });
});

describe('checkGreenClaims: rule 4, figures about emissions or resources', () => {
  const figure = (over: object) => ({ id: 'co2', unit: 'percent', label: 'minder CO2 dan in 2020', ...over });
  it('knows which figures are about emissions or resources', () => {
    expect(isResourceFigure({ unit: 'tonnes-co2e', label: 'uitstoot' }, 'nl')).toBe(true);
    expect(isResourceFigure({ unit: 'MWh', label: 'opgewekt' }, 'nl')).toBe(true);
    expect(isResourceFigure({ unit: 'percent', label: 'weniger Treibhausgasemissionen' }, 'de')).toBe(true);
    expect(isResourceFigure({ unit: 'percent', label: 'de matériaux recyclés' }, 'fr')).toBe(true);
    expect(isResourceFigure({ unit: 'tonnes', label: 'secondary aluminium' }, 'en')).toBe(true);
    expect(isResourceFigure({ unit: 'percent', label: 'meer leden dan vorig jaar' }, 'nl')).toBe(false);
    expect(isResourceFigure({ unit: 'EUR', label: 'energie-investering' }, 'nl')).toBe(false);
  });
  it('warns when such a figure cites no evidence, an error with strict', () => {
    const problems = checkGreenClaims(release({ keyFigures: [figure({})] }));
    expect(problems).toMatchObject([{ severity: 'warning', rule: 'figure', field: 'keyFigures.0.evidence' }]);
    expect(problems[0]?.message).toContain('verwijst naar geen bewijs');
    expect(checkGreenClaims(release({ keyFigures: [figure({})] }), { strict: true })[0]?.severity).toBe(
      'error',
    );
  });
  it('holds a comparative figure on a company statement: a warning, an error with strict', () => {
    const statement: ClaimEvidence = { id: 'zuidwal-verklaring', kind: 'company-statement', offsets: false };
    const comparative = figure({ baseline: 'de uitstoot in 2020', evidence: statement });
    expect(checkGreenClaims(release({ keyFigures: [comparative] }))[0]).toMatchObject({
      severity: 'warning',
    });
    const [strict] = checkGreenClaims(release({ keyFigures: [comparative] }), { strict: true });
    expect(strict).toMatchObject({ severity: 'error', field: 'keyFigures.0.evidence' });
    expect(strict?.message).toContain('is een company-statement');
    expect(strict?.message).toContain('nodig is bewijs van soort verification, certificate, lca');
    expect(
      checkGreenClaims(release({ keyFigures: [figure({ evidence: statement })] }), { strict: true }),
    ).toEqual([]);
    const lca: ClaimEvidence = { id: 'zuidwal-lca', kind: 'lca', offsets: false };
    expect(
      checkGreenClaims(release({ keyFigures: [figure({ baseline: '2020', evidence: lca })] }), {
        strict: true,
      }),
    ).toEqual([]);
  });
});

describe('checkGreenClaims: claimExceptions', () => {
  const title = 'Groen & Zoet opent in Lemmer';
  it('a phrase the heuristics take for a claim is flagged until it is excepted', () => {
    expect(checkGreenClaims(release({ title })).map((p) => p.phrase)).toEqual(['Groen']);
    const claimExceptions = [{ phrase: 'Groen & Zoet', reason: 'naam van de ijssalon' }];
    expect(checkGreenClaims(release({ title, claimExceptions }))).toEqual([]);
  });
  it('matches case-insensitively and only where the whole phrase occurs', () => {
    const claimExceptions = [{ phrase: 'groen & zoet', reason: 'naam van de ijssalon' }];
    const problems = checkGreenClaims(release({ title, highlights: ['Het ijs is groen'], claimExceptions }));
    expect(problems.map((p) => p.field)).toEqual(['highlights.0']);
  });
  it('can be limited to a field', () => {
    const claimExceptions = [{ phrase: 'groen', reason: 'de kleur van het logo', field: 'highlights' }];
    const problems = checkGreenClaims(release({ title, highlights: ['Een groen logo'], claimExceptions }));
    expect(problems.map((p) => p.field)).toEqual(['title']);
  });
  it('reports an exception whose phrase does not occur, and one without a reason', () => {
    const problems = checkGreenClaims(
      release({
        title,
        claimExceptions: [
          { phrase: 'Groene Kaai', reason: 'straatnaam' },
          { phrase: 'Groen & Zoet', reason: ' ' },
        ],
      }),
    );
    expect(problems.map((p) => [p.severity, p.rule, p.field])).toEqual([
      ['warning', 'generic', 'title'],
      ['warning', 'exception', 'claimExceptions.0'],
      ['error', 'exception', 'claimExceptions.1'],
    ]);
    expect(problems[1]?.message).toBe(
      '"Groene Kaai" komt niet voor in het persbericht; nodig zijn de woorden precies zoals ze daar staan, of geen uitzondering',
    );
  });
  it('also hides a future marker that is part of a name', () => {
    const body = 'Wij doen mee aan klimaatneutraal in 2030, een netwerk van bedrijven uit de regio.';
    expect(checkGreenClaims(release({ body })).map((p) => p.rule)).toEqual(['future']);
    const claimExceptions = [{ phrase: 'klimaatneutraal in 2030', reason: 'naam van een netwerk' }];
    expect(checkGreenClaims(release({ body, claimExceptions }))).toEqual([]);
  });
});
