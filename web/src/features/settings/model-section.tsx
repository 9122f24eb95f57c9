import { useId, useState, type FormEvent } from 'react';
import type { ApiBody, LlmTestResult, SettingsView } from '@shared/api.js';
import { useSaveSettings, useTestModel } from '../../lib/queries.js';
import { Field, fieldOf, SaveRow } from './form-parts.js';

const PATTERNS = [
  ['baseUrl', /baseUrl/],
  ['model', /\bmodel\b/],
  ['apiKey', /apiKey/],
] as const;

/** What the model said, or exactly why it did not answer, as the server reports it. */
function TestOutcome({ result }: { result: LlmTestResult }) {
  if (result.ok) {
    return (
      <div className="good-note settings-test" data-testid="model-test">
        <strong>It answered</strong> in {result.ms} ms ({result.model} at {result.endpoint}): <q>{result.reply}</q>
      </div>
    );
  }
  const where = result.endpoint ? ` (${result.model ?? 'no model'} at ${result.endpoint})` : '';
  return (
    <div className="error-note settings-test" data-testid="model-test">
      <strong>
        No answer: {result.failure}
        {result.status !== undefined ? `, HTTP ${result.status}` : ''}
      </strong>
      <span>
        {result.message}
        {where}
      </span>
    </div>
  );
}

/** The optional language model: off until a URL and a model are saved. The key is never shown back. */
export function ModelSection({ settings }: { settings: SettingsView }) {
  const { llm } = settings;
  const fromSettings = llm.source === 'settings';
  const [baseUrl, setBaseUrl] = useState(fromSettings ? (llm.baseUrl ?? '') : '');
  const [model, setModel] = useState(fromSettings ? (llm.model ?? '') : '');
  const [apiKey, setApiKey] = useState('');
  const save = useSaveSettings();
  const test = useTestModel();
  const errorId = useId();
  const blamed = fieldOf(save.error?.message ?? test.error?.message, PATTERNS);
  const edit = (set: (v: string) => void) => (value: string) => {
    save.reset();
    test.reset();
    set(value);
  };
  // Empty fields are left out: the server then uses the saved value (and keeps the saved key).
  const typed = (): ApiBody<'POST /api/settings/llm-test'> => ({ ...(baseUrl.trim() && { baseUrl: baseUrl.trim() }), ...(model.trim() && { model: model.trim() }), ...(apiKey.trim() && { apiKey: apiKey.trim() }) });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    test.reset();
    save.mutate({ llm: { baseUrl: baseUrl.trim() || null, model: model.trim() || null, ...(apiKey.trim() && { apiKey: apiKey.trim() }) } }, { onSuccess: () => setApiKey('') });
  };
  const turnOff = () => {
    test.reset();
    save.mutate({ llm: null }, { onSuccess: () => [setBaseUrl, setModel, setApiKey].forEach((set) => set('')) });
  };
  const status = llm.source === 'settings' ? `On: ${llm.model} at ${llm.baseUrl}.` : llm.source === 'environment' ? `On, from the environment (TPMPREP_LLM_URL): ${llm.model} at ${llm.baseUrl}. A model saved here takes its place.` : 'Off. The coach works without one; a model adds a written critique.';
  return (
    <section id="model" className="panel settings-section" aria-labelledby="model-title">
      <h2 id="model-title">Language model</h2>
      <p className="muted small" data-testid="model-status">
        {status}
      </p>
      <form onSubmit={submit} noValidate aria-labelledby="model-title">
        <div className="settings-grid">
          <Field label="URL" hint="An OpenAI-compatible endpoint, e.g. http://127.0.0.1:11434/v1 for a local Ollama." errorId={blamed === 'baseUrl' ? errorId : undefined}>
            {(props) => <input {...props} type="url" name="baseUrl" autoComplete="off" spellCheck={false} value={baseUrl} onChange={(e) => edit(setBaseUrl)(e.target.value)} />}
          </Field>
          <Field label="Model" hint="The model's name at that endpoint, e.g. llama3.2." errorId={blamed === 'model' ? errorId : undefined}>
            {(props) => <input {...props} type="text" name="model" autoComplete="off" spellCheck={false} value={model} onChange={(e) => edit(setModel)(e.target.value)} />}
          </Field>
          <Field label="API key (optional)" hint={llm.hasKey ? `A key is saved (${llm.apiKey}). Leave this empty to keep it.` : 'Only if the endpoint asks for one.'} errorId={blamed === 'apiKey' ? errorId : undefined}>
            {(props) => <input {...props} type="password" name="apiKey" autoComplete="off" value={apiKey} onChange={(e) => edit(setApiKey)(e.target.value)} />}
          </Field>
        </div>
        <SaveRow mutation={save} label="Save model" errorId={errorId} fieldError={blamed !== undefined}>
          <button type="button" className="button" disabled={test.isPending} onClick={() => {
              save.reset();
              test.mutate(typed());
            }}>
            {test.isPending ? 'Testing…' : 'Test'}
          </button>
          {fromSettings && (
            <button type="button" className="button ghost" disabled={save.isPending} onClick={turnOff}>
              Turn the model off
            </button>
          )}
        </SaveRow>
        {test.data && <TestOutcome result={test.data} />}
        {test.error && (
          <p id={blamed ? errorId : undefined} className="settings-error small" role="alert">
            Could not test: {test.error.message}
          </p>
        )}
      </form>
    </section>
  );
}
