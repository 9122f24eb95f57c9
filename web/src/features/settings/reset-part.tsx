import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { ApiBody } from '@shared/api.js';
import { useResetData } from '../../lib/queries.js';
import { Link } from '../../lib/router.js';
import { countsOf } from './import-part.js';

type Step = 'closed' | 'confirm' | 'type';

/** A reset asks twice: once to be sure, then for the phrase typed out. The server checks the phrase. */
export function ResetPart({ phrase, onReset }: { phrase: string; onReset: () => void }) {
  const [step, setStep] = useState<Step>('closed');
  const [typed, setTyped] = useState('');
  const reset = useResetData();
  const errorId = useId();
  const inputId = useId();
  // Each step takes the focus from the button that led to it, so a keyboard user is never left on nothing.
  const part = useRef<HTMLDivElement>(null);
  const moved = useRef(false);
  useEffect(() => {
    if (!moved.current) return;
    part.current?.querySelector<HTMLElement>('[data-step-focus]')?.focus();
  }, [step]);
  const go = (next: Step) => {
    moved.current = true;
    setStep(next);
  };
  const close = () => {
    go('closed');
    setTyped('');
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    reset.mutate({ confirm: typed } as ApiBody<'POST /api/data/reset'>, {
      onSuccess: () => {
        close();
        onReset();
      },
    });
  };
  const done = reset.data;
  return (
    <div className="settings-part settings-danger" ref={part}>
      <h3>Delete everything</h3>
      <p className="small muted">Deletes every answer, submission, review, plan, mock, story and setting. A backup is taken first.</p>
      {step === 'closed' && (
        <button
          type="button"
          className="button danger"
          data-step-focus
          onClick={() => {
            reset.reset();
            go('confirm');
          }}
        >
          Delete all my data…
        </button>
      )}
      {step === 'confirm' && (
        <div className="settings-confirm" role="group" aria-labelledby={`${inputId}-sure`}>
          <p id={`${inputId}-sure`}>
            <strong>Are you sure?</strong> This cannot be undone from here: only a backup brings it back.
          </p>
          <div className="settings-buttons">
            <button type="button" className="button danger" onClick={() => go('type')}>
              Yes, continue
            </button>
            <button type="button" className="button" data-step-focus onClick={close}>
              Cancel
            </button>
          </div>
        </div>
      )}
      {step === 'type' && (
        <form className="settings-confirm" onSubmit={submit} noValidate>
          <div className="settings-field">
            <label htmlFor={inputId}>
              Type <strong>{phrase}</strong> to confirm
            </label>
            <input
              id={inputId}
              data-step-focus
              type="text"
              name="confirm"
              autoComplete="off"
              spellCheck={false}
              value={typed}
              aria-describedby={reset.error ? errorId : undefined}
              aria-invalid={reset.error ? true : undefined}
              onChange={(e) => {
                reset.reset();
                setTyped(e.target.value);
              }}
            />
          </div>
          <div className="settings-buttons">
            <button type="submit" className="button danger" disabled={reset.isPending}>
              {reset.isPending ? 'Deleting…' : 'Delete everything'}
            </button>
            <button type="button" className="button" onClick={close}>
              Cancel
            </button>
          </div>
          {reset.error && (
            <p id={errorId} className="settings-error small" role="alert">
              Not deleted: {reset.error.message}
            </p>
          )}
        </form>
      )}
      {done && (
        <div className="good-note settings-result" role="status" data-testid="reset-result">
          <strong>Deleted.</strong> {countsOf(done.deleted).map(([t, n]) => `${n} ${t.replace(/_/g, ' ')}`).join(', ') || 'There was nothing to delete.'}
          {done.backup && (
            <>
              {' '}
              The backup taken first is <code>{done.backup}</code>.
            </>
          )}{' '}
          <Link href="/welcome">Run the welcome again</Link>
        </div>
      )}
    </div>
  );
}
