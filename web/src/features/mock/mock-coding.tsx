import { useState } from 'react';
import type { MockView } from '@shared/api.js';
import { useSubmitCode } from '../../lib/queries.js';
import { useCodeDraft } from '../code/use-code-draft.js';
import { mockCodeScope } from './mock-drafts.js';
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
  // Each language keeps its own code, per mock and question: switching language, pausing or reloading loses nothing.
  const { code, setCode } = useCodeDraft(mockCodeScope(view), lang, problem?.starter[lang] ?? '');
  const runner = useSubmitCode();
  const running = runner.isPending;
  const run = runner.data?.lang === lang ? runner.data : undefined;
  if (!problem) return null;

  const runExamples = () => {
    if (!running) runner.mutate({ problemId: problem.id, lang, code, mode: 'run' });
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
          <CodeEditor value={code} lang={lang} onChange={setCode} onRun={() => runExamples()} onSubmit={submit} label={`${problem.title} solution`} />
          <div className="workbench-actions">
            <span className="muted small workbench-note">One submission is judged against every test; run the examples as often as you like.</span>
            <button type="button" className="button" disabled={running || busy} onClick={() => runExamples()}>
              {running ? 'Running…' : 'Run examples'}
            </button>
            <button type="button" className="button primary" disabled={busy || !code.trim()} onClick={submit}>
              {busy ? 'Judging…' : 'Submit solution'}
            </button>
          </div>
          {runner.error && <ErrorNote message={runner.error.message} />}
          {run && <TestResults submission={run} />}
        </div>
      </div>
    </section>
  );
}
