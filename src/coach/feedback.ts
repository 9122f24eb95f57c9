/**
 * Turns findings into what the person reads: each message quotes the words that earned it (with
 * their span) or says what is missing. Wording lives in messages.yaml; follow-up questions come from
 * the gaps, in the priority order of followups.yaml.
 */
import { isStoryType } from '../core/taxonomy.js';
import { quote, type Context } from './context.js';
import type { GapId, MessageId } from './rules-schema.js';
import type { ScoringInput } from './scoring.js';
import { plural } from './thinking.js';
import { STAR_PARTS, type CoachAnalysis, type DimensionId, type Feedback, type FollowUp, type Severity, type Span } from './types.js';

type Values = Record<string, string | number>;

function format(context: Context, id: MessageId, values: Values = {}): string {
  return context.rules.data.messages[id].replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}

const PART_TITLES = { situation: 'Situation', task: 'Task', action: 'Action', result: 'Result' } as const;

export function buildFeedback(context: Context, input: ScoringInput, checks: CoachAnalysis['checks']): Feedback[] {
  const out: Feedback[] = [];
  const add = (severity: Severity, id: MessageId, values: Values, span?: Span, dimension?: DimensionId): void => {
    out.push({ severity, message: format(context, id, values), ...(span ? { span } : {}), ...(dimension ? { dimension } : {}) });
  };
  const q = (span: Span): string => quote(context.text, span);
  const { delivery, star, thinking, relevance } = input;

  const { integrity } = input;
  // In another language nothing else the coach could say would be fair.
  if (integrity.language === 'other') {
    add('problem', 'not-english', {});
    return out;
  }
  if (relevance.tooShort) add('problem', 'too-short', { words: plural(delivery.words, 'word') });
  else if (relevance.offTopic) add('problem', 'off-topic', {});
  if (relevance.otherQuestion) add('problem', 'other-question', { title: relevance.otherQuestion.title }, undefined, 'rubric');
  const competency = relevance.competency;
  if (competency && !relevance.otherQuestion && integrity.language === 'english' && !relevance.tooShort) {
    const first = competency.spans[0];
    if (competency.shown && first) add('strength', 'competency-shown', { name: competency.name, quote: q(first) }, first, 'rubric');
    else if (!competency.shown) add('problem', 'competency-missing', { name: competency.name }, undefined, 'rubric');
  }
  for (const span of integrity.keywordList.spans.slice(0, 3)) add('problem', 'keyword-list', { quote: q(span) }, span, 'rubric');
  if (integrity.recited.flagged) add('problem', 'recited', { share: `${Math.round(integrity.recited.share * 100)}%` }, integrity.recited.spans[0], 'rubric');
  for (const finding of integrity.numbers) out.push({ severity: 'problem', message: finding.message, span: finding.span, dimension: 'specificity' });
  const commonplaces = input.concrete.platitudes;
  if (commonplaces.length >= context.rules.data.scoring.concrete.minToSay && commonplaces[0]) {
    add('warning', 'platitudes', { count: plural(commonplaces.length, 'sentence'), quote: q(commonplaces[0]) }, commonplaces[0], 'specificity');
  }
  const firstRepeat = integrity.repeated.spans[0];
  if (firstRepeat) add('warning', 'repeated', { count: plural(integrity.repeated.count, 'sentence'), quote: quote(context.original, firstRepeat) }, firstRepeat, 'delivery');
  const firstSurplus = integrity.surplus[0];
  if (firstSurplus) {
    const words = integrity.surplus.reduce((sum, [s, e]) => sum + (context.original.slice(s, e).match(/\S+/g)?.length ?? 0), 0);
    add('warning', 'surplus', { words: plural(words, 'word') }, firstSurplus, 'delivery');
  }

  if (isStoryType(context.type)) {
    if (input.story.generic) {
      const first = input.story.genericSpans[0];
      add('problem', 'generic', { quote: first ? q(first) : '' }, first, 'specificity');
    } else if (input.story.pastTenseActions > 0) {
      add('strength', 'real-story', { count: plural(input.story.pastTenseActions, 'step') }, input.story.actionSpans[0], 'specificity');
    }
    for (const part of STAR_PARTS) {
      const found = star.parts[part];
      const first = found.spans[0];
      if (first) add('strength', 'star-part-present', { part: PART_TITLES[part], quote: q(first) }, first, 'structure');
      else add(part === 'action' || part === 'result' ? 'problem' : 'warning', `star-part-missing-${part}`, {}, undefined, 'structure');
    }
    const [sMin, sMax] = context.rules.data.star.split.situation;
    const [aMin] = context.rules.data.star.split.action;
    const share = (value: number): string => `${Math.round(value * 100)}%`;
    if (star.parts.situation.share > sMax && sMin <= sMax) add('warning', 'situation-too-long', { share: share(star.parts.situation.share) }, star.parts.situation.spans[0], 'structure');
    if (star.parts.action.present && star.parts.action.share < aMin) add('warning', 'action-too-short', { share: share(star.parts.action.share) }, star.parts.action.spans[0], 'structure');
    if (star.parts.result.present) {
      const amount = input.quantities.find((x) => x.inResult);
      if (amount) add('strength', 'result-quantified', { quote: q(amount.span) }, amount.span, 'specificity');
      else add('warning', 'result-not-quantified', {}, undefined, 'specificity');
    }
    const { i, we, weHeavy, verdict } = input.ownership;
    const times = { i: plural(i, 'time'), we: plural(we, 'time') };
    if (verdict === 'unclear' && !input.story.generic && i + we > 0) {
      const first = input.ownership.weSpans[0] ?? input.ownership.iSpans[0];
      add('warning', 'ownership-unclear', { quote: `"I" ${times.i}, "we" ${times.we}` }, first, 'ownership');
    } else if (weHeavy) add('warning', 'we-heavy', times, input.ownership.weSpans[0], 'ownership');
    else if (i > 0 && i >= we) add('strength', 'ownership-good', times, input.ownership.iSpans[0], 'ownership');
  }

  for (const point of input.rubric) {
    const first = point.evidence[0];
    if (first) add('strength', 'rubric-covered', { point: point.point, quote: q(first.span) }, first.span, 'rubric');
    else add('warning', 'rubric-missing', { point: point.point }, undefined, 'rubric');
  }

  const named: Array<[keyof typeof thinking.thinking, MessageId]> = [
    ['tradeoffs', 'tradeoffs-named'],
    ['alternatives', 'alternatives-named'],
    ['risks', 'risks-named'],
    ['metrics', 'metrics-named'],
  ];
  for (const [kind, id] of named) {
    const first = thinking.thinking[kind].spans[0];
    if (first) add('strength', id, { quote: q(first) }, first, 'thinking');
  }
  for (const check of checks) {
    if (check.id === 'critical-thinking' && !check.passed) add('warning', 'no-critical-thinking', {}, undefined, 'thinking');
    if (check.id === 'collaboration') {
      const first = thinking.collaboration.spans[0];
      if (first) add('strength', 'collaboration-named', { quote: q(first) }, first, 'collaboration');
      else add('warning', 'no-collaboration', {}, undefined, 'collaboration');
    }
    if (check.id === 'technical-depth') {
      const terms = thinking.technicalTerms.slice(0, 5).map((t) => t.term).join(', ');
      if (check.passed && terms) add('strength', 'technical-depth-ok', { terms }, check.evidence[0], 'depth');
      else if (!check.passed) add('warning', 'no-technical-depth', { count: plural(thinking.technicalTerms.length, 'technical term') }, undefined, 'depth');
    }
    if (check.id === 'simple-for-audience') {
      const terms = delivery.jargon.terms.slice(0, 5).map((t) => t.term).join(', ');
      if (delivery.jargon.heavy) add('problem', 'jargon', { count: delivery.jargon.count, terms }, check.evidence[0], 'delivery');
      else if (check.passed) add('strength', 'simple-ok', {}, undefined, 'delivery');
      else add('warning', 'hard-to-read', { count: delivery.readability.readingEase }, undefined, 'delivery');
    }
  }
  if (!isStoryType(context.type) && !thinking.thinking.metrics.present && !relevance.tooShort) add('info', 'no-metrics', {}, undefined, 'thinking');

  const { minSeconds: min, maxSeconds: max, verdict } = delivery.target;
  const lengthValues = { seconds: Math.round(delivery.speakingSeconds), words: delivery.words, min, max };
  add(verdict === 'ok' ? 'strength' : 'warning', verdict === 'ok' ? 'length-ok' : verdict === 'short' ? 'length-short' : 'length-long', lengthValues, undefined, 'delivery');
  for (const [marks, id, noun] of [[delivery.fillers, 'fillers', 'filler'], [delivery.hedges, 'hedges', 'hedge']] as const) {
    const first = marks.spans[0];
    if (marks.count > 0 && first) add(marks.heavy ? 'warning' : 'info', id, { count: plural(marks.count, noun), rate: marks.perMinute, quote: q(first) }, first, 'delivery');
  }
  for (const repeated of delivery.repeatedWords.slice(0, 3)) add('info', 'repeated-word', { quote: repeated.term, count: repeated.count }, repeated.spans[0], 'delivery');
  for (const span of delivery.readability.longSentences.slice(0, 2)) {
    const words = context.parsed.words.filter((w) => w.start >= span[0] && w.end <= span[1]).length;
    add('info', 'long-sentence', { count: words, quote: q(span) }, span, 'delivery');
  }
  return out;
}

