/**
 * Is the answer about the question at all? It counts on-topic words: the everyday vocabulary of work
 * (terms.yaml), the prompt's own content words and the rubric's signals. Almost none of them, in an
 * answer long enough to judge, means off-topic.
 */
import { longestFirst } from './phrase-matcher.js';
import { spanOf, type Context } from './context.js';
import type { CoachAnalysis, RubricCoverage, Span } from './types.js';

export function analyzeRelevance(context: Context, rubric: readonly RubricCoverage[]): CoachAnalysis['relevance'] {
  const scoring = context.rules.data.scoring;
  const words = context.parsed.words;
  const ignore = context.rules.words.promptIgnore;
  const promptStems = new Set(context.promptWords.filter((w) => w.norm.length >= 3 && !ignore.has(w.norm)).map((w) => w.stem));
  const byStart = new Map<number, Span>();
  const vocabulary = [...context.hits.work, ...context.hits.tpm, ...context.hits.technical].sort((a, b) => a.start - b.start || b.end - a.end);
  for (const hit of longestFirst(vocabulary)) byStart.set(hit.start, spanOf(hit));
  for (const word of words) if (promptStems.has(word.stem) && !ignore.has(word.norm)) byStart.set(word.start, spanOf(word));
  for (const point of rubric) for (const e of point.evidence) byStart.set(e.span[0], e.span);
  const spans = [...byStart.values()].sort((a, b) => a[0] - b[0]);
  const rule = scoring.offTopic;
  const perWords = words.length > 0 ? (spans.length / words.length) * rule.perWords : 0;
  return {
    offTopic: words.length >= rule.minWords && perWords < rule.minHits,
    tooShort: words.length <= scoring.tooShortWords,
    onTopicHits: spans.length,
    spans,
  };
}
