/**
 * Scores from 0 to 100 per dimension and overall. Each dimension reads the findings; the overall
 * score is their weighted mean for the question type (scoring.yaml), scaled down for answers too
 * short to show much, and capped for off-topic and near-empty answers, so that a one-word or
 * off-topic answer stays under 10.
 */
import { isStoryType } from '../core/taxonomy.js';
import type { Context } from './context.js';
import type { DeliveryAnalysis } from './delivery.js';
import type { Concreteness } from './concrete.js';
import { levelOf } from './levels.js';
import type { StarAnalysis } from './star.js';
import { plural, type ThinkingAnalysis } from './thinking.js';
import { DIMENSION_IDS, STAR_PARTS, type CoachAnalysis, type DimensionId, type DimensionScore } from './types.js';

export interface ScoringInput {
  star: StarAnalysis;
  quantified: CoachAnalysis['quantified'];
  quantities: CoachAnalysis['quantities'];
  ownership: CoachAnalysis['ownership'];
  story: CoachAnalysis['story'];
  delivery: DeliveryAnalysis;
  rubric: CoachAnalysis['rubric'];
  thinking: ThinkingAnalysis;
  relevance: CoachAnalysis['relevance'];
  signposts: string[];
  integrity: CoachAnalysis['integrity'];
  concrete: Concreteness;
}

const TITLES: Record<DimensionId, string> = {
  structure: 'Structure',
  specificity: 'Specifics and evidence',
  ownership: 'Ownership',
  thinking: 'Critical thinking',
  collaboration: 'Collaboration',
  depth: 'Technical depth',
  delivery: 'Delivery',
  rubric: 'Rubric coverage',
};

function ladder(steps: readonly number[], count: number): number {
  return steps[Math.min(count, steps.length - 1)] ?? 0;
}

function clamp(value: number): number {
  return Math.max(0, Math.min(100, value));
}

/** Scales every score for answers shorter than the type needs: (words / share of the minimum) ^ exponent. */
export function substanceFactor(context: Context, words: number): number {
  const scoring = context.rules.data.scoring;
  const minWords = (scoring.types[context.type].targetSeconds[0] * context.wordsPerMinute) / 60;
  return Math.min(1, (words / Math.max(1, scoring.substanceShare * minWords)) ** scoring.substanceExponent);
}

function dimensionScores(context: Context, input: ScoringInput, factor: number): Record<DimensionId, [number, string]> {
  const scoring = context.rules.data.scoring;
  const typeRules = scoring.types[context.type];
  const behavioral = isStoryType(context.type);
  const { star, delivery, thinking } = input;

  const present = STAR_PARTS.filter((p) => star.parts[p].present);
  const starTotal = STAR_PARTS.reduce((sum, p) => sum + scoring.starWeights[p], 0) || 1;
  const structure: [number, string] = behavioral
    ? [
        (present.reduce((sum, p) => sum + scoring.starWeights[p], 0) / starTotal) * 100,
        present.length === 4 ? 'all four STAR parts' : `STAR parts present: ${present.join(', ') || 'none'}`,
      ]
    : [ladder(scoring.signpostScores, input.signposts.length), `${plural(input.signposts.length, 'signpost')}${input.signposts.length ? `: ${input.signposts.join(', ')}` : ''}`];

  const storyShare = input.story.generic ? 0 : Math.min(1, input.story.pastTenseActions / 3);
  const specificity: [number, string] = behavioral
    ? [
        storyShare * 50 + (input.quantified.present ? 50 : star.parts.result.present ? 10 : 0),
        `${input.story.generic ? 'generic answer' : `${plural(input.story.pastTenseActions, 'step')} of a real story`}; result ${input.quantified.present ? 'quantified' : 'not quantified'}`,
      ]
    : [ladder(scoring.quantityScores, input.quantities.length), `${plural(input.quantities.length, 'amount')} named`];

  const wrong = input.integrity.numbers.length;
  if (wrong > 0) {
    specificity[0] = Math.max(0, specificity[0] - wrong * scoring.wrongNumberPenalty);
    specificity[1] += `; ${plural(wrong, 'number')} that cannot be right`;
  }

  const { i, we, weHeavy, verdict } = input.ownership;
  // Steps told only with "we": the story hides the candidate. With no steps at all, the story itself
  // is what is missing, and Specifics says so.
  const unclear = verdict === 'unclear' && input.story.pastTenseActions > 0;
  const ownership: [number, string] = [
    i + we === 0 ? 0 : Math.min(unclear ? scoring.unclearOwnershipMax : weHeavy ? 35 : 100, (i / (i + we) / 0.6) * 100),
    `"I" ${plural(i, 'time')}, "we" ${plural(we, 'time')}${unclear ? '; no step told with "I"' : ''}`,
  ];

  const kinds = (['tradeoffs', 'alternatives', 'risks', 'metrics'] as const).filter((k) => thinking.thinking[k].present);
  const thinkingScore: [number, string] = [kinds.length * scoring.thinkingPointsPerKind, kinds.length ? `names ${kinds.join(', ')}` : 'no trade-offs, alternatives, risks or metrics'];

  const collaboration: [number, string] = [
    ladder(scoring.collaborationScores, thinking.collaboration.spans.length),
    `${plural(thinking.collaboration.spans.length, 'sign')} of working with others`,
  ];

  const needed = typeRules.technicalTermsForDepth;
  const depth: [number, string] = [needed === 0 ? 100 : (thinking.technicalTerms.length / needed) * 100, plural(thinking.technicalTerms.length, 'technical term')];

  const d = scoring.delivery;
  const { minSeconds, maxSeconds } = delivery.target;
  const length =
    delivery.target.verdict === 'short'
      ? (delivery.speakingSeconds / minSeconds) * 100
      : delivery.target.verdict === 'long'
        ? Math.max(d.overLengthFloor, 100 - d.overLengthPenalty * (((delivery.speakingSeconds - maxSeconds) / maxSeconds) * 10))
        : 100;
  const penalty = Math.min(
    d.maxPenalty,
    Math.max(0, delivery.fillers.perMinute - d.fillerAllowancePerMinute) * d.fillerPenaltyPerMinute +
      Math.max(0, delivery.hedges.perMinute - d.hedgeAllowancePerMinute) * d.hedgePenaltyPerMinute +
      Math.max(0, delivery.repeatedWords.length - d.repeatedWordAllowance) * d.repeatedWordPenalty +
      delivery.readability.longSentences.length * d.longSentencePenalty +
      (delivery.readability.readingEase < d.hardReadingEase ? d.hardReadingPenalty : 0) +
      (delivery.jargon.applies ? delivery.jargon.perHundredWords * d.jargonPenaltyPerHundredWords : 0),
  );
  const clarity = (100 - penalty) * (delivery.target.verdict === 'short' ? factor : 1);
  const deliveryScore: [number, string] = [
    d.lengthWeight * length + (1 - d.lengthWeight) * clarity,
    `${delivery.speakingSeconds} s against ${minSeconds}-${maxSeconds} s; ${plural(delivery.fillers.count, 'filler')}, ${plural(delivery.hedges.count, 'hedge')}`,
  ];

  const full = scoring.rubricSignalsForFull;
  const covered = input.rubric.filter((p) => p.covered).length;
  const rubric: [number, string] = [
    input.rubric.length === 0 ? 0 : (input.rubric.reduce((sum, p) => sum + Math.min(1, p.signals.length / full), 0) / input.rubric.length) * 100,
    `${covered} of ${input.rubric.length} rubric points covered`,
  ];

  return { structure, specificity, ownership, thinking: thinkingScore, collaboration, depth, delivery: deliveryScore, rubric };
}

