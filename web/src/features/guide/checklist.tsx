import { useState } from 'react';
import type { ChecklistEntry } from '@shared/api.js';
import { api } from '../../lib/api-client.js';
import { Markdown } from '../../ui/markdown.js';
import { ErrorNote, Loading } from '../../ui/status.js';
import { useApi } from '../../use-api.js';

export function Checklist() {
  const checklist = useApi<{ items: ChecklistEntry[] }>('/api/checklist');
  const [saveError, setSaveError] = useState<string>();
  if (checklist.error) return <ErrorNote message={checklist.error} onRetry={checklist.reload} />;
  if (!checklist.data) return <Loading label="Loading the checklist" />;
  const items = checklist.data.items;
  const done = items.filter((i) => i.done).length;

  const toggle = async (item: ChecklistEntry) => {
    const before = items;
    checklist.setData({ items: items.map((i) => (i.id === item.id ? { ...i, done: !i.done } : i)) });
    try {
      const saved = await api.put<ChecklistEntry>('/api/checklist', { id: item.id, done: !item.done });
      checklist.setData({ items: before.map((i) => (i.id === saved.id ? saved : i)) });
      setSaveError(undefined);
    } catch (error) {
      checklist.setData({ items: before });
      setSaveError((error as Error).message);
    }
  };

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
      {saveError && <ErrorNote message={saveError} />}
      <ul>
        {items.map((item) => (
          <li key={item.id} className={item.done ? 'done' : ''}>
            <label>
              <input type="checkbox" checked={item.done} onChange={() => void toggle(item)} data-id={item.id} />
              <span className="check-title">{item.title}</span>
            </label>
            <Markdown text={item.description} className="prose check-body" />
          </li>
        ))}
      </ul>
    </div>
  );
}
