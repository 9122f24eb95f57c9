import { isStoryType } from '@shared/domain.js';
import { lazy, Suspense, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { MockView } from '@shared/api.js';
import { useMockStep, type MockStep } from '../../lib/queries.js';
import { useDraft } from '../../lib/use-draft.js';
import { clearMockDrafts, mockDraftKey, type MockDraftPart } from './mock-drafts.js';
import { ErrorNote, Loading } from '../../ui/status.js';
import { Tag, labelOf } from '../../ui/tag.js';
import { Link } from '../../lib/router.js';
import { pressed, shortcutText } from '../../lib/shortcuts.js';
import { Countdown, StageRail } from './mock-progress.js';
import { RecorderPanel, RecordingPlayback, type Spoken } from '../speech/index.js';
import { HighlightedText, HighlightLegend } from '../coach/highlighted-text.js';
import { segment, typedMarksOf } from '../coach/highlights.js';
import '../coach/coach.css';

// The code editor is large: it loads only when a coding stage comes up.
const MockCoding = lazy(() => import('./mock-coding.js'));

/** Ctrl/Cmd-Enter submits from a text box. */
function submitOnModEnter(submit: () => void) {
  return (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (pressed(event, 'submitMockAnswer')) {
      event.preventDefault();
      submit();
    }
  };
}

function words(text: string): number {
  return text.trim() ? text.trim().split(/\s+/).length : 0;
}

function StageIntro({ view, busy, onBegin }: { view: MockView; busy: boolean; onBegin: () => void }) {
  const stage = view.stage;
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => button.current?.focus(), [stage?.index]);
  if (!stage) return null;
  const first = view.status === 'not-started';
  return (
    <section className="panel stage-intro" aria-labelledby="stage-intro-title">
      <p className="eyebrow">
        Stage {stage.index + 1} of {view.stages.length} · {labelOf(stage.kind)}
      </p>
      <h2 id="stage-intro-title">{stage.title}</h2>
      <p>{stage.summary}</p>
      <p className="muted small">
        {stage.minutes} minutes, {stage.items} question{stage.items === 1 ? '' : 's'}, one follow-up after each answer. The clock starts when you begin and stops when you pause.
      </p>
      {!first && <p className="good-note small">Stage {stage.index} is done. Take a breath: the break between stages is not timed.</p>}
      <button ref={button} type="button" className="button primary" disabled={busy} onClick={onBegin}>
        {first ? 'Begin the first stage' : `Begin stage ${stage.index + 1}`}
      </button>
    </section>
  );
}

function StoryPicker({ view, value, onChange }: { view: MockView; value: number | null; onChange: (id: number | null) => void }) {
  if (view.stories.length === 0) {
    return (
      <p className="muted small">
        Telling a story from your bank? <Link href="/mock/stories">Add your STAR stories</Link> and the loop will suggest one per question, never the same twice.
      </p>
    );
  }
  const chosen = view.stories.find((s) => s.id === value);
  return (
    <div className="story-picker">
      <label htmlFor="mock-story" className="small">
        The story you are telling
      </label>
      <select id="mock-story" value={value ?? ''} onChange={(e) => onChange(e.target.value ? Number(e.target.value) : null)}>
        <option value="">None, or not from my bank</option>
        {view.stories.map((s) => (
          <option key={s.id} value={s.id}>
            {s.title}
            {s.suggested ? ' (suggested)' : ''}
            {s.usedIn ? ' (already told in this loop)' : ''}
          </option>
        ))}
      </select>
      {chosen?.usedIn && (
        <p className="warn-note small" role="alert">
          You already told “{chosen.title}” in {chosen.usedIn}. The panel compares notes: pick another story.
        </p>
      )}
    </div>
  );
}

type AnswerBody = { text: string; storyId: number | null; recording?: string; heard?: string };

