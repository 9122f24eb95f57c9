import { describe, expect, it } from 'vitest';
import { InvalidInputError, LimitError } from '../core/errors.js';
import { QUESTION_TYPE_IDS } from '../core/taxonomy.js';
import { analyzeAnswer, COACH_LIMITS, levelOf, type Span } from './index.js';

const STORY =
  'Last year at a payments startup, our checkout page was timing out during peak sales. ' +
  'I was responsible for fixing it before the holiday season. ' +
  'I pulled the traces with the backend lead and found one slow fraud check. ' +
  'I proposed caching its results, and I wrote the rollout plan. ' +
  'As a result, p99 latency fell from 900 ms to 180 ms and failed payments dropped by 40%.';

/** The span of `part` in `text`, found by its words so the test states what it expects in plain text. */
function spanIn(text: string, part: string): Span {
  const start = text.indexOf(part);
  if (start < 0) throw new Error(`"${part}" is not in the text`);
  return [start, start + part.length];
}

const texts = (text: string, spans: readonly Span[]): string[] => spans.map(([s, e]) => text.slice(s, e));

describe('analyzeAnswer: STAR', () => {
  const analysis = analyzeAnswer(STORY, { type: 'behavioral', prompt: 'Tell me about a time you fixed a performance problem.' });

  it('finds each part with character spans into the answer', () => {
    expect(analysis.star.situation).toEqual({
      present: true,
      spans: [spanIn(STORY, 'Last year at a payments startup, our checkout page was timing out during peak sales.')],
      words: 15,
      seconds: 6,
      share: 0.22,
    });
    expect(analysis.star.task.spans).toEqual([spanIn(STORY, 'I was responsible for fixing it before the holiday season.')]);
    expect(analysis.star.action.spans).toEqual([
      spanIn(STORY, 'I pulled the traces with the backend lead and found one slow fraud check. I proposed caching its results, and I wrote the rollout plan.'),
    ]);
    expect(analysis.star.result.spans).toEqual([spanIn(STORY, 'As a result, p99 latency fell from 900 ms to 180 ms and failed payments dropped by 40%.')]);
    expect(analysis.star.action.words + analysis.star.result.words).toBe(43);
  });

  it('reports missing parts as absent with a finding that says what is missing', () => {
    const text = 'I pulled the traces with the backend lead and found one slow fraud check. Then I wrote the rollout plan and briefed the team.';
    const partial = analyzeAnswer(text, { type: 'behavioral' });
    expect(STAR_PRESENCE(partial)).toEqual({ situation: false, task: false, action: true, result: false });
    expect(partial.star.result).toEqual({ present: false, spans: [], words: 0, seconds: 0, share: 0 });
    expect(partial.feedback).toContainEqual({
      severity: 'problem',
      message: 'No Result: the answer never says how it ended. Close with what changed, in numbers if you can.',
      dimension: 'structure',
    });
    expect(partial.followUps[0]).toEqual({ gap: 'no-result', question: 'How did it end? What changed because of what you did?' });
  });

  it('quantifies the result and quotes the amounts', () => {
    expect(analysis.quantified).toEqual({ present: true, spans: [spanIn(STORY, '900 ms'), spanIn(STORY, '180 ms'), spanIn(STORY, '40%')] });
    expect(analysis.feedback).toContainEqual({ severity: 'strength', message: 'The result is quantified: "900 ms".', span: spanIn(STORY, '900 ms'), dimension: 'specificity' });
  });

  it('is deterministic: the same input gives the same analysis', () => {
    const again = analyzeAnswer(STORY, { type: 'behavioral', prompt: 'Tell me about a time you fixed a performance problem.' });
    expect(JSON.stringify(again)).toBe(JSON.stringify(analysis));
  });
});

function STAR_PRESENCE(a: ReturnType<typeof analyzeAnswer>): Record<string, boolean> {
  return { situation: a.star.situation.present, task: a.star.task.present, action: a.star.action.present, result: a.star.result.present };
}

