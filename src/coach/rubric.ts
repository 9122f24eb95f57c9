/**
 * Rubric coverage: a point is covered when the answer says at least one of its signals, matched
 * case-insensitively as a whole word or phrase with simple inflections and compound spellings
 * tolerated. The evidence is every signal found, with its span.
 */
import { longestFirst, PhraseMatcher } from './phrase-matcher.js';
import { spanOf, type Context } from './context.js';
import type { RubricCoverage, RubricPointInput } from './types.js';

interface SignalRef {
  point: number;
  signal: string;
}

// Rubrics come from the question bank and are reused across calls: compile each once.
const compiled = new WeakMap<readonly RubricPointInput[], PhraseMatcher<SignalRef>>();

function matcherFor(rubric: readonly RubricPointInput[]): PhraseMatcher<SignalRef> {
  let matcher = compiled.get(rubric);
  if (!matcher) {
    // String(): YAML reads an unquoted signal such as 99.99 as a number.
    matcher = new PhraseMatcher(
      rubric.flatMap((point, index) => point.signals.map((signal) => ({ phrase: String(signal), value: { point: index, signal: String(signal) } }))),
    );
    compiled.set(rubric, matcher);
  }
  return matcher;
}

export function analyzeRubric(context: Context): RubricCoverage[] {
  if (context.rubric.length === 0) return [];
  const matches = matcherFor(context.rubric).match(context.parsed.words);
  return context.rubric.map((point, index) => {
    const own = longestFirst(matches.filter((m) => m.value.point === index));
    const evidence = own.map((m) => ({ signal: m.value.signal, span: spanOf(m) }));
    const signals = [...new Set(evidence.map((e) => e.signal))];
    return { point: point.point, covered: signals.length > 0, evidence, signals };
  });
}
