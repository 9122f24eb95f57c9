import { useRef, type ChangeEvent } from 'react';
import { HighlightedText } from './highlighted-text.js';
import type { Segment } from './highlights.js';

/**
 * A textarea over a mirror that draws the highlights: the mirror has the same font, padding and
 * wrapping, so each mark sits exactly under the words it refers to.
 */
export function HighlightedEditor(props: {
  id: string;
  value: string;
  segments: Segment[];
  placeholder: string;
  onChange: (value: string) => void;
  /** A class added to the wrapper, for the page it sits on. */
  className?: string;
}) {
  const mirror = useRef<HTMLDivElement>(null);
  const syncScroll = (event: { currentTarget: HTMLTextAreaElement }) => {
    if (mirror.current) mirror.current.scrollTop = event.currentTarget.scrollTop;
  };
  // The segments may describe slightly older text while the coach catches up: only draw them if they match.
  const current = props.segments.map((s) => s.text).join('') === props.value;
  return (
    <div className={props.className ? `hl-editor ${props.className}` : 'hl-editor'}>
      <div className="hl-mirror" ref={mirror} aria-hidden="true">
        {current ? <HighlightedText segments={props.segments} trailing={'\n'} /> : `${props.value}\n`}
      </div>
      <textarea
        id={props.id}
        value={props.value}
        placeholder={props.placeholder}
        onChange={(e: ChangeEvent<HTMLTextAreaElement>) => props.onChange(e.target.value)}
        onScroll={syncScroll}
        spellCheck
        rows={14}
      />
    </div>
  );
}
