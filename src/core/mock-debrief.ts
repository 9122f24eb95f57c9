import type { Evaluation, EvidenceQuote, MockDimensionId, MockItem, MockItemKind, MockStage, MockState } from './mock-types.js';
import { MOCK_DIMENSIONS, NO_EVIDENCE_FLAGS } from './mock-types.js';
import { practiceNext, PRACTICE_BELOW, type PracticeAdvice, type PracticeNext } from './mock-practice.js';

/**
 * The debrief of a mock: scores per stage and per dimension with the words that earned them, the
 * strongest and weakest moments, a hire signal with its reasons, and what to practise next. Pure
 * arithmetic over the saved state; scores are 0-100 and rounded only on the way out.
 */

export const HIRE_SIGNALS = [
  { id: 'strong-hire', title: 'Strong hire' },
  { id: 'hire', title: 'Hire' },
  { id: 'lean-no-hire', title: 'Lean no hire' },
  { id: 'no-hire', title: 'No hire' },
  { id: 'not-enough', title: 'Not enough to call' },
] as const;
export type HireSignalId = (typeof HIRE_SIGNALS)[number]['id'];

/**
 * The bars a panel holds a loop to: the overall score (stages weighted by their minutes) and the weakest
 * stage. One bad stage sinks a loop even with a good average, as it does in a real debrief.
 */
export const HIRE_BARS = {
  strongHire: { overall: 80, stageFloor: 70 },
  hire: { overall: 65, stageFloor: 50 },
  leanNoHire: { overall: 45 },
} as const;

export { PRACTICE_BELOW } from './mock-practice.js';
export type { PracticeAdvice, PracticeKind, PracticeNext } from './mock-practice.js';
export const MOMENTS_EACH = 2;
/** A panel will not call a loop on fewer answers that give evidence than this, or than half the questions. */
export const MIN_EVIDENCE_ANSWERS = 2;
export const EVIDENCE_PER_DIMENSION = 3;

export interface DebriefItem {
  key: string;
  kind: MockItemKind;
  refId: string;
  title: string;
  /** Null when not answered. */
  score: number | null;
  seconds: number | null;
  storyId: number | null;
  followUp: { question: string; answer: string | null; closed: boolean | null } | null;
}

export interface DebriefStage {
  id: string;
  title: string;
  kind: MockStage['kind'];
  minutes: number;
  reached: boolean;
  /** Null for a stage the mock never reached; unanswered questions in a reached stage count 0. */
  score: number | null;
  elapsedSeconds: number;
  overTime: boolean;
  dimensions: Array<{ id: MockDimensionId; title: string; score: number | null }>;
  items: DebriefItem[];
}

export interface DebriefDimension {
  id: MockDimensionId;
  title: string;
  score: number | null;
  evidence: Array<EvidenceQuote & { stageTitle: string; itemTitle: string }>;
}

export interface Moment {
  stageId: string;
  stageTitle: string;
  itemKey: string;
  itemTitle: string;
  kind: MockItemKind;
  refId: string;
  score: number;
  quote: string | null;
  note: string;
}


export interface Debrief {
  loopId: string;
  loopTitle: string;
  startedAt: string;
  finishedAt: string | null;
  overall: number | null;
  answered: number;
  items: number;
  completed: boolean;
  stages: DebriefStage[];
  dimensions: DebriefDimension[];
  strongest: Moment[];
  weakest: Moment[];
  signal: { id: HireSignalId; title: string; reasons: string[] };
  practice: PracticeNext[];
}


const round = (n: number) => Math.round(n);
const mean = (xs: readonly number[]) => (xs.length === 0 ? null : xs.reduce((a, b) => a + b, 0) / xs.length);

/** The evaluation that counts for an item: the whole exchange once the follow-up is answered. */
export function finalEvaluation(item: MockItem): Evaluation | null {
  return item.followUp?.evaluation ?? item.answer?.evaluation ?? null;
}

function weightedMean(pairs: ReadonlyArray<{ value: number | null; weight: number }>): number | null {
  const known = pairs.filter((p): p is { value: number; weight: number } => p.value !== null);
  const weight = known.reduce((sum, p) => sum + p.weight, 0);
  return weight === 0 ? null : known.reduce((sum, p) => sum + p.value * p.weight, 0) / weight;
}

interface StageScore {
  stage: MockStage;
  reached: boolean;
  score: number | null;
  dims: Map<MockDimensionId, number | null>;
}

/** An answer that is off-topic, a keyword list, recited or to another question is no evidence: it counts 0. */
export function givesNoEvidence(item: MockItem): boolean {
  return (finalEvaluation(item)?.flags?.length ?? 0) > 0;
}

