import { Markdown } from '../../ui/markdown.js';
import { ErrorNote, Loading } from '../../ui/status.js';
import { useChecklist, useSetChecklistItem } from '../../lib/queries.js';

export function Checklist() {
  const checklist = useChecklist();
  const save = useSetChecklistItem();
  if (checklist.error) return <ErrorNote message={checklist.error.message} onRetry={() => void checklist.refetch()} />;
  if (!checklist.data) return <Loading label="Loading the checklist" />;
  const items = checklist.data.items;
  const done = items.filter((i) => i.done).length;


  return (
    <div className="checklist">
      <div className="progress-row">
        <div className="progress" role="progressbar" aria-valuemin={0} aria-valuemax={items.length} aria-valuenow={done} aria-label="Checklist progress">
          <div className="progress-fill" style={{ width: `${(done / Math.max(1, items.length)) * 100}%` }} />
        </div>
        <span className="muted small">
          {done} of {items.length} done
        </span>
      </div>
      {save.error && <ErrorNote message={save.error.message} />}
      <ul>
        {items.map((item) => (
          <li key={item.id} className={item.done ? 'done' : ''}>
            <label>
              <input type="checkbox" checked={item.done} onChange={() => save.mutate({ id: item.id, done: !item.done })} data-id={item.id} />
              <span className="check-title">{item.title}</span>
            </label>
            <Markdown text={item.description} className="prose check-body" />
          </li>
        ))}
      </ul>
    </div>
  );
}
