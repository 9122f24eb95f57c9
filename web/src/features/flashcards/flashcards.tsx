import { useState } from 'react';
import type { DeckSummary } from '@shared/api.js';
import { ErrorNote, Loading } from '../../ui/status.js';
import { useFlashcards } from '../../lib/queries.js';
import { AreaProgress, ExportPanel, SettingsPanel } from './flashcard-panels.js';
import { ReviewSession, type SessionScope } from './flashcard-session.js';
import './flashcards.css';

export function FlashcardsPage() {
  const overview = useFlashcards();
  const [scope, setScope] = useState<SessionScope>();

  if (overview.error) return <ErrorNote message={overview.error.message} onRetry={() => void overview.refetch()} />;
  if (!overview.data) return <Loading label="Loading your flashcards" />;
  const data = overview.data;

  if (scope) {
    return (
      <div className="page flashcards">
        <ReviewSession
          scope={scope}
          onExit={() => setScope(undefined)}
        />
      </div>
    );
  }

  const { totals, stats } = data;
  const toStudy = totals.due + totals.newToday;
  const retention = stats.retention.rate;
  return (
    <div className="page flashcards">
      <header className="page-header">
        <p className="eyebrow">Flashcards</p>
        <h1>Concepts, on a schedule</h1>
        <p className="lead">
          {totals.total} cards on what a TPM must know. Each one comes back just before you would forget it, so a few minutes a day keeps
          all of it ready for the interview.
        </p>
      </header>

      <section className="fc-today" aria-labelledby="today-title">
        <div>
          <h2 id="today-title" className="visually-hidden">
            Today
          </h2>
          <p className="fc-today-count">
            <strong data-testid="to-study">{toStudy}</strong> {toStudy === 1 ? 'card' : 'cards'} to study now
          </p>
          <p className="muted">
            <span data-testid="due-count">{totals.due}</span> due for review · <span data-testid="new-count">{totals.newToday}</span> new today
            {totals.learning > 0 && ` · ${totals.learning} in learning, back soon`}
          </p>
          <button type="button" className="button primary fc-start" disabled={toStudy === 0} onClick={() => setScope({ title: 'All decks' })}>
            {toStudy === 0 ? 'All caught up' : 'Start review'}
          </button>
        </div>
        <dl className="fc-today-stats">
          <div>
            <dt>Reviews today</dt>
            <dd>{stats.reviewsToday}</dd>
          </div>
          <div>
            <dt>Retention, 30 days</dt>
            <dd title={stats.retention.reviews > 0 ? `${stats.retention.recalled} of ${stats.retention.reviews} review cards recalled` : undefined}>
              {retention === null ? '–' : `${Math.round(retention * 100)}%`}
            </dd>
          </div>
          <div>
            <dt>Learned</dt>
            <dd>
              {stats.learned}
              <span className="muted small">/{stats.total}</span>
            </dd>
          </div>
        </dl>
      </section>

      <h2>Decks</h2>
      <ul className="fc-decks">
        {data.decks.map((deck) => (
          <DeckCard key={deck.id} deck={deck} onStudy={() => setScope({ deck: deck.id, title: deck.title })} />
        ))}
      </ul>

      <div className="fc-panels">
        <AreaProgress areas={stats.areas} />
        <SettingsPanel settings={data.settings} />
      </div>
      <ExportPanel cards={totals.total} />
    </div>
  );
}

function DeckCard({ deck, onStudy }: { deck: DeckSummary; onStudy: () => void }) {
  const toStudy = deck.due + deck.newToday;
  const learned = Math.round((deck.learned / Math.max(1, deck.total)) * 100);
  return (
    <li className="card fc-deck" data-deck={deck.id}>
      <div className="fc-deck-head">
        <h3>{deck.title}</h3>
        <span className="muted small fc-deck-size">{deck.total} cards</span>
      </div>
      <p className="fc-deck-desc">{deck.description}</p>
      <div className="fc-counts">
        <span className={`fc-count ${deck.due > 0 ? 'is-due' : ''}`}>
          <strong>{deck.due}</strong> due
        </span>
        <span className="fc-count is-new">
          <strong>{deck.newToday}</strong> new
        </span>
        {deck.learning > 0 && (
          <span className="fc-count" title="In a learning step: back within minutes">
            <strong>{deck.learning}</strong> learning
          </span>
        )}
      </div>
      <div className="fc-deck-progress">
        <div className="progress" role="progressbar" aria-label={`${deck.title}: cards learned`} aria-valuemin={0} aria-valuemax={deck.total} aria-valuenow={deck.learned}>
          <div className="progress-fill" style={{ width: `${learned}%` }} />
        </div>
        <span className="muted small fc-deck-learned">
          {deck.learned}/{deck.total} learned
        </span>
      </div>
      <button type="button" className="button small fc-study" disabled={toStudy === 0} onClick={onStudy} aria-label={`Study ${deck.title}`}>
        {toStudy === 0 ? 'Nothing due' : `Study ${toStudy}`}
      </button>
    </li>
  );
}
