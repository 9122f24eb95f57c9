/**
 * analyzeAnswer: the whole coach in one pure, deterministic, synchronous call (after the one-time
 * load of the language model and the rule files).
 */
import { InvalidInputError, LimitError } from '../core/errors.js';
import { isStoryType, LEVEL_IDS, QUESTION_TYPE_IDS, type LevelId as TargetLevel, type QuestionType } from '../core/taxonomy.js';
import { concretenessOf } from './concrete.js';
import { buildContext, spanOf } from './context.js';
import { analyzeDelivery } from './delivery.js';
import { buildFeedback, chooseFollowUps } from './feedback.js';
import { analyzeInsights } from './insights.js';
import { levelOf } from './levels.js';
import { analyzeOwnership } from './ownership.js';
import { longestFirst } from './phrase-matcher.js';
import { findQuantities, measureAmounts } from './quantities.js';
import { analyzeRelevance } from './relevance.js';
import { analyzeRubric } from './rubric.js';
import { readScope } from './scope.js';
import { loadCoachRules, type CoachRules } from './rules-load.js';
import { scoreAnswer, type ScoringInput } from './scoring.js';
import { analyzeStar } from './star.js';
import { analyzeStory } from './story.js';
import type { QuestionBank } from './bank-fit.js';
import { bankFitOf, integrityOf } from './integrity.js';
import { claimsOnly, findKeywordLists } from './keyword-lists.js';
import { languageOf } from './language.js';
import { scoredText } from './repeats.js';
import { analyzeThinking, mistakeChecks } from './thinking.js';
import { STAR_PARTS, type CoachAnalysis, type RubricPointInput, type Span } from './types.js';

/** Hard limits on what one call analyzes; past them the call fails with a LimitError. */
export const COACH_LIMITS = {
  maxAnswerChars: 20_000,
  maxPromptChars: 4_000,
  maxRubricPoints: 12,
  maxSignalsPerPoint: 40,
} as const;

export interface AnalyzeOptions {
  /** The question type: decides the target length, the weights and which checks apply. */
  type: QuestionType;
  /** The question's rubric points, to report coverage with evidence. */
  rubric?: readonly RubricPointInput[];
  /** The question as asked: used for relevance and to see whether it asks for a simple explanation. */
  prompt?: string;
  /** Rules from loadCoachRules(dir); defaults to content/coach. */
  rules?: CoachRules;
  /** The asked question's id in `bank`. */
  questionId?: string;
  /** The question's model outline: an answer that mostly recites it earns little. */
  outline?: readonly string[];
  /** Behavioral: what a story must show to answer the question at all. */
  competency?: { name: string; signals: readonly string[] };
  /** The whole question bank (buildQuestionBank), to tell which question the answer fits. */
  bank?: QuestionBank;
  /**
   * Spoken answers (the default) earn rubric credit only for claims, never for keyword lists. Written
   * notes (an exercise's design sections) are lists by nature: pass false to credit them.
   */
  claims?: boolean;
  /** The level the candidate aims for: a story's scope is read against it. */
  targetLevel?: TargetLevel | null;
}

function validate(text: unknown, options: AnalyzeOptions): void {
  if (typeof text !== 'string') throw new InvalidInputError('The answer must be a string of text.');
  if (!QUESTION_TYPE_IDS.includes(options.type)) {
    throw new InvalidInputError(`Unknown question type "${String(options.type)}". Use one of: ${QUESTION_TYPE_IDS.join(', ')}.`);
  }
  if (options.targetLevel && !LEVEL_IDS.includes(options.targetLevel)) {
    throw new InvalidInputError(`Unknown target level "${String(options.targetLevel)}". Use one of: ${LEVEL_IDS.join(', ')}.`);
  }
  if (text.length > COACH_LIMITS.maxAnswerChars) {
    throw new LimitError(`The answer has ${text.length} characters; the coach analyzes at most ${COACH_LIMITS.maxAnswerChars}. Shorten it.`);
  }
  if ((options.prompt?.length ?? 0) > COACH_LIMITS.maxPromptChars) {
    throw new LimitError(`The prompt has ${options.prompt?.length} characters; at most ${COACH_LIMITS.maxPromptChars} are allowed.`);
  }
  const rubric = options.rubric ?? [];
  if (rubric.length > COACH_LIMITS.maxRubricPoints) {
    throw new LimitError(`The rubric has ${rubric.length} points; at most ${COACH_LIMITS.maxRubricPoints} are allowed.`);
  }
  for (const point of rubric) {
    if (typeof point.point !== 'string' || !Array.isArray(point.signals)) {
      throw new InvalidInputError('Each rubric point needs a "point" string and a "signals" list.');
    }
    if (point.signals.length > COACH_LIMITS.maxSignalsPerPoint) {
      throw new LimitError(`Rubric point "${point.point}" has ${point.signals.length} signals; at most ${COACH_LIMITS.maxSignalsPerPoint} are allowed.`);
    }
  }
}