function QuestionStep({ view, busy, onAnswer }: { view: MockView; busy: boolean; onAnswer: (body: AnswerBody) => void }) {
  const item = view.item;
  const [text, setText] = useDraft(mockDraftKey(view, 'answer'), '');
  // The recording waits on this machine until the answer that keeps it is sent.
  const [spoken, setSpoken] = useState<Spoken>();
  const [chosenStory, setStoryId] = useDraft<number | null>(mockDraftKey(view, 'story'), null, { valid: (v): v is number | null => v === null || typeof v === 'number' });
  const storyId = chosenStory ?? item?.suggestedStory?.id ?? null;
  const box = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    box.current?.focus();
  }, [item?.key]);
  if (!item) return null;
  const reused = view.stories.find((s) => s.id === storyId)?.usedIn;
  const submit = () => {
    if (!busy && text.trim() && !reused) onAnswer({ text, storyId, ...(spoken?.recording ? { recording: spoken.recording, heard: spoken.heard } : {}) });
  };
  const behavioral = isStoryType(item.type ?? '');
  return (
    <section className="question-step" aria-labelledby="mock-question-title">
      <div className="tag-row">
        <Tag tone="accent">{item.kind === 'written' ? 'Written exercise' : labelOf(item.type ?? '')}</Tag>
        <Tag>about {item.minutes} min</Tag>
      </div>
      <h2 id="mock-question-title">{item.title}</h2>
      {item.instructions && <p className="written-instructions">{item.instructions}</p>}
      <blockquote className="prompt step-prompt">{item.prompt}</blockquote>
      {(behavioral || item.kind === 'written') && <StoryPicker view={view} value={storyId} onChange={setStoryId} />}
      {item.kind === 'question' && (
        <RecorderPanel key={item.key} questionId={item.refId} onTranscribed={(result) => (setSpoken(result), setText(result.transcript))} onReset={() => setSpoken(undefined)} />
      )}
      <label htmlFor="mock-answer" className="visually-hidden">
        Your answer
      </label>
      <textarea
        id="mock-answer"
        ref={box}
        className={`mock-answer ${item.kind === 'written' ? 'mock-answer-written' : ''}`}
        value={text}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={submitOnModEnter(submit)}
        placeholder={behavioral ? 'Tell it as you would say it: the situation, your task, what you did, and the result with numbers.' : 'Answer as you would say it out loud.'}
      />
      <div className="answer-actions">
        <span className="muted small">{words(text)} words · {shortcutText('submitMockAnswer')} submits</span>
        <button type="button" className="button primary" disabled={busy || !text.trim() || Boolean(reused)} onClick={submit}>
          {busy ? 'Sending…' : 'Submit answer'}
        </button>
      </div>
    </section>
  );
}

type FollowUpBody = { text: string; recording?: string; heard?: string };

function FollowUpStep({ view, busy, onAnswer }: { view: MockView; busy: boolean; onAnswer: (body: FollowUpBody) => void }) {
  const [text, setText] = useDraft(mockDraftKey(view, 'follow-up'), '');
  // As for the answer: the recording waits on this machine until the follow-up answer keeps it.
  const [spoken, setSpoken] = useState<Spoken>();
  const send = () => {
    if (text.trim() && !busy) onAnswer({ text, ...(spoken?.recording ? { recording: spoken.recording, heard: spoken.heard } : {}) });
  };
  const box = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    box.current?.focus();
  }, [view.item?.key]);
  if (!view.followUp || !view.item) return null;
  return (
    <section className="follow-up-step" aria-labelledby="follow-up-title">
      <p className="muted small">{view.item.title}</p>
      <div className="interviewer-bubble">
        <span className="interviewer-avatar" aria-hidden="true">
          ◷
        </span>
        <div>
          <p className="eyebrow" id="follow-up-title">
            The interviewer follows up
          </p>
          <p className="interviewer-question">{view.followUp.question}</p>
        </div>
      </div>
      {view.item.answer && (
        <details className="your-answer">
          <summary className="small">{view.item.recording ? 'Your answer and its recording' : 'Your answer'}</summary>
          <p className="answer-text your-answer-text hl-text small">
            {view.item.kind === 'coding' ? (
              'Your code was submitted and judged.'
            ) : view.item.spoken && view.item.spoken.typedWords > 0 ? (
              <HighlightedText segments={segment(view.item.answer, typedMarksOf(view.item.spoken))} />
            ) : (
              view.item.answer
            )}
          </p>
          {view.item.spoken && view.item.spoken.typedWords > 0 && <HighlightLegend star={false} typed only={['typed']} />}
          {view.item.recording && <RecordingPlayback recording={view.item.recording} level={2} {...(view.item.spoken ? { typed: view.item.spoken } : {})} />}
        </details>
      )}
      {view.item.kind === 'question' && (
        <RecorderPanel key={`${view.item.key}-follow-up`} questionId={view.item.refId} onTranscribed={(result) => (setSpoken(result), setText(result.transcript))} onReset={() => setSpoken(undefined)} />
      )}
      <label htmlFor="follow-up-answer" className="visually-hidden">
        Your answer to the follow-up
      </label>
      <textarea
        id="follow-up-answer"
        ref={box}
        className="mock-answer short"
        value={text}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={submitOnModEnter(send)}
        placeholder="Answer in a few sentences."
      />
      <div className="answer-actions">
        <button type="button" className="button ghost" disabled={busy} onClick={() => onAnswer({ text: '' })}>
          Pass
        </button>
        <button type="button" className="button primary" disabled={busy || !text.trim()} onClick={send}>
          {busy ? 'Sending…' : 'Answer'}
        </button>
      </div>
    </section>
  );
}

