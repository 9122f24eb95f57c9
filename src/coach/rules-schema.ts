/**
 * The shape of every rule file under content/coach/. The files hold all lexicons and thresholds;
 * these schemas are the contract the analysis code relies on.
 */
import { z } from 'zod';
import { QUESTION_TYPE_IDS } from '../core/taxonomy.js';
import { CHECK_IDS, DIMENSION_IDS, SCOPE_KINDS } from './types.js';

const phrase = z.string().trim().min(1, 'a phrase cannot be empty');
const phrases = z.array(phrase).min(1, 'list at least one phrase');
const share = z.number().min(0).max(1);
const positive = z.number().positive();
const nonNegative = z.number().min(0);
const range = z.tuple([nonNegative, nonNegative]).refine(([low, high]) => low <= high, 'the range must be [low, high]');

export const FILLER_CONTEXTS = ['comma', 'sentence-start-comma'] as const;

export const deliverySchema = z.strictObject({
  wordsPerMinute: positive,
  fillers: z.array(z.union([phrase, z.strictObject({ phrase, when: z.enum(FILLER_CONTEXTS) })])).min(1),
  hedges: phrases,
  thresholds: z.strictObject({
    fillerHeavyPerMinute: positive,
    fillerHeavyMinCount: z.int().min(1),
    hedgeHeavyPerMinute: positive,
    hedgeHeavyMinCount: z.int().min(1),
    repeatedWordMinCount: z.int().min(2),
    repeatedWordMinLength: z.int().min(1),
    longSentenceWords: z.int().min(5),
    plainReadingEase: z.number(),
    topWords: z.int().min(1).max(50),
    jargonHeavyPerHundredWords: positive,
    jargonHeavyMinCount: z.int().min(1),
  }),
});

export const quantitiesSchema = z.strictObject({
  numberWords: phrases,
  namingCounts: phrases,
  fractionGuards: phrases,
  singularWords: phrases,
  singularUnits: phrases,
  fractions: phrases,
  multipliers: phrases,
  units: phrases,
  durationUnits: phrases,
  percentUnits: phrases,
  moneyUnits: phrases,
  multiplierUnits: phrases,
  zeroWords: phrases,
  zeroNouns: phrases,
  yearContext: phrases,
  dateWords: phrases,
  changeWords: phrases,
});

const cueSet = z.strictObject({ weight: positive, phrases, weak: z.array(phrase).default([]) });

export const starSchema = z.strictObject({
  threshold: positive,
  clauseMarks: z.array(z.string().min(1)).min(1),
  commaBreaks: phrases,
  conjunctions: phrases,
  subjectPronouns: phrases,
  cues: z.strictObject({ situation: cueSet, task: cueSet, action: cueSet, result: cueSet }),
  changeVerbs: phrases,
  samePastForms: phrases,
  presentForms: phrases,
  stateVerbs: phrases,
  hypothetical: phrases,
  features: z.strictObject({
    firstPersonAction: nonNegative,
    teamAction: nonNegative,
    pastState: nonNegative,
    otherPast: nonNegative,
    otherPastShare: share,
    changeVerb: nonNegative,
    anyQuantity: nonNegative,
    changeQuantity: nonNegative,
    opening: nonNegative,
    yearMention: nonNegative,
    closing: nonNegative,
    openingShare: share,
    closingShare: share,
    resultNeedsPast: z.boolean(),
    outcomeVerb: nonNegative,
    outcomeShare: share,
    openingSentenceSituation: z.boolean(),
    openingMinWords: z.int().min(1),
  }),
  outcomeVerbs: phrases,
  labels: z.strictObject({ situation: phrases, task: phrases, action: phrases, result: phrases }),
  presentResultCues: phrases,
  narrativePresent: z.strictObject({ minSteps: z.int().min(1), maxPastShare: share, maxGeneric: z.int().min(0), anchors: phrases }),
  irregularPast: phrases,
  pastPrefixes: phrases,
  split: z.strictObject({ situation: range, task: range, action: range, result: range }),
});

export const ownershipSchema = z.strictObject({
  i: phrases,
  we: phrases,
  subjectI: phrases,
  subjectWe: phrases,
  weHeavy: z.strictObject({ minWe: z.int().min(1), minWeShare: share }),
});

export const storySchema = z.strictObject({
  genericPhrases: phrases,
  minWords: z.int().min(1),
  minGenericEvidence: positive,
  presentHabitWeight: nonNegative,
  habitVerbsIgnored: phrases,
});

export const termsSchema = z.strictObject({
  tpmTerms: phrases,
  technicalTerms: phrases,
  jargon: phrases,
  plainAbbreviations: phrases,
  workWords: phrases,
  explainSimply: z.strictObject({ verbs: phrases, audiences: phrases }),
  promptIgnore: phrases,
});

