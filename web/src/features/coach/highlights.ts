import type { CoachAnalysis, Provenance, Span } from '@shared/api.js';
import { isStoryType } from '@shared/domain.js';

export type MarkKind = 'situation' | 'task' | 'action' | 'result' | 'filler' | 'hedge' | 'number' | 'bad-number' | 'keyword-list' | 'typed';

export interface Segment {
  text: string;
  start: number;
  marks: MarkKind[];
}

/** A spoken answer: the words the server found typed after recording, not heard in it. */
export function typedMarksOf(spoken: Provenance): Array<{ kind: MarkKind; span: Span }> {
  return spoken.typedSpans.map((span) => ({ kind: 'typed', span: [span.start, span.end] }));
}

/** The spans the text view colours, by kind. */
export function marksOf(analysis: (CoachAnalysis & { spoken?: Provenance }) | undefined): Array<{ kind: MarkKind; span: Span }> {
  if (!analysis) return [];
  const marks: Array<{ kind: MarkKind; span: Span }> = [];
  if (isStoryType(analysis.type)) {
    for (const kind of ['situation', 'task', 'action', 'result'] as const) {
      for (const span of analysis.star[kind].spans) marks.push({ kind, span });
    }
  }
  for (const span of analysis.fillers.spans) marks.push({ kind: 'filler', span });
  for (const span of analysis.hedges.spans) marks.push({ kind: 'hedge', span });
  for (const q of analysis.quantities) marks.push({ kind: 'number', span: q.span });
  // Attempts saved before these checks existed have no integrity findings.
  const integrity = analysis.integrity as CoachAnalysis['integrity'] | undefined;
  for (const n of integrity?.numbers ?? []) marks.push({ kind: 'bad-number', span: n.span });
  for (const span of integrity?.keywordList.spans ?? []) marks.push({ kind: 'keyword-list', span });
  if (analysis.spoken) marks.push(...typedMarksOf(analysis.spoken));
  return marks;
}

/** Cuts the text at every span boundary; each piece lists the marks that cover it. */
export function segment(text: string, marks: Array<{ kind: MarkKind; span: Span }>): Segment[] {
  const cuts = new Set([0, text.length]);
  for (const { span } of marks) {
    cuts.add(Math.max(0, Math.min(text.length, span[0])));
    cuts.add(Math.max(0, Math.min(text.length, span[1])));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const start = points[i] as number;
    const end = points[i + 1] as number;
    if (end <= start) continue;
    const covering = marks.filter((m) => m.span[0] <= start && m.span[1] >= end).map((m) => m.kind);
    segments.push({ text: text.slice(start, end), start, marks: [...new Set(covering)] });
  }
  return segments;
}
