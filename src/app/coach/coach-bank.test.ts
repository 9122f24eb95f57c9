import { describe, expect, it, vi } from 'vitest';
import { loadContent } from '../../content/index.js';

// Counts the bank builds while keeping the real index.
const built = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../coach/index.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../coach/index.js')>();
  return {
    ...real,
    buildQuestionBank: (...args: Parameters<typeof real.buildQuestionBank>) => {
      built.count++;
      return real.buildQuestionBank(...args);
    },
  };
});

const { coachOperations, questionBankFor } = await import('./coach.js');

const ANSWER = 'I would start from the users and their top three jobs, then measure deflection and satisfaction, and launch to 5% first.';

describe('the question bank index', () => {
  it('is built once for every app over the same questions, as hosted mode makes one app a person', () => {
    const content = loadContent();
    const byId = (id: string) => content.questions.find((q) => q.id === id)!;
    const people = [1, 2, 3].map(() => coachOperations(byId, undefined, () => content.questions));
    const before = built.count;
    for (const coach of people) expect(coach.analyze({ text: ANSWER, questionId: 'design-a-chatbot' }).questionId).toBe('design-a-chatbot');
    expect(built.count - before).toBe(1);
    expect(questionBankFor(content.questions)).toBe(questionBankFor(content.questions));
    expect(built.count - before).toBe(1);
  });

  it('is built again for another list of questions', () => {
    const content = loadContent();
    const first = questionBankFor(content.questions);
    const before = built.count;
    const other = questionBankFor([...content.questions]);
    expect(built.count - before).toBe(1);
    expect(other).not.toBe(first);
    expect(other.questions.length).toBe(first.questions.length);
  });
});
