import { useId, type ReactNode } from 'react';
import { ErrorNote } from './status.js';

interface Props {
  /** A TanStack mutation, or anything with the same two fields. */
  mutation: { isPending: boolean; error: Error | null };
  onClick: () => void;
  children: ReactNode;
  /** Shown while the request runs, e.g. "Saving…". */
  busy: ReactNode;
  disabled?: boolean;
  className?: string;
  /** A class added to the error note, for where it sits (e.g. a toolbar). */
  errorClassName?: string;
}

/** The one save button: disabled while saving, says so, and shows what went wrong right after it. */
export function SaveButton({ mutation, onClick, children, busy, disabled, className = 'button primary', errorClassName }: Props) {
  const errorId = useId();
  return (
    <>
      <button type="button" className={className} disabled={disabled || mutation.isPending} onClick={onClick} aria-describedby={mutation.error ? errorId : undefined}>
        {mutation.isPending ? busy : children}
      </button>
      {mutation.error && <ErrorNote id={errorId} message={mutation.error.message} className={errorClassName} />}
    </>
  );
}
