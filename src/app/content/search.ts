import { z } from 'zod';
import type { Content } from '../../content/index.js';
import { contentSearchDocuments, SEARCH_KINDS, type SearchKind } from '../../content/search-documents.js';
import { buildSearchIndex, type SearchDocument, type SearchHit, type SearchIndex } from '../../content/search.js';
import { parseInput } from '../validate.js';

export { SEARCH_KINDS, type SearchKind } from '../../content/search-documents.js';

/** Queries longer than this are refused: nobody types more into a search box. */
export const SEARCH_QUERY_MAX = 200;
/** Results a search returns by default, and at most. */
export const SEARCH_LIMIT = { default: 20, max: 100 } as const;

/** The app's own pages, so "settings" or "calendar" finds where to go. */
export const APP_PAGES: ReadonlyArray<{ id: string; title: string; body: string; href: string }> = [
  { id: 'dashboard', title: 'Dashboard', body: 'Readiness per skill and area, what to practise next, today in your plan, recent practice.', href: '/' },
  { id: 'practice', title: 'Practice questions', body: 'The question bank: answer against the clock, coached and saved. Filter by type, skill, area, stage.', href: '/practice' },
  { id: 'mock', title: 'Mock interview', body: 'A whole interview loop, stage by stage with a timer, and a debrief with a hire signal.', href: '/mock' },
  { id: 'stories', title: 'Story bank', body: 'Your STAR stories for behavioral questions and which themes they cover.', href: '/mock/stories' },
  { id: 'code', title: 'Code', body: 'Coding exercises judged in a sandbox in TypeScript, JavaScript or Python.', href: '/code' },
  { id: 'toolkit', title: 'Toolkit', body: 'Calculators for availability, error budgets, latency, capacity, A/B tests and schedules.', href: '/toolkit' },
  { id: 'exercises', title: 'Exercises', body: 'Graded system designs, metric cases and program plans.', href: '/toolkit/exercises' },
  { id: 'availability', title: 'Availability calculator', body: 'Uptime nines to downtime a year, month and week; serial and parallel components.', href: '/toolkit/availability' },
  { id: 'error-budget', title: 'SLO error budget calculator', body: 'Error budget and burn rate for a service level objective.', href: '/toolkit/error-budget' },
  { id: 'latency', title: 'Latency calculator', body: 'Percentiles, fan-out and latency budgets.', href: '/toolkit/latency' },
  { id: 'capacity', title: 'Capacity calculator', body: "Requests a second at peak, servers and Little's law.", href: '/toolkit/capacity' },
  { id: 'ab', title: 'A/B test calculator', body: 'Significance of an experiment: conversion, lift and confidence interval.', href: '/toolkit/ab' },
  { id: 'sample-size', title: 'Sample size calculator', body: 'Visitors per arm an A/B test needs to see a lift.', href: '/toolkit/sample-size' },
  { id: 'schedule', title: 'Schedule calculator', body: 'Critical path and PERT estimates for a project plan.', href: '/toolkit/schedule' },
  { id: 'flashcards', title: 'Flashcards', body: 'Spaced repetition (FSRS) of what a TPM must know; export to Anki.', href: '/flashcards' },
  { id: 'plan', title: 'Study plan', body: 'A day-by-day plan to your interview date; import it into a calendar.', href: '/plan' },
  { id: 'guide', title: 'Guide', body: 'Skills, review areas, interview stages, checklist, mistakes to avoid and FAQ.', href: '/guide' },
  { id: 'settings', title: 'Settings', body: 'Theme, track and level, interview date, language model, flashcards, and your data: export, import, backup, reset.', href: '/settings' },
];

export const searchQuerySchema = z.strictObject({
  q: z.string({ error: 'give the search text as q' }).max(SEARCH_QUERY_MAX, `a search is limited to ${SEARCH_QUERY_MAX} characters`),
  kind: z
    .string()
    .transform((s) => s.split(',').map((k) => k.trim()).filter(Boolean))
    .pipe(z.array(z.enum(SEARCH_KINDS, { error: `kind is one or more of ${SEARCH_KINDS.join(', ')}, comma-separated` })))
    .optional(),
  limit: z.coerce
    .number({ error: `limit is a whole number from 1 to ${SEARCH_LIMIT.max}` })
    .int(`limit is a whole number from 1 to ${SEARCH_LIMIT.max}`)
    .min(1, `limit is a whole number from 1 to ${SEARCH_LIMIT.max}`)
    .max(SEARCH_LIMIT.max, `limit is at most ${SEARCH_LIMIT.max}`)
    .optional(),
});

export type SearchResult = Omit<SearchHit<SearchKind>, 'score'>;

/** App pages are few and named by one word ("settings"); flashcards and guide passages are short and many and should not crowd out what a person came to practise. */
export const KIND_WEIGHTS: Partial<Record<SearchKind, number>> = { page: 2, flashcard: 0.5, guide: 0.5 };

const indexes = new WeakMap<Content, SearchIndex<SearchKind>>();

/** One index over the whole curriculum and the app's pages, built on first use and kept for the content's life. */
export function searchIndexOf(content: Content): SearchIndex<SearchKind> {
  let index = indexes.get(content);
  if (!index) {
    const pages: SearchDocument<SearchKind>[] = APP_PAGES.map((p) => ({ kind: 'page', ...p }));
    index = buildSearchIndex([...pages, ...contentSearchDocuments(content)], KIND_WEIGHTS);
    indexes.set(content, index);
  }
  return index;
}

export function searchOperations(content: Content) {
  /** Ranked hits of one kind or more, for lists that search (`questions list --search`). */
  function rank(query: string, kinds: readonly SearchKind[]): SearchHit<SearchKind>[] {
    return searchIndexOf(content).search(query, { kinds });
  }

  /** GET /api/search and the palette: the best matches over everything. */
  function query(raw: unknown): { query: string; results: SearchResult[] } {
    const input = parseInput(searchQuerySchema, raw, 'search');
    const text = input.q.trim();
    if (text === '') return { query: text, results: [] };
    const hits = searchIndexOf(content).search(text, { kinds: input.kind, limit: input.limit ?? SEARCH_LIMIT.default });
    return { query: text, results: hits.map(({ kind, id, title, snippet, href }) => ({ kind, id, title, snippet, href })) };
  }

  return { query, rank };
}