/** What an answered item counts for: its final score, or 0 when it gave no evidence. */
export function answerScore(item: MockItem): number {
  return givesNoEvidence(item) ? 0 : (finalEvaluation(item)?.score ?? 0);
}

function scoreStage(stage: MockStage): StageScore {
  const reached = stage.startedAt !== null;
  const itemScores = stage.items.map(answerScore);
  const dims = new Map<MockDimensionId, number | null>();
  for (const dim of stage.scores) {
    dims.set(dim, mean(stage.items.flatMap((item) => (finalEvaluation(item)?.dimensions[dim] !== undefined ? [finalEvaluation(item)?.dimensions[dim] as number] : []))));
  }
  return { stage, reached, score: reached ? mean(itemScores) : null, dims };
}

function bestQuote(evidence: readonly EvidenceQuote[], tone: EvidenceQuote['tone']): EvidenceQuote | undefined {
  return evidence.filter((e) => e.tone === tone && e.quote).sort((a, b) => (b.quote?.length ?? 0) - (a.quote?.length ?? 0))[0];
}

function momentOf(stage: MockStage, item: MockItem, strong: boolean): Moment {
  const evaluation = finalEvaluation(item) as Evaluation;
  const evidence = evaluation.evidence;
  const quoted = strong ? bestQuote(evidence, 'strength') : (bestQuote(evidence, 'gap') ?? evidence.find((e) => e.tone === 'gap'));
  let note = quoted?.message ?? (strong ? 'The strongest answer of the loop.' : 'The weakest answer of the loop.');
  if (!strong && item.followUp) {
    if (item.followUp.answer === '') note = `Passed on the follow-up "${item.followUp.question}". ${note}`;
    else if (item.followUp.closed === false) note = `The follow-up "${item.followUp.question}" did not close the gap. ${note}`;
  }
  return {
    stageId: stage.id,
    stageTitle: stage.title,
    itemKey: item.key,
    itemTitle: item.title,
    kind: item.kind,
    refId: item.refId,
    score: round(evaluation.score),
    quote: quoted?.quote ?? null,
    note,
  };
}

function hireSignal(state: MockState, scored: StageScore[], overall: number | null, answered: number, items: number): Debrief['signal'] {
  const reached = scored.filter((s) => s.reached && s.score !== null);
  const reasons: string[] = [];
  if (overall === null || answered === 0) {
    return { id: 'no-hire', title: 'No hire', reasons: ['No question was answered, so there is no evidence to hire on.'] };
  }
  const complete = answered === items;
  const all = state.stages.flatMap((s) => s.items);
  const empty = all.filter((i) => i.answer !== null && givesNoEvidence(i));
  for (const item of empty) {
    const why = (finalEvaluation(item)?.flags ?? []).map((f) => NO_EVIDENCE_FLAGS.find((x) => x.id === f)?.title ?? f).join(', ');
    reasons.push(`"${item.title}" gave no evidence (${why}) and counts 0.`);
  }
  const evidenced = answered - empty.length;
  if (evidenced < MIN_EVIDENCE_ANSWERS || evidenced < items / 2) {
    reasons.push(`${evidenced} of ${items} answers gave evidence: too little for a panel to call.`);
    return { id: 'not-enough', title: 'Not enough to call', reasons };
  }
  const floor = Math.min(...reached.map((s) => s.score as number));
  const weakest = reached.find((s) => s.score === floor);
  const best = [...reached].sort((a, b) => (b.score as number) - (a.score as number))[0];
  reasons.push(`Overall ${round(overall)}/100, against ${HIRE_BARS.hire.overall} for a hire and ${HIRE_BARS.strongHire.overall} for a strong hire.`);
  if (weakest && reached.length > 1) {
    reasons.push(`Weakest stage: ${weakest.stage.title} at ${round(floor)}; a hire needs every stage at ${HIRE_BARS.hire.stageFloor} or more.`);
  }
  if (best && best !== weakest) reasons.push(`Strongest stage: ${best.stage.title} at ${round(best.score as number)}.`);
  const asked = state.stages.flatMap((s) => s.items.filter((i) => i.followUp && i.followUp.answer !== null));
  if (asked.length > 0) {
    const closed = asked.filter((i) => i.followUp?.closed).length;
    reasons.push(`${closed} of ${asked.length} follow-up${asked.length === 1 ? '' : 's'} closed the gap the interviewer probed.`);
  }
  for (const stage of state.stages) {
    for (const item of stage.items) {
      const correctness = item.kind === 'coding' ? item.answer?.evaluation.dimensions.correctness : undefined;
      if (correctness !== undefined) reasons.push(`Coding, "${item.title}": ${round(correctness)}% of the tests passed.`);
    }
  }
  if (!complete) {
    reasons.push(`${answered} of ${items} questions answered: an unfinished loop cannot earn a hire.`);
    const id = overall >= HIRE_BARS.leanNoHire.overall ? 'lean-no-hire' : 'no-hire';
    return { id, title: HIRE_SIGNALS.find((s) => s.id === id)?.title ?? id, reasons };
  }
  const id: HireSignalId =
    overall >= HIRE_BARS.strongHire.overall && floor >= HIRE_BARS.strongHire.stageFloor
      ? 'strong-hire'
      : overall >= HIRE_BARS.hire.overall && floor >= HIRE_BARS.hire.stageFloor
        ? 'hire'
        : overall >= HIRE_BARS.leanNoHire.overall
          ? 'lean-no-hire'
          : 'no-hire';
  return { id, title: HIRE_SIGNALS.find((s) => s.id === id)?.title ?? id, reasons };
}

