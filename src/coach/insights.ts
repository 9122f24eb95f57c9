/**
 * Insights of the kind good interviewers give: the words said most, the TPM vocabulary used, and
 * which talking points (rubric points and kinds of reasoning) the answer covered.
 */
import { longestFirst } from './phrase-matcher.js';
import type { Context } from './context.js';
import { termCounts } from './delivery.js';
import type { ThinkingAnalysis } from './thinking.js';
import type { CoachAnalysis, RubricCoverage } from './types.js';

const REASONING = [
  ['tradeoffs', 'trade-offs'],
  ['alternatives', 'alternatives'],
  ['risks', 'risks'],
  ['metrics', 'metrics'],
] as const;

export function analyzeInsights(context: Context, rubric: readonly RubricCoverage[], thinking: ThinkingAnalysis): CoachAnalysis['insights'] {
  const { tokenAt } = context.parsed;
  const counts = new Map<string, number>();
  for (const word of context.parsed.words) {
    if (word.norm.length < 3 || /^\p{N}/u.test(word.norm) || tokenAt.get(word.start)?.stop !== false) continue;
    counts.set(word.norm, (counts.get(word.norm) ?? 0) + 1);
  }
  const topWords = [...counts.entries()]
    .map(([word, count]) => ({ word, count }))
    .sort((a, b) => b.count - a.count || a.word.localeCompare(b.word))
    .slice(0, context.rules.data.delivery.thresholds.topWords);

  const covered: string[] = [];
  const missing: string[] = [];
  for (const point of rubric) (point.covered ? covered : missing).push(point.point);
  for (const [key, label] of REASONING) (thinking.thinking[key].present ? covered : missing).push(label);

  return { topWords, tpmTerms: termCounts(longestFirst(context.hits.tpm), context.text), talkingPoints: { covered, missing } };
}
