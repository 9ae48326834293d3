/** Dutch words for reading a press release in `npm run import`; see `ImportVocabulary`. */
import { words, type ImportVocabulary } from '../import-vocabulary';

export const importWords: ImportVocabulary = {
  stopWords: words(`
      de het een en van is op te dat met voor zijn niet aan er ook als bij door naar wordt worden
      heeft haar deze in uit om tot over onder per tegen na sinds tijdens dan vanaf
    `),
  documentTypes: ['persbericht', 'persmededeling', 'persinformatie', 'nieuwsbericht', 'mediabericht'],
  headerLabels: ['datum', 'onderwerp', 'betreft', 'afdeling', 'van', 'aan', 'pagina', 'kenmerk', 'plaats'],
  embargo: ['embargo', 'onder embargo', 'niet publiceren voor'],
  noteToEditors: [
    'noot voor de redactie',
    'noot aan de redactie',
    'noot voor redactie',
    'noot aan redactie',
    'noot voor redacties',
    'noot voor de pers',
  ],
  notForPublication: ['niet voor publicatie', 'niet bestemd voor publicatie', 'niet publiceren'],
  endOfRelease: ['einde persbericht', 'einde bericht', 'einde van het persbericht', 'einde'],
  contact: [
    'voor meer informatie',
    'meer informatie',
    'voor vragen',
    'voor nadere informatie',
    'perscontact',
    'perscontacten',
    'persvoorlichting',
    'contact voor de pers',
    'contactpersoon',
    'contact',
  ],
  departmentWords: words(`
    communicatie afdeling persvoorlichting pers media woordvoering persdienst
    bureau communicatiebureau pr-bureau agentschap
  `),
  contactLabels: ['telefoon', 'tel', 'mobiel', 'mob', 'e-mail', 'email', 'mail', 'fax', 'web', 'website'],
  about: ['over'],
  aboutArticles: ['de', 'het'],
  page: { words: ['pagina', 'blz'], of: ['van'] },
  monthAliases: { sept: 9 },
  dateParticles: ['op'],
  scales: [
    { words: ['miljard', 'mld', 'mrd'], factor: 1e9 },
    { words: ['miljoen', 'mln', 'mio'], factor: 1e6 },
    { words: ['duizend'], factor: 1e3 },
  ],
  units: {
    percent: ['procent', 'percent', 'pct'],
    EUR: ['euro', 'eur'],
    USD: ['dollar', 'usd'],
    tonnes: ['ton', 'tonnen', 'tonne'],
    tonnesOf: [],
    co2: ['kooldioxide', 'broeikasgas', 'broeikasgassen'],
  },
  measureWords: words(`
    hectare kilometer meter kubieke vierkante liter kilo gram graden jaar jaren maanden weken dagen uur minuten seconden keer
  `),
  countNouns: [
    ...words(`
      medewerkers werknemers leden huishoudens klanten personen mensen banen arbeidsplaatsen
      woningen bezoekers
    `),
    ...words(`
      deelnemers vestigingen windturbines turbines panelen zonnepanelen laadpunten laadpalen
      voertuigen fietsen
    `),
    ...words(`
      deelfietsen bussen auto’s scholen bomen installaties projecten gemeenten landen locaties
      studenten reizigers
    `),
    ...words(`
      gebruikers abonnees hubs winkels fabrieken
    `),
  ],
  qualifiers: {
    about: [
      'ongeveer',
      'circa',
      'ca.',
      'zo’n',
      "zo'n",
      'bijna',
      'rond',
      'rond de',
      'ruwweg',
      'naar schatting',
      'vrijwel',
    ],
    'up-to': ['tot', 'tot wel', 'tot maximaal', 'maximaal', 'hooguit', 'ten hoogste'],
    'at-least': ['minstens', 'ten minste', 'tenminste', 'minimaal'],
    'more-than': ['meer dan', 'ruim', 'ruim meer dan', 'boven de'],
  },
  says: [
    ...words(`
      zegt zei aldus vertelt vertelde stelt legt licht verklaart benadrukt voegt merkt meldt vult
      reageert
    `),
    ...words(`
      concludeert schrijft
    `),
  ],
  titles: words(`
      directeur directrice algemeen-directeur ceo cfo cto coo voorzitter wethouder burgemeester
      minister projectleider projectmanager manager hoofd woordvoerder woordvoerster bestuurder
      bestuursvoorzitter oprichter eigenaar teamleider prof. dr. ir. mr. drs. dr ir prof
  `),
  anonymousSpeakers: [
    'een woordvoerder',
    'een woordvoerster',
    'de woordvoerder',
    'een zegsman',
    'een zegsvrouw',
  ],
  nameParticles: ['van', 'de', 'der', 'den', 'ter', 'ten', 'het', "'t", 'van der', 'van den', 'van de'],
  conjunctions: ['en', 'of', 'tot', 'noch'],
  smallWords: ['de', 'het', 'van', 'en', 'voor', '&'],
  linkingPrepositions: ['van'],
  elisions: [],
  timeWords: ['tegen', 'vanaf', 'tot', 'per', 'jaarlijks', 'sinds', 'eind', 'begin'],
  yearWords: ['in', 'over', 'per', 'eind', 'ultimo', 'boekjaar'],
  linkingVerbs: [
    ...words(`
      bedroeg bedraagt is was steeg stijgt daalde daalt groeide groeit bereikte bereikt telt telde
    `),
    ...words(`
      kost kostte levert leverde
    `),
    'kwam uit op',
    'komt uit op',
  ],
};