export const thinkingSchema = z.strictObject({
  tradeoffs: phrases,
  alternatives: phrases,
  metrics: phrases,
  risks: phrases,
  collaboration: phrases,
  roles: phrases,
  roleLinks: phrases,
  roleWindow: z.int().min(1).max(10),
  prepositionLinks: phrases,
  roleDeterminers: phrases,
  comparisons: phrases,
  comparisonFollowers: phrases,
  clauseEnders: z.array(z.string().min(1)).min(1),
  signposts: phrases,
});

const weights = z.strictObject(
  Object.fromEntries(DIMENSION_IDS.map((id) => [id, nonNegative])) as Record<(typeof DIMENSION_IDS)[number], typeof nonNegative>,
);

const typeRules = z.strictObject({
  targetSeconds: range,
  technicalTermsForDepth: z.int().min(0),
  checks: z.array(z.enum(CHECK_IDS)),
  weights,
});

const ladder = z.array(nonNegative).min(2);

export const scoringSchema = z.strictObject({
  types: z.strictObject(
    Object.fromEntries(QUESTION_TYPE_IDS.map((id) => [id, typeRules])) as Record<(typeof QUESTION_TYPE_IDS)[number], typeof typeRules>,
  ),
  starWeights: z.strictObject({ situation: nonNegative, task: nonNegative, action: nonNegative, result: nonNegative }),
  signpostScores: ladder,
  quantityScores: ladder,
  thinkingPointsPerKind: positive,
  collaborationScores: ladder,
  rubricSignalsForFull: z.int().min(1),
  delivery: z.strictObject({
    lengthWeight: share,
    fillerPenaltyPerMinute: nonNegative,
    fillerAllowancePerMinute: nonNegative,
    hedgePenaltyPerMinute: nonNegative,
    hedgeAllowancePerMinute: nonNegative,
    repeatedWordPenalty: nonNegative,
    repeatedWordAllowance: z.int().min(0),
    longSentencePenalty: nonNegative,
    hardReadingPenalty: nonNegative,
    hardReadingEase: z.number(),
    jargonPenaltyPerHundredWords: nonNegative,
    maxPenalty: z.number().min(0).max(100),
    overLengthPenalty: nonNegative,
    overLengthFloor: z.number().min(0).max(100),
  }),
  substanceShare: positive,
  concrete: z.strictObject({ target: share, floor: share, platitudes: phrases, minToSay: z.int().min(1), platitudePenalty: z.strictObject({ freeShare: share, perShare: share }) }),
  substanceExponent: z.number().positive().max(1),
  shortCap: z.strictObject({ belowShare: share, maxScore: z.number().min(0).max(100) }),
  tooShortWords: z.int().min(0),
  tooShortCap: z.number().min(0).max(100),
  offTopicCap: z.number().min(0).max(100),
  wrongNumberPenalty: nonNegative,
  unclearOwnershipMax: z.number().min(0).max(100),
  offTopic: z.strictObject({ minWords: z.int().min(1), perWords: z.int().min(1), minHits: positive }),
});

export const GAP_IDS = [
  'no-story',
  'no-result',
  'result-not-quantified',
  'we-heavy',
  'no-action',
  'no-task',
  'no-situation',
  'rubric-point',
  'no-tradeoffs',
  'no-alternatives',
  'no-risks',
  'no-metrics',
  'no-collaboration',
  'no-technical-depth',
  'not-simple',
] as const;
export type GapId = (typeof GAP_IDS)[number];

export const followUpsSchema = z.strictObject({
  maxFollowUps: z.int().min(0).max(10),
  gaps: z
    .array(z.strictObject({ gap: z.enum(GAP_IDS), question: phrase }))
    .refine((gaps) => GAP_IDS.every((id) => gaps.some((g) => g.gap === id)), `list a question for every gap: ${GAP_IDS.join(', ')}`),
});

export const MESSAGE_IDS = [
  'star-part-present',
  'star-part-missing-situation',
  'star-part-missing-task',
  'star-part-missing-action',
  'star-part-missing-result',
  'result-quantified',
  'result-not-quantified',
  'we-heavy',
  'ownership-good',
  'generic',
  'platitudes',
  'real-story',
  'situation-too-long',
  'action-too-short',
  'length-short',
  'length-long',
  'length-ok',
  'fillers',
  'hedges',
  'repeated-word',
  'long-sentence',
  'hard-to-read',
  'jargon',
  'simple-ok',
  'rubric-covered',
  'rubric-missing',
  'tradeoffs-named',
  'alternatives-named',
  'no-critical-thinking',
  'risks-named',
  'metrics-named',
  'no-metrics',
  'collaboration-named',
  'no-collaboration',
  'technical-depth-ok',
  'no-technical-depth',
  'off-topic',
  'too-short',
  'not-english',
  'other-question',
  'asked-fits-poorly',
  'competency-missing',
  'competency-shown',
  'keyword-list',
  'recited',
  'repeated',
  'surplus',
  'ownership-unclear',
] as const;
export type MessageId = (typeof MESSAGE_IDS)[number];

