import { useEffect, useRef } from 'react';
import type { Story, StoryTheme } from '@shared/api.js';
import { useSaveStory } from '../../lib/queries.js';
import { useDraft } from '../../lib/use-draft.js';
import { ErrorNote } from '../../ui/status.js';

export type StoryDraft = Pick<Story, 'title' | 'situation' | 'task' | 'action' | 'result' | 'competencies'>;

const PARTS = [
  { key: 'situation', label: 'Situation', hint: 'The context in two or three sentences: team, product, what was at stake (with a number).' },
  { key: 'task', label: 'Task', hint: 'What you personally had to achieve, and by when.' },
  { key: 'action', label: 'Action', hint: 'What you did, step by step, in the first person. This is most of the story.' },
  { key: 'result', label: 'Result', hint: 'What changed because of it, measured; and what you learned.' },
] as const;

export const emptyDraft = (themes: string[] = []): StoryDraft => ({ title: '', situation: '', task: '', action: '', result: '', competencies: themes });

/** The STAR editor: four parts, a title and the themes the story shows. Saves through the API. */
export function StoryEditor(props: { initial: StoryDraft; id: number | null; themes: StoryTheme[]; onSaved: (story: Story) => void; onCancel: () => void }) {
  // Kept while typing: a reload or a wander to another page keeps the story half-written.
  const [draft, setDraft, clearDraft] = useDraft(`story:${props.id ?? 'new'}`, props.initial);
  const mutation = useSaveStory();
  const title = useRef<HTMLInputElement>(null);
  useEffect(() => title.current?.focus(), []);

  const set = (key: keyof StoryDraft, value: string | string[]) => setDraft((d) => ({ ...d, [key]: value }));
  const toggle = (theme: string) => set('competencies', draft.competencies.includes(theme) ? draft.competencies.filter((t) => t !== theme) : [...draft.competencies, theme]);

  const save = () =>
    mutation.mutate(
      { id: props.id ?? undefined, body: draft },
      {
        onSuccess: ({ story }) => {
          clearDraft();
          props.onSaved(story);
        },
      },
    );

  return (
    <form
      className="panel story-editor"
      aria-labelledby="editor-title"
      onSubmit={(e) => {
        e.preventDefault();
        save();
      }}
    >
      <h2 id="editor-title">{props.id === null ? 'New story' : 'Edit story'}</h2>
      <div className="story-field">
        <label htmlFor="story-title">Title</label>
        <input id="story-title" ref={title} type="text" value={draft.title} maxLength={120} onChange={(e) => set('title', e.target.value)} placeholder="e.g. The search index disagreement" />
      </div>
      <div className="star-fields">
        {PARTS.map((p) => (
          <div className="story-field" key={p.key}>
            <label htmlFor={`story-${p.key}`}>
              <span className={`star-letter star-${p.key}`} aria-hidden="true">
                {p.label[0]}
              </span>
              {p.label}
            </label>
            <textarea id={`story-${p.key}`} value={draft[p.key]} onChange={(e) => set(p.key, e.target.value)} aria-describedby={`story-${p.key}-hint`} rows={p.key === 'action' ? 6 : 3} />
            <p className="muted small" id={`story-${p.key}-hint`}>
              {p.hint}
            </p>
          </div>
        ))}
      </div>
      <fieldset className="theme-picks">
        <legend>Themes this story shows (up to 5)</legend>
        {props.themes.map((t) => (
          <label key={t.id} className={`theme-pick ${draft.competencies.includes(t.id) ? 'theme-pick-on' : ''}`} title={t.description}>
            <input type="checkbox" checked={draft.competencies.includes(t.id)} onChange={() => toggle(t.id)} />
            {t.title}
          </label>
        ))}
      </fieldset>
      {mutation.error && <ErrorNote id="story-save-error" message={mutation.error.message} />}
      <div className="answer-actions">
        <button type="button" className="button ghost" onClick={props.onCancel}>
          Cancel
        </button>
        <button type="submit" className="button primary" disabled={mutation.isPending} aria-describedby={mutation.error ? 'story-save-error' : undefined}>
          {mutation.isPending ? 'Saving…' : 'Save story'}
        </button>
      </div>
    </form>
  );
}
