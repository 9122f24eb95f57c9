import { z } from 'zod';
import { analyzeAnswer, buildQuestionBank, loadCoachRules, createLlmCritic, llmConfigSchema, type CoachAnalysis, type CoachRules, type QuestionBank, type LlmConfig, type LlmCritique } from '../../coach/index.js';
import { InvalidInputError, UnavailableError } from '../../core/errors.js';
import { LEVEL_IDS, QUESTION_TYPE_IDS, type QuestionType } from '../../core/taxonomy.js';
import type { Question } from '../../content/index.js';
import { heardOrTyped, type Provenance } from '../../speech/index.js';
import { ANSWER_MAX_CHARS } from '../attempts/answer-limits.js';
import { parseInput } from '../validate.js';

export const coachInputSchema = z.strictObject({
  text: z.string().max(ANSWER_MAX_CHARS, `an answer is limited to ${ANSWER_MAX_CHARS} characters`),
  questionId: z.string().min(1).optional(),
  type: z.enum(QUESTION_TYPE_IDS).optional(),
  /** The level the candidate aims for (mid, senior, staff): a story's scope is read against it. */
  targetLevel: z.enum(LEVEL_IDS).optional(),
  /** The transcript as the recogniser heard it, when the answer was spoken: the coach tells heard words from typed ones. */
  heard: z.string().max(ANSWER_MAX_CHARS, `heard is limited to ${ANSWER_MAX_CHARS} characters`).optional(),
});

/** The type used when neither a question nor a type is given: a STAR answer, the most common practice. */
export const DEFAULT_COACH_TYPE: QuestionType = 'behavioral';

export interface CoachResult extends CoachAnalysis {
  questionId: string | null;
  /** For a spoken answer: how many words were heard in the recording and which were typed afterwards. */
  spoken?: Provenance;
}

/**
 * Reads the optional language-model settings from the environment. Nothing is configured by default,
 * and then nothing leaves the machine.
 */
export function llmConfigFromEnv(env: NodeJS.ProcessEnv = process.env): LlmConfig | undefined {
  if (!env.TPMPREP_LLM_URL && !env.TPMPREP_LLM_MODEL) return undefined;
  const raw = {
    baseUrl: env.TPMPREP_LLM_URL,
    model: env.TPMPREP_LLM_MODEL,
    apiKey: env.TPMPREP_LLM_KEY || undefined,
    timeoutMs: env.TPMPREP_LLM_TIMEOUT_MS ? Number(env.TPMPREP_LLM_TIMEOUT_MS) : undefined,
  };
  const parsed = llmConfigSchema.safeParse(raw);
  if (!parsed.success) {
    const details = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new InvalidInputError(`the language model settings (TPMPREP_LLM_URL, TPMPREP_LLM_MODEL, TPMPREP_LLM_KEY, TPMPREP_LLM_TIMEOUT_MS) are invalid: ${details}`);
  }
  return parsed.data;
}

/** The model's settings: fixed, or read when needed (from Settings, which can change while the server runs). */
export type LlmSource = LlmConfig | undefined | (() => Promise<LlmConfig | undefined>);

/** Bank indexes by question list: every app over the same content shares one. */
const banks = new WeakMap<readonly Question[], { rules: CoachRules; index: QuestionBank }>();
let banksBuilt = 0;

/** How many bank indexes this process has built: one per question list, however many people use it. */
export const questionBanksBuilt = (): number => banksBuilt;

/**
 * The index of a question list, built on first use and then shared: in hosted mode every person's
 * app reads the same content, and building the index costs a few hundred milliseconds of CPU.
 */
export function questionBankFor(source: readonly Question[], rules: CoachRules = loadCoachRules()): QuestionBank {
  let bank = banks.get(source);
  if (!bank || bank.rules !== rules) {
    bank = { rules, index: buildQuestionBank(source, rules) };
    banksBuilt++;
    banks.set(source, bank);
  }
  return bank.index;
}

export function coachOperations(getQuestion: (id: string) => Question, llm?: LlmSource, allQuestions: () => readonly Question[] = () => []) {
  const fixed = typeof llm === 'function' ? undefined : llm ? createLlmCritic(llm) : undefined;
  const criticNow = async () => (typeof llm === 'function' ? createLlmCritic(await llm()) : fixed);
  // The bank index is built on the first analysis against a question, then reused.
  const bankFor = (): QuestionBank => questionBankFor(allQuestions());

  /** Checks the request (the body, the question, the type) before anything is computed. */
  function parse(raw: unknown) {
    const input = parseInput(coachInputSchema, raw, 'coach request');
    const question = input.questionId ? getQuestion(input.questionId) : undefined;
    if (question && input.type && input.type !== question.type) {
      throw new InvalidInputError(`question "${question.id}" is a ${question.type} question; leave out the type or use ${question.type}`);
    }
    return { input, question };
  }

  function run(raw: unknown) {
    const { input, question } = parse(raw);
    const analysis = analyzeAnswer(input.text, {
      type: question?.type ?? input.type ?? DEFAULT_COACH_TYPE,
      rubric: question?.rubric,
      prompt: question?.prompt,
      ...(question ? { questionId: question.id, outline: question.outline, bank: bankFor() } : {}),
      ...(question?.competency ? { competency: question.competency } : {}),
      ...(input.targetLevel ? { targetLevel: input.targetLevel } : {}),
    });
    return { input, question, analysis };
  }

  /** Analyzes an answer, against a question's rubric when one is named. */
  function analyze(raw: unknown): CoachResult {
    const { input, question, analysis } = run(raw);
    return { questionId: question?.id ?? null, ...analysis, ...(input.heard !== undefined ? { spoken: heardOrTyped(input.heard, input.text) } : {}) };
  }

  /** The optional model's critique, beside (never merged into) the coach's own findings. */
  async function critique(raw: unknown): Promise<LlmCritique> {
    // A bad request is the caller's to fix whatever the configuration, so it is checked first.
    parse(raw);
    const critic = await criticNow();
    if (!critic) {
      throw new UnavailableError('no language model is configured; add one in Settings (tpmprep settings set llm.baseUrl http://127.0.0.1:11434/v1, then llm.model) or set TPMPREP_LLM_URL and TPMPREP_LLM_MODEL to add its critique');
    }
    const { input, question, analysis } = run(raw);
    return critic.critique({ answer: input.text, type: analysis.type, prompt: question?.prompt, analysis });
  }

  return {
    analyze,
    critique,
    /** Builds the question bank's index ahead of the first analysis against a question (a server does it at start). */
    warmUp: (): void => void bankFor(),
    status: async () => {
      const critic = await criticNow();
      return { llm: critic ? { configured: true, model: critic.model } : { configured: false as const } };
    },
  };
}