export const messagesSchema = z.strictObject(
  Object.fromEntries(MESSAGE_IDS.map((id) => [id, phrase])) as Record<MessageId, typeof phrase>,
);

export const llmSchema = z.strictObject({
  label: phrase,
  systemPrompt: phrase,
  userTemplate: phrase.refine((t) => t.includes('{answer}'), 'the template must include {answer}'),
});

const cap = z.number().min(0).max(100);

export const integritySchema = z.strictObject({
  language: z.strictObject({ minWords: z.int().min(1), minOtherShare: share, otherWords: phrases, englishWords: phrases }),
  numbers: z.strictObject({ maxGrowthPercent: positive, arithmeticTolerance: z.number().min(1), cap }),
  keywordList: z.strictObject({
    minSignals: z.int().min(1),
    listCommas: z.int().min(1),
    listMaxOwnShare: share,
    verblessSignals: z.int().min(2),
    denseSignals: z.int().min(2),
    denseMaxOwnShare: share,
    restatedMinWords: z.int().min(1),
    restatedMaxWords: z.int().min(1),
    answerShare: share,
    minWords: z.int().min(1),
    cap,
    emptyWords: phrases,
  }),
  recital: z.strictObject({ shingle: z.int().min(2).max(8), minShare: share, minWords: z.int().min(1), cap }),
  otherQuestion: z.strictObject({ maxAskedShare: share, minWords: z.int().min(1), cap }),
  competency: z.strictObject({ missingCap: cap, typeRankShown: z.int().min(1), minShareShown: share, minSignals: z.int().min(1), maxAskedShare: share }),
  surplus: z.strictObject({ overTarget: z.number().min(1), keepLastSentences: z.int().min(0) }),
  repetition: z.strictObject({ minShare: share, cap }),
});

/** Each rule file and the schema it must satisfy. */
const levelBar = z.strictObject({ senior: positive, staff: positive }).refine((b) => b.senior <= b.staff, 'senior must be at most staff');
const levelRule = z.strictObject({ minEvidence: z.int().min(1), needsKind: z.array(z.enum(SCOPE_KINDS)).min(1) });
const numberTable = z.record(phrase, positive);

export const scopeSchema = z.strictObject({
  reach: z.strictObject({ team: phrases, org: phrases, orgs: phrases, company: phrases }),
  numberWords: numberTable,
  people: phrases,
  teams: phrases,
  orgs: phrases,
  durations: numberTable,
  money: numberTable,
  ambiguity: phrases,
  direction: phrases,
  thresholds: z.strictObject({ people: levelBar, teams: levelBar, orgs: levelBar, money: levelBar, months: levelBar }),
  readsAs: z.strictObject({ senior: levelRule, staff: levelRule }),
  messages: z.strictObject({
    none: phrase,
    noTarget: phrase,
    below: phrase,
    on: phrase,
    above: phrase,
    missing: z.strictObject({ mid: phrase, senior: phrase, staff: phrase }),
  }),
});

export const DRILL_KINDS = ['design', 'broke', 'cost', 'change', 'disagreed'] as const;

export const drillSchema = z
  .strictObject({
    deeperBelow: z.number().min(0).max(100),
    maxAnswers: z.int().min(1).max(20),
    steps: z
      .array(z.strictObject({ kind: z.enum(DRILL_KINDS), title: phrase, ask: phrase, deeper: phrase, wantsNumber: z.boolean() }))
      .min(3, 'a drill needs at least three lines of questioning'),
  })
  .refine((d) => new Set(d.steps.map((s) => s.kind)).size === d.steps.length, 'each kind of step appears once');

export const RULE_FILES = {
  delivery: deliverySchema,
  quantities: quantitiesSchema,
  star: starSchema,
  ownership: ownershipSchema,
  story: storySchema,
  terms: termsSchema,
  thinking: thinkingSchema,
  scoring: scoringSchema,
  followups: followUpsSchema,
  messages: messagesSchema,
  llm: llmSchema,
  integrity: integritySchema,
  scope: scopeSchema,
  drill: drillSchema,
} as const;

export type RuleFileId = keyof typeof RULE_FILES;
export type RuleData = { [K in RuleFileId]: z.infer<(typeof RULE_FILES)[K]> };
