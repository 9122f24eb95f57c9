import type { MarkKind, Segment } from './highlights.js';

/** Renders segments with one class per mark; used behind the editor and for saved answers. */
export function HighlightedText({ segments, trailing = '' }: { segments: Segment[]; trailing?: string }) {
  return (
    <>
      {segments.map((s) =>
        s.marks.length === 0 ? (
          <span key={s.start}>{s.text}</span>
        ) : (
          <mark key={s.start} className={s.marks.map((m) => `hl-${m}`).join(' ')}>
            {s.text}
          </mark>
        ),
      )}
      {trailing}
    </>
  );
}

/**
 * `typed`: the answer was spoken and then edited, so typed words are marked too. `only`: the kinds a
 * text marks, where it marks fewer than the coach's report (a mock answer shows only typed words).
 */
export function HighlightLegend({ star, typed = false, only }: { star: boolean; typed?: boolean; only?: MarkKind[] }) {
  const all = [
    ...(star
      ? [
          ['situation', 'Situation'],
          ['task', 'Task'],
          ['action', 'Action'],
          ['result', 'Result'],
        ]
      : []),
    ['number', 'Numbers'],
    ['filler', 'Fillers'],
    ['hedge', 'Hedges'],
    ['bad-number', 'Numbers that cannot be right'],
    ['keyword-list', 'Keyword lists'],
    ...(typed ? [['typed', 'Typed after recording, not heard']] : []),
  ];
  const items = only ? all.filter(([kind]) => only.includes(kind as MarkKind)) : all;
  return (
    <ul className="hl-legend" aria-label="Highlight colours">
      {items.map(([kind, label]) => (
        <li key={kind}>
          <mark className={`hl-${kind}`}>{label}</mark>
        </li>
      ))}
    </ul>
  );
}
