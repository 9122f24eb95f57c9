import { useState } from 'react';
import type { PublicProblem, Submission } from '@shared/api.js';
import { CodeEditor, type CodeLanguage } from './code-editor.js';
import { CODE_LANGUAGES, LanguageSwitch, rememberedLanguage } from './language-switch.js';
import { TestResults } from './test-results.js';
import { Markdown } from '../../ui/markdown.js';
import { ErrorNote, Loading } from '../../ui/status.js';
import { Tag } from '../../ui/tag.js';
import { formatWhen } from '../../lib/format.js';
import { Link } from '../../lib/router.js';
import { shortcutText } from '../../lib/shortcuts.js';
import { useProblem, useSubmissions, useSubmitCode } from '../../lib/queries.js';
import { useCodeDraft } from './use-code-draft.js';
import { useWorkClock } from './use-work-clock.js';
import './code.css';

export default function CodeProblemPage({ id }: { id: string }) {
  const problem = useProblem(id);
  if (problem.error) return <ErrorNote message={problem.error.message} onRetry={() => void problem.refetch()} />;
  if (!problem.data) return <Loading label="Loading the problem" />;
  return <Workbench problem={problem.data} />;
}

function Workbench({ problem: p }: { problem: PublicProblem }) {
  const history = useSubmissions(p.id);
  const [lang, setLang] = useState<CodeLanguage>(rememberedLanguage);
  const { code, setCode, reset } = useCodeDraft(`problem:${p.id}`, lang, p.starter[lang], `tpmprep:code:${p.id}:${lang}`);
  const submission = useSubmitCode();
  const [result, setResult] = useState<Submission>();
  const busy = submission.isPending ? submission.variables.mode : undefined;
  const clock = useWorkClock();

  const judge = (mode: 'run' | 'submit') => {
    if (busy) return;
    submission.mutate({ problemId: p.id, lang, code, mode, seconds: clock.take() }, { onSuccess: setResult });
  };

  return (
    <div className="page wide">
      <p className="crumbs">
        <Link href="/code">← Coding exercises</Link>
      </p>
      <div className="code-grid">
        <article className="statement">
          <h1>{p.title}</h1>
          <div className="tag-row">
            <Tag tone={p.difficulty}>{p.difficulty}</Tag>
            <Tag>{p.kind === 'class' ? 'design a class' : 'function'}</Tag>
          </div>
          <Markdown text={p.statement} headingLevel={2} />
          <h2>Signature</h2>
          <pre tabIndex={0}>
            <code>{lang === 'py' ? p.signature.py : p.signature.ts}</code>
          </pre>
          <p className="muted small">
            Limits: {p.limits.timePerTestMs} ms per test · {p.limits.totalTimeMs / 1000} s in total · {p.limits.memoryMb} MB ·{' '}
            {p.limits.outputKb} KB of output. {p.examples.length} examples, {p.hiddenTests} hidden tests.
          </p>
          <p className="muted small" data-testid="comparison">
            {p.comparison}
          </p>
        </article>
        <section className="workbench" aria-label="Your solution">
          <div className="workbench-bar">
            <LanguageSwitch
              lang={lang}
              onChange={(next) => {
                setLang(next);
                setResult(undefined);
              }}
            />
            <button type="button" className="button ghost small" onClick={reset}>
              Reset to starter
            </button>
          </div>
          <CodeEditor value={code} lang={lang} onChange={setCode} onRun={() => void judge('run')} onSubmit={() => void judge('submit')} label={`${p.title} solution`} />
          <div className="workbench-actions">
            <span className="muted small workbench-note">
              {shortcutText('runExamples')} runs the examples · {shortcutText('submitCode')} submits
            </span>
            <button type="button" className="button" disabled={Boolean(busy)} onClick={() => void judge('run')}>
              {busy === 'run' ? <><span className="spinner" aria-hidden="true" /> Running…</> : 'Run examples'}
            </button>
            <button type="button" className="button primary" disabled={Boolean(busy)} onClick={() => void judge('submit')}>
              {busy === 'submit' ? <><span className="spinner" aria-hidden="true" /> Judging…</> : 'Submit'}
            </button>
          </div>
          {busy === 'submit' && lang === 'py' && !result && <p className="muted small">The first Python run starts the sandbox; it takes a few seconds.</p>}
          {submission.error && <ErrorNote message={submission.error.message} />}
          {result && <TestResults submission={result} />}
          <section className="history">
            <h2>Submissions</h2>
            {history.data?.submissions.length === 0 && <p className="muted">None yet.</p>}
            <ul className="submission-list">
              {history.data?.submissions.map((s) => (
                <li key={s.id}>
                  <button type="button" className="submission-row" disabled={s.status !== 'done'} onClick={() => s.status === 'done' && setResult(s)}>
                    {s.status === 'done' ? (
                      <span className={s.verdict === 'accepted' ? 'submission-good' : 'submission-bad'}>{s.label}</span>
                    ) : (
                      <span className="muted">{s.status === 'queued' ? 'Waiting for the judge' : 'Being judged'}</span>
                    )}
                    <span className="muted">
                      {s.mode === 'run' ? 'run' : 'submit'} · {CODE_LANGUAGES.find((l) => l.id === s.lang)?.label}
                      {s.status === 'done' && ` · ${s.passed}/${s.total}`}
                    </span>
                    <span className="muted small">{formatWhen(s.createdAt)}</span>
                  </button>
                </li>
              ))}
            </ul>
          </section>
        </section>
      </div>
    </div>
  );
}
