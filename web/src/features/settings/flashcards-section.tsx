import { useId, useState, type FormEvent } from 'react';
import type { SettingsView } from '@shared/api.js';
import { useSaveSettings } from '../../lib/queries.js';
import { Field, fieldOf, SaveRow } from './form-parts.js';

const PATTERNS = [
  ['desiredRetention', /desiredRetention|desired retention/],
  ['newCardsPerDay', /newCardsPerDay|new cards per day/],
] as const;

export function FlashcardsSection({ settings }: { settings: SettingsView }) {
  const [retention, setRetention] = useState(String(settings.flashcards.desiredRetention));
  const [perDay, setPerDay] = useState(String(settings.flashcards.newCardsPerDay));
  const save = useSaveSettings();
  const errorId = useId();
  const blamed = fieldOf(save.error?.message, PATTERNS);
  const edit = (set: (v: string) => void) => (value: string) => {
    save.reset();
    set(value);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate({ flashcards: { desiredRetention: Number(retention), newCardsPerDay: Number(perDay) } });
  };
  return (
    <section id="flashcards" className="panel settings-section" aria-labelledby="flashcards-title">
      <h2 id="flashcards-title">Flashcards</h2>
      <form onSubmit={submit} noValidate aria-labelledby="flashcards-title">
        <div className="settings-grid">
          <Field label="Desired retention" hint="The share of cards you still recall when they come due. Higher means shorter gaps and more reviews." errorId={blamed === 'desiredRetention' ? errorId : undefined}>
            {(props) => <input {...props} type="number" name="desiredRetention" inputMode="decimal" step={0.01} min={0.7} max={0.99} value={retention} onChange={(e) => edit(setRetention)(e.target.value)} />}
          </Field>
          <Field label="New cards a day" hint="Cards you see for the first time each day." errorId={blamed === 'newCardsPerDay' ? errorId : undefined}>
            {(props) => <input {...props} type="number" name="newCardsPerDay" inputMode="numeric" step={1} min={0} value={perDay} onChange={(e) => edit(setPerDay)(e.target.value)} />}
          </Field>
        </div>
        <SaveRow mutation={save} label="Save flashcard settings" errorId={errorId} fieldError={blamed !== undefined} />
      </form>
    </section>
  );
}
