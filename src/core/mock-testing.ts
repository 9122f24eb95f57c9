import type { Evaluation, LoopTemplate, MockDimensionId } from './mock-types.js';
import type { ProblemCandidate, QuestionCandidate, SelectionInput } from './mock-select.js';
import type { AreaId, QuestionType, RoundKind, SkillId } from './taxonomy.js';

/** Small, hand-made loops, questions and evaluations for the mock's tests and benchmarks. */

export function question(id: string, over: Partial<QuestionCandidate> = {}): QuestionCandidate {
  return {
    id,
    title: id.replace(/-/g, ' '),
    type: 'behavioral',
    skills: ['communication'],
    areas: ['communication'],
    stages: ['phone-screen', 'final-round'],
    minutes: 5,
    themes: [],
    followups: [`What would you do differently in ${id}?`, `Who else was involved in ${id}?`],
    ...over,
  };
}

export function problem(id: string, areas: AreaId[] = ['technical-skills'], skills: SkillId[] = ['technical-expertise']): ProblemCandidate {
  return { id, title: id.replace(/-/g, ' '), skills, areas };
}

export function stage(id: string, kind: RoundKind, mix: Partial<Record<QuestionType, number>>, over: Partial<LoopTemplate['stages'][number]> = {}): LoopTemplate['stages'][number] {
  return { id, title: id.replace(/-/g, ' '), kind, minutes: 10, summary: `The ${id} stage.`, mix, coding: 0, written: null, themes: [], scores: ['structure', 'delivery'], ...over };
}

/** Two stages: one behavioral question on a phone screen, then one technical question. */
export function quickLoop(): LoopTemplate {
  return {
    id: 'quick',
    title: 'Quick loop',
    style: 'practice',
    track: 'product',
    summary: 'Two short stages.',
    stages: [
      stage('warm-up', 'phone-screen', { behavioral: 1 }, { minutes: 5, scores: ['structure', 'ownership'] }),
      stage('tech', 'technical', { technical: 1 }, { minutes: 10, scores: ['depth', 'structure'] }),
    ],
  };
}

export function selection(over: Partial<SelectionInput> = {}): SelectionInput {
  return {
    loop: quickLoop(),
    questions: [question('b-one'), question('b-two'), question('t-one', { type: 'technical', stages: ['technical'] }), question('t-two', { type: 'technical', stages: ['technical'] })],
    problems: [],
    readiness: { skills: {}, areas: {} },
    seen: { questions: new Set(), problems: new Set() },
    stories: [],
    seed: 1,
    ...over,
  };
}

export function evaluation(score: number, over: Partial<Evaluation> = {}, dims: Partial<Record<MockDimensionId, number>> = {}): Evaluation {
  return { score, dimensions: { structure: score, ...dims }, evidence: [], gaps: [], ...over };
}

export const at = (minute: number, second = 0) => new Date(Date.UTC(2026, 2, 2, 9, minute, second));
