/**
 * A real past story or a generic answer? Generic evidence: phrases such as "I usually", "I would",
 * "I think it is important" (story.yaml) and present-tense habits after "I". Story evidence: steps
 * in the past tense after "I" or "we". Only behavioral answers are judged; elsewhere "I would" is
 * exactly what the question asks for.
 */
import { isStoryType } from '../core/taxonomy.js';
import { longestFirst } from './phrase-matcher.js';
import { spanOf, type Context } from './context.js';
import type { StarAnalysis } from './star.js';
import type { CoachAnalysis, Span } from './types.js';

export function analyzeStory(context: Context, star: StarAnalysis): CoachAnalysis['story'] {
  const rules = context.rules.data.story;
  const genericSpans: Span[] = longestFirst(context.hits.generic).map(spanOf);
  const actionSpans: Span[] = [];
  const habitSpans: Span[] = [];
  for (const clause of star.clauses) {
    habitSpans.push(...clause.habits);
    if (!clause.hypothetical) actionSpans.push(...clause.iActions, ...clause.weActions);
  }
  // "I usually listen" is one piece of evidence, not a phrase and a habit.
  const habitsAlone = habitSpans.filter(([start, end]) => !genericSpans.some(([s, e]) => start < e && s < end));
  const evidence = [...genericSpans, ...habitsAlone].sort((a, b) => a[0] - b[0]);
  const genericEvidence = genericSpans.length + habitsAlone.length * rules.presentHabitWeight;
  const generic =
    isStoryType(context.type) &&
    context.parsed.words.length >= rules.minWords &&
    genericEvidence >= rules.minGenericEvidence &&
    genericEvidence > actionSpans.length;
  return { generic, genericSpans: evidence, pastTenseActions: actionSpans.length, actionSpans: actionSpans.sort((a, b) => a[0] - b[0]) };
}
