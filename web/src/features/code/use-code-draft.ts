import { useDraft } from '../../lib/use-draft.js';
import type { CodeLanguage } from './code-editor.js';

const isCode = (value: unknown): value is string | null => value === null || typeof value === 'string';

/**
 * The code being written for one problem in one language. The starter is never stored: with no
 * draft the starter shows, and code edited back to the starter drops the draft. Each language keeps
 * its own code, so switching language and back finds it again.
 *
 * @example const { code, setCode } = useCodeDraft(`problem:${id}`, lang, problem.starter[lang]);
 */
export function useCodeDraft(scope: string, lang: CodeLanguage, starter: string, legacy?: string) {
  const [draft, setDraft, reset] = useDraft<string | null>(`code:${scope}:${lang}`, null, { valid: isCode, legacy });
  return {
    code: draft ?? starter,
    setCode: (value: string) => setDraft(value === starter ? null : value),
    reset,
    edited: draft !== null,
  };
}
