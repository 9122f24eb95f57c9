import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import type { QueueCard, ReviewQueue, ReviewResult, RatingId } from '@shared/api.js';
import { fetchReviewQueue, useReviewCard } from '../../lib/queries.js';
import { Markdown } from '../../ui/markdown.js';
import { ErrorNote, Loading } from '../../ui/status.js';
import { Tag, labelOf } from '../../ui/tag.js';
import { formatWhen } from '../../lib/format.js';
import { isTyping, mainKeyText, pressed } from '../../lib/shortcuts.js';

export interface SessionScope {
  deck?: string;
  title: string;
}

/** The shared Markdown component folds a line after a list into the last item; a blank line keeps it a paragraph. */
function separateLists(text: string): string {
  return text.replace(/^(\s*[-*] .*)\n(?!\s*[-*] )/gm, '$1\n\n');
}

/** "in 4 minutes", "today at 18:05", else the date: when the next card is near, say so plainly. */
function whenBack(iso: string): string {
  const due = new Date(iso);
  const minutes = Math.ceil((due.getTime() - Date.now()) / 60_000);
  if (minutes <= 1) return 'in a minute';
  if (minutes < 60) return `in ${minutes} minutes`;
  if (due.toDateString() === new Date().toDateString()) return `today at ${due.toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' })}`;
  return formatWhen(iso);
}

