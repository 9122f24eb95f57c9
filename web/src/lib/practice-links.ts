/** Where each kind of practice item the server names (plan items, debrief advice, today's plan) is done. One table. */
const PATHS = {
  question: (id: string) => `/practice/${id}`,
  problem: (id: string) => `/code/${id}`,
  area: (id: string) => `/practice?area=${id}`,
  dimension: () => '/practice',
  stories: () => '/mock/stories',
  mock: () => '/mock',
  flashcards: () => '/flashcards',
} as const;

export type PracticeLinkKind = keyof typeof PATHS;

/** @example practiceHref('problem', 'lru-cache') // '/code/lru-cache' */
export function practiceHref(kind: PracticeLinkKind, id = ''): string {
  return PATHS[kind](id);
}
