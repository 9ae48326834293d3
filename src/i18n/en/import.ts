/** English words for reading a press release in `npm run import`; see `ImportVocabulary`. */
import { words, type ImportVocabulary } from '../import-vocabulary';

export const importWords: ImportVocabulary = {
  stopWords: words(`
      the a and of to is that for with on are as by this from be has will at its which have an in
      into per over under since during than
    `),
  documentTypes: [
    'press release',
    'news release',
    'media release',
    'media information',
    'press information',
    'media alert',
    'press statement',
    'for immediate release',
  ],
  headerLabels: ['date', 'subject', 're', 'from', 'to', 'department', 'page', 'reference', 'ref'],
  embargo: ['embargo', 'embargoed', 'under embargo', 'not for release before', 'hold for release'],
  noteToEditors: [
    'note to editors',
    'notes to editors',
    'note for editors',
    'notes for editors',
    'editor’s note',
    "editor's note",
    'editors’ note',
    "editors' note",
    'editors note',
  ],
  notForPublication: ['not for publication', 'not to be published', 'not for release', 'for background only'],
  endOfRelease: ['end of press release', 'end of release', 'ends', '-ends-', '- ends -', 'end'],
  contact: [
    'in case of queries',
    'for further information',
    'for more information',
    'further information',
    'press contact',
    'press contacts',
    'media contact',
    'media contacts',
    'media enquiries',
    'media inquiries',
    'press enquiries',
    'press office',
    'please contact',
    'contacts',
    'contact',
  ],
  departmentWords: words(`
      communications communication press media office department relations corporate public
      affairs agency consultancy consultants pr
    `),
  contactLabels: [
    'phone',
    'telephone',
    'tel',
    'mobile',
    'mob',
    'cell',
    'e-mail',
    'email',
    'mail',
    'fax',
    'web',
  ],
  about: ['about'],
  aboutArticles: ['the'],
  page: { words: ['page'], of: ['of'] },
  monthAliases: { sept: 9 },
  dateParticles: ['on'],
  scales: [
    { words: ['billion', 'bn'], factor: 1e9 },
    { words: ['million', 'mn', 'mln'], factor: 1e6 },
    { words: ['thousand'], factor: 1e3 },
  ],
  units: {
    percent: ['percent', 'per cent'],
    EUR: ['euro', 'euros', 'eur'],
    USD: ['dollar', 'dollars', 'usd'],
    tonnes: ['tonnes', 'tonne', 'tons', 'ton', 'metric tons'],
    tonnesOf: ['of'],
    co2: ['carbon dioxide', 'greenhouse gases'],
  },
  measureWords: words(`
    hectares hectare cubic square kilometres kilometers miles metres meters litres liters kilos grams degrees years months weeks days hours minutes seconds times
  `),
  countNouns: [
    ...words(`
      employees members households customers people staff workers jobs homes visitors participants
      sites
    `),
    ...words(`
      turbines panels chargers hubs vehicles bikes e-bikes buses cars schools trees projects
      cities countries
    `),
    ...words(`
      locations students patients passengers subscribers users riders stores branches plants
    `),
  ],
  qualifiers: {
    about: [
      'about',
      'around',
      'approximately',
      'approx.',
      'roughly',
      'nearly',
      'almost',
      'some',
      'an estimated',
      'close to',
      'circa',
    ],
    'up-to': ['up to', 'as much as', 'as many as', 'a maximum of', 'at most'],
    'at-least': ['at least', 'a minimum of', 'no fewer than', 'no less than'],
    'more-than': ['more than', 'over', 'above', 'in excess of', 'upwards of'],
  },
  says: [
    ...words(`
      says said explains explained adds added notes noted comments commented states stated
      emphasises
    `),
    ...words(`
      emphasizes continues concludes remarks
    `),
    'according to',
  ],
  titles: words(`
      ceo cfo cto coo chairman chairwoman chair president director manager head founder owner
      minister mayor professor prof. dr. spokesperson dr prof
  `),
  anonymousSpeakers: [
    'a spokesperson',
    'a spokesman',
    'a spokeswoman',
    'the spokesperson',
    'a company spokesperson',
  ],
  nameParticles: ['de', 'van', 'von', 'der', 'den', 'la', 'le', 'du', 'da', 'di', 'el', 'al', 'bin'],
  conjunctions: ['and', 'or', 'to', 'nor'],
  smallWords: ['the', 'of', 'and', '&', 'for'],
  linkingPrepositions: ['of'],
  elisions: [],
  timeWords: ['by', 'from', 'until', 'per', 'a', 'each', 'every', 'annually', 'since', 'end'],
  yearWords: ['in', 'for', 'end of', 'fiscal', 'financial year'],
  linkingVerbs: [
    ...words(`
      is was are were rose fell grew reached reaches totalled totaled costs cost delivers
      generates
    `),
    'rose to',
    'fell to',
    'amounted to',
    'amounts to',
    'came to',
    'stood at',
  ],
};
