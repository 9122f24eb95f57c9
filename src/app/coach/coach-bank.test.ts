import { describe, expect, it } from 'vitest';
import { loadContent } from '../../content/index.js';
import { coachOperations, questionBankFor, questionBanksBuilt } from './coach.js';

const ANSWER = 'I would start from the users and their top three jobs, then measure deflection and satisfaction, and launch to 5% first.';

describe('the question bank index', () => {
  it('is built once for every app over the same questions, as hosted mode makes one app a person', () => {
    const content = loadContent();
    // A list of its own, so the count does not depend on what other tests in this process built.
    const questions = [...content.questions];
    const byId = (id: string) => questions.find((q) => q.id === id)!;
    const people = [1, 2, 3].map(() => coachOperations(byId, undefined, () => questions));
    const before = questionBanksBuilt();
    for (const coach of people) expect(coach.analyze({ text: ANSWER, questionId: 'design-a-chatbot' }).questionId).toBe('design-a-chatbot');
    expect(questionBanksBuilt() - before).toBe(1);
    expect(questionBankFor(questions)).toBe(questionBankFor(questions));
    expect(questionBanksBuilt() - before).toBe(1);
  });

  it('is built by warmUp, so the first answer against a question does not wait for it', () => {
    const questions = [...loadContent().questions];
    const coach = coachOperations((id) => questions.find((q) => q.id === id)!, undefined, () => questions);
    const before = questionBanksBuilt();
    coach.warmUp();
    expect(questionBanksBuilt() - before).toBe(1);
    coach.analyze({ text: ANSWER, questionId: 'design-a-chatbot' });
    coachOperations((id) => questions.find((q) => q.id === id)!, undefined, () => questions).warmUp();
    expect(questionBanksBuilt() - before).toBe(1);
  });

  it('is built again for another list of questions', () => {
    const content = loadContent();
    const questions = [...content.questions];
    const first = questionBankFor(questions);
    const before = questionBanksBuilt();
    const other = questionBankFor([...questions]);
    expect(questionBanksBuilt() - before).toBe(1);
    expect(other).not.toBe(first);
    expect(other.questions.length).toBe(first.questions.length);
  });
});
