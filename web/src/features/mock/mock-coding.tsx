import { useEffect, useState } from 'react';
import type { MockView, Submission } from '@shared/api.js';
import { api } from '../../lib/api-client.js';
import { CodeEditor, type CodeLanguage } from '../code/code-editor.js';
import { LanguageSwitch, rememberedLanguage } from '../code/language-switch.js';
import { TestResults } from '../code/test-results.js';
import { Markdown } from '../../ui/markdown.js';
import { ErrorNote } from '../../ui/status.js';
import { Tag } from '../../ui/tag.js';
import '../code/code.css';


/** The coding stage: the problem, the shared code editor, running the visible examples, and one judged submission. */
export default function MockCoding({ view, busy, onSubmit }: { view: MockView; busy: boolean; onSubmit: (body: { code: string; lang: CodeLanguage }) => void }) {
  const problem = view.item?.problem;
  const [lang, setLang] = useState<CodeLanguage>(rememberedLanguage);
  const [code, setCode] = useState(problem?.starter[lang] ?? '');
  const [run, setRun] = useState<Submission>();
  const [running, setRunning] = useState(false);
  const [error, setError] = useState<string>();
  useEffect(() => {
    if (problem) setCode(problem.starter[lang]);
    setRun(undefined);
  }, [problem, lang]);
  if (!problem) return null;

  const runExamples = async () => {
    if (running) return;
    setRunning(true);
    setError(undefined);
    try {
      setRun(await api.post<Submission>('/api/submissions', { problemId: problem.id, lang, code, mode: 'run' }));
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setRunning(false);
    }
  };
  const submit = () => {
    if (!busy && code.trim()) onSubmit({ code, lang });
  };

  return (
    <section className="mock-coding" aria-labelledby="coding-title">
      <div className="tag-row">
        <Tag tone="accent">Coding exercise</Tag>
        <Tag tone={problem.difficulty}>{problem.difficulty}</Tag>
      </div>
      <h2 id="coding-title">{problem.title}</h2>
      <div className="code-grid">
        <article className="statement">
          <Markdown text={problem.statement} />
          <h3>Signature</h3>
          <pre>
            <code>{lang === 'py' ? problem.signature.py : problem.signature.ts}</code>
          </pre>
        </article>
        <div className="workbench">
          <div className="workbench-bar">
            <LanguageSwitch lang={lang} onChange={setLang} />
          </div>
          <CodeEditor value={code} lang={lang} onChange={setCode} onRun={() => void runExamples()} onSubmit={submit} label={`${problem.title} solution`} />
          <div className="workbench-actions">
            <span className="muted small">One submission is judged against every test; run the examples as often as you like.</span>
            <button type="button" className="button" disabled={running || busy} onClick={() => void runExamples()}>
              {running ? 'Running…' : 'Run examples'}
            </button>
            <button type="button" className="button primary" disabled={busy || !code.trim()} onClick={submit}>
              {busy ? 'Judging…' : 'Submit solution'}
            </button>
          </div>
          {error && <ErrorNote message={error} />}
          {run && <TestResults submission={run} />}
        </div>
      </div>
    </section>
  );
}
