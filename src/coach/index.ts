/**
 * The answer coach: honest feedback with evidence. Public entry for app/, the CLI and the server.
 *
 * - analyzeAnswer(text, { type, rubric?, prompt?, rules? }) -> CoachAnalysis (pure, deterministic)
 * - loadCoachRules(dir?) -> the validated rule files of content/coach (throws ContentError)
 * - warmUpCoach() loads the language model and rules ahead of the first call
 * - LEVELS / levelOf: the closed set of levels
 * - createLlmCritic(config): the optional language-model critique (off unless configured)
 */
export { analyzeAnswer, warmUpCoach, COACH_LIMITS, type AnalyzeOptions } from './analyze.js';
export { buildQuestionBank, rankBank, type BankQuestion, type QuestionBank } from './bank-fit.js';
export { loadCoachRules, DEFAULT_RULES_DIR, type CoachRules } from './rules-load.js';
export { LEVELS, levelOf, type LevelId, type LevelTitle } from './levels.js';
export * from './types.js';
export {
  createLlmCritic,
  chatCompletion,
  chatEndpointOf,
  LLM_FAILURES,
  type ChatOutcome,
  type LlmFailure,
  llmConfigSchema,
  LLM_LIMITS,
  type LlmConfig,
  type LlmCritic,
  type LlmCritique,
  type CritiqueRequest,
} from './llm.js';
export { readScope, findScopeEvidence, levelOfEvidence } from './scope.js';
