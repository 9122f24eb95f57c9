/**
 * Ownership: how often the candidate says "I" (I, me, my) against "we" (we, us, our), and whether
 * "we" hides what the candidate did. The pronoun lists and the threshold are in ownership.yaml.
 */
import { isStoryType } from '../core/taxonomy.js';
import { spanOf, type Context } from './context.js';
import type { StarAnalysis } from './star.js';
import type { CoachAnalysis } from './types.js';

/**
 * "I" in "I think", "I always" or "applied my leadership skills" is not ownership: only steps told
 * with "I" and a past-tense verb are. With none, who did the work is unclear.
 */
function verdictOf(context: Context, star: StarAnalysis): CoachAnalysis['ownership']['verdict'] {
  if (!isStoryType(context.type)) return 'not-applicable';
  let mine = 0;
  let ours = 0;
  for (const clause of star.clauses) {
    if (clause.hypothetical) continue;
    mine += clause.iActions.length;
    ours += clause.weActions.length;
  }
  if (mine === 0) return 'unclear';
  return ours > mine * 2 ? 'shared' : 'clear';
}

export function analyzeOwnership(context: Context, star: StarAnalysis): CoachAnalysis['ownership'] {
  const iSpans = context.hits.i.map(spanOf);
  const weSpans = context.hits.we.map(spanOf);
  const rule = context.rules.data.ownership.weHeavy;
  const words = context.rules.words;
  const subjectI = context.hits.i.filter((hit) => words.subjectI.has(context.text.slice(hit.start, hit.end).toLowerCase().replace(/’/g, "'"))).length;
  const subjectWe = context.hits.we.filter((hit) => words.subjectWe.has(context.text.slice(hit.start, hit.end).toLowerCase().replace(/’/g, "'"))).length;
  const total = subjectI + subjectWe;
  const weHeavy = isStoryType(context.type) && subjectWe >= rule.minWe && total > 0 && subjectWe / total >= rule.minWeShare;
  return { i: iSpans.length, we: weSpans.length, iSpans, weSpans, weHeavy, verdict: verdictOf(context, star) };
}