describe('analyzeAnswer: amounts', () => {
  const text =
    'In 2021 we hired a third party vendor. On March 3 I cut review time from an hour to twenty minutes, ' +
    'which saved a third of our budget. Half the tickets went away, the error rate halved and we shipped 2x faster.';
  const analysis = analyzeAnswer(text, { type: 'behavioral' });

  it('finds spelled-out amounts, fractions and multipliers, and skips years, dates and ordinals', () => {
    expect(analysis.quantities.map((q) => [q.text, q.kind, q.spelled])).toEqual([
      ['an hour', 'duration', true],
      ['twenty minutes', 'duration', true],
      ['a third', 'fraction', true],
      ['Half', 'fraction', true],
      ['halved', 'multiplier', true],
      ['2x', 'multiplier', false],
    ]);
    expect(analysis.quantities[1]!.span).toEqual(spanIn(text, 'twenty minutes'));
  });

  it('counts amounts in the result only, for a story', () => {
    const setupOnly = analyzeAnswer(
      'At a retailer with 40 stores and 3,000 staff, the scheduling tool kept crashing. I was asked to fix it. I rewrote the sync job with the store leads. In the end the crashes stopped.',
      { type: 'behavioral' },
    );
    expect(setupOnly.quantities.map((q) => [q.text, q.inResult])).toEqual([
      ['40 stores', false],
      ['3,000 staff', false],
    ]);
    expect(setupOnly.quantified).toEqual({ present: false, spans: [] });
    expect(setupOnly.feedback).toContainEqual({
      severity: 'warning',
      message: 'The result has no number. Add a measure: a percentage, time saved, money, users or tickets.',
      dimension: 'specificity',
    });
  });
});

describe('analyzeAnswer: ownership and story', () => {
  it('counts I/me/my against we/us/our with spans', () => {
    const text = 'I led the review and my team helped. We shipped it and our users thanked us. I wrote it up myself.';
    const { ownership } = analyzeAnswer(text, { type: 'behavioral' });
    expect([ownership.i, ownership.we, ownership.weHeavy]).toEqual([4, 3, false]);
    expect(texts(text, ownership.iSpans)).toEqual(['I', 'my', 'I', 'myself']);
    expect(texts(text, ownership.weSpans)).toEqual(['We', 'our', 'us']);
  });

  it('warns when "we" hides what the candidate did', () => {
    const text =
      'Our app was slow. We profiled it, we found a slow query, we added an index and we rolled it out. We cut load time by half.';
    const analysis = analyzeAnswer(text, { type: 'behavioral' });
    expect(analysis.ownership.weHeavy).toBe(true);
    expect(analysis.ownership.verdict).toBe('unclear');
    expect(analysis.feedback).toContainEqual({
      severity: 'warning',
      message: 'Unclear what you did yourself: no step is told with "I" ("I" 0 times, "we" 6 times). Say "I" for the steps you took.',
      span: spanIn(text, 'Our'),
      dimension: 'ownership',
    });
    expect(analysis.followUps.map((f) => f.gap)).toContain('we-heavy');
  });

  it('tells a generic answer from a real story', () => {
    const text =
      'When I have a conflict, I usually listen first. I think it is important to find common ground, and I would escalate only as a last resort.';
    const analysis = analyzeAnswer(text, { type: 'behavioral' });
    expect(analysis.story.generic).toBe(true);
    expect(texts(text, analysis.story.genericSpans)).toEqual(['When I have', 'I usually', 'I think it is important', 'I would']);
    expect(analysis.followUps[0]).toEqual({ gap: 'no-story', question: 'Can you walk me through one specific time this happened, from start to finish?' });
    expect(analyzeAnswer(STORY, { type: 'behavioral' }).story).toMatchObject({ generic: false, pastTenseActions: 4 });
  });

  it('takes the first sentence of some length as the scene, past a short opener', () => {
    const text =
      'Yeah so this one is common. I was the TPM on a scheduling product and an account executive promised a big hospital group single sign-on by next quarter. ' +
      'So my job was to figure out what we could commit to. I asked engineering for an estimate and offered the customer one provider in two months. ' +
      'The customer signed, and we shipped it in seven weeks.';
    const analysis = analyzeAnswer(text, { type: 'behavioral' });
    expect(texts(text, analysis.star.situation.spans)).toEqual([
      'I was the TPM on a scheduling product and an account executive promised a big hospital group single sign-on by next quarter.',
    ]);
    expect(texts(text, analysis.star.task.spans)).toEqual(['So my job was to figure out what we could commit to.']);
  });

  it('reads a story told in the present tense as a story, and a list of habits as generic', () => {
    const story =
      "So it's November, and our biggest client needs gift cards in checkout before Black Friday. " +
      "I'm the TPM for the SDK, so it's my job to say whether we can do it. " +
      'I get the two tech leads in a room and we list everything the feature needs. ' +
      'I cut the scope to the redemption path and get the client to sign it. ' +
      'We ship on November 20, four days early, and the client takes 30,000 payments that weekend without an incident.';
    const told = analyzeAnswer(story, { type: 'behavioral' });
    expect(told.story).toMatchObject({ generic: false, pastTenseActions: 5 });
    expect(texts(story, told.star.situation.spans)).toEqual(["So it's November, and our biggest client needs gift cards in checkout before Black Friday."]);
    expect(texts(story, told.star.task.spans)).toEqual(["I'm the TPM for the SDK, so it's my job to say whether we can do it."]);
    expect(texts(story, told.star.result.spans)).toEqual(['We ship on November 20, four days early, and the client takes 30,000 payments that weekend without an incident.']);
    // The same steps as habits: no moment named, so nothing here happened once.
    const habits =
      'When a project is at risk, I get the two tech leads in a room and we list everything the feature needs. ' +
      'I write the scope on one page and get the product owner to sign it. I set up a daily check-in so issues surface the same day. ' +
      'I track the 3 biggest risks in a shared doc and I escalate early when a date slips.';
    expect(analyzeAnswer(habits, { type: 'behavioral' }).story.generic).toBe(true);
  });
});

