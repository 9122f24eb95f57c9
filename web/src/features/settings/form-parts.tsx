import { useId, type ReactNode } from 'react';

/** Which field a server message is about, by the names it uses ("hoursPerWeek: ...", "the interview date ..."). */
export function fieldOf<F extends string>(message: string | undefined, patterns: ReadonlyArray<readonly [F, RegExp]>): F | undefined {
  if (!message) return undefined;
  return patterns.find(([, pattern]) => pattern.test(message))?.[0];
}

/** What a field needs to point at its hint and, when the server refused it, at the error. */
export interface FieldProps {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: true;
}

interface FieldOptions {
  label: ReactNode;
  hint?: ReactNode;
  /** The id of the error message when it is about this field. */
  errorId?: string;
  children: (props: FieldProps) => ReactNode;
}

/** A labelled control with its hint; when the section's error names it, it is marked invalid and linked to the message. */
export function Field({ label, hint, errorId, children }: FieldOptions) {
  const id = useId();
  const hintId = `${id}-hint`;
  const describedBy = [errorId, hint ? hintId : undefined].filter(Boolean).join(' ') || undefined;
  return (
    <div className="settings-field">
      <label htmlFor={id}>{label}</label>
      {children({ id, 'aria-describedby': describedBy, ...(errorId && { 'aria-invalid': true as const }) })}
      {hint && (
        <span id={hintId} className="muted small">
          {hint}
        </span>
      )}
    </div>
  );
}

interface SaveRowProps {
  mutation: { isPending: boolean; isSuccess: boolean; error: Error | null };
  label: string;
  /** The error message's id; the button points at it when no single field is to blame. */
  errorId: string;
  /** True when the error names one of the fields (then the field points at it instead). */
  fieldError: boolean;
  savedText?: string;
  /** Other buttons of the section, after the save button. */
  children?: ReactNode;
}

/** The section's save button, its saved state, and the server's error in words. */
export function SaveRow({ mutation, label, errorId, fieldError, savedText = 'Saved.', children }: SaveRowProps) {
  return (
    <div className="settings-actions">
      <button type="submit" className="button primary" disabled={mutation.isPending} aria-describedby={mutation.error && !fieldError ? errorId : undefined}>
        {mutation.isPending ? 'Saving…' : label}
      </button>
      {children}
      <span role="status" aria-live="polite" className="settings-saved small">
        {mutation.isSuccess ? savedText : ''}
      </span>
      {mutation.error && (
        <p id={errorId} className="settings-error small" role="alert">
          Not saved: {mutation.error.message}
        </p>
      )}
    </div>
  );
}
