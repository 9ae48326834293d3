/**
 * Dutch vocabulary for the green-claims checks (issue 14). Shape and matching rules:
 * `ClaimVocabulary` in `src/i18n/claims.ts`.
 */
import type { ClaimVocabulary } from '../claims';

export const claims = {
  capitalisesNouns: false,

  neutrality: [
    /klimaat[- ]?neutra(?:al|le|liteit)/u,
    /CO[2₂][- ]?neutra(?:al|le|liteit)/u,
    /(?:koolstof|broeikasgas|emissie)[- ]?neutra(?:al|le|liteit)/u,
    /klimaat[- ]?positie(?:f|ve)/u,
    /CO[2₂][- ]?(?:positie|negatie)(?:f|ve)/u,
    /koolstof[- ]?negatie(?:f|ve)/u,
    /netto[- ]nul(?:[- ]?(?:uitstoot|emissies?))?/u,
    /net[- ]zero/u,
    /klimaat[- ]?gecompenseerde?/u,
    /CO[2₂][- ]?gecompenseerde?/u,
  ],

  generic: [
    /milieu[- ]?vriendelijk(?:e|er|ere|st|ste)?/u,
    /(?:klimaat|natuur|planeet|aarde)[- ]?vriendelijk(?:e|er|ere|st|ste)?/u,
    /koolstof[- ]?vriendelijke?/u,
    /CO[2₂][- ]?vriendelijke?/u,
    /milieu[- ]?(?:bewust|verantwoord|correct)e?/u,
    /groen(?:e|er|ere|st|ste)?/u,
    /duurza(?:am|me|mer|mere|amst|amste)/u,
    /ecologisch(?:e|er|ere)?/u,
    /eco(?:[- ]?vriendelijke?)?/u,
    /biologisch afbreekba(?:ar|re)/u,
    /energie[- ]?zuinig(?:e|er|ere|st|ste)?/u,
    /(?:goed|beter) voor (?:het milieu|de planeet|het klimaat|de aarde)/u,
  ],

  notClaims: [
    // Energy carriers with a defined meaning (renewable source, guarantees of origin).
    /groene? (?:stroom|elektriciteit|energie|waterstof|gas|warmte)/u,
    /duurza(?:am|me) (?:stroom|elektriciteit|energie|energiebronnen|bronnen|warmte)/u,
    /duurzame (?:vliegtuigbrandstof(?:fen)?|luchtvaartbrandstof(?:fen)?)/u,
    // Finance terms defined elsewhere (EU green bond standard).
    /groene (?:obligaties?|lening(?:en)?|financiering)/u,
    // Idiom, colour, nature, policy.
    /(?:het )?groene? licht/u,
    /groene (?:transitie|economie|groei|golf|zone|strook|stroken|ruimte|ruimtes|omgeving|long(?:en)?|daken|dak|gevels?|vlakte|weiden?|velden|kleur|verf|deal)/u,
    /(?:het|openbaar|stedelijk|veel|meer|minder) groen/u,
    // Lasting, not environmental.
    /duurzame inzetbaarheid/u,
    /duurzaam inzetbaar/u,
    /duurzame (?:relaties?|samenwerking(?:en)?|vrede|groei|ontwikkeling|werkgelegenheid|inzet|gebruiksgoederen|consumptiegoederen|partnerschap(?:pen)?|band(?:en)?|verbinding(?:en)?)/u,
    /(?:financieel|economisch|sociaal) duurza(?:am|me)/u,
    // Ecology as a science.
    /ecologische voetafdruk/u,
    /ecologische? (?:advies\p{L}*|onderzo\p{L}*|stud\p{L}*|expert\p{L}*|deskundig\p{L}*|monitoring|waarde\p{L}*|hoofdstructuur|verbinding\p{L}*|herstel|effect\p{L}*|impact|schade|toestand|kwaliteit|rapport\p{L}*|bureau\p{L}*|begeleiding|inventarisatie\p{L}*|netwerk\p{L}*)/u,
  ],

  future: {
    deadline: [
      /(?:tegen|uiterlijk(?: in)?|v(?:oo|óó|ó)r|eind|einde|ultimo)\s+(?:het jaar\s+)?(?<year>20\d\d)/u,
    ],
    point: [/(?:in|vanaf|per|rond|omstreeks|na)\s+(?:het jaar\s+)?(?<year>20\d\d)/u],
    vague: [/binnenkort/u, /straks/u, /op termijn/u, /in de (?:nabije )?toekomst/u, /de komende jaren/u],
  },

  impact: [
    /\p{L}*uitstoot/u,
    /\p{L}*emissies?/u,
    /\p{L}*voetafdruk/u,
    /CO[2₂]/u,
    /(?:fossiel|uitstoot|emissie)vrij\p{L}*/u,
    /circulair\p{L}*/u,
    /\p{L}*afval\p{L}*/u,
  ],

  change: [
    /verminder\p{L}*/u,
    /verlaag\p{L}*/u,
    /verlagen/u,
    /halve(?:e)?r\p{L}*/u,
    /terugdring\p{L}*/u,
    /terug te (?:dringen|brengen)/u,
    /reduc\p{L}*/u,
    /(?:daal|dalen|gedaald)\p{L}*/u,
    /omlaag/u,
    /(?:naar )?nul/u,
    /schrap\p{L}*/u,
    /bespa(?:a)?r\p{L}*/u,
    /vermijd\p{L}*/u,
    /vermeden/u,
  ],

  comparatives: [/minder/u, /lager(?:e)?/u, /kleiner(?:e)?/u, /\d+(?:[.,]\d+)?\s?(?:%|procent)/u],

  negations: [/niet/u, /geen/u, /nooit/u, /noch/u, /zonder/u, /allerminst/u],

  clauseBreaks: [/en/u, /maar/u, /of/u, /terwijl/u, /want/u, /doch/u],

  policySubjects: [
    /EU/u,
    /Europese (?:Unie|Commissie)/u,
    /Europa/u,
    /Nederland/u,
    /kabinet/u,
    /(?:rijks)?overheid/u,
    /regering/u,
    /Klimaatakkoord/u,
    /Klimaatwet/u,
    /akkoord van Parijs/u,
    /provincies?/u,
    /gemeenten?/u,
  ],

  firstPerson: [/we/u, /wij/u, /ons/u, /onze/u, /ik/u, /mijn/u],

  titleCues: [
    /rapport\p{L}*/u,
    /studie/u,
    /onderzoek/u,
    /getiteld/u,
    /genaamd/u,
    /geheten/u,
    /titel/u,
    /programma/u,
    /campagne/u,
    /congres/u,
    /conferentie/u,
    /symposium/u,
    /prijs/u,
    /award/u,
    /boek/u,
    /gids/u,
    /handleiding/u,
    /publicatie/u,
    /netwerk/u,
    /stichting/u,
    /project/u,
    /initiatief/u,
    /serie/u,
    /podcast/u,
    /film/u,
    /documentaire/u,
    /tentoonstelling/u,
    /festival/u,
    /vereniging/u,
    /index/u,
  ],

  figureTopics: [
    /CO[2₂]/u,
    /\p{L}*uitstoot/u,
    /\p{L}*emissie/u,
    /broeikasgas/u,
    /koolstof/u,
    /\p{L}*energie/u,
    /\p{L}*stroom/u,
    /elektriciteit/u,
    /opwek/u,
    /\p{L}*brandstof/u,
    /\p{L}*materia/u,
    /grondstof/u,
    /hergebruik/u,
    /(?:ge)?recycl/u,
    /secundair/u,
    /\p{L}*afval/u,
    /\p{L}*water/u,
    /aluminium/u,
    /staal/u,
    /plastic/u,
    /kunststof/u,
    /circulair/u,
  ],

  messages: {
    directive: 'Richtlijn 2005/29/EG (oneerlijke handelspraktijken), gewijzigd bij Richtlijn (EU) 2024/825',
    neutrality:
      '"{phrase}" is een neutraliteitsclaim: een neutraal, verminderd of positief effect op het klimaat, verboden als die op compensatie van broeikasgasemissies rust (bijlage I, punt 4 quater, van {directive}){why}; nodig is bewijs van soort verification met offsets: false (in evidence of bij een kerncijfer), of woorden die de gemeten vermindering noemen',
    whyEvidence: '; van het aangehaalde bewijs: {reasons}',
    notVerification: '"{id}" is van soort {kind}',
    reliesOnOffsets: '"{id}" rust op compensatie',
    offsetsNotStated: '"{id}" vermeldt geen offsets: false',
    future:
      '"{phrase}" is een claim over toekomstige milieuprestaties, en die vraagt duidelijke, openbare en controleerbare toezeggingen in een gedetailleerd en realistisch uitvoeringsplan, gecontroleerd door een onafhankelijke externe deskundige (artikel 6, lid 2, onder d), van {directive}){why}; nodig is een doel met een plan en een verifier (in targets of bij een kerncijfer)',
    whyTargets: '; van de aangehaalde doelen: {reasons}',
    noPlan: '"{id}" heeft geen plan',
    noVerifier: '"{id}" heeft geen verifier',
    noPlanNoVerifier: '"{id}" heeft geen plan en geen verifier',
    generic:
      '"{phrase}" is een generieke milieuclaim, verboden tenzij het bedrijf erkende uitstekende milieuprestaties kan aantonen, zoals de EU-milieukeur (bijlage I, punt 4 bis, van {directive}); nodig is een specifieke claim die zegt wat, hoeveel en vergeleken waarmee, met het bewijs erbij; of, als het geen claim is (een naam, een titel), een regel in claimExceptions met de woorden en een reden',
    figureWithoutEvidence:
      'kerncijfer "{id}" ({label}) gaat over uitstoot of grondstoffen maar verwijst naar geen bewijs, en milieukenmerken mogen niet misleiden (artikel 6, lid 1, onder b), van {directive}); nodig is evidence: het id van een bewijsstuk dat zegt wat er gemeten is, hoe en door wie',
    figureOnStatement:
      'kerncijfer "{id}" is een vergelijking (met "{baseline}") maar zijn bewijs "{evidence}" is een company-statement, en wie zegt minder schadelijk te zijn dan iets anders, heeft meer nodig dan het eigen woord (artikel 2, onder o), en artikel 6, lid 1, onder b), van {directive}); nodig is bewijs van soort {kinds}',
    exceptionWithoutReason:
      'de uitzondering voor "{phrase}" geeft geen reden; nodig is waarom het geen milieuclaim is (een plaatsnaam, een rapporttitel, een productnaam)',
    exceptionUnused:
      '"{phrase}" komt niet voor in {where}; nodig zijn de woorden precies zoals ze daar staan, of geen uitzondering',
    theRelease: 'het persbericht',
    beforeApplication:
      ' (alleen een waarschuwing: het persbericht is gedateerd vóór {date}, toen deze regels gingen gelden)',
    whileDraft: ' (een waarschuwing zolang het persbericht een concept is)',
  },
} satisfies ClaimVocabulary;