describe('analyzeAnswer: delivery', () => {
  const text = 'Um, so I, uh, basically rewrote the plan. I like the plan, like, a lot, you know. I think it maybe helped, sort of.';
  const analysis = analyzeAnswer(text, { type: 'behavioral' });

  it('counts fillers with spans, and "like" only where it cannot be the verb', () => {
    expect(texts(text, analysis.fillers.spans)).toEqual(['Um', 'uh', 'basically', 'like', 'you know']);
    expect(analysis.fillers.spans[3]).toEqual([text.indexOf(', like,') + 2, text.indexOf(', like,') + 6]);
    expect(analysis.fillers.count).toBe(5);
    expect(analysis.fillers.perMinute).toBe(31.3);
    expect(analysis.fillers.heavy).toBe(true);
  });

  it('counts hedges per minute', () => {
    expect(texts(text, analysis.hedges.spans)).toEqual(['I think', 'maybe', 'sort of']);
    expect(analysis.hedges.perMinute).toBe(18.8);
  });

  it('measures speaking time at 150 words a minute against the target for the type', () => {
    expect([analysis.words, analysis.speakingSeconds]).toEqual([24, 9.6]);
    expect(analysis.target).toEqual({ minSeconds: 90, maxSeconds: 120, verdict: 'short' });
    expect(analyzeAnswer('word '.repeat(500), { type: 'system-design' }).target).toEqual({ minSeconds: 120, maxSeconds: 360, verdict: 'ok' });
  });

  it('checks jargon only when the prompt asks for a simple explanation', () => {
    const jargon = 'It is a REST API over HTTPS with JSON payloads, OAuth tokens and idempotent endpoints behind a gateway.';
    const simple = analyzeAnswer(jargon, { type: 'technical', prompt: 'Explain caching to a non-technical executive.' });
    expect(simple.jargon).toMatchObject({ applies: true, heavy: true, count: 10 });
    expect(simple.jargon.terms.map((t) => t.term).sort()).toEqual(
      ['api', 'endpoints', 'gateway', 'https', 'idempotent', 'json', 'oauth', 'payloads', 'rest', 'tokens'],
    );
    expect(simple.checks.find((c) => c.id === 'simple-for-audience')?.passed).toBe(false);
    const expert = analyzeAnswer(jargon, { type: 'technical', prompt: 'How would you design a public API?' });
    expect(expert.jargon).toMatchObject({ applies: false, heavy: false });
    expect(expert.checks.map((c) => c.id)).toEqual(['technical-depth', 'critical-thinking']);
  });
});

describe('analyzeAnswer: insights, mistakes to avoid and follow-ups', () => {
  const analysis = analyzeAnswer(STORY, { type: 'behavioral' });

  it('lists the words said most and the TPM terms used, with spans', () => {
    expect(analysis.insights.topWords.slice(0, 3)).toEqual([
      { word: 'payments', count: 2 },
      { word: 'backend', count: 1 },
      { word: 'caching', count: 1 },
    ]);
    expect(analysis.insights.tpmTerms).toEqual([
      { term: 'latency', count: 1, spans: [spanIn(STORY, 'latency')] },
      { term: 'p99', count: 1, spans: [spanIn(STORY, 'p99')] },
      { term: 'rollout', count: 1, spans: [spanIn(STORY, 'rollout')] },
    ]);
    expect(analysis.insights.talkingPoints).toEqual({ covered: ['metrics'], missing: ['trade-offs', 'alternatives', 'risks'] });
  });

  it('checks the mistakes to avoid with evidence or what is missing', () => {
    expect(analysis.checks.map((c) => [c.id, c.passed, c.note])).toEqual([
      ['technical-depth', true, '5 technical terms: backend, caching, latency, p99, traces'],
      ['collaboration', true, '1 sign of working with others'],
      ['critical-thinking', false, 'no trade-off and no alternative is named'],
    ]);
    expect(analysis.checks[1]!.evidence).toEqual([spanIn(STORY, 'with the backend lead')]);
    expect(analysis.followUps).toEqual([
      { gap: 'no-tradeoffs', question: 'What did you give up with that choice, and why was it worth it?' },
      { gap: 'no-alternatives', question: 'What other options did you consider, and why did you reject them?' },
    ]);
  });

  it('scores each dimension with a level and says what the score rests on', () => {
    expect(analysis.dimensions.find((d) => d.id === 'structure')).toEqual({
      id: 'structure',
      title: 'Structure',
      score: 100,
      level: 'Very strong',
      levelId: 'very-strong',
      weight: 30,
      basis: 'all four STAR parts',
    });
    expect(analysis.dimensions.find((d) => d.id === 'ownership')?.basis).toBe('"I" 4 times, "we" 1 time');
  });

  it('keeps a complete but short story below Very strong', () => {
    expect(analysis.speakingSeconds).toBe(27.2);
    expect(analysis.score).toBeLessThanOrEqual(79);
    expect(analysis.feedback).toContainEqual({
      severity: 'warning',
      message: 'About 27 s spoken (68 words); the target for this question type is 90-120 s. Add substance, not filler.',
      dimension: 'delivery',
    });
  });
});

