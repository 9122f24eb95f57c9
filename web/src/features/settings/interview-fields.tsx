import type { ApiBody, SettingsView } from '@shared/api.js';
import { Field, fieldOf } from './form-parts.js';

/** The interview questions, shared by the welcome and the Settings page. */
export interface InterviewAnswers {
  track: string;
  level: string;
  mode: 'date' | 'weeks';
  interviewDate: string;
  weeks: string;
  hoursPerWeek: string;
  companyStyle: string;
}

export const WEEK_CHOICES = [2, 3, 4, 5, 6] as const;

export function answersOf(settings: SettingsView): InterviewAnswers {
  return {
    track: settings.track,
    level: settings.level,
    mode: settings.interviewDate ? 'date' : 'weeks',
    interviewDate: settings.interviewDate ?? '',
    weeks: String(settings.weeks ?? 4),
    hoursPerWeek: String(settings.hoursPerWeek),
    companyStyle: settings.companyStyle ?? '',
  };
}

/** The answers as the server takes them: the date or the weeks, never both. */
export function firstRunBody(a: InterviewAnswers): ApiBody<'POST /api/first-run'> {
  const length = a.mode === 'date' ? { interviewDate: a.interviewDate } : { weeks: Number(a.weeks) };
  return { track: a.track as 'product', level: a.level as 'senior', hoursPerWeek: Number(a.hoursPerWeek), companyStyle: a.companyStyle || null, ...length };
}

export function settingsBody(a: InterviewAnswers): ApiBody<'PUT /api/settings'> {
  const length = a.mode === 'date' ? { interviewDate: a.interviewDate } : { weeks: Number(a.weeks), interviewDate: null };
  return { track: a.track as 'product', level: a.level as 'senior', hoursPerWeek: Number(a.hoursPerWeek), companyStyle: a.companyStyle || null, ...length };
}

type FieldName = 'track' | 'level' | 'interviewDate' | 'weeks' | 'hoursPerWeek' | 'companyStyle';
const FIELD_PATTERNS: ReadonlyArray<readonly [FieldName, RegExp]> = [
  ['interviewDate', /interviewDate|interview date|one of them/],
  ['weeks', /\bweeks: /],
  ['hoursPerWeek', /hoursPerWeek|hours per week/],
  ['track', /\btrack\b/],
  ['level', /\blevel\b/],
  ['companyStyle', /companyStyle/],
];

interface Props {
  answers: InterviewAnswers;
  onChange: (next: InterviewAnswers) => void;
  choices: SettingsView['choices'];
  /** The server's refusal, if any, and the id of the element that shows it. */
  error: string | undefined;
  errorId: string;
}

export function InterviewFields({ answers, onChange, choices, error, errorId }: Props) {
  const blamed = fieldOf(error, FIELD_PATTERNS);
  const errorFor = (name: FieldName) => (blamed === name ? errorId : undefined);
  const set = (patch: Partial<InterviewAnswers>) => onChange({ ...answers, ...patch });
  return (
    <>
      <fieldset className="settings-choice">
        <legend>Which role are you interviewing for?</legend>
        {choices.tracks.map((t) => (
          <label key={t.id}>
            <input type="radio" name="track" value={t.id} checked={answers.track === t.id} onChange={() => set({ track: t.id })} /> {t.title}
          </label>
        ))}
      </fieldset>
      <fieldset className="settings-choice">
        <legend>Target level</legend>
        {choices.levels.map((l) => (
          <label key={l.id}>
            <input type="radio" name="level" value={l.id} checked={answers.level === l.id} onChange={() => set({ level: l.id })} /> {l.title}
          </label>
        ))}
      </fieldset>
      <fieldset className="settings-choice">
        <legend>How long until the interview?</legend>
        <label>
          <input type="radio" name="mode" value="date" checked={answers.mode === 'date'} onChange={() => set({ mode: 'date' })} /> I know the date
        </label>
        <label>
          <input type="radio" name="mode" value="weeks" checked={answers.mode === 'weeks'} onChange={() => set({ mode: 'weeks' })} /> A number of weeks
        </label>
      </fieldset>
      <div className="settings-grid">
        {answers.mode === 'date' ? (
          <Field label="Interview date" errorId={errorFor('interviewDate')}>
            {(props) => <input {...props} type="date" name="interviewDate" value={answers.interviewDate} onChange={(e) => set({ interviewDate: e.target.value })} />}
          </Field>
        ) : (
          <Field label="Weeks left" hint="Most processes take 2 to 6 weeks." errorId={errorFor('weeks')}>
            {(props) => (
              <select {...props} name="weeks" value={answers.weeks} onChange={(e) => set({ weeks: e.target.value })}>
                {WEEK_CHOICES.map((w) => (
                  <option key={w} value={w}>
                    {w} weeks
                  </option>
                ))}
              </select>
            )}
          </Field>
        )}
        <Field label="Hours a week" hint="3 to 40. Be honest: the plan fits what you give it." errorId={errorFor('hoursPerWeek')}>
          {(props) => <input {...props} type="number" name="hoursPerWeek" inputMode="decimal" min={3} max={40} step={0.5} value={answers.hoursPerWeek} onChange={(e) => set({ hoursPerWeek: e.target.value })} />}
        </Field>
        <Field label="Company style (optional)" hint="A practice loop shaped like that process, never a company's real questions." errorId={errorFor('companyStyle')}>
          {(props) => (
            <select {...props} name="companyStyle" value={answers.companyStyle} onChange={(e) => set({ companyStyle: e.target.value })}>
              <option value="">No particular style</option>
              {choices.companyStyles.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.title}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
    </>
  );
}

export { FIELD_PATTERNS as INTERVIEW_FIELD_PATTERNS };
export function interviewFieldBlamed(error: string | undefined): boolean {
  return fieldOf(error, FIELD_PATTERNS) !== undefined;
}
