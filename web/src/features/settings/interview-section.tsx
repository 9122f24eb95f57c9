import { useId, useState, type FormEvent } from 'react';
import type { SettingsView } from '@shared/api.js';
import { useSaveSettings } from '../../lib/queries.js';
import { Link } from '../../lib/router.js';
import { SaveRow } from './form-parts.js';
import { answersOf, InterviewFields, interviewFieldBlamed, settingsBody } from './interview-fields.js';

/** Track, level, the interview date or weeks left, hours a week: saving re-packs the study plan. */
export function InterviewSection({ settings }: { settings: SettingsView }) {
  const [answers, setAnswers] = useState(() => answersOf(settings));
  const save = useSaveSettings();
  const errorId = useId();
  const error = save.error?.message;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(settingsBody(answers));
  };
  return (
    <section id="interview" className="panel settings-section" aria-labelledby="interview-title">
      <h2 id="interview-title">Interview</h2>
      <form onSubmit={submit} noValidate aria-labelledby="interview-title">
        <InterviewFields
          answers={answers}
          onChange={(next) => {
            save.reset();
            setAnswers(next);
          }}
          choices={settings.choices}
          error={error}
          errorId={errorId}
        />
        <SaveRow mutation={save} label="Save and re-plan" errorId={errorId} fieldError={interviewFieldBlamed(error)} savedText="Saved. The study plan is packed again from these answers." />
      </form>
      <p className="muted small settings-footnote">
        Rest days and the start date are on the <Link href="/plan">Plan</Link> page. <Link href="/welcome">Run the welcome again</Link>
      </p>
    </section>
  );
}
