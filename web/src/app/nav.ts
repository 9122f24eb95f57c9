/** The sections of the app, in the order the navigation shows them. */
export const SECTIONS = [
  { path: '/', label: 'Dashboard', icon: '◧' },
  { path: '/practice', label: 'Practice', icon: '✎' },
  { path: '/mock', label: 'Mock interview', icon: '◷' },
  { path: '/mock/stories', label: 'Stories', icon: '❝' },
  { path: '/code', label: 'Code', icon: '⌨' },
  { path: '/toolkit', label: 'Toolkit', icon: '∑' },
  { path: '/flashcards', label: 'Flashcards', icon: '❏' },
  { path: '/plan', label: 'Plan', icon: '▦' },
  { path: '/guide', label: 'Guide', icon: '☰' },
  { path: '/settings', label: 'Settings', icon: '⚙' },
] as const;

/** Pages outside the sections: none is marked current on them. */
const OUTSIDE = new Set(['/welcome']);

/** The section a path belongs to: the longest section path it starts with (/mock/stories/3 is Stories, not Mock). */
export function sectionOf(path: string): string | undefined {
  if (OUTSIDE.has(path)) return undefined;
  const matches = SECTIONS.filter((s) => s.path !== '/' && (path === s.path || path.startsWith(`${s.path}/`)));
  return matches.sort((a, b) => b.path.length - a.path.length)[0]?.path ?? '/';
}
