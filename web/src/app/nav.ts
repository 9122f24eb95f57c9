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

/** Hosted mode's pages, shown under the signed-in account; `role` limits a page to one role. */
export const ACCOUNT_SECTIONS: ReadonlyArray<{ path: string; label: string; icon: string; role?: 'candidate' | 'coach' | 'admin' }> = [
  { path: '/peer', label: 'Peer mock', icon: '⇄', role: 'candidate' },
  { path: '/cohort', label: 'Cohort', icon: '◎', role: 'coach' },
  { path: '/admin', label: 'People and cohorts', icon: '⚙', role: 'admin' },
  { path: '/account', label: 'Account', icon: '●' },
];

/** Pages outside the sections (the welcome, signing in, the account pages): none is marked current on them. */
const OUTSIDE = ['/welcome', '/signin', '/accept', ...ACCOUNT_SECTIONS.map((s) => s.path)];

/** The section a path belongs to: the longest section path it starts with (/mock/stories/3 is Stories, not Mock). */
export function sectionOf(path: string): string | undefined {
  if (OUTSIDE.some((p) => path === p || path.startsWith(`${p}/`))) return undefined;
  const matches = SECTIONS.filter((s) => s.path !== '/' && (path === s.path || path.startsWith(`${s.path}/`)));
  return matches.sort((a, b) => b.path.length - a.path.length)[0]?.path ?? '/';
}
