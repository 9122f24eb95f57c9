import type { Question } from '@shared/api.js';

export function QuestionReview({ question }: { question: Question }) {
  return (
    <div className="review">
      <section>
        <h3>Rubric: what a strong answer shows</h3>
        <ol className="rubric">
          {question.rubric.map((r) => (
            <li key={r.point}>
              <strong>{r.point}</strong>
              <p>{r.shows}</p>
              <p className="muted small">Listen for: {r.signals.join(', ')}</p>
            </li>
          ))}
        </ol>
      </section>
      <section>
        <h3>Model answer outline</h3>
        <ol className="outline">
          {question.outline.map((step, i) => (
            <li key={i}>{step}</li>
          ))}
        </ol>
      </section>
      <div className="two-col">
        <section>
          <h3>Follow-up questions</h3>
          <ul>
            {question.followups.map((f) => (
              <li key={f}>{f}</li>
            ))}
          </ul>
        </section>
        <section>
          <h3>Common pitfalls</h3>
          <ul>
            {question.pitfalls.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </section>
      </div>
    </div>
  );
}
