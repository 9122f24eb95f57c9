/** For tests: the coach run the way the app runs it, against a bank question and the whole bank. */
import { loadContent } from '../content/index.js';
import { analyzeAnswer, type CoachAnalysis } from './analyze.js';
import { buildQuestionBank } from './bank-fit.js';
import { loadCoachRules } from './rules-load.js';

const content = loadContent();
const bank = buildQuestionBank(content.questions, loadCoachRules());

export function coachOn(questionId: string, text: string): CoachAnalysis {
  const q = content.questions.find((x) => x.id === questionId);
  if (!q) throw new Error(`no question ${questionId}`);
  return analyzeAnswer(text, { type: q.type, rubric: q.rubric, prompt: q.prompt, questionId: q.id, outline: q.outline, bank, ...(q.competency ? { competency: q.competency } : {}) });
}

export function outlineOf(questionId: string): string {
  return content.questions.find((q) => q.id === questionId)?.outline.join(' ') ?? '';
}
