import { useState } from 'react';
import { useSettings } from '../../lib/queries.js';
import { ErrorNote, Loading } from '../../ui/status.js';
import { AppearanceSection } from './appearance-section.js';
import { DataSection } from './data-section.js';
import { FlashcardsSection } from './flashcards-section.js';
import { InterviewSection } from './interview-section.js';
import { ModelSection } from './model-section.js';
import './settings.css';

const PARTS = [
  { id: 'appearance', label: 'Appearance' },
  { id: 'interview', label: 'Interview' },
  { id: 'model', label: 'Language model' },
  { id: 'flashcards', label: 'Flashcards' },
  { id: 'data', label: 'Your data' },
] as const;

/** Every setting in one place; each section saves on its own. */
export function SettingsPage() {
  const settings = useSettings();
  const view = settings.data;
  // An import or a reset replaces every setting: the forms start again from what the server now holds.
  const [generation, setGeneration] = useState(0);
  return (
    <div className="page">
      <header className="page-header">
        <p className="eyebrow">Settings</p>
        <h1>Settings</h1>
        <p className="lead">Stored in your data folder, so they follow the data, not the browser.</p>
      </header>
      <nav className="toc settings-toc" aria-label="On this page">
        {PARTS.map((p) => (
          <a key={p.id} href={`#${p.id}`}>
            {p.label}
          </a>
        ))}
      </nav>
      {settings.error && <ErrorNote message={settings.error.message} onRetry={() => void settings.refetch()} />}
      {!view && !settings.error && <Loading label="Reading your settings" />}
      {view && (
        <>
          <AppearanceSection key={`appearance-${generation}`} settings={view} />
          <InterviewSection key={`interview-${generation}`} settings={view} />
          <ModelSection key={`model-${generation}`} settings={view} />
          <FlashcardsSection key={`cards-${generation}`} settings={view} />
          <DataSection settings={view} onReplaced={() => setGeneration((g) => g + 1)} />
        </>
      )}
    </div>
  );
}
