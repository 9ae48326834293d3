/** German words for reading a press release in `npm run import`; see `ImportVocabulary`. */
import { words, type ImportVocabulary } from '../import-vocabulary';

export const importWords: ImportVocabulary = {
  stopWords: words(`
      der die das und ist nicht mit den dem für von auf im ein eine zu sich auch wird werden bei
      des wir in an aus nach pro seit über unter als ab einen einem einer eines
  `),
  documentTypes: [
    'pressemitteilung',
    'presseinformation',
    'presse-information',
    'medieninformation',
    'pressemeldung',
    'presseerklärung',
    'presseaussendung',
  ],
  headerLabels: ['datum', 'betreff', 'betrifft', 'abteilung', 'von', 'an', 'seite', 'zeichen', 'ort'],
  embargo: ['sperrfrist', 'embargo', 'sperrvermerk', 'veröffentlichung nicht vor'],
  noteToEditors: [
    'hinweis für die redaktion',
    'hinweise für die redaktion',
    'hinweis für redaktionen',
    'hinweise für redaktionen',
    'hinweis an die redaktion',
    'hinweise an die redaktion',
    'redaktionshinweis',
    'für die redaktion',
  ],
  notForPublication: [
    'nicht zur veröffentlichung',
    'nicht zur veroeffentlichung',
    'nicht für die veröffentlichung',
    'nicht veröffentlichen',
    'nur zur information der redaktion',
  ],
  endOfRelease: ['ende der pressemitteilung', 'ende der presseinformation', 'ende der mitteilung', 'ende'],
  contact: [
    'bei rückfragen',
    'für rückfragen',
    'rückfragen',
    'pressekontakt',
    'pressekontakte',
    'ansprechpartner',
    'ansprechpartnerin',
    'medienkontakt',
    'pressestelle',
    'weitere informationen',
    'für weitere informationen',
    'kontakt',
  ],
  departmentWords: words(`
      kommunikation unternehmenskommunikation presse abteilung pressestelle medien
      öffentlichkeitsarbeit agentur pr-agentur büro beratung
    `),
  contactLabels: ['telefon', 'tel', 'mobil', 'handy', 'e-mail', 'email', 'mail', 'fax', 'internet', 'web'],
  about: ['über'],
  aboutArticles: ['die', 'der', 'das'],
  page: { words: ['seite', 'blatt'], of: ['von'] },
  monthAliases: { maerz: 3, jänner: 1, jaenner: 1, feber: 2, sept: 9 },
  dateParticles: ['den', 'am'],
  scales: [
    { words: ['milliarden', 'milliarde', 'mrd'], factor: 1e9 },
    { words: ['millionen', 'million', 'mio'], factor: 1e6 },
    { words: ['tausend', 'tsd'], factor: 1e3 },
  ],
  units: {
    percent: ['prozent'],
    EUR: ['euro', 'eur'],
    USD: ['us-dollar', 'dollar', 'usd'],
    tonnes: ['tonnen', 'tonne'],
    tonnesOf: [],
    co2: ['kohlendioxid', 'treibhausgase'],
  },
  measureWords: words(`
    hektar kilometer meter kubikmeter kubikmetern quadratmeter quadratmetern liter kilo gramm grad jahre jahren monate monaten wochen tage tagen stunden minuten sekunden mal
  `),
  countNouns: [
    ...words(`
      mitarbeiter mitarbeiterinnen mitarbeitende mitarbeitenden beschäftigte beschäftigten
      menschen personen
    `),
    ...words(`
      mitglieder haushalte kunden kundinnen arbeitsplätze stellen besucher teilnehmer standorte
      windräder
    `),
    ...words(`
      anlagen module ladepunkte ladesäulen fahrzeuge fahrräder busse schulen bäume projekte städte
      länder
    `),
    ...words(`
      studierende patienten fahrgäste nutzer filialen werke wohnungen
    `),
  ],
  qualifiers: {
    about: [
      'rund',
      'etwa',
      'ungefähr',
      'ca.',
      'circa',
      'knapp',
      'fast',
      'annähernd',
      'nahezu',
      'schätzungsweise',
    ],
    'up-to': ['bis zu', 'maximal', 'höchstens'],
    'at-least': ['mindestens', 'wenigstens', 'zumindest'],
    'more-than': ['mehr als', 'über', 'gut'],
  },
  says: [
    ...words(`
      sagt sagte erklärt erklärte betont betonte ergänzt ergänzte so meint führt fügt
      unterstreicht
    `),
    ...words(`
      berichtet bekräftigt
    `),
  ],
  titles: words(`
      ceo cfo cto coo geschäftsführer geschäftsführerin vorstand vorstandsvorsitzender
      vorstandsvorsitzende vorsitzender vorsitzende direktor direktorin leiter leiterin
      projektleiter projektleiterin bürgermeister bürgermeisterin minister ministerin gründer
      gründerin sprecher sprecherin prof. dr. dr prof
  `),
  anonymousSpeakers: [
    'ein Sprecher',
    'eine Sprecherin',
    'ein Unternehmenssprecher',
    'eine Unternehmenssprecherin',
    'der Sprecher',
    'die Sprecherin',
  ],
  nameParticles: ['von', 'zu', 'vom', 'zum', 'van', 'de', 'der', 'den', 'von der'],
  conjunctions: ['und', 'oder', 'bis', 'sowie'],
  smallWords: ['die', 'der', 'das', 'und', '&', 'für', 'von'],
  linkingPrepositions: ['von', 'in höhe von'],
  elisions: [],
  timeWords: ['bis', 'ab', 'seit', 'pro', 'je', 'jährlich', 'im', 'ende', 'anfang'],
  yearWords: ['im jahr', 'in', 'für', 'ende', 'geschäftsjahr'],
  linkingVerbs: [
    ...words(`
      beträgt betrug ist war stieg steigt sank sinkt wuchs wächst erreichte erreicht kostet
      kostete
    `),
    ...words(`
      liefert erzeugt
    `),
    'lag bei',
    'liegt bei',
  ],
};
