/** The sections of the app, in the order the navigation shows them. */
export const SECTIONS = [
  { path: '/', label: 'Dashboard', icon: '◧' },
  { path: '/practice', label: 'Practice', icon: '✎' },
  { path: '/mock', label: 'Mock interview', icon: '◷' },
  { path: '/code', label: 'Code', icon: '⌨' },
  { path: '/toolkit', label: 'Toolkit', icon: '∑' },
  { path: '/flashcards', label: 'Flashcards', icon: '❏' },
  { path: '/plan', label: 'Plan', icon: '▦' },
  { path: '/guide', label: 'Guide', icon: '☰' },
] as const;

/** Hosted mode's pages, shown under the signed-in account; `role` limits a page to one role. */
export const ACCOUNT_SECTIONS: ReadonlyArray<{ path: string; label: string; icon: string; role?: 'coach' | 'admin' }> = [
  { path: '/cohort', label: 'Cohort', icon: '◎', role: 'coach' },
  { path: '/admin', label: 'People and cohorts', icon: '⚙', role: 'admin' },
  { path: '/account', label: 'Account', icon: '●' },
];

export function sectionOf(path: string): string {
  const match = SECTIONS.filter((s) => s.path !== '/' && (path === s.path || path.startsWith(`${s.path}/`)))[0];
  return match?.path ?? '/';
}