export function ReviewSession({ scope, onExit }: { scope: SessionScope; onExit: () => void }) {
  const [queue, setQueue] = useState<ReviewQueue>();
  const [index, setIndex] = useState(0);
  const [revealed, setRevealed] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const [done, setDone] = useState<ReviewResult[]>([]);
  const cardRef = useRef<HTMLDivElement>(null);
  const { mutateAsync: review } = useReviewCard();

  const show = useCallback((next: ReviewQueue) => {
    setQueue(next);
    setIndex(0);
    setRevealed(false);
    setError(undefined);
  }, []);
  const load = useCallback(
    () => fetchReviewQueue(scope.deck ? { deck: scope.deck } : {}).then(show, (e: Error) => setError(e.message)),
    [scope.deck, show],
  );

  useEffect(() => {
    let live = true;
    fetchReviewQueue(scope.deck ? { deck: scope.deck } : {}).then(
      (next) => live && show(next),
      (e: Error) => live && setError(e.message),
    );
    return () => {
      live = false;
    };
  }, [scope.deck, show]);

  const card: QueueCard | undefined = queue?.cards[index];

  const rate = useCallback(
    async (rating: RatingId) => {
      if (!card || busy) return;
      setBusy(true);
      try {
        const result = await review({ id: card.id, rating });
        setDone((list) => [...list, result]);
        setError(undefined);
        setRevealed(false);
        // At the end of the list, ask again: cards in learning may have come due meanwhile.
        if (queue && index + 1 >= queue.cards.length) await load();
        else setIndex((i) => i + 1);
      } catch (e) {
        setError((e as Error).message);
      } finally {
        setBusy(false);
      }
    },
    [card, busy, queue, index, load, review],
  );

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || isTyping(event.target)) return;
      if (pressed(event, 'endReview')) {
        event.preventDefault();
        onExit();
        return;
      }
      if (!card) return;
      if (!revealed && pressed(event, 'revealCard')) {
        event.preventDefault();
        setRevealed(true);
        return;
      }
      const option = revealed && pressed(event, 'rateCard') ? card.options.find((o) => o.key === event.key) : undefined;
      if (option) {
        event.preventDefault();
        void rate(option.rating);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [card, revealed, rate, onExit]);

  useEffect(() => {
    cardRef.current?.focus({ preventScroll: true });
  }, [card?.id]);

  if (!queue) return error ? <ErrorNote message={error} onRetry={() => void load()} /> : <Loading label="Preparing your review" />;

  const total = done.length + queue.cards.length - index;
  const header = (
    <div className="fc-session-bar">
      <div>
        <h1 className="eyebrow fc-session-title">Reviewing · {scope.title}</h1>
        <p className="fc-session-count" aria-live="polite">
          {card ? `Card ${done.length + 1} of ${total}` : `${done.length} reviewed`}
        </p>
      </div>
      <button type="button" className="button small ghost" onClick={onExit}>
        End session <kbd>{mainKeyText('endReview')}</kbd>
      </button>
      <div className="progress fc-session-progress" aria-hidden="true">
        <div className="progress-fill fc-fill" style={{ width: `${(done.length / Math.max(1, total)) * 100}%` }} />
      </div>
    </div>
  );

  if (!card) return <Finished header={header} done={done} nextDue={queue.nextDue} onExit={onExit} onCheck={() => void load()} />;

  return (
    <section className="fc-session" aria-label="Review session">
      {header}
      {error && <ErrorNote message={error} />}
      <div key={card.id} className={`fc-card ${revealed ? 'is-flipped' : ''}`} ref={cardRef} tabIndex={-1} aria-label="Flashcard">
        <div className="fc-card-inner">
          <div className="fc-face fc-front" aria-hidden={revealed}>
            <div className="tag-row">
              <Tag tone="accent">{card.deckTitle}</Tag>
              <Tag>{card.state === 'new' ? 'New' : labelOf(card.state)}</Tag>
            </div>
            <p className="fc-question">{card.front}</p>
            <p className="muted small fc-hint">Recall the answer, then show it.</p>
          </div>
          <div className="fc-face fc-back" aria-hidden={!revealed} aria-live="polite">
            <p className="fc-question-small">{card.front}</p>
            {revealed && <Markdown text={separateLists(card.back)} className="prose fc-answer" />}
          </div>
        </div>
      </div>
      {revealed ? (
        <div className="fc-ratings" role="group" aria-label="How well did you recall it?">
          {card.options.map((option) => (
            <button key={option.rating} type="button" className={`fc-rate fc-rate-${option.rating}`} disabled={busy} onClick={() => void rate(option.rating)} title={`Back ${formatWhen(option.due)}`}>
              <span className="fc-rate-title">{option.title}</span>
              <span className="fc-rate-interval">{option.interval}</span>
              <kbd>{option.key}</kbd>
            </button>
          ))}
        </div>
      ) : (
        <div className="fc-reveal">
          <button type="button" className="button primary fc-reveal-button" onClick={() => setRevealed(true)}>
            Show answer <kbd>{mainKeyText('revealCard')}</kbd>
          </button>
        </div>
      )}
    </section>
  );
}

function Finished(props: { header: ReactNode; done: ReviewResult[]; nextDue: string | null; onExit: () => void; onCheck: () => void }) {
  const { header, done, nextDue, onExit, onCheck } = props;
  const count = (rating: RatingId) => done.filter((d) => d.rating === rating).length;
  return (
    <section className="fc-session" aria-label="Review session">
      {header}
      <div className="panel fc-finished">
        <div className="fc-finished-mark" aria-hidden="true">
          ✓
        </div>
        <h2>{done.length > 0 ? 'Session complete' : 'Nothing to review right now'}</h2>
        {done.length > 0 && (
          <p>
            You reviewed {done.length} {done.length === 1 ? 'card' : 'cards'}: {count('again')} again, {count('hard')} hard, {count('good')} good, {count('easy')} easy.
          </p>
        )}
        <p className="muted">{nextDue ? `The next card comes back ${whenBack(nextDue)}.` : 'New cards open up again tomorrow.'}</p>
        <div className="fc-finished-actions">
          <button type="button" className="button primary" onClick={onExit}>
            Back to decks
          </button>
          {nextDue && (
            <button type="button" className="button" onClick={onCheck}>
              Check for due cards
            </button>
          )}
        </div>
      </div>
    </section>
  );
}
