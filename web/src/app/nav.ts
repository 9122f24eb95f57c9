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

export function sectionOf(path: string): string {
  const match = SECTIONS.filter((s) => s.path !== '/' && (path === s.path || path.startsWith(`${s.path}/`)))[0];
  return match?.path ?? '/';
}
