import { useCoachStatus, useCritique } from '../../lib/queries.js';
import { SaveButton } from '../../ui/save-button.js';

/**
 * The optional second opinion from a configured language model, always labelled as the model's.
 * Keyed by the attempt where it is shown, so one attempt's critique never sits beside another.
 */
export function ModelCritique({ text, questionId }: { text: string; questionId: string }) {
  const status = useCoachStatus();
  const critique = useCritique();
  const llm = status.data?.llm;
  if (!llm?.configured) return null;
  return (
    <section className="model-critique">
      {critique.data ? (
        <>
          <h3>{critique.data.label}</h3>
          <p className="muted small">A language model's opinion, not the coach's findings: check it against your answer.</p>
          <div className="critique-text">{critique.data.text}</div>
        </>
      ) : (
        <SaveButton
          mutation={critique}
          className="button"
          onClick={() => critique.mutate({ text, questionId })}
          busy={
            <>
              <span className="spinner" aria-hidden="true" /> Asking {llm.model}…
            </>
          }
        >
          Ask {llm.model} for a second opinion
        </SaveButton>
      )}
    </section>
  );
}
