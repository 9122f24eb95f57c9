import type { RiskRow } from '@shared/api.js';

export interface PlanRow {
  id: string;
  name: string;
  /** As typed; the plan reads it as a number of days. */
  duration: string;
  /** Task ids separated by commas or spaces. */
  depends: string;
}

// The server's list (RISK_LEVELS in src/app/exercises/exercise-inputs.ts); that module pulls in zod and content loaders, so it is not imported here.
const RISK_LEVELS: ReadonlyArray<RiskRow['likelihood']> = ['low', 'medium', 'high'];

export const blankRisk = (): RiskRow => ({ risk: '', likelihood: 'medium', impact: 'medium', owner: '', mitigation: '' });

function replace<T>(rows: readonly T[], index: number, row: T): T[] {
  return rows.map((r, i) => (i === index ? row : r));
}

/** The risk register as an editable table; on a phone each row becomes a card. */
export function RiskRegisterEditor({ rows, onChange }: { rows: RiskRow[]; onChange: (rows: RiskRow[]) => void }) {
  return (
    <div className="edit-table-wrap">
      <table className="edit-table risk-table">
        <thead>
          <tr>
            <th scope="col">Risk</th>
            <th scope="col">Likelihood</th>
            <th scope="col">Impact</th>
            <th scope="col">Owner</th>
            <th scope="col">Mitigation and trigger</th>
            <th scope="col">
              <span className="visually-hidden">Remove</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => (
            <tr key={i}>
              <td data-label="Risk">
                <textarea aria-label={`Risk ${i + 1}`} rows={2} value={row.risk} placeholder="What could go wrong" onChange={(e) => onChange(replace(rows, i, { ...row, risk: e.target.value }))} />
              </td>
              {(['likelihood', 'impact'] as const).map((field) => (
                <td key={field} data-label={field === 'likelihood' ? 'Likelihood' : 'Impact'}>
                  <select aria-label={`${field === 'likelihood' ? 'Likelihood' : 'Impact'} of risk ${i + 1}`} value={row[field]} onChange={(e) => onChange(replace(rows, i, { ...row, [field]: e.target.value as RiskRow['likelihood'] }))} className={`risk-level-${row[field]}`}>
                    {RISK_LEVELS.map((level) => (
                      <option key={level} value={level}>
                        {level}
                      </option>
                    ))}
                  </select>
                </td>
              ))}
              <td data-label="Owner">
                <input aria-label={`Owner of risk ${i + 1}`} value={row.owner} placeholder="A named person or role" onChange={(e) => onChange(replace(rows, i, { ...row, owner: e.target.value }))} />
              </td>
              <td data-label="Mitigation">
                <textarea aria-label={`Mitigation of risk ${i + 1}`} rows={2} value={row.mitigation} placeholder="What you do, and when you act" onChange={(e) => onChange(replace(rows, i, { ...row, mitigation: e.target.value }))} />
              </td>
              <td className="row-actions">
                <button type="button" className="button small ghost" aria-label={`Remove risk ${i + 1}`} onClick={() => onChange(rows.filter((_, k) => k !== i))}>
                  ✕
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" className="button small" onClick={() => onChange([...rows, blankRisk()])}>
        + Add a risk
      </button>
    </div>
  );
}

/** The dependency plan as an editable table of tasks. */
export function TaskTableEditor({ rows, onChange }: { rows: PlanRow[]; onChange: (rows: PlanRow[]) => void }) {
  const set = (i: number, change: Partial<PlanRow>) => onChange(replace(rows, i, { ...(rows[i] as PlanRow), ...change }));
  return (
    <div className="edit-table-wrap">
      <table className="edit-table task-table">
        <thead>
          <tr>
            <th scope="col">Id</th>
            <th scope="col">Task</th>
            <th scope="col">Days</th>
            <th scope="col">Depends on</th>
            <th scope="col">
              <span className="visually-hidden">Remove</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => (
            <tr key={i}>
              <td data-label="Id">
                <input aria-label={`Id of task ${i + 1}`} className="mono" value={row.id} onChange={(e) => set(i, { id: e.target.value })} />
              </td>
              <td data-label="Task">
                <input aria-label={`Name of task ${i + 1}`} value={row.name} onChange={(e) => set(i, { name: e.target.value })} />
              </td>
              <td data-label="Days">
                <input aria-label={`Days for ${row.id || `task ${i + 1}`}`} inputMode="decimal" className="days" value={row.duration} onChange={(e) => set(i, { duration: e.target.value })} />
              </td>
              <td data-label="Depends on">
                <input aria-label={`${row.id || `Task ${i + 1}`} depends on`} className="mono" value={row.depends} placeholder="ids, comma separated" onChange={(e) => set(i, { depends: e.target.value })} />
              </td>
              <td className="row-actions">
                <button type="button" className="button small ghost" aria-label={`Remove task ${row.id || i + 1}`} onClick={() => onChange(rows.filter((_, k) => k !== i))}>
                  ✕
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" className="button small" onClick={() => onChange([...rows, { id: '', name: '', duration: '1', depends: '' }])}>
        + Add a task
      </button>
    </div>
  );
}
