/**
 * `npm run init`: the content skeleton of a new newsroom, from four answers (name, languages,
 * publisher, address). Pure: scripts/init.ts asks the questions and writes the files. This module
 * never reads the current site configuration: there may be none yet.
 */
import { isSupportedLang, supportedLangs, type Lang } from '~/i18n/table';
// From the locale layer, not authoring/slug: init runs before a site.yaml exists, and that
// module reaches the site configuration.
import { slugify } from '~/lib/locale/slug';

/** What `npm run init` asks for. */
export interface InitAnswers {
  /** The newsroom's name. */
  name: string;
  /** Its languages, the first one the default. */
  languages: Lang[];
  /** The name of the company that publishes it. */
  publisher: string;
  /** The public address, e.g. `https://press.example.com`. */
  url: string;
  /** IANA time zone. */
  timeZone: string;
}

/** A file of the skeleton, relative to the content folder. */
export interface SkeletonFile {
  rel: string;
  text: string;
}

/** An answer that cannot be used, with what was expected. */
export class InitError extends Error {}

/**
 * Reads a list of languages as typed: `de, en` or `de en`.
 * @example parseLanguages('de, en') // ['de', 'en']
 */
export function parseLanguages(text: string): Lang[] {
  const codes = text
    .split(/[\s,]+/)
    .map((code) => code.trim().toLowerCase())
    .filter(Boolean);
  const unknown = codes.filter((code) => !isSupportedLang(code));
  if (codes.length === 0 || unknown.length > 0) {
    throw new InitError(
      `--languages: expected one or more of ${supportedLangs.join(', ')} (the first is the default), got "${text}"`,
    );
  }
  if (new Set(codes).size !== codes.length)
    throw new InitError(`--languages: expected each language once, got "${text}"`);
  return codes as Lang[];
}

/** Checks the answers; throws an InitError naming the flag and what it expects. */
export function checkAnswers(answers: InitAnswers): InitAnswers {
  const name = answers.name.trim();
  const publisher = answers.publisher.trim();
  if (!name) throw new InitError('--name: expected the newsroom’s name, e.g. "Talwerk Newsroom"');
  if (!slugify(publisher)) {
    throw new InitError('--publisher: expected the publishing company’s name, e.g. "Talwerk Energie GmbH"');
  }
  let url: URL;
  try {
    url = new URL(answers.url.trim());
  } catch {
    throw new InitError(
      `--url: expected the site's address like https://press.example.com, got "${answers.url}"`,
    );
  }
  if (!/^https?:$/.test(url.protocol)) {
    throw new InitError(`--url: expected an address starting with https://, got "${answers.url}"`);
  }
  try {
    new Intl.DateTimeFormat('en', { timeZone: answers.timeZone });
  } catch {
    throw new InitError(
      `--time-zone: expected an IANA time zone like Europe/Berlin, got "${answers.timeZone}"`,
    );
  }
  return { ...answers, name, publisher, url: url.origin };
}

/** The press office's name and role, and a first topic, in each language's words. */
const WORDS: Record<
  Lang,
  { office: string; role: string; news: string; boilerplate: (c: string) => string }
> = {
  nl: {
    office: 'Persvoorlichting',
    role: 'Persvoorlichting',
    news: 'Nieuws',
    boilerplate: (c) => `${c} publiceert haar persberichten in deze persruimte.`,
  },
  en: {
    office: 'Press office',
    role: 'Press office',
    news: 'News',
    boilerplate: (c) => `${c} publishes its press releases in this press room.`,
  },
  de: {
    office: 'Pressestelle',
    role: 'Pressestelle',
    news: 'Nachrichten',
    boilerplate: (c) => `${c} veröffentlicht ihre Pressemitteilungen in diesem Presseraum.`,
  },
  fr: {
    office: 'Service de presse',
    role: 'Service de presse',
    news: 'Actualités',
    boilerplate: (c) => `${c} publie ses communiqués de presse dans cette salle de presse.`,
  },
};

/** A YAML string in double quotes. */
const q = (text: string) => JSON.stringify(text);

/**
 * The files of a new newsroom: site.yaml, the publishing company, one press contact, a topic
 * list and an empty releases folder (kept by a `.gitkeep`).
 */
export function skeleton(input: InitAnswers): SkeletonFile[] {
  const answers = checkAnswers(input);
  const { languages } = answers;
  const first = languages[0]!;
  const company = slugify(answers.publisher);
  const host = new URL(answers.url).hostname.replace(/^(www|press|presse|pers|news|newsroom)\./, '');
  const perLang = (value: (lang: Lang) => string, indent = '  ') =>
    languages.map((lang) => `${indent}${lang}: ${q(value(lang))}`).join('\n');

  const site = `# The newsroom: who publishes this site, in which languages, under which name and colours.
# Every field is described in the README ("Site configuration").
name: ${q(answers.name)}
publisher: ${company}
url: ${answers.url}
timeZone: ${answers.timeZone}
# The first language is the default.
languages: [${languages.join(', ')}]
# logo:
#   src: images/logo.svg        # an SVG or PNG in this folder
#   alt: ${q(answers.publisher)}
colors:
  # Links, buttons and the header; the build checks its contrast (WCAG AA, 4.5:1).
  brand: "#1f4e79"
contacts: [press-office]
# about:
${perLang(() => 'A sentence or two about this press room.', '#   ')}
# links:
#   privacy: ${answers.url}/privacy
#   imprint: ${answers.url}/imprint
#   website: ${answers.url}
# subscribe:                    # your newsletter service's form; this site stores no address
#   action: https://newsletter.example/subscribe
#   label: Press releases by e-mail
`;

  const companyFile = `# The company that publishes this newsroom. Add dated facts (employees, revenue…) and
# use them in the note to editors, e.g. "{employees} people work at ${answers.publisher}."
name: ${q(answers.publisher)}
website: ${answers.url}
facts: []
boilerplate:
${languages.map((lang) => `  ${lang}:\n    - ${q(WORDS[lang].boilerplate(answers.publisher))}`).join('\n')}
`;

  const person = `# The press office: shown on the home page, the about page and under releases.
# Put in the real name, e-mail address and phone number.
name: ${q(WORDS[first].office)}
company: ${company}
roles:
  - from: 2000-01-01
    title:
${perLang((lang) => WORDS[lang].role, '      ')}
email: press@${host}
`;

  const topics = `# Topic vocabulary: releases name these ids in their "topics" list.
- id: news
  label: { ${languages.map((lang) => `${lang}: ${q(WORDS[lang].news)}`).join(', ')} }
`;

  return [
    { rel: 'site.yaml', text: site },
    { rel: `companies/${company}.yaml`, text: companyFile },
    { rel: 'people/press-office.yaml', text: person },
    { rel: 'topics.yaml', text: topics },
    { rel: 'releases/.gitkeep', text: '' },
  ];
}
