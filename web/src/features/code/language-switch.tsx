import type { CodeLanguage } from './code-editor.js';

export const CODE_LANGUAGES: Array<{ id: CodeLanguage; label: string }> = [
  { id: 'ts', label: 'TypeScript' },
  { id: 'js', label: 'JavaScript' },
  { id: 'py', label: 'Python' },
];

/** The language chosen last, remembered across problems and mock coding stages. */
const LANGUAGE_KEY = 'tpmprep:code-lang';

export function rememberedLanguage(): CodeLanguage {
  const stored = localStorage.getItem(LANGUAGE_KEY);
  return CODE_LANGUAGES.find((l) => l.id === stored)?.id ?? 'ts';
}

/** A segmented control choosing the solution's language; the choice is remembered. */
export function LanguageSwitch({ lang, onChange }: { lang: CodeLanguage; onChange: (lang: CodeLanguage) => void }) {
  return (
    <div className="segmented" role="radiogroup" aria-label="Language">
      {CODE_LANGUAGES.map((l) => (
        <button
          key={l.id}
          type="button"
          role="radio"
          aria-checked={lang === l.id}
          className={lang === l.id ? 'active' : ''}
          onClick={() => {
            localStorage.setItem(LANGUAGE_KEY, l.id);
            onChange(l.id);
          }}
        >
          {l.label}
        </button>
      ))}
    </div>
  );
}
