/**
 * Word banks of the benchmark corpus: realistic press-release vocabulary per language
 * (compounds and accents included), so that Markdown parsing, typography and Pagefind's
 * stemming see text shaped like the real thing rather than lorem ipsum.
 * Everything here is about a fictional company, Polderstaal Voorbeeld N.V.
 */
import type { Lang } from '~/i18n/locales';
import type { Unit } from '~/lib/units';

export interface WordBank {
  /** Sentence subjects naming the company or its organs. */
  subjects: string[];
  /** Predicates for those subjects; `{np}` takes a noun phrase. */
  predicates: string[];
  /** Noun phrases with their article, lowercase. */
  nounPhrases: string[];
  /** Predicates for a noun phrase as subject. */
  nounPredicates: string[];
  /** Phrases that close a sentence (time, place, partners); may be empty. */
  adverbials: string[];
  /** `##` sub-headings. */
  headings: string[];
  /** Headlines; `{np}` a noun phrase, `{place}` a place. */
  titles: string[];
  /** Subheadlines. */
  subtitles: string[];
  /** Sentences that carry a key figure: `{figure}` is the formatted number, `{label}` its words. */
  figureSentences: string[];
  /** Quoted words; `{np}` a noun phrase. */
  quotes: string[];
}

/** Places of the fictional company's sites; used in headlines and datelines. */
export const PLACES = [
  'IJmuiden',
  'Velsen-Noord',
  'Delfzijl',
  'Moerdijk',
  'Terneuzen',
  'Eemshaven',
  'Rotterdam',
  'Duisburg',
  'Gent',
  'Dunkerque',
];

export const COMPANY = {
  id: 'polderstaal',
  name: 'Polderstaal Voorbeeld N.V.',
  website: 'https://polderstaal.example',
} as const;

/** Kinds of key figure: unit, a range of realistic values, and the label per language. */
export interface FigureKind {
  id: string;
  unit: Unit;
  /** Smallest and largest value; large values are rounded to three significant digits. */
  range: [number, number];
  /** Whether the value may have one decimal (percentages). */
  decimals?: boolean;
  /** A figure about emissions or resources: it cites the year's evidence record, as the rules ask. */
  evidence?: boolean;
  label: Record<Lang, string>;
}

export const FIGURE_KINDS: FigureKind[] = [
  {
    id: 'co2-reduction',
    evidence: true,
    unit: 'percent',
    range: [5, 95],
    label: {
      nl: 'minder CO2-uitstoot per ton staal',
      en: 'less CO2 per tonne of steel',
      de: 'weniger CO2 je Tonne Stahl',
      fr: 'de CO2 en moins par tonne d’acier',
    },
  },
  {
    id: 'investment',
    unit: 'EUR',
    range: [1_000_000, 900_000_000],
    label: {
      nl: 'investering in de nieuwe installatie',
      en: 'investment in the new plant',
      de: 'Investition in die neue Anlage',
      fr: 'd’investissement dans la nouvelle installation',
    },
  },
  {
    id: 'jobs',
    unit: 'count',
    range: [20, 1500],
    label: { nl: 'nieuwe arbeidsplaatsen', en: 'new jobs', de: 'neue Arbeitsplätze', fr: 'nouveaux emplois' },
  },
  {
    id: 'steel-output',
    evidence: true,
    unit: 'tonnes',
    range: [10_000, 900_000],
    label: {
      nl: 'CO2-arm staal per jaar',
      en: 'of low-carbon steel a year',
      de: 'CO2-armer Stahl pro Jahr',
      fr: 'd’acier bas-carbone par an',
    },
  },
  {
    id: 'emissions-avoided',
    evidence: true,
    unit: 'tonnes-co2e',
    range: [5_000, 950_000],
    label: {
      nl: 'vermeden uitstoot per jaar',
      en: 'of emissions avoided each year',
      de: 'vermiedene Emissionen pro Jahr',
      fr: 'd’émissions évitées chaque année',
    },
  },
  {
    id: 'wind-power',
    evidence: true,
    unit: 'GWh',
    range: [50, 2000],
    label: {
      nl: 'windstroom per jaar',
      en: 'of wind power a year',
      de: 'Windstrom pro Jahr',
      fr: 'd’électricité éolienne par an',
    },
  },
  {
    id: 'residual-heat',
    evidence: true,
    unit: 'MWh',
    range: [1_000, 90_000],
    label: {
      nl: 'restwarmte voor het warmtenet',
      en: 'of residual heat for the district heating network',
      de: 'Abwärme für das Fernwärmenetz',
      fr: 'de chaleur résiduelle pour le réseau de chaleur',
    },
  },
  {
    id: 'scrap-share',
    evidence: true,
    unit: 'percent',
    range: [10, 80],
    decimals: true,
    label: {
      nl: 'schroot in de nieuwe staalmix',
      en: 'scrap in the new steel mix',
      de: 'Schrottanteil im neuen Stahlmix',
      fr: 'de ferraille dans le nouveau mélange d’acier',
    },
  },
  {
    id: 'export-revenue',
    unit: 'USD',
    range: [1_000_000, 500_000_000],
    label: {
      nl: 'exportomzet in Noord-Amerika',
      en: 'export revenue in North America',
      de: 'Exportumsatz in Nordamerika',
      fr: 'de chiffre d’affaires à l’export en Amérique du Nord',
    },
  },
  {
    id: 'suppliers',
    unit: 'count',
    range: [5, 400],
    label: {
      nl: 'leveranciers met een klimaatdoel',
      en: 'suppliers with a climate target',
      de: 'Lieferanten mit Klimaziel',
      fr: 'fournisseurs dotés d’un objectif climatique',
    },
  },
];