/**
 * Analyzes one answer. Spans in the result are [start, end) character offsets into `text`.
 *
 * @example
 * const analysis = analyzeAnswer('At my last company...', { type: 'behavioral' });
 * analysis.star.result.present; // true or false, with analysis.star.result.spans as evidence
 */
export function analyzeAnswer(text: string, options: AnalyzeOptions): CoachAnalysis {
  validate(text, options);
  const rules = options.rules ?? loadCoachRules();
  // Repeated sentences and text past what the type can use are blanked: they earn nothing.
  const scored = scoredText(text, rules, rules.data.scoring.types[options.type].targetSeconds[1]);
  const context = buildContext(scored.text, rules, options.type, options.prompt ?? '', options.rubric ?? [], text, scored.words);
  const question = { ...(options.questionId ? { id: options.questionId } : {}), ...(options.outline ? { outline: options.outline } : {}), ...(options.competency ? { competency: options.competency } : {}) };

  const language = languageOf(text, context.parsed.words, rules);
  const matched = analyzeRubric(context);
  const lists = options.claims === false ? { spans: [], signalSentences: 0, flagged: false } : findKeywordLists(context, matched);
  // A sentence built on a commonplace covers no rubric point: "it depends" compares nothing.
  const concrete = concretenessOf(context);
  const rubric = claimsOnly(context, matched, [...lists.spans, ...concrete.platitudes]);
  const english = language === 'english';
  const base = analyzeRelevance(context, rubric);
  // An answer about nothing in the bank is off-topic; naming a question it "fits" would mislead.
  const relevance = { ...base, ...(english && !base.offTopic && !base.tooShort ? bankFitOf(context, question, options.bank) : {}) };
  if (!english) relevance.offTopic = false;
  const integrity = integrityOf(context, language, scored, lists, question, options.bank);
  const found = findQuantities(context);
  const star = analyzeStar(context, found);
  const story = analyzeStory(context, star);
  const elsewhere = relevance.offTopic || relevance.tooShort || !english || relevance.otherQuestion !== undefined;
  // An off-topic story earns no structure: its parts are not parts of an answer to this question.
  // Nor does a generic answer: "I would set up a meeting" is not the Action of a story.
  if (elsewhere || story.generic) {
    for (const part of STAR_PARTS) star.parts[part] = { present: false, spans: [], words: 0, seconds: 0, share: 0 };
  }
  const badNumbers = integrity.numbers.map((n) => n.span);
  const amounts = measureAmounts(context, found, star.parts.result.spans, relevance.offTopic);
  // A number that cannot be true is not evidence.
  const quantities = amounts.quantities.filter((q) => !badNumbers.some(([s, e]) => q.span[0] < e && s < q.span[1]));
  const quantifiedSpans = amounts.quantified.spans.filter((span) => quantities.some((q) => q.span[0] === span[0]));
  const quantified = { present: quantifiedSpans.length > 0, spans: quantifiedSpans };
  const ownership = analyzeOwnership(context, star);
  const delivery = analyzeDelivery(context);
  const thinking = analyzeThinking(context);
  // Off-topic or near-empty: no credit for the reasoning or teamwork of an answer to something else;
  // and a keyword list names trade-offs without weighing any.
  const listed = (span: Span): boolean => lists.spans.some(([s, e]) => span[0] >= s && span[1] <= e);
  for (const kind of ['tradeoffs', 'alternatives', 'risks', 'metrics'] as const) {
    const spans = elsewhere ? [] : thinking.thinking[kind].spans.filter((span) => !listed(span));
    thinking.thinking[kind] = { present: spans.length > 0, spans };
  }
  const together = elsewhere ? [] : thinking.collaboration.spans.filter((span) => !listed(span));
  thinking.collaboration = { present: together.length > 0, spans: together };
  const checks = mistakeChecks(context, thinking, delivery);
  const signposts = [...new Set(longestFirst(context.hits.signpost).map((hit) => context.text.slice(...spanOf(hit)).toLowerCase()))];

  const input: ScoringInput = { star, quantified, quantities, ownership, story, delivery, rubric, thinking, relevance, signposts, integrity, concrete };
  const { score, dimensions } = scoreAnswer(context, input);
  const level = levelOf(score);

  return {
    type: options.type,
    score,
    level: level.title,
    levelId: level.id,
    dimensions,
    star: star.parts,
    quantified,
    quantities,
    ownership,
    story,
    ...delivery,
    rubric,
    ...thinking,
    checks,
    relevance,
    integrity,
    insights: analyzeInsights(context, rubric, thinking),
    feedback: buildFeedback(context, input, checks),
    followUps: chooseFollowUps(context, input, checks),
    // An answer to something else says nothing about the scope of a story for this question.
    ...(isStoryType(options.type) ? { scope: readScope(elsewhere ? '' : text, rules, options.targetLevel ?? null) } : {}),
  };
}

/** Loads the language model and the rules now, so the first real call is fast. */
export function warmUpCoach(rules?: CoachRules): void {
  analyzeAnswer('I led the launch and we cut latency by 20%.', { type: 'behavioral', ...(rules ? { rules } : {}) });
}
