/**
 * The deep-dive drill's state machine: an interviewer questions one story along fixed lines (why that
 * design, what broke, what it cost, what you would change, who disagreed). A thin answer keeps the
 * interviewer on the same line once more; then the drill moves on. Pure: the coach's reading of each
 * answer is passed in.
 *
 * @example
 *   const first = nextDrillQuestion(plan, 'Search index', []); // { kind: 'design', depth: 1, question: 'Let's go deeper on "Search index"...' }
 */

export interface DrillStepRule {
  kind: string;
  title: string;
  /** The opening question of this line; {title} is the story's title. */
  ask: string;
  /** Asked once more on the same line when the answer was thin. */
  deeper: string;
  /** A line that wants a number (people, weeks, money): an answer without one is thin. */
  wantsNumber: boolean;
}

export interface DrillPlan {
  /** An answer whose specificity (0-100: numbers, names, your own steps) is below this is thin. */
  deeperBelow: number;
  maxAnswers: number;
  steps: readonly DrillStepRule[];
}

export interface DrillQuestion {
  kind: string;
  title: string;
  /** 1 for the line's opening question, 2 for the interviewer staying on it. */
  depth: 1 | 2;
  question: string;
}

/** How the coach read an answer, as far as the drill's next move depends on it. */
export interface DrillReading {
  /** 0-100: how specific and owned the answer is (not its length: a follow-up answer is short). */
  specificity: number;
  quantified: boolean;
}

export interface DrillAnswer<A = unknown> extends DrillQuestion, DrillReading {
  answer: string;
  seconds: number;
  at: string;
  analysis: A;
}

export interface DrillState<A = unknown> {
  storyId: number;
  storyTitle: string;
  targetLevel: string | null;
  answers: Array<DrillAnswer<A>>;
  /** The question waiting for an answer; null once the drill is done. */
  next: DrillQuestion | null;
  status: 'open' | 'done';
  startedAt: string;
  updatedAt: string;
}

function question(step: DrillStepRule, depth: 1 | 2, title: string): DrillQuestion {
  return { kind: step.kind, title: step.title, depth, question: (depth === 1 ? step.ask : step.deeper).replaceAll('{title}', title) };
}

/** Whether an answer leaves its line open: too vague, or no number where the line wants one. */
export function isThin(plan: DrillPlan, step: DrillStepRule, reading: DrillReading): boolean {
  return reading.specificity < plan.deeperBelow || (step.wantsNumber && !reading.quantified);
}

/** The question after these answers, or null when the drill is over. */
export function nextDrillQuestion(plan: DrillPlan, title: string, answers: ReadonlyArray<DrillQuestion & DrillReading>): DrillQuestion | null {
  const last = answers.at(-1);
  const first = plan.steps[0];
  if (!last) return first ? question(first, 1, title) : null;
  if (answers.length >= plan.maxAnswers) return null;
  const index = plan.steps.findIndex((s) => s.kind === last.kind);
  const step = plan.steps[index];
  if (step && last.depth === 1 && isThin(plan, step, last)) return question(step, 2, title);
  const following = plan.steps[index + 1];
  return following ? question(following, 1, title) : null;
}

/** A new drill on a story, waiting for the first answer. */
export function startDrill<A>(plan: DrillPlan, story: { id: number; title: string }, targetLevel: string | null, now: Date): DrillState<A> {
  const at = now.toISOString();
  return { storyId: story.id, storyTitle: story.title, targetLevel, answers: [], next: nextDrillQuestion(plan, story.title, []), status: 'open', startedAt: at, updatedAt: at };
}

/** The state after answering the waiting question. */
export function answerDrill<A>(plan: DrillPlan, state: DrillState<A>, answer: { text: string; seconds: number; reading: DrillReading; analysis: A }, now: Date): DrillState<A> {
  if (!state.next || state.status === 'done') return state;
  const at = now.toISOString();
  const answers = [...state.answers, { ...state.next, answer: answer.text, seconds: answer.seconds, at, ...answer.reading, analysis: answer.analysis }];
  const next = nextDrillQuestion(plan, state.storyTitle, answers);
  return { ...state, answers, next, status: next ? 'open' : 'done', updatedAt: at };
}