export const WORDS: Record<Lang, WordBank> = {
  nl: {
    subjects: [
      'Polderstaal',
      'De raad van bestuur van Polderstaal',
      'Het staalbedrijf uit IJmuiden',
      'De divisie Vlakstaal',
      'Het projectteam in Delfzijl',
      'De ondernemingsraad',
    ],
    predicates: [
      'investeert in {np}',
      'werkt aan {np}',
      'presenteert {np}',
      'versnelt {np}',
      'zet in op {np}',
      'bereidt {np} voor',
      'evalueert {np}',
      'publiceert {np}',
      'breidt {np} uit',
    ],
    nounPhrases: [
      'het duurzaamheidsverslag',
      'de waterstofinstallatie',
      'de nieuwe elektrische boogoven',
      'het klimaatakkoord met de provincie',
      'de energietransitie',
      'de toeleveringsketen',
      'het circulaire staalproject',
      'de vergunningsaanvraag',
      'het investeringsprogramma',
      'de afvang en opslag van CO2',
      'de kolenvrije productieroute',
      'het warmtenet voor de regio',
      'de schrootverwerking',
      'de emissiereductie van de hoogovens',
      'groene waterstof uit de Eemshaven',
      'de veiligheidscultuur op de werkvloer',
      'het opleidingsprogramma voor vakmensen',
      'de samenwerking met windparkexploitanten',
    ],
    nounPredicates: [
      'vormt een belangrijke bouwsteen van de klimaatstrategie',
      'wordt in nauw overleg met de gemeente uitgewerkt',
      'levert een wezenlijke bijdrage aan de verduurzaming van de industrie',
      'is onderdeel van een breder investeringsprogramma',
      'vraagt om zorgvuldige afstemming met omwonenden en natuurorganisaties',
      'krijgt financiële steun van de rijksoverheid',
      'verkleint de milieubelasting van de hele productieketen',
      'maakt het bedrijf minder afhankelijk van aardgas en steenkool',
    ],
    adverbials: [
      'in de hele regio',
      'op het terrein in IJmuiden',
      'samen met regionale partners',
      'vanaf het volgende boekjaar',
      'in alle Europese vestigingen',
      'binnen de Benelux',
      'met steun van het Nationaal Groeifonds',
      '',
    ],
    headings: [
      'Investeringen in de energietransitie',
      'Vooruitblik',
      'Samenwerking in de keten',
      'Gevolgen voor medewerkers',
      'Cijfers over het boekjaar',
      'Circulaire productie',
      'Veiligheid en gezondheid',
      'Reactie van de ondernemingsraad',
    ],
    titles: [
      'Polderstaal investeert in {np} in {place}',
      'Polderstaal versnelt {np}',
      'Polderstaal presenteert {np} vanuit {place}',
      'Nieuwe stap voor {np} in {place}',
    ],
    subtitles: [
      'Staalproducent legt zijn plannen voor koolstofarm staal voor aan de provincie',
      'Vakbonden en ondernemingsraad positief over de plannen',
      'Eerste resultaten overtreffen de verwachtingen',
      'Afnemers in de auto-industrie vragen om koolstofarm staal',
    ],
    figureSentences: [
      'Concreet gaat het om {figure} {label}.',
      'Volgens de laatste berekeningen komt dat neer op {figure} {label}.',
      'In totaal betekent dit {figure} {label}.',
    ],
    quotes: [
      'Met {np} zetten we een belangrijke stap naar staal met minder CO2-uitstoot',
      'We investeren bewust in {np}, omdat onze klanten om koolstofarm staal vragen',
      'Zonder de inzet van onze medewerkers was {np} niet mogelijk geweest',
    ],
  },
  en: {
    subjects: [
      'Polderstaal',
      'The Polderstaal executive board',
      'The IJmuiden-based steelmaker',
      'The flat steel division',
      'The project team in Delfzijl',
      'The works council',
    ],
    predicates: [
      'is investing in {np}',
      'is working on {np}',
      'presents {np}',
      'is accelerating {np}',
      'is focusing on {np}',
      'is preparing {np}',
      'is reviewing {np}',
      'publishes {np}',
      'is expanding {np}',
    ],
    nounPhrases: [
      'the sustainability report',
      'the hydrogen plant',
      'the new electric arc furnace',
      'the climate agreement with the province',
      'the energy transition',
      'the supply chain',
      'the circular steel project',
      'the permit application',
      'the investment programme',
      'carbon capture and storage',
      'the coal-free production route',
      'the regional district heating network',
      'scrap processing',
      'emission reductions at the blast furnaces',
      'green hydrogen from Eemshaven',
      'the safety culture on the shop floor',
      'the training programme for skilled workers',
      'the partnership with wind farm operators',
    ],
    nounPredicates: [
      'is a key building block of the climate strategy',
      'is being developed in close consultation with the municipality',
      'makes a substantial contribution to decarbonising industry',
      'is part of a wider investment programme',
      'requires careful coordination with local residents and nature organisations',
      'receives financial support from the national government',
      'reduces the environmental impact of the entire production chain',
      'makes the company less dependent on natural gas and coal',
    ],
    adverbials: [
      'across the whole region',
      'at the IJmuiden site',
      'together with regional partners',
      'from the next financial year',
      'at all European sites',
      'across the Benelux',
      'with support from the National Growth Fund',
      '',
    ],
    headings: [
      'Investing in the energy transition',
      'Outlook',
      'Working together across the supply chain',
      'What it means for employees',
      'Figures for the financial year',
      'Circular production',
      'Health and safety',
      'Response from the works council',
    ],
    titles: [
      'Polderstaal invests in {np} in {place}',
      'Polderstaal accelerates {np}',
      'Polderstaal presents {np} from {place}',
      'Next step for {np} in {place}',
    ],
    subtitles: [
      'Steelmaker presents its plans for low-carbon steel to the province',
      'Trade unions and works council welcome the plans',
      'First results exceed expectations',
      'Automotive customers ask for low-carbon steel',
    ],
    figureSentences: [
      'In concrete terms, this means {figure} {label}.',
      'According to the latest calculations, that amounts to {figure} {label}.',
      'Altogether, this represents {figure} {label}.',
    ],
    quotes: [
      'With {np}, we are taking an important step towards steel with lower CO2 emissions',
      'We are deliberately investing in {np}, because our customers are asking for low-carbon steel',
      'Without the commitment of our employees, {np} would not have been possible',
    ],
  },
  de: {
    subjects: [
      'Polderstaal',
      'Der Vorstand von Polderstaal',
      'Der Stahlhersteller aus IJmuiden',
      'Die Sparte Flachstahl',
      'Das Projektteam in Delfzijl',
      'Der Betriebsrat',
    ],
    predicates: [
      'investiert in {np}',
      'arbeitet an {np}',
      'präsentiert {np}',
      'beschleunigt {np}',
      'setzt auf {np}',
      'bereitet {np} vor',
      'überprüft {np}',
      'veröffentlicht {np}',
      'baut {np} aus',
    ],
    nounPhrases: [
      'den Nachhaltigkeitsbericht',
      'die Wasserstoffanlage',
      'den neuen Elektrolichtbogenofen',
      'die Klimavereinbarung mit der Provinz',
      'die Energiewende',
      'die Umsetzung des Lieferkettengesetzes',
      'das Kreislaufstahlprojekt',
      'den Genehmigungsantrag',
      'das Investitionsprogramm',
      'die Abscheidung und Speicherung von CO2',
      'die kohlefreie Produktionsroute',
      'das regionale Fernwärmenetz',
      'die Schrottaufbereitung',
      'die Emissionsminderung an den Hochöfen',
      'grünen Wasserstoff aus Eemshaven',
      'die Sicherheitskultur in der Produktion',
      'das Ausbildungsprogramm für Fachkräfte',
      'die Zusammenarbeit mit Windparkbetreibern',
    ],
    nounPredicates: [
      'ist ein wichtiger Baustein der Klimastrategie',
      'wird in enger Abstimmung mit der Gemeinde ausgearbeitet',
      'leistet einen wesentlichen Beitrag zur Dekarbonisierung der Industrie',
      'ist Teil eines umfassenden Investitionsprogramms',
      'erfordert eine sorgfältige Abstimmung mit Anwohnern und Naturschutzverbänden',
      'wird vom Staat finanziell gefördert',
      'verringert die Umweltbelastung der gesamten Produktionskette',
      'macht das Unternehmen unabhängiger von Erdgas und Steinkohle',
    ],
    adverbials: [
      'in der gesamten Region',
      'am Standort IJmuiden',
      'gemeinsam mit regionalen Partnern',
      'ab dem nächsten Geschäftsjahr',
      'an allen europäischen Standorten',
      'in den Beneluxländern',
      'mit Unterstützung des Nationalen Wachstumsfonds',
      '',
    ],
    headings: [
      'Investitionen in die Energiewende',
      'Ausblick',
      'Zusammenarbeit in der Lieferkette',
      'Folgen für die Beschäftigten',
      'Zahlen zum Geschäftsjahr',
      'Kreislaufwirtschaft in der Produktion',
      'Arbeitssicherheit und Gesundheit',
      'Stellungnahme des Betriebsrats',
    ],
    titles: [
      'Polderstaal investiert in {np} in {place}',
      'Polderstaal beschleunigt {np}',
      'Polderstaal präsentiert {np} in {place}',
      'Nächster Schritt für {np} in {place}',
    ],
    subtitles: [
      'Stahlhersteller legt dem Land seine Pläne für CO2-armen Stahl vor',
      'Gewerkschaften und Betriebsrat begrüßen die Pläne',
      'Erste Ergebnisse übertreffen die Erwartungen',
      'Kunden aus der Automobilindustrie fragen CO2-armen Stahl nach',
    ],
    figureSentences: [
      'Konkret geht es um {figure} {label}.',
      'Nach den jüngsten Berechnungen entspricht das {figure} {label}.',
      'Insgesamt bedeutet das {figure} {label}.',
    ],
    quotes: [
      'Mit Blick auf {np} gehen wir einen wichtigen Schritt hin zu Stahl mit weniger CO2-Ausstoß',
      'Wir investieren bewusst in {np}, weil unsere Kunden CO2-armen Stahl verlangen',
      'Ohne den Einsatz unserer Beschäftigten wäre {np} nicht möglich gewesen',
    ],
  },
  fr: {
    subjects: [
      'Polderstaal',
      'Le directoire de Polderstaal',
      'Le sidérurgiste d’IJmuiden',
      'La division Aciers plats',
      'L’équipe de projet de Delfzijl',
      'Le comité d’entreprise',
    ],
    predicates: [
      'investit dans {np}',
      'travaille sur {np}',
      'présente {np}',
      'accélère {np}',
      'mise sur {np}',
      'prépare {np}',
      'évalue {np}',
      'publie {np}',
      'étend {np}',
    ],
    nounPhrases: [
      'le rapport de développement durable',
      'l’installation d’hydrogène',
      'le nouveau four à arc électrique',
      'l’accord climatique avec la province',
      'la transition énergétique',
      'la chaîne d’approvisionnement',
      'le projet d’acier circulaire',
      'la demande de permis',
      'le programme d’investissement',
      'le captage et le stockage du CO2',
      'la filière de production sans charbon',
      'le réseau de chaleur régional',
      'le traitement de la ferraille',
      'la réduction des émissions des hauts fourneaux',
      'l’hydrogène vert d’Eemshaven',
      'la culture de sécurité dans les ateliers',
      'le programme de formation des techniciens',
      'le partenariat avec les exploitants de parcs éoliens',
    ],
    nounPredicates: [
      'constitue un élément clé de la stratégie climatique',
      'est élaboré en étroite concertation avec la commune',
      'contribue de manière décisive à la décarbonation de l’industrie',
      'fait partie d’un programme d’investissement plus large',
      'exige une coordination attentive avec les riverains et les associations de protection de la nature',
      'bénéficie d’un soutien financier de l’État',
      'réduit l’empreinte environnementale de toute la chaîne de production',
      'rend l’entreprise moins dépendante du gaz naturel et du charbon',
    ],
    adverbials: [
      'dans toute la région concernée',
      'sur le site d’IJmuiden',
      'avec des partenaires régionaux',
      'à partir du prochain exercice',
      'sur tous les sites européens',
      'dans l’ensemble du Benelux',
      'avec le soutien du Fonds national de croissance',
      '',
    ],
    headings: [
      'Investir dans la transition énergétique',
      'Perspectives',
      'Coopérer tout au long de la chaîne',
      'Conséquences pour les salariés',
      'Chiffres de l’exercice',
      'Production circulaire',
      'Santé et sécurité',
      'Réaction du comité d’entreprise',
    ],
    titles: [
      'Polderstaal investit dans {np} à {place}',
      'Polderstaal accélère {np}',
      'Polderstaal présente {np} depuis {place}',
      'Nouvelle étape pour {np} à {place}',
    ],
    subtitles: [
      'Le sidérurgiste présente à la province ses projets d’acier bas carbone',
      'Syndicats et comité d’entreprise saluent le projet',
      'Les premiers résultats dépassent les attentes',
      'Les clients de l’automobile demandent un acier bas carbone',
    ],
    figureSentences: [
      'Concrètement, cela représente {figure} {label}.',
      'Selon les derniers calculs, le total atteint {figure} {label}.',
      'Au total, cela correspond à {figure} {label}.',
    ],
    quotes: [
      'Avec {np}, nous franchissons une étape importante vers un acier moins émetteur de CO2',
      'Nous investissons délibérément dans {np}, car nos clients demandent de l’acier bas carbone',
      'Sans l’engagement de nos salariés, {np} n’aurait pas été possible',
    ],
  },
};

/** Words that the corpus is sure to contain, per language: the search benchmark's queries. */
export const SEARCH_QUERIES: Record<Lang, string[]> = {
  nl: ['duurzaamheidsverslag', 'waterstof', 'schrootverwerking'],
  en: ['hydrogen', 'emissions', 'scrap'],
  de: ['Lieferkettengesetzes', 'Wasserstoff', 'Energiewende'],
  // Not 'hydrogène': the corpus writes 'l’hydrogène', which Pagefind indexes as one word.
  fr: ['émissions', 'transition', 'ferraille'],
};
