/**
 * The benchmark corpus: a seeded, deterministic newsroom of a fictional steelmaker,
 * Polderstaal Voorbeeld N.V., over fifteen years in four languages. Generation is pure
 * (text in memory); `writeCorpus` puts it on disk as a complete content folder.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { formatFigure } from '~/lib/locale/format';
import { supportedLangs as langs, type Lang } from '~/i18n/table';
import { qualifiers, type Qualifier, type Unit } from '~/lib/units';
import { int, mulberry32, pick, sample, weighted, type Random } from './prng';
import { COMPANY, FIGURE_KINDS, PLACES, WORDS, type FigureKind } from './words';

/** The build clock of benchmark builds: every generated release is dated before it. */
export const BENCH_NOW = '2026-06-01T09:00:00+02:00';

/** Share of releases per language, in percent (each translation counts as a release). */
export const LANG_SHARES: Record<Lang, number> = { nl: 55, en: 25, de: 12, fr: 8 };

/**
 * Weights of a story's first language. Translations lean towards the smaller languages
 * (a Dutch story is translated into English, German or French), so the first language
 * leans the other way for the releases as a whole to come out at LANG_SHARES.
 */
const FIRST_LANGUAGE: Record<Lang, number> = { nl: 63.5, en: 22.5, de: 8.5, fr: 5.5 };

/**
 * Chance that a story is also published in other languages. With one or two extra
 * versions (1.5 on average), q / (1 + 1.5 q) * 2.5 = 1/3 gives q = 1/6: a third of all
 * releases then belong to a translation group.
 */
const TRANSLATED_STORIES = 1 / 6;

/** Fifteen years of releases, ending the day before BENCH_NOW. */
const FIRST_DAY = Date.UTC(2011, 5, 1);
const LAST_DAY = Date.UTC(2026, 4, 31);
const DAY_MS = 86_400_000;

/** Facts are reported for these years, each published in March of the next year. */
const FACT_YEARS = Array.from({ length: 16 }, (_, i) => 2010 + i);

export const TOPICS: { id: string; label: Record<Lang, string> }[] = [
  { id: 'steel', label: { nl: 'Staal', en: 'Steel', de: 'Stahl', fr: 'Acier' } },
  { id: 'hydrogen', label: { nl: 'Waterstof', en: 'Hydrogen', de: 'Wasserstoff', fr: 'Hydrogène' } },
  { id: 'climate', label: { nl: 'Klimaat', en: 'Climate', de: 'Klima', fr: 'Climat' } },
  {
    id: 'circular-economy',
    label: {
      nl: 'Circulaire economie',
      en: 'Circular economy',
      de: 'Kreislaufwirtschaft',
      fr: 'Économie circulaire',
    },
  },
  { id: 'results', label: { nl: 'Resultaten', en: 'Results', de: 'Geschäftszahlen', fr: 'Résultats' } },
  {
    id: 'people-organisation',
    label: {
      nl: 'Mensen en organisatie',
      en: 'People and organisation',
      de: 'Menschen und Organisation',
      fr: 'Équipes et organisation',
    },
  },
  {
    id: 'supply-chain',
    label: {
      nl: 'Toeleveringsketen',
      en: 'Supply chain',
      de: 'Lieferkette',
      fr: 'Chaîne d’approvisionnement',
    },
  },
  { id: 'innovation', label: { nl: 'Innovatie', en: 'Innovation', de: 'Innovation', fr: 'Innovation' } },
  {
    id: 'safety',
    label: { nl: 'Veiligheid', en: 'Safety', de: 'Arbeitssicherheit', fr: 'Sécurité' },
  },
  { id: 'energy', label: { nl: 'Energie', en: 'Energy', de: 'Energie', fr: 'Énergie' } },
];

interface PersonSpec {
  id: string;
  name: string;
  roles: { from: string; until?: string; title: Record<Lang, string> }[];
  email?: string;
  phone?: string;
}

