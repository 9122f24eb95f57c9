import { useId, useState, type FormEvent } from 'react';
import { useCompleteFirstRun, useSettings, useSkipFirstRun } from '../../lib/queries.js';
import { navigate } from '../../lib/router.js';
import { ErrorNote, Loading } from '../../ui/status.js';
import { answersOf, firstRunBody, InterviewFields, interviewFieldBlamed, type InterviewAnswers } from '../settings/interview-fields.js';
import '../settings/settings.css';
import './welcome.css';

/** The first run: what a coach asks before planning anything. Answering builds the plan; skipping keeps the defaults. */
export function WelcomePage() {
  const settings = useSettings();
  if (settings.error) return <ErrorNote message={settings.error.message} onRetry={() => void settings.refetch()} />;
  if (!settings.data) return <Loading label="Reading your settings" />;
  return <WelcomeForm initial={answersOf(settings.data)} choices={settings.data.choices} again={settings.data.firstRunDone} />;
}

function WelcomeForm({ initial, choices, again }: { initial: InterviewAnswers; choices: Parameters<typeof InterviewFields>[0]['choices']; again: boolean }) {
  const [answers, setAnswers] = useState(initial);
  const complete = useCompleteFirstRun();
  const skip = useSkipFirstRun();
  const errorId = useId();
  const error = complete.error?.message;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    complete.mutate(firstRunBody(answers), { onSuccess: () => navigate('/') });
  };
  return (
    <div className="page narrow welcome">
      <header className="page-header welcome-header">
        <p className="eyebrow">{again ? 'Welcome, again' : 'Welcome'}</p>
        <h1>A few questions before you start</h1>
        <p className="lead">The answers shape your study plan and which interview loops you practise. You can change any of them later in Settings.</p>
      </header>
      <form className="panel welcome-form" onSubmit={submit} aria-labelledby="welcome-form-title" noValidate>
        <h2 id="welcome-form-title" className="visually-hidden">
          Your interview
        </h2>
        <InterviewFields
          answers={answers}
          onChange={(next) => {
            complete.reset();
            setAnswers(next);
          }}
          choices={choices}
          error={error}
          errorId={errorId}
        />
        {error && (
          <p id={errorId} className="settings-error" role="alert">
            Not saved: {error}
          </p>
        )}
        <div className="settings-actions welcome-actions">
          <button type="submit" className="button primary" disabled={complete.isPending || skip.isPending} aria-describedby={error && !interviewFieldBlamed(error) ? errorId : undefined}>
            {complete.isPending ? 'Building your plan…' : 'Build my plan'}
          </button>
          <button type="button" className="button ghost" disabled={complete.isPending || skip.isPending} onClick={() => skip.mutate(undefined, { onSuccess: () => navigate('/') })}>
            {again ? 'Keep my settings' : 'Skip for now'}
          </button>
        </div>
        {skip.error && <ErrorNote message={skip.error.message} />}
      </form>
    </div>
  );
}
