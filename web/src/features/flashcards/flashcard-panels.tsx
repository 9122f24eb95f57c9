import { useState, type FormEvent } from 'react';
import type { FlashcardSettings, FlashcardStats } from '@shared/api.js';
import { useSaveFlashcardSettings } from '../../lib/queries.js';
import { ErrorNote } from '../../ui/status.js';

export function AreaProgress({ areas }: { areas: FlashcardStats['areas'] }) {
  return (
    <section className="panel" aria-labelledby="areas-title">
      <h2 id="areas-title">Learned by area</h2>
      <ul className="fc-areas">
        {areas.map((area) => (
          <li key={area.id}>
            <span className="fc-area-name">{area.title}</span>
            <div className="progress" role="progressbar" aria-label={`${area.title}: cards learned`} aria-valuemin={0} aria-valuemax={area.total} aria-valuenow={area.learned}>
              <div className="progress-fill fc-fill" style={{ width: `${(area.learned / Math.max(1, area.total)) * 100}%` }} />
            </div>
            <span className="fc-area-count muted small">
              {area.learned}/{area.total}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function SettingsPanel({ settings }: { settings: FlashcardSettings }) {
  const [retention, setRetention] = useState(settings.desiredRetention);
  const [perDay, setPerDay] = useState(String(settings.newCardsPerDay));
  const mutation = useSaveFlashcardSettings();
  const changed = retention !== settings.desiredRetention || perDay !== String(settings.newCardsPerDay);

  const save = (event: FormEvent) => {
    event.preventDefault();
    mutation.mutate(
      { desiredRetention: retention, newCardsPerDay: Number(perDay) },
      {
        onSuccess: (saved) => {
          setRetention(saved.desiredRetention);
          setPerDay(String(saved.newCardsPerDay));
        },
      },
    );
  };

  return (
    <section className="panel" aria-labelledby="settings-title">
      <h2 id="settings-title">Settings</h2>
      <form className="fc-settings" onSubmit={save}>
        <label htmlFor="fc-retention" className="fc-setting-label">
          Desired retention <output htmlFor="fc-retention">{Math.round(retention * 100)}%</output>
        </label>
        <input
          id="fc-retention"
          type="range"
          min={0.7}
          max={0.99}
          step={0.01}
          value={retention}
          onChange={(e) => {
            setRetention(Number(e.target.value));
            mutation.reset();
          }}
          aria-describedby="fc-retention-help"
        />
        <p id="fc-retention-help" className="muted small">
          The share of cards you want to still recall when they come back. Higher means shorter intervals and more reviews; 90% is a good
          balance.
        </p>
        <label htmlFor="fc-per-day" className="fc-setting-label">
          New cards per day
        </label>
        <input
          id="fc-per-day"
          type="number"
          min={0}
          max={500}
          inputMode="numeric"
          value={perDay}
          onChange={(e) => {
            setPerDay(e.target.value);
            mutation.reset();
          }}
          aria-invalid={mutation.isError || undefined}
          aria-describedby={mutation.isError ? 'fc-settings-error' : undefined}
        />
        {mutation.error && <ErrorNote id="fc-settings-error" message={mutation.error.message} />}
        <div className="fc-settings-actions">
          <button type="submit" className="button primary small" disabled={!changed || mutation.isPending}>
            {mutation.isPending ? 'Saving…' : 'Save settings'}
          </button>
          <span className="muted small" role="status">
            {mutation.isSuccess ? 'Saved. New intervals apply from your next answer.' : ''}
          </span>
        </div>
      </form>
    </section>
  );
}

export function ExportPanel({ cards }: { cards: number }) {
  return (
    <section className="panel fc-export" aria-labelledby="export-title">
      <div>
        <h2 id="export-title">Take the cards to Anki</h2>
        <p className="muted">
          All {cards} cards as one file for Anki 2.1.55 or newer, with decks and tags set. In Anki: File › Import, pick the file, keep the
          Basic note type.
        </p>
      </div>
      <a className="button fc-export-link" href="/api/flashcards/export" download="tpmprep-flashcards.txt">
        Export for Anki
      </a>
    </section>
  );
}
