/**
 * The words `npm run import` reads a press release by, one file per language
 * (`src/i18n/<lang>/import.ts`), exposed as `locales.<lang>.import`. Plain data: the importer
 * (`src/lib/authoring/import/lexicon.ts`) builds its patterns from it. Words are written in
 * lowercase and matching ignores case, except in the lists read next to personal names
 * (`says`, `titles`, `anonymousSpeakers`, `nameParticles`), which are written as in a running
 * text (a capital first letter is also accepted). Month names and number separators
 * are not here: they come from Intl for the locale's `intl` tag.
 */
export interface ImportVocabulary {
  /** Frequent short words, for telling the language of a text. */
  stopWords: readonly string[];
  /** The document type in a letterhead or banner: "persbericht". A line that is only this. */
  documentTypes: readonly string[];
  /** Labels before a value in a letterhead: "datum" in "Datum: 12 maart 2025". */
  headerLabels: readonly string[];
  /** Words that open an embargo line. */
  embargo: readonly string[];
  /** Headings over a note to editors, matched at the start of a line. */
  noteToEditors: readonly string[];
  /** Phrases that mark a heading or paragraph as not for publication, anywhere in it. */
  notForPublication: readonly string[];
  /** A line that ends the release text: "einde persbericht". */
  endOfRelease: readonly string[];
  /** Headings over the press contact block, matched at the start of a line. */
  contact: readonly string[];
  /** Words that make a line in a contact block a department or an agency, not a person: "communicatie", "bureau". */
  departmentWords: readonly string[];
  /** Labels before a phone number or e-mail address: "telefoon", "e-mail". */
  contactLabels: readonly string[];
  /** Words before the company name over the boilerplate: "over" in "Over Noordwind Energie". */
  about: readonly string[];
  /** Articles before a company name that alone heads the boilerplate: "the" in "The BMW Group". */
  aboutArticles: readonly string[];
  /** A page mark: "pagina 2 van 3". */
  page: { words: readonly string[]; of: readonly string[] };
  /** Spellings of month names that Intl does not give (typed without accents): month number. */
  monthAliases: Readonly<Record<string, number>>;
  /** Words between the city and the date of a dateline: "le" in "Paris, le 2 mai 2022". */
  dateParticles: readonly string[];
  /** Words after a number that multiply it. */
  scales: readonly { words: readonly string[]; factor: number }[];
  /** Words for the units of key figures (symbols such as %, € and GWh are the same everywhere). */
  units: {
    percent: readonly string[];
    EUR: readonly string[];
    USD: readonly string[];
    tonnes: readonly string[];
    /** Words between a tonne word and CO2: "of" in "tonnes of CO2". */
    tonnesOf: readonly string[];
    /** Words after a tonne word that make it tonnes of CO2 equivalent, besides "CO2…". */
    co2: readonly string[];
  };
  /** Words after a number that measure rather than count (units outside the key-figure list): "hectare". */
  measureWords: readonly string[];
  /** Nouns after which a number counts people or things: "medewerkers". */
  countNouns: readonly string[];
  /** Words just before a number that qualify it, per qualifier id. */
  qualifiers: Readonly<Record<'about' | 'up-to' | 'at-least' | 'more-than', readonly string[]>>;
  /** Verbs and phrases that attribute a quote: "zegt", "aldus". */
  says: readonly string[];
  /** Roles that may stand before a name: "directeur" in "zegt directeur Ilse Brouwer". */
  titles: readonly string[];
  /** Who speaks when no one is named; such quotes stay in the body: "een woordvoerder". */
  anonymousSpeakers: readonly string[];
  /** Lowercase words inside personal names: "van", "de". */
  nameParticles: readonly string[];
  /** Words that may follow a line-end hyphen with a space: "milieu- en sociale normen". */
  conjunctions: readonly string[];
  /** Lowercase words allowed inside a company name in a heading: "en", "de". */
  smallWords: readonly string[];
  /** Prepositions that tie a noun to the number after it: "van" in "een omzet van € 18 miljoen". */
  linkingPrepositions: readonly string[];
  /** Elided articles at the start of a label, dropped from it: "l’" in "l’investissement". */
  elisions: readonly string[];
  /** Words before a year that date a figure: "in" in "in 2023 was de omzet". */
  yearWords: readonly string[];
  /** Words after a figure that say when, not what: "ici" in "d’ici 2030", "bis 2027". Never a label. */
  timeWords: readonly string[];
  /** Verbs between what is counted and the number: "bedroeg" in "de omzet bedroeg € 18 miljoen". */
  linkingVerbs: readonly string[];
}

/**
 * Words written one after another, split at spaces and line breaks.
 * @example words(`de het een`) // ['de', 'het', 'een']
 */
export function words(text: string): string[] {
  return text.split(/\s+/).filter(Boolean);
}
