/**
 * English vocabulary for the green-claims checks (issue 14). Shape and matching rules:
 * `ClaimVocabulary` in `src/i18n/claims.ts`.
 */
import type { ClaimVocabulary } from '../claims';

export const claims = {
  capitalisesNouns: false,

  neutrality: [
    /(?:carbon|climate|emissions?|greenhouse[- ]gas|GHG)[- ]?neutral(?:ity)?/u,
    /CO[2₂][- ]?neutral(?:ity)?/u,
    /(?:carbon|climate)[- ](?:positive|negative)/u,
    /net[- ]zero/u,
    /(?:carbon|climate)[- ]compensated/u,
    /CO[2₂][- ]compensated/u,
  ],

  generic: [
    /(?:environment(?:ally)?|eco|climate|planet|nature|earth|ocean)[- ]friendly/u,
    /carbon[- ]friendly/u,
    /(?:environmentally|ecologically)[- ](?:sound|responsible|correct|safe|conscious|kind|benign)/u,
    /(?:gentle on|kind to|good for|better for|friendly to) the (?:environment|planet|climate|earth)/u,
    /nature'?s friend/u,
    /green(?:er|est)?/u,
    /sustainabl[ey]/u,
    /eco(?:logical(?:ly)?)?/u,
    /biodegradable/u,
    /energy[- ]efficient/u,
  ],

  notClaims: [
    // Energy carriers and finance terms with a defined meaning.
    /green (?:electricity|power|energy|hydrogen|gas|heat|steam|tariffs?)/u,
    /sustainable (?:electricity|energy|power|heat)/u,
    /sustainable aviation fuels?/u,
    /green (?:bonds?|loans?|finance|financing)/u,
    // Idiom, colour, nature, policy.
    /green (?:light|transition|deal|economy|growth|card|belt|space|spaces|area|areas|roofs?|walls?|fields?|colou?r|paint|tea|beans?|room|wave|corridors?)/u,
    /(?:village|town) green/u,
    // Lasting or financial, not environmental.
    /sustainable (?:development(?: goals)?|growth|finance|employability|employment|jobs?|peace|relationships?|returns?|pace|careers?|partnerships?|recovery)/u,
    /(?:financially|economically|socially) sustainable/u,
    // Ecology as a science.
    /(?:ecological|environmental) footprint/u,
    /ecological (?:surveys?|stud(?:y|ies)|consultan(?:cy|ts?)|advice|experts?|research|monitoring|values?|impacts?|damage|status|quality|networks?|corridors?|restoration|assessments?|transition)/u,
  ],

  future: {
    deadline: [
      /(?:by|before|no later than|not later than)\s+(?:the end of\s+|end\s+|the year\s+)?(?<year>20\d\d)/u,
    ],
    point: [
      /(?:in|from|as of|starting in|starting from|around|after|beyond)\s+(?:the year\s+)?(?<year>20\d\d)/u,
    ],
    vague: [/soon/u, /in the (?:coming|next few) years/u, /in the (?:near )?future/u],
  },

  impact: [
    /\p{L}*emissions?/u,
    /CO[2₂]/u,
    /(?:carbon|environmental) footprint/u,
    /footprint/u,
    /fossil[- ]free/u,
    /zero[- ]emissions?/u,
    /circular/u,
    /waste/u,
    /greenhouse gas(?:es)?/u,
  ],

  change: [
    /reduc\p{L}*/u,
    /cut(?:s|ting)?/u,
    /halv\p{L}*/u,
    /lower(?:s|ed|ing)/u,
    /decreas\p{L}*/u,
    /(?:to )?zero/u,
    /eliminat\p{L}*/u,
    /avoid\p{L}*/u,
    /sav(?:e|es|ed|ing)/u,
  ],

  comparatives: [/less/u, /fewer/u, /lower/u, /smaller/u, /\d+(?:[.,]\d+)?\s?(?:%|per ?cent)/u],

  negations: [/not/u, /no/u, /never/u, /non/u, /neither/u, /nor/u, /without/u, /cannot/u, /\p{L}+n't/u],

  clauseBreaks: [/and/u, /but/u, /or/u, /yet/u, /while/u, /whereas/u],

  policySubjects: [
    /EU/u,
    /European (?:Union|Commission|Parliament)/u,
    /Europe/u,
    /government/u,
    /Paris Agreement/u,
    /parliament/u,
    /ministry/u,
    /municipalit(?:y|ies)/u,
    /city council/u,
  ],

  firstPerson: [/we/u, /our/u, /ours/u, /I/u, /my/u],

  titleCues: [
    /report/u,
    /study/u,
    /survey/u,
    /titled/u,
    /entitled/u,
    /called/u,
    /named/u,
    /title/u,
    /programme/u,
    /program/u,
    /campaign/u,
    /conference/u,
    /summit/u,
    /award/u,
    /prize/u,
    /book/u,
    /guide/u,
    /handbook/u,
    /paper/u,
    /publication/u,
    /network/u,
    /foundation/u,
    /project/u,
    /initiative/u,
    /series/u,
    /podcast/u,
    /film/u,
    /documentary/u,
    /exhibition/u,
    /festival/u,
    /association/u,
    /index/u,
  ],

  figureTopics: [
    /CO[2₂]/u,
    /carbon/u,
    /emission/u,
    /greenhouse/u,
    /GHG/u,
    /energy/u,
    /electricity/u,
    /power(?!ful)/u,
    /fuel/u,
    /material/u,
    /recycl/u,
    /secondary/u,
    /waste/u,
    /water/u,
    /alumini?um/u,
    /steel/u,
    /plastic/u,
    /resource/u,
    /circular/u,
  ],

  messages: {
    directive: 'Directive 2005/29/EC (unfair commercial practices) as amended by Directive (EU) 2024/825',
    neutrality:
      '"{phrase}" is a neutrality claim: a neutral, reduced or positive climate impact, banned when it rests on offsetting greenhouse gas emissions (Annex I, point 4c of {directive}){why}; expected the release to cite evidence of kind verification with offsets: false (in evidence or on a key figure), or words that state the measured reduction instead',
    whyEvidence: '; of the cited evidence, {reasons}',
    notVerification: '"{id}" is of kind {kind}',
    reliesOnOffsets: '"{id}" relies on offsets',
    offsetsNotStated: '"{id}" does not say offsets: false',
    future:
      '"{phrase}" is a claim about future environmental performance, which needs clear, public and verifiable commitments in a detailed and realistic implementation plan, checked by an independent third-party expert (Article 6(2)(d) of {directive}){why}; expected the release to cite a target with a plan and a verifier (in targets or on a key figure)',
    whyTargets: '; of the cited targets, {reasons}',
    noPlan: '"{id}" has no plan',
    noVerifier: '"{id}" has no verifier',
    noPlanNoVerifier: '"{id}" has no plan and no verifier',
    generic:
      '"{phrase}" is a generic environmental claim, banned unless the company can show recognised excellent environmental performance such as the EU Ecolabel (Annex I, point 4a of {directive}); expected a specific claim that says what, how much and compared with what, with its evidence; or, if it is no claim (a name, a title), an entry in claimExceptions with the phrase and a reason',
    figureWithoutEvidence:
      'figure "{id}" ({label}) is about emissions or resources but cites no evidence, and environmental characteristics must not mislead (Article 6(1)(b) of {directive}); expected evidence: the id of an evidence record that says what was measured, how and by whom',
    figureOnStatement:
      'figure "{id}" is comparative (it compares with "{baseline}") but its evidence "{evidence}" is a company-statement, and a claim to be less damaging than something else needs more than the company’s word (Articles 2(o) and 6(1)(b) of {directive}); expected evidence of kind {kinds}',
    exceptionWithoutReason:
      'the exception for "{phrase}" gives no reason; expected why it is not an environmental claim (a place name, a report title, a product name)',
    exceptionUnused:
      '"{phrase}" does not occur in {where}; expected the phrase exactly as written there, or no exception',
    theRelease: 'the release',
    beforeApplication:
      ' (a warning only: the release is dated before {date}, when these rules began to apply)',
    whileDraft: ' (a warning while the release is a draft)',
  },
} satisfies ClaimVocabulary;
