/** German words for reading a press release in `npm run import`; see `ImportVocabulary`. */
import type { ImportVocabulary } from '../import-vocabulary';

export const importWords: ImportVocabulary = {
  stopWords:
    'der die das und ist nicht mit den dem für von auf im ein eine zu sich auch wird werden bei des wir in an aus nach pro seit über unter als'.split(
      ' ',
    ),
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
  departmentWords:
    'kommunikation unternehmenskommunikation presse abteilung pressestelle medien öffentlichkeitsarbeit'.split(
      ' ',
    ),
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
  countNouns: [
    ...'mitarbeiter mitarbeiterinnen mitarbeitende mitarbeitenden beschäftigte beschäftigten menschen personen'.split(
      ' ',
    ),
    ...'mitglieder haushalte kunden kundinnen arbeitsplätze stellen besucher teilnehmer standorte windräder'.split(
      ' ',
    ),
    ...'anlagen module ladepunkte ladesäulen fahrzeuge fahrräder busse schulen bäume projekte städte länder'.split(
      ' ',
    ),
    ...'studierende patienten fahrgäste nutzer filialen werke wohnungen'.split(' '),
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
    ...'sagt sagte erklärt erklärte betont betonte ergänzt ergänzte so meint führt fügt unterstreicht'.split(
      ' ',
    ),
    ...'berichtet bekräftigt'.split(' '),
  ],
  titles:
    'ceo cfo cto coo geschäftsführer geschäftsführerin vorstand vorstandsvorsitzender vorstandsvorsitzende vorsitzender vorsitzende direktor direktorin leiter leiterin projektleiter projektleiterin bürgermeister bürgermeisterin minister ministerin gründer gründerin sprecher sprecherin prof. dr.'.split(
      ' ',
    ),
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
  yearWords: ['im jahr', 'in', 'für', 'ende', 'geschäftsjahr'],
  linkingVerbs: [
    ...'beträgt betrug ist war stieg steigt sank sinkt wuchs wächst erreichte erreicht kostet kostete'.split(
      ' ',
    ),
    ...'liefert erzeugt'.split(' '),
    'lag bei',
    'liegt bei',
  ],
};