/** The running mock. `view` is the cached mock; every move puts the server's new state there. */
export function MockRun({ view }: { view: MockView }) {
  const move = useMockStep(view.id);
  const busy = move.isPending;
  const [confirmFinish, setConfirmFinish] = useState(false);

  /** A move; `clear` names the drafts the move used up, dropped only once the server has them. */
  const act = (step: MockStep, body: unknown = {}, clear: MockDraftPart[] = []) => {
    const before = view;
    move.mutate(
      { step, body },
      {
        onSuccess: () => {
          setConfirmFinish(false);
          for (const part of clear) clearMockDrafts(before, part);
        },
      },
    );
  };

  const paused = view.status === 'paused';
  const inStage = view.status === 'in-stage' || view.status === 'awaiting-follow-up' || (paused && (view.resumeTo === 'in-stage' || view.resumeTo === 'awaiting-follow-up'));
  return (
    <div className="page wide">
      <p className="crumbs">
        <Link href="/mock">← Loops</Link>
      </p>
      <header className="mock-run-head">
        <div>
          <p className="eyebrow">Mock interview · {view.loopTitle}</p>
          <h1>{view.stage ? view.stage.title : view.loopTitle}</h1>
        </div>
        {inStage && <Countdown view={view} />}
      </header>
      {move.error && <ErrorNote message={move.error.message} />}
      <div className="mock-run-grid">
        <div>
          {paused ? (
            <section className="panel paused-card" aria-labelledby="paused-title">
              <h2 id="paused-title">Paused</h2>
              <p>The clock is stopped. Come back any time, even after closing tpmprep: the mock resumes exactly here.</p>
              <button type="button" className="button primary" disabled={busy} onClick={() => act('resume')} autoFocus>
                Resume
              </button>
            </section>
          ) : view.status === 'not-started' || view.status === 'stage-done' ? (
            <StageIntro view={view} busy={busy} onBegin={() => act('begin')} />
          ) : view.status === 'awaiting-follow-up' ? (
            <FollowUpStep view={view} busy={busy} onAnswer={(body) => act('follow-up', body, ['follow-up'])} />
          ) : view.item?.kind === 'coding' ? (
            <Suspense fallback={<Loading label="Loading the editor" />}>
              <MockCoding view={view} busy={busy} onSubmit={(body) => act('answer', body, ['code'])} />
            </Suspense>
          ) : (
            <QuestionStep view={view} busy={busy} onAnswer={(body) => act('answer', body, ['answer', 'story'])} />
          )}
        </div>
        <aside className="mock-aside" aria-label="Loop progress">
          <StageRail view={view} />
          <div className="mock-controls">
            {!paused && (
              <button type="button" className="button" disabled={busy} onClick={() => act('pause')}>
                Pause
              </button>
            )}
            {confirmFinish ? (
              <button type="button" className="button danger" disabled={busy} onClick={() => act('finish')}>
                End the loop now
              </button>
            ) : (
              <button type="button" className="button ghost" disabled={busy} onClick={() => setConfirmFinish(true)}>
                Finish early…
              </button>
            )}
          </div>
          {confirmFinish && <p className="muted small">Unanswered questions count as not answered, and an unfinished loop cannot earn a hire.</p>}
          <p className="muted small">
            <Link href="/mock/stories">Your story bank</Link>
          </p>
        </aside>
      </div>
    </div>
  );
}
