/** French words for reading a press release in `npm run import`; see `ImportVocabulary`. */
import { words, type ImportVocabulary } from '../import-vocabulary';

export const importWords: ImportVocabulary = {
  stopWords: words(`
      le la les et des un une est du pour dans que qui sur avec par au aux pas sont ce cette nous
      en à de par depuis sous une sur il elle ils elles
  `),
  documentTypes: [
    'communiqué de presse',
    'communiqué',
    'information presse',
    'informations presse',
    'note de presse',
    'avis aux médias',
  ],
  headerLabels: ['date', 'objet', 'de', 'à', 'page', 'direction', 'service', 'réf', 'référence'],
  embargo: ['embargo', 'sous embargo', 'ne pas diffuser avant', 'ne pas publier avant'],
  noteToEditors: [
    'note aux rédactions',
    'note à la rédaction',
    'note aux rédacteurs',
    'note aux journalistes',
    'note pour les rédactions',
    'à l’attention des rédactions',
    "à l'attention des rédactions",
  ],
  notForPublication: [
    'ne pas publier',
    'pas pour publication',
    'non destiné à la publication',
    'non destinée à la publication',
    'ne pas diffuser',
    'non publiable',
  ],
  endOfRelease: ['fin du communiqué de presse', 'fin du communiqué', 'fin'],
  contact: [
    'pour toute question',
    'pour toute information',
    'pour plus d’informations',
    "pour plus d'informations",
    'pour en savoir plus',
    'contact presse',
    'contacts presse',
    'contact médias',
    'contact média',
    'relations presse',
    'relations médias',
    'service de presse',
    'renseignements',
    'contacts',
    'contact',
  ],
  departmentWords: words(`
    communication presse service direction relations médias agence cabinet conseil
  `),
  contactLabels: [
    'téléphone',
    'tél',
    'tel',
    'portable',
    'mobile',
    'e-mail',
    'email',
    'courriel',
    'mail',
    'fax',
    'web',
  ],
  about: ['à propos de', 'a propos de', 'à propos du', 'à propos des', 'à propos d’', "à propos d'"],
  aboutArticles: ['le', 'la', 'les'],
  page: { words: ['page'], of: ['sur'] },
  monthAliases: { fevrier: 2, aout: 8, decembre: 12 },
  dateParticles: ['le'],
  scales: [
    { words: ['milliards', 'milliard', 'mds', 'md'], factor: 1e9 },
    { words: ['millions', 'million'], factor: 1e6 },
    { words: ['mille'], factor: 1e3 },
  ],
  units: {
    percent: ['pour cent', 'pourcent'],
    EUR: ['d’euros', "d'euros", 'euros', 'euro', 'eur'],
    USD: ['de dollars', 'dollars', 'dollar', 'usd'],
    tonnes: ['tonnes', 'tonne'],
    tonnesOf: ['de', 'd’', "d'"],
    co2: ['équivalent co2', 'dioxyde de carbone', 'gaz à effet de serre'],
  },
  measureWords: words(`
    hectares hectare kilomètres mètres m3 m² litres kilos grammes degrés ans années mois semaines jours heures minutes secondes fois
  `),
  countNouns: [
    ...words(`
      salariés collaborateurs collaboratrices employés personnes membres foyers ménages clients
      emplois postes
    `),
    ...words(`
      visiteurs participants sites éoliennes panneaux bornes véhicules vélos bus écoles arbres
      projets villes
    `),
    ...words(`
      pays étudiants patients voyageurs abonnés utilisateurs magasins usines logements habitants
    `),
  ],
  qualifiers: {
    about: [
      'environ',
      'près de',
      'presque',
      'quelque',
      'autour de',
      'à peu près',
      'quasiment',
      'de l’ordre de',
      "de l'ordre de",
    ],
    'up-to': ['jusqu’à', "jusqu'à", 'au maximum', 'au plus'],
    'at-least': ['au moins', 'au minimum'],
    'more-than': ['plus de', 'plus d’', "plus d'", 'au-delà de'],
  },
  says: [
    ...words(`
      déclare explique affirme souligne précise ajoute indique estime selon poursuit conclut
      commente rappelle
    `),
    'a déclaré',
    'pour',
    'a expliqué',
    'a ajouté',
  ],
  titles: words(`
      pdg dg ceo directeur directrice président présidente maire ministre fondateur fondatrice
      responsable chef porte-parole professeur prof. dr. dr prof
  `),
  anonymousSpeakers: [
    'un porte-parole',
    'une porte-parole',
    'le porte-parole',
    'un représentant',
    'une représentante',
  ],
  nameParticles: ['de', 'du', 'des', 'la', 'le', 'd’', "d'", 'van', 'von', 'de la'],
  conjunctions: ['et', 'ou', 'à'],
  smallWords: ['de', 'du', 'des', 'la', 'le', 'les', 'et', '&', 'd’', "d'", 'l’', "l'"],
  linkingPrepositions: ['de', 'd’', "d'"],
  elisions: ['l’', 'd’', "l'", "d'"],
  timeWords: ['ici', 'dès', 'depuis', 'par', 'chaque', 'jusqu’en', 'fin', 'début'],
  yearWords: ['en', 'pour', 'fin', 'exercice'],
  linkingVerbs: [
    ...words(`
      atteint est était représente coûte produit génère totalise
    `),
    's’élève à',
    'porte sur',
    "s'élève à",
    'a atteint',
    'a coûté',
  ],
};
