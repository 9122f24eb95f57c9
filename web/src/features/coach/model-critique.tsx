import { useState } from 'react';
import { api } from '../../lib/api-client.js';
import { useApi } from '../../use-api.js';

interface Status {
  llm: { configured: boolean; model?: string };
}

/** The optional second opinion from a configured language model, always labelled as the model's. */
export function ModelCritique({ text, questionId }: { text: string; questionId: string }) {
  const status = useApi<Status>('/api/coach/status');
  const [critique, setCritique] = useState<{ label: string; text: string }>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  if (!status.data?.llm.configured) return null;
  const ask = async () => {
    setBusy(true);
    setError(undefined);
    try {
      setCritique(await api.post<{ label: string; text: string }>('/api/coach/critique', { text, questionId }));
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="model-critique">
      {critique ? (
        <>
          <h3>{critique.label}</h3>
          <p className="muted small">A language model's opinion, not the coach's findings: check it against your answer.</p>
          <div className="critique-text">{critique.text}</div>
        </>
      ) : (
        <button type="button" className="button" onClick={() => void ask()} disabled={busy}>
          {busy ? (
            <>
              <span className="spinner" aria-hidden="true" /> Asking {status.data.llm.model}…
            </>
          ) : (
            `Ask ${status.data.llm.model} for a second opinion`
          )}
        </button>
      )}
      {error && <p className="error-note">{error}</p>}
    </section>
  );
}