export function scoreAnswer(context: Context, input: ScoringInput): { score: number; dimensions: DimensionScore[] } {
  const scoring = context.rules.data.scoring;
  const weights = scoring.types[context.type].weights;
  const factor = substanceFactor(context, input.delivery.words);
  const raw = dimensionScores(context, input, factor);
  const dimensions: DimensionScore[] = [];
  let weighted = 0;
  let totalWeight = 0;
  for (const id of DIMENSION_IDS) {
    const weight = id === 'rubric' && input.rubric.length === 0 ? 0 : weights[id];
    if (weight === 0) continue;
    const [value, basis] = raw[id];
    const score = Math.round(clamp(value));
    const level = levelOf(score);
    dimensions.push({ id, title: TITLES[id], score, level: level.title, levelId: level.id, weight, basis });
    weighted += weight * clamp(value);
    totalWeight += weight;
  }
  // A full-length answer whose sentences carry few concrete details (numbers, names, dates,
  // technical terms) is padding around little: it keeps only part of its score, however well shaped.
  const concrete = input.concrete;
  const rule = scoring.concrete;
  // Only an answer long enough to judge is read this way: a short one is already scaled for length.
  const commonplaceShare = concrete.sentences === 0 ? 0 : concrete.platitudes.length / concrete.sentences;
  const commonplaceFactor = 1 - rule.platitudePenalty.perShare * Math.max(0, commonplaceShare - rule.platitudePenalty.freeShare);
  const concreteFactor = factor < 1 ? 1 : (rule.floor + (1 - rule.floor) * Math.min(1, concrete.share / rule.target)) * commonplaceFactor;
  const specifics = dimensions.find((d) => d.id === 'specificity');
  if (specifics) {
    specifics.basis += `; ${concrete.concrete} of ${plural(concrete.sentences, 'sentence')} with a concrete detail`;
    if (concrete.platitudes.length > 0) specifics.basis += `, ${concrete.platitudes.length} built on a commonplace`;
  }
  let score = totalWeight > 0 ? (weighted / totalWeight) * factor * concreteFactor : 0;
  if (input.delivery.speakingSeconds < scoring.shortCap.belowShare * input.delivery.target.minSeconds) score = Math.min(score, scoring.shortCap.maxScore);
  if (input.relevance.offTopic) score = Math.min(score, scoring.offTopicCap);
  if (input.relevance.tooShort) score = Math.min(score, scoring.tooShortCap);
  score = Math.min(score, integrityCap(context, input));
  return { score: Math.round(clamp(score)), dimensions };
}

/** The highest score the integrity findings allow: each names its cap in integrity.yaml. */
export function integrityCap(context: Context, input: ScoringInput): number {
  const rule = context.rules.data.integrity;
  const { integrity, relevance } = input;
  let cap = 100;
  if (integrity.language === 'other') cap = 0;
  if (relevance.otherQuestion) cap = Math.min(cap, rule.otherQuestion.cap);
  if (relevance.competency && !relevance.competency.shown) cap = Math.min(cap, rule.competency.missingCap);
  if (integrity.keywordList.flagged) cap = Math.min(cap, rule.keywordList.cap);
  if (integrity.recited.flagged) cap = Math.min(cap, rule.recital.cap);
  if (integrity.numbers.length > 0) cap = Math.min(cap, rule.numbers.cap);
  if (integrity.repeated.share >= rule.repetition.minShare) cap = Math.min(cap, rule.repetition.cap);
  return cap;
}
