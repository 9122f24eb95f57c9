/**
 * Situation, Task, Action and Result. Each clause earns points per part from the cue phrases of
 * star.yaml and from what it says (a past-tense step by "I", a change with a number, a past state,
 * where it sits in the answer) and takes the part with the most points, if that reaches the
 * threshold. Neighbouring clauses of the same part make one span.
 */
import { findClauses, isPastVerb, YEAR, type Clause } from './clauses.js';
import { relabel } from './star-labels.js';
import { secondsFor, type Context, type Hit } from './context.js';
import type { FoundQuantity } from './quantities.js';
import type { LexiconId } from './rules-load.js';
import { STAR_PARTS, type Span, type StarPart, type StarPartId } from './types.js';

export interface LabelledClause extends Clause {
  part: StarPartId | undefined;
  scores: Record<StarPartId, number>;
}

export interface StarAnalysis {
  parts: Record<StarPartId, StarPart>;
  clauses: LabelledClause[];
}

// When two parts tie, the more specific evidence wins: a task or result cue beats a generic step.
const TIE_ORDER: readonly StarPartId[] = ['task', 'result', 'action', 'situation'];

function inside(hits: readonly Hit[], clause: Clause): Hit[] {
  return hits.filter((hit) => hit.start >= clause.start && hit.end <= clause.end);
}

/** A change verb counts in the past tense only: "releases" (a noun) and "launch" (a plan) are not results. */
function pastVerbAt(context: Context, start: number): boolean {
  const token = context.parsed.tokenAt.get(start);
  return token !== undefined && isPastVerb(token, context);
}

function scoreClause(clause: Clause, context: Context, quantities: readonly FoundQuantity[]): Record<StarPartId, number> {
  const star = context.rules.data.star;
  const f = star.features;
  const scores: Record<StarPartId, number> = { situation: 0, task: 0, action: 0, result: 0 };
  for (const part of STAR_PARTS) {
    const cue = star.cues[part];
    const strong = inside(context.hits[`cue-${part}` as LexiconId], clause).length;
    const weak = inside(context.hits[`cue-${part}-weak` as LexiconId], clause).length;
    scores[part] += Math.min(strong, 2) * cue.weight + Math.min(weak, 2) * (cue.weight / 2);
  }
  const length = Math.max(context.text.length, 1);
  const owned = clause.iActions.length + clause.weActions.length > 0;
  if (clause.iActions.length > 0) scores.action += f.firstPersonAction;
  if (clause.weActions.length > 0) scores.action += f.teamAction;
  if (clause.pastStates > 0 && !owned) scores.situation += f.pastState;
  if (clause.otherPast && !owned && clause.start / length < f.otherPastShare) scores.situation += f.otherPast;
  // A change verb inside another part's cue ("it fell to me") belongs to that cue.
  const otherCues = (['situation', 'task', 'action'] as const).flatMap((part) => inside(context.hits[`cue-${part}`], clause));
  const changed = inside(context.hits['change-verb'], clause).some(
    (hit) => pastVerbAt(context, hit.start) && !otherCues.some((cue) => cue.start <= hit.start && cue.end >= hit.end),
  );
  if (changed) scores.result += f.changeVerb;
  const outcome = inside(context.hits['outcome-verb'], clause).some((hit) => pastVerbAt(context, hit.start));
  if (outcome && clause.start / length >= f.outcomeShare) scores.result += f.outcomeVerb;
  // An amount after "would" or "usually" is a prediction or a habit, not an outcome.
  const hedgedFrom = Math.min(...inside(context.hits.hypothetical, clause).map((hit) => hit.start), clause.end);
  const amounts = quantities.filter((q) => q.span[0] >= clause.start && q.span[1] <= hedgedFrom);
  if (amounts.length > 0) scores.result += f.anyQuantity;
  if (amounts.some((q) => q.change)) scores.result += f.changeQuantity;
  if (clause.start / length < f.openingShare) scores.situation += f.opening;
  const clauseTokens = context.parsed.tokens.slice(clause.firstToken, clause.lastToken + 1);
  if (clauseTokens.some((t) => YEAR.test(t.value))) scores.situation += f.yearMention;
  if (clause.end / length > 1 - f.closingShare) scores.result += f.closing;
  // A habit or a hypothetical is not the setting of a story, nor a step in it, nor its outcome.
  if (clause.hypothetical) {
    scores.situation = 0;
    scores.action = 0;
    scores.result = 0;
  }
  const strongResultCue = inside(context.hits['cue-result'], clause).length > 0;
  const presentResult = amounts.length > 0 && clauseTokens.some((t) => context.rules.words.presentResultCues.has(t.lower));
  if (f.resultNeedsPast && !clause.anyPast && !strongResultCue && !changed && !presentResult) scores.result = 0;
  // "My task was to cut errors in half" states a goal: a Task, never a Result.
  if (inside(context.hits['cue-task'], clause).length > 0) scores.result = 0;
  return scores;
}

function bestPart(scores: Record<StarPartId, number>, threshold: number): StarPartId | undefined {
  let best: StarPartId | undefined;
  for (const part of TIE_ORDER) if (scores[part] >= threshold && (!best || scores[part] > scores[best])) best = part;
  return best;
}

export function analyzeStar(context: Context, quantities: readonly FoundQuantity[]): StarAnalysis {
  const threshold = context.rules.data.star.threshold;
  const clauses: LabelledClause[] = findClauses(context).map((clause) => {
    const scores = scoreClause(clause, context, quantities);
    return { ...clause, scores, part: bestPart(scores, threshold) };
  });
  relabel(context, clauses);

  const spans: Record<StarPartId, Span[]> = { situation: [], task: [], action: [], result: [] };
  let previous: LabelledClause | undefined;
  for (const clause of clauses) {
    if (clause.part) {
      const list = spans[clause.part];
      const last = list[list.length - 1];
      if (last && previous?.part === clause.part) last[1] = clause.end;
      else list.push([clause.start, clause.end]);
    }
    previous = clause;
  }

  const words = context.parsed.words;
  const total = Math.max(words.length, 1);
  const parts = {} as Record<StarPartId, StarPart>;
  for (const part of STAR_PARTS) {
    const count = words.filter((w) => spans[part].some(([start, end]) => w.start >= start && w.end <= end)).length;
    parts[part] = {
      present: spans[part].length > 0,
      spans: spans[part],
      words: count,
      seconds: secondsFor(context, count),
      share: Math.round((count / total) * 100) / 100,
    };
  }
  return { parts, clauses };
}
