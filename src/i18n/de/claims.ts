/**
 * German vocabulary for the green-claims checks (issue 14). Shape and matching rules:
 * `ClaimVocabulary` in `src/i18n/claims.ts`.
 */
import type { ClaimVocabulary } from '../claims';

export const claims = {
  capitalisesNouns: true,

  neutrality: [
    /klima[- ]?neutral(?:e[mnrs]?)?/u,
    /Klima[- ]?neutralität/u,
    /CO[2₂][- ]?neutral(?:e[mnrs]?|ität)?/u,
    /(?:treibhausgas|kohlenstoff|emissions)[- ]?neutral(?:e[mnrs]?)?/u,
    /(?:Treibhausgas|Kohlenstoff|Emissions)[- ]?neutralität/u,
    /klima[- ]?positiv(?:e[mnrs]?)?/u,
    /CO[2₂][- ]?(?:negativ|positiv)(?:e[mnrs]?)?/u,
    /Netto[- ]?Null(?:[- ]?Emissionen)?/u,
    /Net[- ]Zero/u,
    /klima[- ]?kompensiert(?:e[mnrs]?)?/u,
    /CO[2₂][- ]?kompensiert(?:e[mnrs]?)?/u,
  ],

  generic: [
    /(?:umwelt|klima|natur|ressourcen)[- ]?(?:freundlich|schonend|verträglich|bewusst)(?:e[mnrs]?|er(?:e[mnrs]?)?|e?ste[mnrs]?)?/u,
    /CO[2₂][- ]?freundlich(?:e[mnrs]?)?/u,
    /ökologisch(?:e[mnrs]?|er(?:e[mnrs]?)?)?/u,
    /öko/u,
    /grün(?:e[mnrs]?|er(?:e[mnrs]?)?|e?ste[mnrs]?)?/u,
    /nachhaltig(?:e[mnrs]?|er(?:e[mnrs]?)?|ste[mnrs]?)?/u,
    /biologisch abbaubar(?:e[mnrs]?)?/u,
    /energie[- ]?(?:effizient|sparend)(?:e[mnrs]?|er(?:e[mnrs]?)?)?/u,
    /(?:gut|besser) für (?:die Umwelt|das Klima|den Planeten)/u,
  ],

  notClaims: [
    // Energy carriers and finance terms with a defined meaning.
    /grüne[mnrs]? (?:Strom|Stroms|Energie|Wasserstoffs?|Gas|Wärme|Anleihen?|Finanzierung)/u,
    /nachhaltige[mnrs]? (?:Energie|Flugkraftstoff\p{L}*|Luftfahrtkraftstoff\p{L}*)/u,
    // Idiom, colour, nature, policy.
    /grüne[mnrs]? (?:Licht|Wiese|Transformation|Wende|Band|Zone|Fläche\p{L}*|Dach|Dächer|Dächern|Fassade\p{L}*|Woche|Punkt|Farbe|Tisch|Bereich)/u,
    // Lasting, not environmental ("nachhaltig verändern": change for good).
    /nachhaltige[mnrs]? (?:Entwicklung|Entwicklungsziele|Wachstums?|Finanz\p{L}*|Beschäftigung\p{L}*|Frieden|Beziehung\p{L}*|Erfolgs?|Rendite\p{L}*|Wirkung|Eindruck|Partnerschaft\p{L}*)/u,
    /nachhaltig (?:veränder\p{L}*|verändert|stärk\p{L}*|gestärkt|verbesser\p{L}*|verbessert|präg\p{L}*|geprägt|beeinfluss\p{L}*|beeinflusst|sicher\p{L}*|gesichert|beeinträchtig\p{L}*|schädig\p{L}*|geschädigt|wirk\p{L}*|erhöh\p{L}*|erhöht|senk\p{L}*|gesenkt)/u,
    /(?:wirtschaftlich|finanziell|sozial) nachhaltig(?:e[mnrs]?)?/u,
    // Ecology as a science, and the Directive's own "ökologischer Wandel".
    /ökologische[mnrs]? Fu(?:ß|ss)abdr(?:uck|ücke)s?/u,
    /ökologische[mnrs]? (?:\p{L}*büro|Beratung\p{L}*|Gutachte\p{L}*|Baubegleitung|Untersuchung\p{L}*|Studie\p{L}*|Kartierung\p{L}*|Monitoring|Wert\p{L}*|Zustand|Bewertung\p{L}*|Ausgleich\p{L}*|Wandels?|Transformation|Wende|Forschung|Expert\p{L}*|Schäden|Schaden|Auswirkung\p{L}*|Vernetzung|Korridor\p{L}*)/u,
  ],

  future: {
    deadline: [
      /(?:bis(?: spätestens)?|spätestens(?: bis)?|vor)\s+(?:(?:zum )?Jahr\s+|(?:zum )?Ende\s+)?(?<year>20\d\d)/u,
    ],
    point: [/(?:im Jahr|ab dem Jahr|in|ab|um|nach)\s+(?<year>20\d\d)/u],
    vague: [
      /bald/u,
      /künftig/u,
      /zukünftig/u,
      /demnächst/u,
      /in (?:den )?(?:kommenden|nächsten) Jahren/u,
      /in Zukunft/u,
    ],
  },

  impact: [
    /\p{L}*emission(?:en)?/u,
    /\p{L}*aussto(?:ß|ss)/u,
    /\p{L}*fu(?:ß|ss)abdr(?:uck|ücke)/u,
    /CO[2₂]/u,
    /Treibhausgas\p{L}*/u,
    /(?:fossil|emissions)frei\p{L}*/u,
    /Kreislauf\p{L}*/u,
    /\p{L}*abfall\p{L}*/u,
  ],

  change: [
    /senk\p{L}*/u,
    /gesenkt/u,
    /reduz\p{L}*/u,
    /verringer\p{L}*/u,
    /halbier\p{L}*/u,
    /vermeid\p{L}*/u,
    /vermieden/u,
    /(?:auf )?null/u,
    /(?:ein)?spar\p{L}*/u,
    /eingespart/u,
    /Einsparung\p{L}*/u,
    /sink\p{L}*/u,
    /gesunken/u,
  ],

  comparatives: [
    /weniger/u,
    /minus/u,
    /niedriger(?:e[mnrs]?)?/u,
    /geringer(?:e[mnrs]?)?/u,
    /kleiner(?:e[mnrs]?)?/u,
    /\d+(?:[.,]\d+)?\s?(?:%|Prozent)/u,
  ],

  negations: [/nicht/u, /kein(?:e[mnrs]?)?/u, /nie/u, /niemals/u, /ohne/u, /weder/u],

  clauseBreaks: [/und/u, /aber/u, /oder/u, /sondern/u, /während/u, /denn/u, /doch/u],

  policySubjects: [
    /EU/u,
    /Europäische[n]? (?:Union|Kommission)/u,
    /Europa/u,
    /Deutschland/u,
    /Bundesregierung/u,
    /Bund/u,
    /Bundesländer/u,
    /Landesregierung/u,
    /Klimaschutzgesetz/u,
    /Pariser (?:Klimaabkommen|Abkommen|Übereinkommen)/u,
    /Gesetzgeber/u,
    /Gemeinden?/u,
    /Kommunen?/u,
  ],

  firstPerson: [/wir/u, /unser\p{L}*/u, /uns/u, /ich/u, /mein\p{L}*/u],

  titleCues: [
    /Bericht\p{L}*/u,
    /Studie/u,
    /Untersuchung/u,
    /Titel/u,
    /namens/u,
    /genannt/u,
    /Programm/u,
    /Kampagne/u,
    /Konferenz/u,
    /Kongress/u,
    /Preis/u,
    /Award/u,
    /Buch/u,
    /Leitfaden/u,
    /Handbuch/u,
    /Publikation/u,
    /Netzwerk/u,
    /Stiftung/u,
    /Projekt/u,
    /Initiative/u,
    /Reihe/u,
    /Podcast/u,
    /Film/u,
    /Ausstellung/u,
    /Festival/u,
    /Verein/u,
    /Index/u,
  ],

  figureTopics: [
    /\p{L}*CO[2₂]/u,
    /\p{L}*emission/u,
    /\p{L}*aussto(?:ß|ss)/u,
    /Treibhausgas/u,
    /\p{L}*energie/u,
    /\p{L}*strom/u,
    /\p{L}*kraftstoff/u,
    /Brennstoff/u,
    /\p{L}*material/u,
    /Rohstoff/u,
    /Recycl/u,
    /\p{L}*rezykl/u,
    /Sekundär/u,
    /\p{L}*abfall/u,
    /\p{L}*wasser/u,
    /Aluminium/u,
    /Stahl/u,
    /Kunststoff/u,
    /Kreislauf/u,
  ],

  messages: {
    directive:
      'Richtlinie 2005/29/EG (unlautere Geschäftspraktiken), geändert durch die Richtlinie (EU) 2024/825',
    neutrality:
      '"{phrase}" ist eine Neutralitätsaussage: eine neutrale, verringerte oder positive Klimawirkung, verboten, wenn sie auf der Kompensation von Treibhausgasemissionen beruht (Anhang I Nummer 4c der {directive}){why}; erwartet: ein Nachweis der Art verification mit offsets: false (in evidence oder bei einer Kennzahl) oder eine Formulierung, die die gemessene Verringerung nennt',
    whyEvidence: '; vom angeführten Nachweis: {reasons}',
    notVerification: '"{id}" ist von der Art {kind}',
    reliesOnOffsets: '"{id}" beruht auf Kompensation',
    offsetsNotStated: '"{id}" gibt nicht offsets: false an',
    future:
      '"{phrase}" ist eine Aussage über künftige Umweltleistung, und sie braucht klare, öffentlich einsehbare und überprüfbare Verpflichtungen in einem detaillierten und realistischen Umsetzungsplan, den ein unabhängiger externer Sachverständiger prüft (Artikel 6 Absatz 2 Buchstabe d der {directive}){why}; erwartet: ein Ziel mit plan und verifier (in targets oder bei einer Kennzahl)',
    whyTargets: '; von den angeführten Zielen: {reasons}',
    noPlan: '"{id}" hat keinen plan',
    noVerifier: '"{id}" hat keinen verifier',
    noPlanNoVerifier: '"{id}" hat weder plan noch verifier',
    generic:
      '"{phrase}" ist eine allgemeine Umweltaussage, verboten, wenn das Unternehmen keine anerkannte hervorragende Umweltleistung wie das EU-Umweltzeichen nachweisen kann (Anhang I Nummer 4a der {directive}); erwartet: eine konkrete Aussage, die sagt, was, wie viel und im Vergleich wozu, mit ihrem Nachweis; oder, wenn es keine Aussage ist (ein Name, ein Titel), ein Eintrag in claimExceptions mit der Wendung und einem Grund',
    figureWithoutEvidence:
      'Kennzahl "{id}" ({label}) betrifft Emissionen oder Ressourcen, nennt aber keinen Nachweis, und Umwelteigenschaften dürfen nicht irreführen (Artikel 6 Absatz 1 Buchstabe b der {directive}); erwartet: evidence, die ID eines Nachweises, der sagt, was wie und von wem gemessen wurde',
    figureOnStatement:
      'Kennzahl "{id}" ist ein Vergleich (mit "{baseline}"), ihr Nachweis "{evidence}" aber ein company-statement, und wer weniger umweltschädlich sein will als etwas anderes, braucht mehr als das eigene Wort (Artikel 2 Buchstabe o und Artikel 6 Absatz 1 Buchstabe b der {directive}); erwartet: ein Nachweis der Art {kinds}',
    exceptionWithoutReason:
      'die Ausnahme für "{phrase}" nennt keinen Grund; erwartet: warum es keine Umweltaussage ist (ein Ortsname, ein Berichtstitel, ein Produktname)',
    exceptionUnused:
      '"{phrase}" kommt in {where} nicht vor; erwartet: die Wendung genau so, wie sie dort steht, oder keine Ausnahme',
    theRelease: 'der Pressemitteilung',
    beforeApplication:
      ' (nur eine Warnung: die Pressemitteilung ist vor dem {date} datiert, ab dem diese Regeln gelten)',
    whileDraft: ' (eine Warnung, solange die Pressemitteilung ein Entwurf ist)',
  },
} satisfies ClaimVocabulary;
