/**
 * French vocabulary for the green-claims checks (issue 14). Shape and matching rules:
 * `ClaimVocabulary` in `src/i18n/claims.ts`. Apostrophes are written `'`:
 * the checker reads `’` as `'`.
 */
import type { ClaimVocabulary } from '../claims';

export const claims = {
  capitalisesNouns: false,

  neutrality: [
    /neutres? (?:en|pour le) (?:carbone|climat)/u,
    /neutres? en (?:CO[2₂]|émissions)/u,
    /climatiquement neutres?/u,
    /carboneutres?/u,
    /neutralité (?:carbone|climatique)/u,
    /zéro émissions? nettes?/u,
    /(?:zéro net|net zéro)/u,
    /net[- ]zero/u,
    /positi(?:f|ve|fs|ves) pour le climat/u,
    /(?:climat|carbone)[- ]positi(?:f|ve|fs|ves)/u,
    /compensée?s? (?:en )?carbone/u,
    /100 ?% compensée?s?/u,
  ],

  generic: [
    /écologiques?/u,
    /écologiquement (?:responsables?|correcte?s?)/u,
    /éco[- ]?(?:responsables?|conçue?s?|friendly)/u,
    /éco/u,
    /respectueu(?:x|se|ses) (?:de l'environnement|de la planète|du climat|de la nature)/u,
    /amie?s? (?:de la nature|de l'environnement|du climat|de la planète)/u,
    /bon(?:ne)?s? pour (?:la planète|l'environnement|le climat)/u,
    /verte?s?/u,
    /durables?/u,
    /biodégradables?/u,
    /économes? en énergie/u,
  ],

  notClaims: [
    // Energy carriers and finance terms with a defined meaning.
    /(?:électricité|énergies?|hydrogène|gaz|chaleur) (?:verte?s?|durables?)/u,
    /carburants? (?:d'aviation |aéronautiques? )?durables?/u,
    /(?:obligations?|prêts?|finance|financements?|investissements?) (?:verte?s?|durables?)/u,
    // Idiom, colour, nature, policy.
    /(?:feu|voyant|numéro|espaces?|salle|thé|haricots?|zones?|ceinture|trame|toits?|toitures?|murs?|couloirs?) verte?s?/u,
    /(?:transition|révolution|croissance|économie|vague) verte/u,
    /transition (?:écologique|énergétique)/u,
    /verte?s? (?:clair|foncé|pomme|olive|émeraude|bouteille|sapin)/u,
    // Lasting or financial, not environmental.
    /développement durable/u,
    /(?:paix|croissance|emplois?|relations?|partenariats?|biens|amitié|engagements?|succès|liens?) durables?/u,
    /(?:financièrement|économiquement|socialement) durables?/u,
    // Ecology as a science.
    /empreintes? écologiques?/u,
    /(?:études?|expertises?|suivis?|inventaires?|diagnostics?|bureau d'études|états?|continuités?|corridors?|valeurs?|restaurations?|réseaux?|intérêts?|qualités?|impacts?|dommages?) écologiques?/u,
  ],

  future: {
    deadline: [
      /(?:d'ici(?: à| la fin de| fin)?|avant(?: la fin de)?|au plus tard en|jusqu'en|à l'horizon|à horizon|fin)\s+(?<year>20\d\d)/u,
    ],
    point: [/(?:en|dès|à partir de|à compter de|vers|après)\s+(?:l'an\s+)?(?<year>20\d\d)/u],
    vague: [
      /bientôt/u,
      /prochainement/u,
      /à terme/u,
      /dans les (?:prochaines années|années à venir)/u,
      /à l'avenir/u,
    ],
  },

  impact: [
    /émissions?/u,
    /CO[2₂]/u,
    /empreinte(?: carbone| environnementale)?/u,
    /gaz à effet de serre/u,
    /sans énergies? fossiles?/u,
    /zéro (?:émission|déchet)s?/u,
    /circulaire/u,
    /déchets?/u,
    /bilan carbone/u,
  ],

  change: [
    /réduire/u,
    /rédui(?:ra|rons|ront|sons|sent|sait)/u,
    /réductions?/u,
    /diminu(?:e|er|era|erons|eront|ons|ent|tion)/u,
    /baiss(?:e|er|era|erons|eront|ons|ent)/u,
    /abaiss\p{L}*/u,
    /divis\p{L}*/u,
    /(?:à )?zéro/u,
    /supprim\p{L}*/u,
    /évit\p{L}*/u,
    /économis\p{L}*/u,
  ],

  comparatives: [
    /moins/u,
    /rédui(?:t|te|ts|tes)/u,
    /inférieure?s?/u,
    /plus faibles?/u,
    /\d+(?:[.,]\d+)?\s?(?:%|pour ?cent)/u,
  ],

  negations: [/pas/u, /ne/u, /n'\p{L}+/u, /jamais/u, /aucun(?:e|s|es)?/u, /ni/u, /sans/u, /non/u],

  clauseBreaks: [/et/u, /mais/u, /ou/u, /alors que/u, /tandis que/u, /car/u],

  policySubjects: [
    /UE/u,
    /Union européenne/u,
    /Europe/u,
    /Commission européenne/u,
    /France/u,
    /gouvernement/u,
    /l'État/u,
    /Accord de Paris/u,
    /loi Climat\p{L}*/u,
    /collectivités?/u,
    /communes?/u,
    /pouvoirs publics/u,
    /législateur/u,
  ],

  firstPerson: [/nous/u, /notre/u, /nos/u, /je/u, /j'\p{L}+/u, /mon/u, /ma/u, /mes/u],

  titleCues: [
    /rapport/u,
    /étude/u,
    /enquête/u,
    /intitulée?s?/u,
    /nommée?s?/u,
    /appelée?s?/u,
    /baptisée?s?/u,
    /titre/u,
    /programme/u,
    /campagne/u,
    /conférence/u,
    /colloque/u,
    /congrès/u,
    /prix/u,
    /livre/u,
    /ouvrage/u,
    /guide/u,
    /publication/u,
    /réseau/u,
    /fondation/u,
    /projet/u,
    /initiative/u,
    /série/u,
    /podcast/u,
    /film/u,
    /documentaire/u,
    /exposition/u,
    /festival/u,
    /association/u,
    /indice/u,
  ],

  figureTopics: [
    /CO[2₂]/u,
    /carbone/u,
    /émission/u,
    /gaz à effet de serre/u,
    /GES/u,
    /énergie/u,
    /électricité/u,
    /carburant/u,
    /combustible/u,
    /matéria/u,
    /matière/u,
    /recycl/u,
    /secondaire/u,
    /déchet/u,
    /eaux?/u,
    /alumini?um/u,
    /acier/u,
    /plastique/u,
    /ressource/u,
    /circulaire/u,
  ],

  messages: {
    directive:
      'directive 2005/29/CE (pratiques commerciales déloyales), modifiée par la directive (UE) 2024/825',
    neutrality:
      '"{phrase}" est une allégation de neutralité : un impact neutre, réduit ou positif sur le climat, interdite lorsqu’elle repose sur la compensation des émissions de gaz à effet de serre (annexe I, point 4 quater, de la {directive}){why} ; attendu : une preuve de type verification avec offsets: false (dans evidence ou sur un chiffre clé), ou une formulation qui donne la réduction mesurée',
    whyEvidence: ' ; parmi les preuves citées, {reasons}',
    notVerification: '"{id}" est de type {kind}',
    reliesOnOffsets: '"{id}" repose sur la compensation',
    offsetsNotStated: '"{id}" n’indique pas offsets: false',
    future:
      '"{phrase}" est une allégation sur une performance environnementale future, qui exige des engagements clairs, publics et vérifiables dans un plan de mise en œuvre détaillé et réaliste, contrôlé par un expert tiers indépendant (article 6, paragraphe 2, point d), de la {directive}){why} ; attendu : un objectif avec plan et verifier (dans targets ou sur un chiffre clé)',
    whyTargets: ' ; parmi les objectifs cités, {reasons}',
    noPlan: '"{id}" n’a pas de plan',
    noVerifier: '"{id}" n’a pas de verifier',
    noPlanNoVerifier: '"{id}" n’a ni plan ni verifier',
    generic:
      '"{phrase}" est une allégation environnementale générique, interdite sauf si l’entreprise peut démontrer une performance environnementale excellente reconnue, comme le label écologique de l’UE (annexe I, point 4 bis, de la {directive}) ; attendu : une allégation précise qui dit quoi, combien et par rapport à quoi, avec sa preuve ; ou, s’il ne s’agit pas d’une allégation (un nom, un titre), une entrée dans claimExceptions avec l’expression et une raison',
    figureWithoutEvidence:
      'le chiffre clé "{id}" ({label}) porte sur des émissions ou des ressources mais ne cite aucune preuve, et les caractéristiques environnementales ne doivent pas induire en erreur (article 6, paragraphe 1, point b), de la {directive}) ; attendu : evidence, l’identifiant d’une preuve qui dit ce qui a été mesuré, comment et par qui',
    figureOnStatement:
      'le chiffre clé "{id}" est comparatif (par rapport à "{baseline}") mais sa preuve "{evidence}" est une company-statement, et se dire moins nuisible qu’autre chose demande plus que la parole de l’entreprise (article 2, point o), et article 6, paragraphe 1, point b), de la {directive}) ; attendu : une preuve de type {kinds}',
    exceptionWithoutReason:
      'l’exception pour "{phrase}" ne donne pas de raison ; attendu : pourquoi ce n’est pas une allégation environnementale (un nom de lieu, un titre de rapport, un nom de produit)',
    exceptionUnused:
      '"{phrase}" n’apparaît pas dans {where} ; attendu : l’expression exactement telle qu’elle y est écrite, ou aucune exception',
    theRelease: 'le communiqué',
    beforeApplication:
      ' (simple avertissement : le communiqué est daté d’avant le {date}, date à laquelle ces règles ont commencé à s’appliquer)',
    whileDraft: ' (un avertissement tant que le communiqué est un brouillon)',
  },
} satisfies ClaimVocabulary;