describe('analyzeAnswer: calibration', () => {
  it.each(QUESTION_TYPE_IDS)('scores a one-word %s answer under 10', (type) => {
    for (const text of ['Yes.', 'Stakeholders.', 'It depends.', '']) {
      const analysis = analyzeAnswer(text, { type });
      expect(analysis.score).toBeLessThan(10);
      expect(analysis.level).toBe('Very weak');
    }
  });

  it('scores off-topic answers under 10', () => {
    const offTopic = [
      'My favorite thing to cook on weekends is a slow braised lamb shoulder. You brown it first, then add onions and garlic and let it go in the oven for four hours.',
      'Last summer I went hiking in the mountains with my sister. The weather was perfect and we stayed in huts where they served the best polenta I have ever eaten.',
    ];
    for (const text of offTopic) {
      const analysis = analyzeAnswer(text, { type: 'behavioral', prompt: 'Tell me about a time you had a conflict with a stakeholder.' });
      expect(analysis.relevance.offTopic).toBe(true);
      expect(analysis.score).toBeLessThan(10);
      expect(analysis.star.action.present).toBe(false);
    }
  });

  it('scores an excellent story over 80', () => {
    const analysis = analyzeAnswer(EXCELLENT, { type: 'behavioral', prompt: 'Tell me about a time you managed a cross-team dependency that was at risk.' });
    expect(analysis.score).toBeGreaterThan(80);
    expect(analysis.level).toBe('Very strong');
    expect(analysis.dimensions.map((d) => d.id)).toEqual(['structure', 'specificity', 'ownership', 'thinking', 'collaboration', 'depth', 'delivery']);
  });

  it('maps scores to the closed set of levels', () => {
    expect([0, 19, 20, 39, 40, 59, 60, 79, 80, 100].map((s) => levelOf(s).title)).toEqual([
      'Very weak', 'Very weak', 'Weak', 'Weak', 'Mixed', 'Mixed', 'Strong', 'Strong', 'Very strong', 'Very strong',
    ]);
  });
});

describe('analyzeAnswer: input', () => {
  it('rejects an unknown question type with the valid ones', () => {
    expect(() => analyzeAnswer('x', { type: 'poetry' as never })).toThrow(InvalidInputError);
    expect(() => analyzeAnswer('x', { type: 'poetry' as never })).toThrow('Unknown question type "poetry". Use one of: behavioral, program-sense');
  });

  it('names the limit when an answer is too long', () => {
    expect(() => analyzeAnswer('a'.repeat(COACH_LIMITS.maxAnswerChars + 1), { type: 'behavioral' })).toThrow(LimitError);
  });
});

const EXCELLENT = `At an e-commerce marketplace, we were launching same-day delivery in two new cities, and the launch depended on the warehouse team shipping a new inventory API. Three weeks before launch, their lead told me the API would be a month late because of an outage they were still cleaning up.

I owned the launch date, so my task was to find a way to hold it or to reset it honestly and early.

I met with the warehouse lead and our backend lead to list what the launch actually needed from the API. It turned out we only needed stock levels for about 800 fast-moving products, not the full catalog. I proposed a temporary batch export every fifteen minutes for just those products, which the warehouse team could build in three days. The downside was stale stock for up to fifteen minutes, so I worked with operations to hold back a safety buffer of two units per product. I wrote the plan down, got sign-off from both directors, and tracked the workaround daily in our launch review.

We launched in both cities on the original date. Out-of-stock cancellations stayed under 1 percent in the first month, and the full API replaced the batch export five weeks later without customers noticing.`;
