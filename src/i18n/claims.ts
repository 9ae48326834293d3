/**
 * The shape of a language's green-claims vocabulary (`src/i18n/<lang>/claims.ts`): the words the
 * checks in `src/lib/model/checks/green-claims.ts` look for, and the messages they report in.
 * The locale table (`locales.ts`) holds each language's vocabulary next to its `checks`.
 *
 * Every entry is a regular expression literal. The checker matches it case-insensitively, as a
 * whole word (not inside a longer word), after normalising the text: no-break and thin spaces
 * become spaces, non-breaking hyphens become `-`, `’` becomes `'`. Write each phrase in the
 * language's normal spelling: a phrase written in lowercase (`groen`, `klimaneutral`) that shows up
 * capitalised in the middle of a sentence is read as part of a name ("Groene Hart", "Grüne Woche")
 * and not as a claim; a phrase written with a capital (`Klimaneutralität`, `CO[2₂]-neutral`) is
 * never read that way.
 */
export interface ClaimVocabulary {
  /** Whether the language capitalises every noun (German), so a capital at a sentence start says nothing. */
  capitalisesNouns: boolean;
  /**
   * Claims of a neutral, reduced or positive climate impact: the offsetting claims of Annex I 4c
   * ("klimaatneutraal", "net zero", "neutre en carbone"), with their inflections and nouns.
   */
  neutrality: readonly RegExp[];
  /** Generic environmental claims in the sense of Annex I 4a ("milieuvriendelijk", "green", "nachhaltig"). */
  generic: readonly RegExp[];
  /**
   * Uses of those words that are no claim: fixed expressions ("groen licht", "duurzame
   * inzetbaarheid", "développement durable"), defined technical terms ("groene stroom",
   * "sustainable aviation fuel"), science ("ecologisch adviesbureau"). A phrase inside such a
   * match is skipped.
   */
  notClaims: readonly RegExp[];
  /**
   * Time markers that tie a claim to the future. Each has a named group `year` except `vague`.
   * `deadline` ("tegen 2030", "bis 2045") counts from the release's own year on, `point`
   * ("in 2030", "vanaf 2030") only after it, `vague` ("binnenkort") always.
   */
  future: {
    deadline: readonly RegExp[];
    point: readonly RegExp[];
    vague: readonly RegExp[];
  };
  /**
   * Words for an environmental impact ("uitstoot", "emissions", "Fußabdruck"): with a future
   * marker and a change word in the same sentence they make a future performance claim
   * ("we halveren onze uitstoot tegen 2030").
   */
  impact: readonly RegExp[];
  /** Words for a change in impact over time ("verminderen", "halve", "senken", "réduire"). */
  change: readonly RegExp[];
  /**
   * Comparative words ("minder", "less", "weniger", "moins", "50 %"): they describe how a product
   * compares ("from 2024, aluminium with less CO2"), so with an impact word and a future marker
   * they make a future claim only when the company speaks in the first person.
   */
  comparatives: readonly RegExp[];
  /**
   * Words that negate a claim later in the same clause, up to six words before it ("niet",
   * "not", "kein", "pas"): "noemt zijn ritten daarom niet klimaatneutraal" is no claim.
   */
  negations: readonly RegExp[];
  /**
   * Conjunctions that start a new clause ("en", "maar", "and", "but", "aber", "mais"): a negation
   * before one does not reach past it ("not only cheap but also carbon neutral" is a claim).
   * Punctuation (, ; : and dashes) ends a clause in every language.
   */
  clauseBreaks: readonly RegExp[];
  /**
   * Public bodies and policies ("EU", "het kabinet", "Bundesregierung", "Accord de Paris"): a
   * sentence that names one and neither "we" nor the company describes a policy, not a claim.
   */
  policySubjects: readonly RegExp[];
  /** First-person words ("we", "onze", "wir", "nous"): the company speaking. */
  firstPerson: readonly RegExp[];
  /**
   * Words that introduce a title or name ("rapport", "report", "Studie", "intitulé"): a quoted or
   * italic span just after (or before) one is a title, and the words inside it are not claims.
   */
  titleCues: readonly RegExp[];
  /**
   * Words that make a `percent` or `tonnes` key figure a figure about emissions or resources
   * ("CO2", "energie", "Material", "matière"). Matched at the start of a word, so `\p{L}*` in
   * front reaches the end of a compound ("Treibhausgasemissionen").
   */
  figureTopics: readonly RegExp[];
  /** The messages of the checks, in this language (a release is checked in its own language). */
  messages: ClaimMessages;
}

/**
 * Message templates. `{name}` placeholders are filled by the checker; every message names the
 * phrase, the kind of claim, the provision it comes from and what would satisfy it. Provisions
 * are cited as this language's version of the Directive numbers them (EN "point 4a", NL and FR
 * "punt/point 4 bis", DE "Nummer 4a").
 */
export interface ClaimMessages {
  /** The amended Directive, cited after each provision: `{directive}`. */
  directive: string;
  /** A neutrality claim without verification: `{phrase}`, `{directive}`, `{why}` (from `whyEvidence`). */
  neutrality: string;
  /** Why the cited evidence does not count: `{reasons}`, joined with ", ". */
  whyEvidence: string;
  /** `{id}`, `{kind}`: evidence that is no verification. */
  notVerification: string;
  /** `{id}`: verification that relies on offsets. */
  reliesOnOffsets: string;
  /** `{id}`: verification that does not say `offsets: false`. */
  offsetsNotStated: string;
  /** A future claim without a target with plan and verifier: `{phrase}`, `{directive}`, `{why}`. */
  future: string;
  /** Why the cited targets do not count: `{reasons}`. */
  whyTargets: string;
  /** `{id}`: a target without a plan, without a verifier, or without both. */
  noPlan: string;
  noVerifier: string;
  noPlanNoVerifier: string;
  /** A generic claim: `{phrase}`, `{directive}`. */
  generic: string;
  /** A figure about emissions or resources without evidence: `{id}`, `{label}`, `{directive}`. */
  figureWithoutEvidence: string;
  /** A comparative figure on a company statement: `{id}`, `{baseline}`, `{evidence}`, `{kinds}`, `{directive}`. */
  figureOnStatement: string;
  /** A claim exception without a reason: `{phrase}`. */
  exceptionWithoutReason: string;
  /** A claim exception whose phrase does not occur: `{phrase}`, `{where}`. */
  exceptionUnused: string;
  /** `{where}` when the exception has no field: the whole release. */
  theRelease: string;
  /** Added to an error that is a warning because the release predates the rules: `{date}`. */
  beforeApplication: string;
  /** Added to an error that is a warning because the release is a draft. */
  whileDraft: string;
}