export function computeDebrief(state: MockState, options: { advice?: PracticeAdvice } = {}): Debrief {
  const scored = state.stages.map(scoreStage);
  const overall = weightedMean(scored.filter((s) => s.reached).map((s) => ({ value: s.score, weight: s.stage.minutes })));
  const all = state.stages.flatMap((s) => s.items);
  const answered = all.filter((i) => i.answer !== null).length;

  const dimIds = MOCK_DIMENSIONS.map((d) => d.id).filter((id) => state.stages.some((s) => s.scores.includes(id)));
  const dimensions: DebriefDimension[] = dimIds.map((id) => {
    const title = MOCK_DIMENSIONS.find((d) => d.id === id)?.title ?? id;
    const value = weightedMean(scored.filter((s) => s.dims.has(id)).map((s) => ({ value: s.dims.get(id) ?? null, weight: s.stage.minutes })));
    const wanted: EvidenceQuote['tone'] = value !== null && value >= PRACTICE_BELOW ? 'strength' : 'gap';
    const evidence = state.stages
      .filter((s) => s.scores.includes(id))
      .flatMap((s) => s.items.flatMap((item) => (finalEvaluation(item)?.evidence ?? []).filter((e) => e.dimension === id).map((e) => ({ ...e, stageTitle: s.title, itemTitle: item.title }))))
      .sort((a, b) => Number(b.tone === wanted) - Number(a.tone === wanted) || Number(b.quote !== null) - Number(a.quote !== null))
      .slice(0, EVIDENCE_PER_DIMENSION);
    return { id, title, score: value === null ? null : round(value), evidence };
  });

  const answeredItems = state.stages.flatMap((stage) => stage.items.filter((i) => i.answer !== null).map((item) => ({ stage, item, score: answerScore(item) })));
  const byScore = [...answeredItems].sort((a, b) => b.score - a.score || a.item.key.localeCompare(b.item.key));
  const strongCount = Math.min(MOMENTS_EACH, Math.ceil(byScore.length / 2));
  const weakCount = Math.min(MOMENTS_EACH, Math.floor(byScore.length / 2));
  const strongest = byScore.slice(0, strongCount).map((x) => momentOf(x.stage, x.item, true));
  const weakest = byScore.slice(byScore.length - weakCount).reverse().map((x) => momentOf(x.stage, x.item, false));

  return {
    loopId: state.loopId,
    loopTitle: state.loopTitle,
    startedAt: state.startedAt,
    finishedAt: state.finishedAt,
    overall: overall === null ? null : round(overall),
    answered,
    items: all.length,
    completed: answered === all.length,
    stages: scored.map(({ stage, reached, score, dims }) => ({
      id: stage.id,
      title: stage.title,
      kind: stage.kind,
      minutes: stage.minutes,
      reached,
      score: score === null ? null : round(score),
      elapsedSeconds: Math.floor(stage.elapsedMs / 1000),
      overTime: stage.elapsedMs > stage.minutes * 60_000,
      dimensions: stage.scores.map((id) => ({ id, title: MOCK_DIMENSIONS.find((d) => d.id === id)?.title ?? id, score: dims.get(id) == null ? null : round(dims.get(id) as number) })),
      items: stage.items.map((item) => ({
        key: item.key,
        kind: item.kind,
        refId: item.refId,
        title: item.title,
        score: item.answer ? round(answerScore(item)) : null,
        seconds: item.answer?.seconds ?? null,
        storyId: item.answer?.storyId ?? null,
        followUp: item.followUp ? { question: item.followUp.question, answer: item.followUp.answer, closed: item.followUp.closed } : null,
      })),
    })),
    dimensions,
    strongest,
    weakest,
    signal: hireSignal(state, scored, overall, answered, all.length),
    practice: practiceNext(state, dimensions, options.advice ?? {}, (item) => finalEvaluation(item)?.score ?? null),
  };
}
