import { useEffect, useRef } from 'react';

/**
 * Asked before a design goes in with sections left empty: which ones, then "Submit anyway" or
 * "Keep writing". The safe choice has the focus, so Enter does not submit by accident.
 */
export function EmptySectionsCheck({ empty, total, onSubmit, onKeepWriting }: { empty: Array<{ id: string; title: string }>; total: number; onSubmit: () => void; onKeepWriting: () => void }) {
  const keep = useRef<HTMLButtonElement>(null);
  useEffect(() => keep.current?.focus(), []);
  return (
    <div className="empty-sections-check" role="alertdialog" aria-labelledby="empty-check-title" aria-describedby="empty-check-list" data-testid="empty-sections-check">
      <p id="empty-check-title">
        <strong>
          {empty.length} of {total} sections {empty.length === 1 ? 'is' : 'are'} empty.
        </strong>{' '}
        They are graded as skipped, and an interviewer would have asked about them.
      </p>
      <ul id="empty-check-list">
        {empty.map((s) => (
          <li key={s.id}>{s.title}</li>
        ))}
      </ul>
      <div className="empty-check-actions">
        <button type="button" className="button" ref={keep} onClick={onKeepWriting}>
          Keep writing
        </button>
        <button type="button" className="button primary" onClick={onSubmit}>
          Submit anyway
        </button>
      </div>
    </div>
  );
}
