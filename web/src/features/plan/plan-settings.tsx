import { useState, type FormEvent } from 'react';
import type { PlanSettingsView } from '@shared/api.js';
import { useSavePlan } from '../../lib/queries.js';

const WEEKDAYS = [
  { id: 'mon', label: 'Mon' },
  { id: 'tue', label: 'Tue' },
  { id: 'wed', label: 'Wed' },
  { id: 'thu', label: 'Thu' },
  { id: 'fri', label: 'Fri' },
  { id: 'sat', label: 'Sat' },
  { id: 'sun', label: 'Sun' },
] as const;

type Mode = 'weeks' | 'date';

/** The plan's settings; saving returns the re-packed plan, which the page shows. */
export function PlanSettingsForm({ settings, saved }: { settings: PlanSettingsView; saved: boolean }) {
  const [mode, setMode] = useState<Mode>(settings.interviewDate ? 'date' : 'weeks');
  const [weeks, setWeeks] = useState(String(settings.weeks ?? 4));
  const [interviewDate, setInterviewDate] = useState(settings.interviewDate ?? '');
  const [hours, setHours] = useState(String(settings.hoursPerWeek));
  const [startDate, setStartDate] = useState(settings.startDate);
  const [restDays, setRestDays] = useState(settings.restDays);
  const save = useSavePlan();
  const message = save.error?.message ?? (save.isSuccess ? 'Saved. The plan below is packed from these settings and your current readiness.' : undefined);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const length = mode === 'date' ? { interviewDate } : { weeks: Number(weeks), interviewDate: null };
    save.mutate({ ...length, hoursPerWeek: Number(hours), startDate, restDays });
  };

  const toggleRest = (day: (typeof WEEKDAYS)[number]['id']) => setRestDays((days) => (days.includes(day) ? days.filter((d) => d !== day) : [...days, day]));

  return (
    <form className="panel plan-form" onSubmit={submit} aria-labelledby="plan-settings-title">
      <h2 id="plan-settings-title">Settings</h2>
      <fieldset className="plan-mode">
        <legend>Plan until</legend>
        <label>
          <input type="radio" name="mode" value="weeks" checked={mode === 'weeks'} onChange={() => setMode('weeks')} /> A number of weeks
        </label>
        <label>
          <input type="radio" name="mode" value="date" checked={mode === 'date'} onChange={() => setMode('date')} /> My interview date
        </label>
      </fieldset>
      <div className="plan-fields">
        {mode === 'weeks' ? (
          <div className="plan-field">
            <label htmlFor="plan-weeks">Weeks</label>
            <select id="plan-weeks" name="weeks" value={weeks} onChange={(e) => setWeeks(e.target.value)}>
              {[2, 3, 4, 5, 6].map((w) => (
                <option key={w} value={w}>
                  {w} weeks
                </option>
              ))}
            </select>
          </div>
        ) : (
          <div className="plan-field">
            <label htmlFor="plan-interview">Interview date</label>
            <input id="plan-interview" type="date" name="interviewDate" value={interviewDate} required onChange={(e) => setInterviewDate(e.target.value)} />
          </div>
        )}
        <div className="plan-field">
          <label htmlFor="plan-hours">Hours per week</label>
          <input id="plan-hours" type="number" name="hoursPerWeek" min={3} max={40} step={0.5} value={hours} required onChange={(e) => setHours(e.target.value)} />
        </div>
        <div className="plan-field">
          <label htmlFor="plan-start">Start date</label>
          <input id="plan-start" type="date" name="startDate" value={startDate} required onChange={(e) => setStartDate(e.target.value)} />
        </div>
      </div>
      <fieldset>
        <legend>Rest days (1-3 a week)</legend>
        <div className="rest-chips">
          {WEEKDAYS.map((d) => (
            <label key={d.id} className={restDays.includes(d.id) ? 'rest-chip-on' : ''}>
              <input type="checkbox" name="restDays" value={d.id} checked={restDays.includes(d.id)} onChange={() => toggleRest(d.id)} />
              {d.label}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="plan-form-actions">
        <button type="submit" className="button primary" disabled={save.isPending} aria-describedby="plan-save-status">
          {save.isPending ? 'Re-planning…' : saved ? 'Save and re-plan' : 'Save this plan'}
        </button>
        <span id="plan-save-status" role="status" aria-live="polite" className={`small ${save.isError ? 'plan-error' : 'muted'}`}>
          {message ?? (saved ? '' : 'Not saved yet: this is the default plan from today.')}
        </span>
      </div>
    </form>
  );
}
