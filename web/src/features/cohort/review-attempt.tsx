import { useRef, useState } from 'react';
import type { Span } from '@shared/api.js';
import { CoachPanel } from '../coach/coach-panel.js';
import { HighlightedText } from '../coach/highlighted-text.js';
import { marksOf, segment } from '../coach/highlights.js';
import { formatDuration, formatWhen } from '../../lib/format.js';
import { useCohortAttempt, useReviewAttempt } from '../../lib/queries.js';
import { Link } from '../../lib/router.js';
import { useDraft } from '../../lib/use-draft.js';
import { SaveButton } from '../../ui/save-button.js';
import { ErrorNote, Loading } from '../../ui/status.js';
import { ReviewView } from './review-view.js';
import '../coach/coach.css';
import './cohort.css';

interface ReviewDraft {
  scores: Record<string, number>;
  notes: Record<string, string>;
  comments: Array<{ span: Span; text: string }>;
}
const EMPTY: ReviewDraft = { scores: {}, notes: {}, comments: [] };

/** Where the selection sits in the answer, as character offsets, or null when nothing in it is selected. */
function selectionIn(container: HTMLElement): Span | null {
  const selection = window.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (!container.contains(range.startContainer) || !container.contains(range.endContainer)) return null;
  const before = document.createRange();
  before.selectNodeContents(container);
  before.setEnd(range.startContainer, range.startOffset);
  const start = before.toString().length;
  const end = start + range.toString().length;
  return end > start ? [start, end] : null;
}

/** A coach opens a candidate's answer beside the machine's feedback and scores it point by point. */
export function ReviewAttemptPage({ personId, id }: { personId: number; id: number }) {
  const opened = useCohortAttempt(personId, id);
  const save = useReviewAttempt(personId, id);
  const [draft, setDraft, clearDraft] = useDraft<ReviewDraft>(`review:${personId}:${id}`, EMPTY);
  const [selected, setSelected] = useState<Span | null>(null);
  const [note, setNote] = useState('');
  const answerRef = useRef<HTMLDivElement>(null);

  if (opened.error) return <ErrorNote message={opened.error.message} onRetry={() => void opened.refetch()} />;
  if (!opened.data) return <Loading label="Loading the answer" />;
  const { candidate, attempt, rubric, reviews } = opened.data;
  const capture = () => answerRef.current && setSelected(selectionIn(answerRef.current));
  const addComment = () => {
    if (!selected || !note.trim()) return;
    setDraft((d) => ({ ...d, comments: [...d.comments, { span: selected, text: note.trim() }] }));
    setSelected(null);
    setNote('');
  };
  const submit = () =>
    save.mutate(
      {
        points: rubric.filter((r) => draft.scores[r.point]).map((r) => ({ point: r.point, score: draft.scores[r.point] as number, comment: draft.notes[r.point] ?? '' })),
        comments: draft.comments,
      },
      { onSuccess: () => clearDraft() },
    );
  const scored = Object.keys(draft.scores).length;

  return (
    <div className="page wide">
      <p className="crumbs">
        <Link href="/cohort">← Cohort</Link>
      </p>
      <header className="page-header">
        <p className="eyebrow">Review an answer</p>
        <h1>{attempt.questionTitle}</h1>
        <p className="muted small review-who">
          {candidate.email} · answered {formatWhen(attempt.createdAt)} · {formatDuration(attempt.seconds)}
        </p>
      </header>
      <div className="review-grid">
        <section aria-labelledby="answer-title">
          <h2 id="answer-title">The answer</h2>
          <p className="muted small">Select words in the answer to comment on them.</p>
          <div ref={answerRef} className="answer-text hl-text review-answer" onMouseUp={capture} onKeyUp={capture}>
            <HighlightedText segments={segment(attempt.answer, marksOf(attempt.analysis ?? undefined))} />
          </div>
          {selected && (
            <div className="span-draft">
              <blockquote>{attempt.answer.slice(selected[0], selected[1])}</blockquote>
              <label htmlFor="span-note">Your comment on this part</label>
              <textarea id="span-note" value={note} maxLength={2000} onChange={(e) => setNote(e.target.value)} />
              <div>
                <button type="button" className="button small" disabled={!note.trim()} onClick={addComment}>
                  Add comment
                </button>
              </div>
            </div>
          )}
          {draft.comments.length > 0 && (
            <ul className="span-comments" aria-label="Comments to send">
              {draft.comments.map((c, i) => (
                <li key={i}>
                  <blockquote>{attempt.answer.slice(c.span[0], c.span[1])}</blockquote>
                  <p className="review-comment">{c.text}</p>
                  <button type="button" className="button small ghost" onClick={() => setDraft((d) => ({ ...d, comments: d.comments.filter((_, j) => j !== i) }))}>
                    Remove
                  </button>
                </li>
              ))}
            </ul>
          )}
          <form className="review-form" aria-labelledby="score-title" onSubmit={(e) => e.preventDefault()}>
            <h2 id="score-title">Score against the rubric</h2>
            <p className="muted small">1 means the answer does not show the point; 5 means it shows it as a strong answer would.</p>
            {rubric.map((r, index) => (
              <fieldset key={r.point} className="rubric-score">
                <legend>{r.point}</legend>
                <p className="muted small">{r.shows}</p>
                <div className="score-choices">
                  {[1, 2, 3, 4, 5].map((n) => (
                    <label key={n}>
                      <input
                        type="radio"
                        name={`score-${index}`}
                        value={n}
                        checked={draft.scores[r.point] === n}
                        onChange={() => setDraft((d) => ({ ...d, scores: { ...d.scores, [r.point]: n } }))}
                      />
                      {n}
                    </label>
                  ))}
                </div>
                <label htmlFor={`note-${index}`} className="visually-hidden">
                  Comment on {r.point}
                </label>
                <textarea
                  id={`note-${index}`}
                  placeholder="What would make this point stronger (optional)"
                  maxLength={2000}
                  value={draft.notes[r.point] ?? ''}
                  onChange={(e) => setDraft((d) => ({ ...d, notes: { ...d.notes, [r.point]: e.target.value } }))}
                />
              </fieldset>
            ))}
            <SaveButton mutation={save} disabled={scored === 0 && draft.comments.length === 0} onClick={submit} busy="Sending…">
              Send review
            </SaveButton>
            {save.isSuccess && (
              <p className="good-note" role="status">
                Review sent. The candidate sees it beside their answer.
              </p>
            )}
          </form>
        </section>
        <aside className="coach-column" aria-label="Feedback">
          {reviews.length > 0 && (
            <section className="panel" aria-labelledby="earlier-reviews">
              <h2 id="earlier-reviews">Reviews</h2>
              {reviews.map((r) => (
                <ReviewView key={r.id} review={r} answer={attempt.answer} />
              ))}
            </section>
          )}
          <h2>Machine feedback</h2>
          {attempt.analysis ? <CoachPanel analysis={attempt.analysis} text={attempt.answer} /> : <p className="muted">No analysis was saved with this answer.</p>}
        </aside>
      </div>
    </div>
  );
}
