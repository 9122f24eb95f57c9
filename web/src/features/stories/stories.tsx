import { useEffect, useState } from 'react';
import type { Story, ThemeMatrix } from '@shared/api.js';
import { useAttempts, useCheckStory, useDeleteStory, useLinkStory, useStories, useStoryMatrix, useStoryThemes } from '../../lib/queries.js';
import { CoachPanel } from '../coach/coach-panel.js';
import { HighlightedText, HighlightLegend } from '../coach/highlighted-text.js';
import { marksOf, segment } from '../coach/highlights.js';
import { ErrorNote, Loading } from '../../ui/status.js';
import { Tag } from '../../ui/tag.js';
import { formatWhen } from '../../lib/format.js';
import { Link } from '../../lib/router.js';
import { emptyDraft, StoryEditor, type StoryDraft } from './story-editor.js';
import '../coach/coach.css';
import '../mock/mock.css';
import './stories.css';

function Matrix({ matrix, onWrite }: { matrix: ThemeMatrix; onWrite: (theme: string) => void }) {
  return (
    <section className="panel" aria-labelledby="matrix-title">
      <div className="matrix-head">
        <h2 id="matrix-title">Theme matrix</h2>
        <span className="muted small" data-testid="matrix-covered">
          {matrix.covered} of {matrix.total} themes have a story
        </span>
      </div>
      <ul className="theme-matrix">
        {matrix.themes.map((t) => (
          <li key={t.id} className={t.stories.length > 0 ? 'theme-covered' : 'theme-missing'} data-theme={t.id}>
            <span className="theme-title" title={t.description}>
              {t.title}
            </span>
            {t.stories.length > 0 ? (
              <span className="small theme-stories">{t.stories.map((s) => s.title).join(' · ')}</span>
            ) : (
              <button type="button" className="story-link-button small" onClick={() => onWrite(t.id)}>
                No story yet: write one <span className="visually-hidden">for {t.title}</span>
              </button>
            )}
            <span className="muted small">{t.questions} questions</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Keyed by the story: a choice made for one story never carries to the next one checked. */
function LinkAttempt({ story }: { story: Story }) {
  const attempts = useAttempts({ limit: 50 });
  const [chosen, setChosen] = useState('');
  const linker = useLinkStory();
  if (!attempts.data || attempts.data.attempts.length === 0) return <p className="muted small">Practice answers you save can be linked to this story.</p>;
  const note = linker.error?.message ?? (linker.isSuccess ? 'Linked.' : undefined);
  const link = () => linker.mutate({ id: story.id, attemptId: Number(chosen) });
  return (
    <div className="link-attempt">
      <label htmlFor={`link-${story.id}`} className="small">
        Link a practice answer that told this story
      </label>
      <div className="link-row">
        <select id={`link-${story.id}`} value={chosen} onChange={(e) => setChosen(e.target.value)}>
          <option value="">Choose an answer…</option>
          {attempts.data.attempts.map((a) => (
            <option key={a.id} value={a.id}>
              {a.questionTitle} · {formatWhen(a.createdAt)}
            </option>
          ))}
        </select>
        <button type="button" className="button small" disabled={!chosen} onClick={link}>
          Link
        </button>
      </div>
      {note && <p className="small" role="status">{note}</p>}
    </div>
  );
}

function StoryCard({ story, onEdit, onCheck, onDelete, checking }: { story: Story; onEdit: () => void; onCheck: () => void; onDelete: () => void; checking: boolean }) {
  const [confirm, setConfirm] = useState(false);
  return (
    <li className="story-card" data-story={story.id}>
      <div className="story-card-head">
        <h3>{story.title}</h3>
        <span className={`coach-chip story-level-${story.check.levelId}`} data-level={story.check.levelId} title="The coach's score for the story told as a behavioral answer">
          {story.check.score} · {story.check.level}
        </span>
      </div>
      <p className="muted small story-preview">{story.situation}</p>
      <div className="tag-row">
        {story.competencies.map((c) => (
          <Tag key={c}>{c.replace(/-/g, ' ')}</Tag>
        ))}
      </div>
      <p className="muted small">{story.uses === 0 ? 'Not used yet' : `Used ${story.uses} time${story.uses === 1 ? '' : 's'}`}</p>
      <div className="story-actions">
        <button type="button" className="button small" onClick={onCheck} aria-pressed={checking}>
          Coach check
        </button>
        <Link href={`/mock/stories/${story.id}/drill`} className="button small ghost">
          Drill
        </Link>
        <button type="button" className="button small ghost" onClick={onEdit}>
          Edit
        </button>
        {confirm ? (
          <button type="button" className="button small danger" onClick={onDelete}>
            Delete for good
          </button>
        ) : (
          <button type="button" className="button small ghost" onClick={() => setConfirm(true)}>
            Delete…
          </button>
        )}
      </div>
    </li>
  );
}

export function StoriesPage() {
  const bank = useStories();
  const matrix = useStoryMatrix();
  const themes = useStoryThemes();
  const [editing, setEditing] = useState<{ id: number | null; draft: StoryDraft }>();
  const [notice, setNotice] = useState<string>();
  const checker = useCheckStory();
  const deleter = useDeleteStory();
  const check = checker.data;
  const error = checker.error ?? deleter.error;

  // The check opens beside the list on a wide screen and below it on a phone: bring it into view either way.
  useEffect(() => {
    if (!check) return;
    const heading = document.getElementById('check-title');
    heading?.scrollIntoView({ block: 'start' });
    heading?.focus({ preventScroll: true });
  }, [check]);

  const runCheck = (story: Story) => checker.mutate(story.id);
  const remove = (story: Story) =>
    deleter.mutate(story.id, {
      onSuccess: () => {
        setNotice(`Deleted “${story.title}”.`);
        if (check?.id === story.id) checker.reset();
      },
    });

  const b = bank.data;
  const full = b ? b.count >= b.target.max : false;
  return (
    <div className="page wide">
      <p className="crumbs">
        <Link href="/mock">← Mock interview</Link> · <Link href="/practice">Practice</Link>
      </p>
      <header className="page-header stories-header">
        <div>
          <p className="eyebrow">Story bank</p>
          <h1>Your STAR stories</h1>
          <p className="lead">Keep 8 to 15 rehearsed stories, each tagged with the themes it shows. The coach checks each one; the matrix shows which themes still have none.</p>
        </div>
        {b && (
          <div className="bank-count" data-testid="story-count">
            <span className="stat-value">{b.count}</span>
            <span className="stat-label">
              of {b.target.min}-{b.target.max}
            </span>
          </div>
        )}
      </header>
      {b?.warning && (
        <p className="warn-note stories-note" role="status">
          {b.warning}
        </p>
      )}
      {notice && (
        <p className="good-note stories-note" role="status">
          {notice}
        </p>
      )}
      {error && <ErrorNote message={error.message} />}
      {bank.error && <ErrorNote message={bank.error.message} onRetry={() => void bank.refetch()} />}

      {editing && themes.data ? (
        <StoryEditor
          key={editing.id ?? 'new'}
          id={editing.id}
          initial={editing.draft}
          themes={themes.data.themes}
          onCancel={() => setEditing(undefined)}
          onSaved={(story) => {
            setEditing(undefined);
            // The bank's own warning line above says how many stories there are; the notice says only what happened.
            setNotice(`Saved “${story.title}”.`);
            runCheck(story);
          }}
        />
      ) : (
        <p>
          <button type="button" className="button primary" disabled={full} onClick={() => setEditing({ id: null, draft: emptyDraft() })}>
            New story
          </button>
          {full && <span className="muted small"> The bank is full at {b?.target.max}: merge or delete a story to add another.</span>}
        </p>
      )}

      <div className="stories-grid">
        <div>
          <h2 className="visually-hidden">Stories</h2>
          {!b && !bank.error && <Loading label="Loading your stories" />}
          {b && b.stories.length === 0 && <p className="muted">No stories yet. Start with the one you are proudest of, then fill the themes the matrix shows as missing.</p>}
          <ul className="story-list">
            {b?.stories.map((s) => (
              <StoryCard
                key={s.id}
                story={s}
                checking={check?.id === s.id}
                onCheck={() => runCheck(s)}
                onEdit={() => setEditing({ id: s.id, draft: { title: s.title, situation: s.situation, task: s.task, action: s.action, result: s.result, competencies: s.competencies } })}
                onDelete={() => remove(s)}
              />
            ))}
          </ul>
        </div>
        <div className="stories-side">
          {check && (
            <section className="panel story-check" aria-labelledby="check-title">
              <h2 id="check-title" tabIndex={-1}>
                Coach check: {check.title}
              </h2>
              <div className="answer-text hl-text story-check-text small">
                <HighlightedText segments={segment(check.text, marksOf(check.analysis))} />
              </div>
              <HighlightLegend star />
              <CoachPanel analysis={check.analysis} text={check.text} />
              {b?.stories.find((s) => s.id === check.id) && <LinkAttempt key={check.id} story={b.stories.find((s) => s.id === check.id) as Story} />}
            </section>
          )}
          {matrix.data && <Matrix matrix={matrix.data} onWrite={(theme) => setEditing({ id: null, draft: emptyDraft([theme]) })} />}
        </div>
      </div>
    </div>
  );
}