/** Fictional people: everyone holds a role from 2009 on, so every quote has a titled speaker. */
export const PEOPLE: PersonSpec[] = [
  {
    id: 'marleen-van-dijk',
    name: 'Marleen van Dijk',
    roles: [
      {
        from: '2009-01-01',
        until: '2018-12-31',
        title: {
          nl: 'Voorzitter van de raad van bestuur',
          en: 'Chief Executive Officer',
          de: 'Vorstandsvorsitzende',
          fr: 'Présidente du directoire',
        },
      },
      {
        from: '2019-01-01',
        title: {
          nl: 'Voorzitter van de raad van commissarissen',
          en: 'Chair of the Supervisory Board',
          de: 'Aufsichtsratsvorsitzende',
          fr: 'Présidente du conseil de surveillance',
        },
      },
    ],
  },
  {
    id: 'pieter-hoogland',
    name: 'Pieter Hoogland',
    roles: [
      {
        from: '2009-01-01',
        until: '2018-12-31',
        title: {
          nl: 'Financieel directeur',
          en: 'Chief Financial Officer',
          de: 'Finanzvorstand',
          fr: 'Directeur financier',
        },
      },
      {
        from: '2019-01-01',
        title: {
          nl: 'Voorzitter van de raad van bestuur',
          en: 'Chief Executive Officer',
          de: 'Vorstandsvorsitzender',
          fr: 'Président du directoire',
        },
      },
    ],
  },
  {
    id: 'sanne-kuipers',
    name: 'Sanne Kuipers',
    roles: [
      {
        from: '2009-01-01',
        title: {
          nl: 'Directeur Duurzaamheid',
          en: 'Chief Sustainability Officer',
          de: 'Leiterin Nachhaltigkeit',
          fr: 'Directrice du développement durable',
        },
      },
    ],
  },
  {
    id: 'jens-albrecht',
    name: 'Jens Albrecht',
    roles: [
      {
        from: '2009-01-01',
        title: {
          nl: 'Vestigingsdirecteur Duisburg',
          en: 'Plant Manager, Duisburg',
          de: 'Werksleiter Duisburg',
          fr: 'Directeur du site de Duisbourg',
        },
      },
    ],
  },
  {
    id: 'claire-dubois',
    name: 'Claire Dubois',
    roles: [
      {
        from: '2009-01-01',
        title: {
          nl: 'Commercieel directeur Frankrijk',
          en: 'Commercial Director, France',
          de: 'Vertriebsleiterin Frankreich',
          fr: 'Directrice commerciale France',
        },
      },
    ],
  },
  {
    id: 'tom-verbeek',
    name: 'Tom Verbeek',
    roles: [
      {
        from: '2009-01-01',
        title: {
          nl: 'Technisch directeur',
          en: 'Chief Technology Officer',
          de: 'Technikvorstand',
          fr: 'Directeur technique',
        },
      },
    ],
  },
  {
    id: 'lotte-pers',
    name: 'Lotte Pers',
    roles: [
      {
        from: '2009-01-01',
        title: { nl: 'Woordvoerder', en: 'Spokesperson', de: 'Pressesprecherin', fr: 'Porte-parole' },
      },
    ],
    email: 'pers@polderstaal.example',
    phone: '+31 255 000 000',
  },
];

const SPEAKERS = PEOPLE.filter((p) => !p.email).map((p) => p.id);
const PRESS_CONTACT = 'lotte-pers';

/** Shared images, written once by `writeCorpus`; alt text per language. */
export const IMAGES: { file: string; colour: [number, number, number]; alt: Record<Lang, string> }[] = [
  {
    file: 'hoogoven.jpg',
    colour: [180, 90, 40],
    alt: {
      nl: 'Illustratie van een hoogoven bij avondlicht',
      en: 'Illustration of a blast furnace in evening light',
      de: 'Illustration eines Hochofens im Abendlicht',
      fr: 'Illustration d’un haut fourneau à la lumière du soir',
    },
  },
  {
    file: 'staalrollen.jpg',
    colour: [90, 110, 140],
    alt: {
      nl: 'Illustratie van gewalste staalrollen in een hal',
      en: 'Illustration of rolled steel coils in a hall',
      de: 'Illustration gewalzter Stahlcoils in einer Halle',
      fr: 'Illustration de bobines d’acier laminé dans un hall',
    },
  },
  {
    file: 'windpark.jpg',
    colour: [60, 140, 120],
    alt: {
      nl: 'Illustratie van windturbines langs de kust',
      en: 'Illustration of wind turbines along the coast',
      de: 'Illustration von Windenergieanlagen an der Küste',
      fr: 'Illustration d’éoliennes le long de la côte',
    },
  },
];