export function chooseFollowUps(context: Context, input: ScoringInput, checks: CoachAnalysis['checks']): FollowUp[] {
  if (input.integrity.language === 'other') return [];
  const behavioral = isStoryType(context.type);
  const { star, story, thinking } = input;
  const failed = (id: string): boolean => checks.some((c) => c.id === id && !c.passed);
  const critical = checks.some((c) => c.id === 'critical-thinking');
  const toldStory = behavioral && !story.generic;
  const gaps: Record<GapId, boolean> = {
    'no-story': behavioral && story.generic,
    'no-result': toldStory && !star.parts.result.present,
    'result-not-quantified': toldStory && star.parts.result.present && !input.quantified.present,
    'we-heavy': input.ownership.weHeavy,
    'no-action': toldStory && !star.parts.action.present,
    'no-task': toldStory && !star.parts.task.present,
    'no-situation': toldStory && !star.parts.situation.present,
    'rubric-point': input.rubric.some((p) => !p.covered),
    'no-tradeoffs': critical && !thinking.thinking.tradeoffs.present,
    'no-alternatives': critical && !thinking.thinking.alternatives.present,
    'no-risks': !behavioral && critical && !thinking.thinking.risks.present,
    'no-metrics': !behavioral && !thinking.thinking.metrics.present,
    'no-collaboration': failed('collaboration'),
    'no-technical-depth': failed('technical-depth'),
    'not-simple': failed('simple-for-audience'),
  };
  const config = context.rules.data.followups;
  const chosen: FollowUp[] = [];
  for (const { gap, question } of config.gaps) {
    if (chosen.length >= config.maxFollowUps || !gaps[gap]) continue;
    if (gap === 'rubric-point') {
      // An interviewer probes the points left out, in the words the question's content gives each.
      const missed = context.rubric.filter((p, i) => !input.rubric[i]?.covered);
      for (const point of missed.slice(0, 2)) {
        if (chosen.length < config.maxFollowUps) chosen.push({ gap, question: point.probe ?? question });
      }
    } else chosen.push({ gap, question });
  }
  return chosen;
}
