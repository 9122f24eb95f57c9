export function Loading({ label = 'Loading' }: { label?: string }) {
  return (
    <div className="status" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" /> {label}…
    </div>
  );
}

export function ErrorNote({ message, onRetry, id, className }: { message: string; onRetry?: () => void; id?: string; className?: string }) {
  return (
    <div className={className ? `error-note ${className}` : 'error-note'} role="alert" id={id}>
      <strong>Something went wrong.</strong> {message}
      {onRetry && (
        <button type="button" className="button small" onClick={onRetry}>
          Try again
        </button>
      )}
    </div>
  );
}
