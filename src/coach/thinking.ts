/**
 * Critical and strategic thinking (trade-offs, alternatives, risks, metrics named), collaboration,
 * technical depth, and the guide's mistakes to avoid that text can show: no technical depth, not
 * simple for the audience, no collaboration, no alternatives or trade-offs.
 */
import { longestFirst } from './phrase-matcher.js';
import { spanOf, type Context, type Hit } from './context.js';
import { termCounts, type DeliveryAnalysis } from './delivery.js';
import type { CheckId, CoachAnalysis, Evidence, MistakeCheck, Span, TermCount } from './types.js';

export type ThinkingAnalysis = Pick<CoachAnalysis, 'thinking' | 'collaboration' | 'technicalTerms'>;

function evidence(hits: readonly Hit[]): Evidence {
  const spans = longestFirst(hits).map(spanOf);
  return { present: spans.length > 0, spans };
}

/**
 * "with the design lead", "helped a junior analyst": a person or group linked to the candidate's
 * work. A verb link needs "I" or "we" in its sentence ("all three were asking for engineers" is not
 * the candidate's teamwork); a preposition must lead straight to the person, with no verb or
 * "that/of/for" in between ("with the requirement that no customer" is not a person).
 */
function roleLinks(context: Context): Span[] {
  const window = context.rules.data.thinking.roleWindow;
  const links = context.hits['role-link'];
  const { words, tokens, sentences } = context.parsed;
  const { prepositionLinks, roleDeterminers } = context.rules.words;
  const firstPerson = [...context.hits.i, ...context.hits.we];
  const sentenceOf = (offset: number): [number, number] => {
    const found = sentences.find((s) => offset >= s.start && offset < s.end);
    return found ? [found.start, found.end] : [0, context.text.length];
  };
  const spans: Span[] = [];
  for (const role of context.hits.role) {
    const link = links.find((l) => {
      if (l.lastWord >= role.firstWord || l.lastWord < role.firstWord - window) return false;
      if (/[.!?]/.test(context.text.slice(l.end, role.start))) return false;
      const linkWord = words[l.lastWord]?.norm ?? '';
      if (!prepositionLinks.has(linkWord)) {
        const [start, end] = sentenceOf(l.start);
        return firstPerson.some((p) => p.start >= start && p.end <= end);
      }
      const between = tokens.filter((t) => t.start >= l.end && t.end <= role.start);
      const blocked = between.some((t) => t.pos === 'VERB' || BLOCKERS.has(t.lower));
      const next = words[l.lastWord + 1]?.norm ?? '';
      return !blocked && (roleDeterminers.has(next) || l.lastWord + 1 === role.firstWord);
    });
    if (link) spans.push([link.start, role.end]);
  }
  return spans;
}

const BLOCKERS = new Set(['that', 'which', 'who', 'whose', 'of', 'for', 'to', ',']);

/** "instead of extending the trial", "versus if we waited": a rejected course of action. */
function comparedActions(context: Context): Hit[] {
  const { tokens } = context.parsed;
  return context.hits.comparison.filter((hit) => {
    const index = tokens.findIndex((t) => t.start >= hit.end);
    const next = tokens[index];
    if (!next) return false;
    const after = tokens[index + 1];
    if (hit.lastWord === hit.firstWord && context.parsed.words[hit.firstWord]?.norm === 'instead') {
      return context.rules.data.thinking.clauseEnders.includes(next.value);
    }
    const gerund = next.pos === 'VERB' && next.lower.endsWith('ing') && after?.pos !== 'NOUN';
    return context.rules.words.comparisonFollowers.has(next.lower) || gerund;
  });
}

export function analyzeThinking(context: Context): ThinkingAnalysis {
  const compared = comparedActions(context);
  const collaborationSpans = [...longestFirst(context.hits.collaboration).map(spanOf), ...roleLinks(context)]
    .sort((a, b) => a[0] - b[0])
    .filter((span, i, all) => i === 0 || span[0] >= (all[i - 1] as Span)[1]);
  return {
    thinking: {
      tradeoffs: evidence(context.hits.tradeoff),
      alternatives: evidence([...context.hits.alternative, ...compared].sort((a, b) => a.start - b.start || b.end - a.end)),
      risks: evidence(context.hits.risk),
      metrics: evidence(context.hits.metric),
    },
    collaboration: { present: collaborationSpans.length > 0, spans: collaborationSpans },
    technicalTerms: termCounts(longestFirst(context.hits.technical), context.text),
  };
}

export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

const CHECK_TITLES: Record<CheckId, string> = {
  'technical-depth': 'Technical depth',
  'simple-for-audience': 'Simple for the audience',
  collaboration: 'Collaboration',
  'critical-thinking': 'Critical and strategic thinking',
};

export function mistakeChecks(context: Context, thinking: ThinkingAnalysis, delivery: DeliveryAnalysis): MistakeCheck[] {
  const typeRules = context.rules.data.scoring.types[context.type];
  const checks: MistakeCheck[] = [];
  const spansOf = (terms: readonly TermCount[]): Span[] => terms.flatMap((t) => t.spans).sort((a, b) => a[0] - b[0]);
  for (const id of typeRules.checks) {
    if (id === 'technical-depth') {
      const distinct = thinking.technicalTerms.length;
      const passed = distinct >= typeRules.technicalTermsForDepth;
      const names = thinking.technicalTerms.slice(0, 6).map((t) => t.term).join(', ');
      checks.push({
        id,
        title: CHECK_TITLES[id],
        passed,
        evidence: spansOf(thinking.technicalTerms),
        note: passed
          ? `${plural(distinct, 'technical term')}${names ? `: ${names}` : ''}`
          : `${plural(distinct, 'technical term')}, below the ${typeRules.technicalTermsForDepth} expected for this question type`,
      });
    } else if (id === 'collaboration') {
      const passed = thinking.collaboration.present;
      checks.push({
        id,
        title: CHECK_TITLES[id],
        passed,
        evidence: thinking.collaboration.spans,
        note: passed ? plural(thinking.collaboration.spans.length, 'sign') + ' of working with others' : 'no one else is named or brought along',
      });
    } else if (id === 'critical-thinking') {
      const { tradeoffs, alternatives } = thinking.thinking;
      const passed = tradeoffs.present || alternatives.present;
      checks.push({
        id,
        title: CHECK_TITLES[id],
        passed,
        evidence: [...tradeoffs.spans, ...alternatives.spans].sort((a, b) => a[0] - b[0]),
        note: passed ? 'names a trade-off or an alternative' : 'no trade-off and no alternative is named',
      });
    }
  }
  if (delivery.jargon.applies) {
    const plain = context.rules.data.delivery.thresholds.plainReadingEase;
    const passed = !delivery.jargon.heavy && delivery.readability.readingEase >= plain;
    checks.push({
      id: 'simple-for-audience',
      title: CHECK_TITLES['simple-for-audience'],
      passed,
      evidence: spansOf(delivery.jargon.terms),
      note: passed
        ? `${plural(delivery.jargon.count, 'technical term')}, reading ease ${delivery.readability.readingEase}`
        : delivery.jargon.heavy
          ? `${plural(delivery.jargon.count, 'technical term')} (${delivery.jargon.perHundredWords} per 100 words) for a non-technical listener`
          : `reading ease ${delivery.readability.readingEase}, below ${plain}: sentences and words are hard to follow`,
    });
  }
  return checks;
}