export interface CorpusOptions {
  releases: number;
  seed: number;
}

export interface BenchFigure {
  id: string;
  value: number;
  unit: Unit;
  qualifier: Qualifier;
}

export interface BenchRelease {
  /** Path relative to the content folder: `releases/<lang>/<yyyy>/<slug>.md(x)`. */
  path: string;
  lang: Lang;
  year: number;
  /** Set on releases that have translations. */
  translationKey: string | undefined;
  mdx: boolean;
  keyFigures: BenchFigure[];
  body: string;
  /** The whole file: front-matter and body. */
  content: string;
}

export interface Corpus {
  releases: BenchRelease[];
  /** Data files (company, people, topics, evidence), path relative to the content folder. */
  files: { path: string; content: string }[];
}

/** Whitespace-separated words, Markdown heading marks not counted. */
export function countWords(text: string): number {
  return text.split(/\s+/).filter((w) => w !== '' && !/^#+$/.test(w)).length;
}

const capitalise = (s: string) => s.charAt(0).toLocaleUpperCase() + s.slice(1);
const q = (s: string) => JSON.stringify(s);

/**
 * ASCII slug of a headline: accents dropped, other characters become hyphens.
 * @example slugify('Polderstaal accélère l’hydrogène') // 'polderstaal-accelere-l-hydrogene'
 */
export function slugify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** The UTC offset of Europe/Amsterdam on a calendar day, as `+01:00` or `+02:00`. */
function amsterdamOffset(utcMidnight: number): string {
  const name = new Intl.DateTimeFormat('en', { timeZone: 'Europe/Amsterdam', timeZoneName: 'longOffset' })
    .formatToParts(new Date(utcMidnight + 12 * 3_600_000))
    .find((p) => p.type === 'timeZoneName')!.value;
  return name.replace('GMT', '') || '+00:00';
}

/** A publication date-time in office hours, so the Amsterdam calendar day is the UTC one. */
function drawDate(random: Random): { iso: string; year: number } {
  const day = FIRST_DAY + int(random, 0, (LAST_DAY - FIRST_DAY) / DAY_MS) * DAY_MS;
  const ymd = new Date(day).toISOString().slice(0, 10);
  const time = `${String(int(random, 8, 17)).padStart(2, '0')}:${pick(random, ['00', '15', '30', '45'])}:00`;
  return { iso: `${ymd}T${time}${amsterdamOffset(day)}`, year: Number(ymd.slice(0, 4)) };
}

/** A value within the kind's range with two significant digits, as press releases round. */
function drawValue(random: Random, kind: FigureKind): number {
  const [min, max] = kind.range;
  const raw = min + random() * (max - min);
  if (kind.decimals) return Math.round(raw * 10) / 10;
  const magnitude = 10 ** Math.max(0, Math.floor(Math.log10(raw)) - 1);
  return Math.max(min, Math.round(raw / magnitude) * magnitude);
}

/** One sentence of running text. */
function sentence(random: Random, lang: Lang): string {
  const w = WORDS[lang];
  const np = pick(random, w.nounPhrases);
  const adverbial = pick(random, w.adverbials);
  const text =
    random() < 0.55
      ? `${pick(random, w.subjects)} ${pick(random, w.predicates).replace('{np}', np)}`
      : `${capitalise(np)} ${pick(random, w.nounPredicates)}`;
  return `${text}${adverbial ? ` ${adverbial}` : ''}.`;
}

/**
 * The body: paragraphs with `##` sub-headings, 400 to 800 words, each key figure
 * mentioned once in the language's own number form (the build's mention check).
 */
function body(random: Random, lang: Lang, figures: readonly BenchFigure[], mdx: boolean): string {
  const w = WORDS[lang];
  const target = int(random, 400, 680);
  const figureSentences = figures.map((figure) => {
    const kind = FIGURE_KINDS.find((k) => k.id === figure.id)!;
    return pick(random, w.figureSentences)
      .replace('{figure}', formatFigure(figure, lang))
      .replace('{label}', kind.label[lang]);
  });
  const headings = sample(random, w.headings, int(random, 2, 4));
  const blocks: string[] = mdx ? ['{/* MDX: gegenereerd door de Perskamer-benchmark */}'] : [];
  let words = blocks.reduce((n, b) => n + countWords(b), 0);
  let paragraph = 0;
  while (words < target || figureSentences.length > 0) {
    // A heading before every second paragraph from the third one on, while headings last.
    if (paragraph >= 2 && paragraph % 2 === 0 && headings.length > 0) {
      const heading = `## ${headings.shift()!}`;
      blocks.push(heading);
      words += countWords(heading);
    }
    const sentences: string[] = [];
    const length = int(random, 3, 5);
    for (let i = 0; i < length && words < target; i++) {
      const s = sentence(random, lang);
      sentences.push(s);
      words += countWords(s);
    }
    const figure = figureSentences.shift();
    if (figure) {
      sentences.splice(Math.min(1, sentences.length), 0, figure);
      words += countWords(figure);
    }
    blocks.push(sentences.join(' '));
    paragraph++;
  }
  return blocks.join('\n\n');
}

interface Story {
  index: number;
  langs: Lang[];
  date: { iso: string; year: number };
  place: string;
  topics: string[];
  figures: BenchFigure[];
  speakers: string[];
  image: (typeof IMAGES)[number] | undefined;
  npIndex: number;
  titleIndex: number;
  subtitleIndex: number | undefined;
}

function drawStory(random: Random, index: number, room: number): Story {
  const primary = weighted(random, FIRST_LANGUAGE);
  const storyLangs: Lang[] = [primary];
  if (room > 1 && random() < TRANSLATED_STORIES) {
    const extra = Math.min(int(random, 1, 2), room - 1);
    for (let i = 0; i < extra; i++) {
      const rest = Object.fromEntries(
        langs.filter((l) => !storyLangs.includes(l)).map((l) => [l, LANG_SHARES[l]]),
      ) as Record<Lang, number>;
      storyLangs.push(weighted(random, rest));
    }
  }
  const figures = sample(random, FIGURE_KINDS, int(random, 2, 5)).map((kind) => ({
    id: kind.id,
    value: drawValue(random, kind),
    unit: kind.unit,
    qualifier: pick(random, qualifiers),
  }));
  return {
    index,
    langs: storyLangs,
    date: drawDate(random),
    place: pick(random, PLACES),
    topics: sample(
      random,
      TOPICS.map((t) => t.id),
      int(random, 1, 3),
    ),
    figures,
    speakers: sample(random, SPEAKERS, int(random, 0, 2)),
    image: random() < 0.1 ? pick(random, IMAGES) : undefined,
    npIndex: int(random, 0, WORDS.nl.nounPhrases.length - 1),
    titleIndex: int(random, 0, WORDS.nl.titles.length - 1),
    subtitleIndex: random() < 0.5 ? int(random, 0, WORDS.nl.subtitles.length - 1) : undefined,
  };
}

function release(random: Random, story: Story, lang: Lang): BenchRelease {
  const w = WORDS[lang];
  // Word banks are parallel across languages, so a translation says the same thing.
  const np = w.nounPhrases[story.npIndex]!;
  const title = capitalise(w.titles[story.titleIndex]!.replace('{np}', np).replace('{place}', story.place));
  const mdx = random() < 0.1;
  const text = body(random, lang, story.figures, mdx);
  const translationKey = story.langs.length > 1 ? `story-${story.index + 1}` : undefined;
  const slug = `${slugify(title).slice(0, 60).replace(/-+$/, '')}-${story.index + 1}`;
  const lines = ['---', `title: ${q(title)}`];
  if (story.subtitleIndex !== undefined) lines.push(`subtitle: ${q(w.subtitles[story.subtitleIndex]!)}`);
  lines.push(
    `date: ${story.date.iso}`,
    `location: ${q(story.place)}`,
    `company: ${COMPANY.id}`,
    ...(translationKey ? [`translationKey: ${translationKey}`] : []),
    `topics: [${story.topics.join(', ')}]`,
    'keyFigures:',
    ...story.figures.map((f) => {
      const kind = FIGURE_KINDS.find((k) => k.id === f.id)!;
      const evidence = kind.evidence ? `, evidence: ${evidenceId(story.date.year)}` : '';
      return `  - { id: ${f.id}, value: ${f.value}, unit: ${f.unit}, qualifier: ${f.qualifier}, label: ${q(kind.label[lang])}${evidence} }`;
    }),
    `contacts: [${PRESS_CONTACT}]`,
  );
  if (story.speakers.length > 0) {
    lines.push(
      'quotes:',
      ...story.speakers.map(
        (person, i) =>
          `  - { id: q${i + 1}, person: ${person}, text: ${q(pick(random, w.quotes).replace('{np}', np))} }`,
      ),
    );
  }
  if (story.image) {
    lines.push(
      'images:',
      `  - { src: ../../../images/${story.image.file}, alt: ${q(story.image.alt[lang])}, credit: "Polderstaal (illustratie)" }`,
    );
  }
  lines.push('---', '', text, '');
  return {
    path: `releases/${lang}/${story.date.year}/${slug}.${mdx ? 'mdx' : 'md'}`,
    lang,
    year: story.date.year,
    translationKey,
    mdx,
    keyFigures: story.figures,
    body: text,
    content: lines.join('\n'),
  };
}

/** The evidence record of a year: the company's environmental figures, published on 1 January. */
const evidenceId = (year: number) => `${COMPANY.id}-milieucijfers-${year}`;

/** One evidence record per year of releases, cited by the figures about emissions or resources. */
function evidenceYaml(year: number): string {
  return `# FICTIONAL evidence record, generated for the Perskamer benchmark.
company: ${COMPANY.id}
kind: measurement
title:
  nl: ${q(`Milieucijfers ${year}`)}
  en: ${q(`Environmental figures ${year}`)}
  de: ${q(`Umweltkennzahlen ${year}`)}
  fr: ${q(`Indicateurs environnementaux ${year}`)}
method: "GHG Protocol"
period: "${year}"
offsets: false
document: ${COMPANY.website}/milieu/${year}.pdf
date: ${year}-01-01
published: ${year}-01-01
`;
}

function companyYaml(): string {
  const lines = [
    '# FICTIONAL company, generated for the Perskamer benchmark. All figures are invented.',
    `name: ${q(COMPANY.name)}`,
    `website: ${COMPANY.website}`,
    'facts:',
  ];
  FACT_YEARS.forEach((year, i) => {
    const growth = 1 + i * 0.03;
    const asOf = `${year}-12-31`;
    const published = `${year + 1}-03-10`;
    const fact = (key: string, value: number, unit: Unit) =>
      `  - { key: ${key}, value: ${value}, unit: ${unit}, asOf: ${asOf}, published: ${published} }`;
    lines.push(
      fact('employees', Math.round(8200 * growth), 'count'),
      fact('sites', 4 + Math.floor(i / 4), 'count'),
      fact('revenue', Math.round(31 * growth) * 100_000_000, 'EUR'),
      fact('steel-shipped', Math.round(6.4 * growth * 10) * 100_000, 'tonnes'),
      fact('emissions', Math.round(11.8 - i * 0.5) * 1_000_000, 'tonnes-co2e'),
      fact('renewable-share', 12 + i * 4, 'percent'),
    );
  });
  const labels: Record<string, Record<Lang, string>> = {
    employees: { nl: 'Medewerkers', en: 'Employees', de: 'Beschäftigte', fr: 'Salariés' },
    sites: {
      nl: 'Productielocaties',
      en: 'Production sites',
      de: 'Produktionsstandorte',
      fr: 'Sites de production',
    },
    revenue: { nl: 'Omzet', en: 'Revenue', de: 'Umsatz', fr: 'Chiffre d’affaires' },
    'steel-shipped': {
      nl: 'Geleverd staal',
      en: 'Steel shipped',
      de: 'Ausgelieferter Stahl',
      fr: 'Acier livré',
    },
    emissions: { nl: 'Uitstoot', en: 'Emissions', de: 'Emissionen', fr: 'Émissions' },
    'renewable-share': {
      nl: 'Aandeel hernieuwbare stroom',
      en: 'Renewable electricity share',
      de: 'Anteil erneuerbaren Stroms',
      fr: 'Part d’électricité renouvelable',
    },
  };
  // The company page names each fact key in the page's language.
  lines.push('factLabels:');
  for (const [key, label] of Object.entries(labels)) {
    lines.push(`  ${key}: { ${langs.map((l) => `${l}: ${q(label[l])}`).join(', ')} }`);
  }
  const boilerplate: Record<Lang, string[]> = {
    nl: [
      'Polderstaal Voorbeeld N.V. is een fictieve staalproducent met hoofdkantoor in IJmuiden, bedacht voor de prestatietest van Perskamer.',
      'Op {employees.asOf} werkten er {employees} mensen bij het bedrijf, verdeeld over {sites} productielocaties.',
      'In {revenue.year} bedroeg de omzet {revenue}; er werd {steel-shipped} staal geleverd.',
      'De uitstoot kwam in {emissions.year} uit op {emissions}; {renewable-share} van de gebruikte stroom was hernieuwbaar.',
    ],
    en: [
      'Polderstaal Voorbeeld N.V. is a fictional steelmaker headquartered in IJmuiden, invented for the Perskamer benchmark.',
      'As of {employees.asOf}, the company employed {employees} people at {sites} production sites.',
      'Revenue for {revenue.year} was {revenue}, with {steel-shipped} of steel shipped.',
      'Emissions in {emissions.year} came to {emissions}; {renewable-share} of the electricity used was renewable.',
    ],
    de: [
      'Polderstaal Voorbeeld N.V. ist ein fiktiver Stahlhersteller mit Sitz in IJmuiden, erfunden für den Leistungstest von Perskamer.',
      'Zum {employees.asOf} beschäftigte das Unternehmen {employees} Menschen an {sites} Produktionsstandorten.',
      'Der Umsatz im Geschäftsjahr {revenue.year} betrug {revenue}; ausgeliefert wurden {steel-shipped} Stahl.',
      'Die Emissionen lagen {emissions.year} bei {emissions}; {renewable-share} des verbrauchten Stroms stammten aus erneuerbaren Quellen.',
    ],
    fr: [
      'Polderstaal Voorbeeld N.V. est un sidérurgiste fictif dont le siège est à IJmuiden, inventé pour le banc d’essai de Perskamer.',
      'Au {employees.asOf}, l’entreprise employait {employees} personnes sur {sites} sites de production.',
      'Le chiffre d’affaires de l’exercice {revenue.year} s’est élevé à {revenue}, pour {steel-shipped} d’acier livrées.',
      'Les émissions de {emissions.year} se sont établies à {emissions} ; {renewable-share} de l’électricité consommée était renouvelable.',
    ],
  };
  lines.push('boilerplate:');
  for (const lang of langs) lines.push(`  ${lang}:`, ...boilerplate[lang].map((s) => `    - ${q(s)}`));
  return `${lines.join('\n')}\n`;
}

function personYaml(person: PersonSpec): string {
  const lines = [
    '# FICTIONAL person, generated for the Perskamer benchmark.',
    `name: ${q(person.name)}`,
    `company: ${COMPANY.id}`,
    'roles:',
  ];
  for (const role of person.roles) {
    lines.push(`  - from: ${role.from}`);
    if (role.until) lines.push(`    until: ${role.until}`);
    lines.push(`    title: { ${langs.map((l) => `${l}: ${q(role.title[l])}`).join(', ')} }`);
  }
  if (person.email) lines.push(`email: ${person.email}`);
  if (person.phone) lines.push(`phone: ${q(person.phone)}`);
  return `${lines.join('\n')}\n`;
}

function topicsYaml(): string {
  return `${TOPICS.map(
    (t) => `- { id: ${t.id}, label: { ${langs.map((l) => `${l}: ${q(t.label[l])}`).join(', ')} } }`,
  ).join('\n')}\n`;
}

/** The whole corpus for `options`; the same options always give the same text. */
export function generateCorpus(options: CorpusOptions): Corpus {
  const random = mulberry32(options.seed);
  const releases: BenchRelease[] = [];
  for (let index = 0; releases.length < options.releases; index++) {
    const story = drawStory(random, index, options.releases - releases.length);
    for (const lang of story.langs) releases.push(release(random, story, lang));
  }
  return {
    releases,
    files: [
      { path: 'site.yaml', content: siteYaml() },
      { path: `companies/${COMPANY.id}.yaml`, content: companyYaml() },
      ...PEOPLE.map((p) => ({ path: `people/${p.id}.yaml`, content: personYaml(p) })),
      { path: 'topics.yaml', content: topicsYaml() },
      ...[...new Set(releases.map((r) => r.year))]
        .sort()
        .map((year) => ({ path: `evidence/${evidenceId(year)}.yaml`, content: evidenceYaml(year) })),
    ],
  };
}

/** The benchmark newsroom: the steelmaker publishes it, in every language the product has. */
function siteYaml(): string {
  return [
    '# FICTIONAL newsroom, generated for the benchmark.',
    `name: ${q(`${COMPANY.name} Press`)}`,
    `publisher: ${COMPANY.id}`,
    `url: ${COMPANY.website}`,
    'timeZone: Europe/Amsterdam',
    `languages: [${langs.join(', ')}]`,
    'colors: { brand: "#0b4f7c" }',
    `contacts: [${PEOPLE.filter((p) => p.email)
      .map((p) => p.id)
      .join(', ')}]`,
    '',
  ].join('\n');
}

/** A small, smooth JPEG (a gradient with stripes), so image processing costs what a photo would. */
async function writeImage(path: string, colour: readonly [number, number, number]): Promise<void> {
  const { default: sharp } = await import('sharp');
  const width = 1200;
  const height = 800;
  const pixels = Buffer.alloc(width * height * 3);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const shade = 0.6 + 0.4 * (y / height) + (Math.floor(x / 80) % 2 ? 0.05 : 0);
      const at = (y * width + x) * 3;
      for (let c = 0; c < 3; c++) pixels[at + c] = Math.min(255, Math.round(colour[c]! * shade));
    }
  }
  await sharp(pixels, { raw: { width, height, channels: 3 } })
    .jpeg({ quality: 80 })
    .toFile(path);
}

/** Writes the corpus as a complete content folder, images included. */
export async function writeCorpus(contentDir: string, corpus: Corpus): Promise<void> {
  const all = [...corpus.files, ...corpus.releases];
  const dirs = new Set(all.map((f) => dirname(join(contentDir, f.path))));
  dirs.add(join(contentDir, 'images'));
  for (const dir of dirs) await mkdir(dir, { recursive: true });
  // Batches keep the number of open files bounded on 10,000 releases.
  for (let i = 0; i < all.length; i += 256) {
    await Promise.all(all.slice(i, i + 256).map((f) => writeFile(join(contentDir, f.path), f.content)));
  }
  for (const image of IMAGES) await writeImage(join(contentDir, 'images', image.file), image.colour);
}
