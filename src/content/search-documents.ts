import type { Content } from './index.js';
import type { SearchDocument } from './search.js';

/** What search covers, one kind per thing a person can open. */
export const SEARCH_KINDS = ['page', 'question', 'problem', 'design', 'case', 'program', 'flashcard', 'guide'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

const words = (ids: readonly string[]) => ids.join(' ').replace(/-/g, ' ');

/**
 * Every searchable piece of the curriculum as a document with the web address that opens it. The
 * rubric's signals and the tags find a document without being shown in its snippet.
 */
export function contentSearchDocuments(content: Content): SearchDocument<SearchKind>[] {
  const docs: SearchDocument<SearchKind>[] = [];
  for (const q of content.questions) {
    docs.push({
      kind: 'question',
      id: q.id,
      title: q.title,
      body: q.prompt,
      keywords: `${q.type} ${words(q.areas)} ${q.rubric.map((r) => `${r.point} ${r.signals.join(' ')}`).join(' ')}`,
      href: `/practice/${q.id}`,
    });
  }
  for (const p of content.problems) {
    docs.push({ kind: 'problem', id: p.id, title: p.title, body: p.statement, keywords: `coding ${p.kind} ${words(p.areas)}`, href: `/code/${p.id}` });
  }
  for (const d of content.designs) {
    docs.push({ kind: 'design', id: d.id, title: d.title, body: `${d.summary} ${d.brief}`, keywords: `system design ${words(d.areas)}`, href: `/toolkit/designs/${d.id}` });
  }
  for (const c of content.cases) {
    docs.push({ kind: 'case', id: c.id, title: c.title, body: `${c.summary} ${c.situation}`, keywords: `metric case data analysis ${words(c.areas)}`, href: `/toolkit/cases/${c.id}` });
  }
  for (const p of content.programs) {
    docs.push({ kind: 'program', id: p.id, title: p.title, body: `${p.summary} ${p.situation}`, keywords: `program plan ${words(p.areas)}`, href: `/toolkit/programs/${p.id}` });
  }
  for (const f of content.flashcards) {
    docs.push({ kind: 'flashcard', id: f.id, title: f.front, body: f.back, keywords: `flashcard ${f.deck} ${f.tags.join(' ')}`, href: `/flashcards?deck=${f.deck}` });
  }
  const g = content.guide;
  const guide = (id: string, title: string, body: string, anchor: string, keywords = '') =>
    docs.push({ kind: 'guide', id, title, body, keywords, href: `/guide#${anchor}` });
  for (const s of g.skills) guide(`skill-${s.id}`, s.title, `${s.summary} ${s.description}`, `skill-${s.id}`, `skill ${s.signals.join(' ')}`);
  for (const a of g.areas) guide(`area-${a.id}`, a.title, `${a.summary} ${a.description}`, `area-${a.id}`, 'review area');
  for (const s of g.stages) guide(`stage-${s.id}`, s.title, `${s.summary} ${s.description}`, `stage-${s.id}`, `interview stage ${s.duration}`);
  for (const m of g.mistakes) guide(`mistake-${m.id}`, m.title, `${m.description} ${m.fix}`, `mistake-${m.id}`, 'mistake to avoid');
  for (const f of g.faq) guide(`faq-${f.id}`, f.question, f.answer, `faq-${f.id}`, 'faq');
  for (const c of g.checklist) guide(`checklist-${c.id}`, c.title, c.description, 'checklist', 'preparation checklist');
  guide('process', 'How the interview process runs', g.process.description, 'stages', 'process timeline weeks stages');
  return docs;
}
