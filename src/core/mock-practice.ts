import type { MockDimensionId, MockItem, MockState } from './mock-types.js';
import { AREAS, isStoryType, titleOf, type AreaId } from './taxonomy.js';

/**
 * "What to practise next" after a mock: the weakest dimensions with advice, the weakest answers to
 * answer again, the area most of them share, and the story bank when behavioral answers fell short.
 */

/** A dimension or an answer below this is named in "practise next". */
export const PRACTICE_BELOW = 65;
export const PRACTICE_ITEMS_MAX = 6;

export type PracticeKind = 'dimension' | 'question' | 'problem' | 'area' | 'stories' | 'mock';

export interface PracticeNext {
  kind: PracticeKind;
  id: string;
  title: string;
  reason: string;
}

/** Per dimension, one line on how to practise it (content/mock/interviewer.yaml). */
export type PracticeAdvice = Partial<Record<MockDimensionId, string>>;

/** `scoreOf` is the item's final score (the debrief's rule), passed in to keep this file free of scoring. */
export function practiceNext(
  state: MockState,
  dimensions: ReadonlyArray<{ id: MockDimensionId; title: string; score: number | null }>,
  advice: PracticeAdvice,
  scoreOf: (item: MockItem) => number | null,
): PracticeNext[] {
  const areaTitles = (id: AreaId) => titleOf(AREAS, id);
  const out: PracticeNext[] = [];
  const weakDims = dimensions.filter((d) => d.score !== null && d.score < PRACTICE_BELOW).sort((a, b) => (a.score as number) - (b.score as number));
  for (const d of weakDims.slice(0, 2)) {
    out.push({ kind: 'dimension', id: d.id, title: d.title, reason: `${d.title} scored ${d.score}. ${advice[d.id] ?? ''}`.trim() });
  }
  const weakItems = state.stages
    .flatMap((stage) => stage.items.map((item) => ({ stage, item, score: item.answer ? scoreOf(item) : null })))
    .filter((x) => x.stage.startedAt !== null && (x.score === null || x.score < PRACTICE_BELOW))
    .sort((a, b) => (a.score ?? -1) - (b.score ?? -1));
  for (const { stage, item, score } of weakItems.slice(0, 3)) {
    const gap = item.followUp?.closed === false ? ` The interviewer asked: "${item.followUp.question}"` : '';
    const said = score === null ? `Not answered in ${stage.title}.` : `Scored ${Math.round(score)} in ${stage.title}.`;
    out.push({ kind: item.kind === 'coding' ? 'problem' : 'question', id: item.refId, title: item.title, reason: `${said}${gap}` });
  }
  const areaCounts = new Map<AreaId, number>();
  for (const { item } of weakItems) for (const area of item.areas) areaCounts.set(area, (areaCounts.get(area) ?? 0) + 1);
  const topArea = [...areaCounts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0];
  if (topArea && topArea[1] > 1) {
    out.push({ kind: 'area', id: topArea[0], title: areaTitles(topArea[0]), reason: `${topArea[1]} of the weaker answers are about ${areaTitles(topArea[0]).toLowerCase()}.` });
  }
  const weakStories = weakItems.filter((x) => isStoryType(x.item.type ?? ''));
  if (weakStories.length > 0) {
    const themes = [...new Set(weakStories.flatMap((x) => x.item.themes))].slice(0, 3);
    out.push({ kind: 'stories', id: themes[0] ?? 'stories', title: 'Your story bank', reason: `${weakStories.length} behavioral answer${weakStories.length === 1 ? '' : 's'} fell short. Prepare STAR stories on ${themes.map((t) => t.replace(/-/g, ' ')).join(' and ') || 'these questions'}, then check them with the coach.` });
  }
  if (out.length === 0) {
    out.push({ kind: 'mock', id: state.loopId, title: 'Another mock loop', reason: 'Every answer cleared the bar: run another loop in a few days, ideally a company-style one, to keep it that way.' });
  }
  return out.slice(0, PRACTICE_ITEMS_MAX);
}

