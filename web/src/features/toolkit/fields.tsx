import { useId, type ReactNode } from 'react';
import './toolkit.css';

/** A number typed as text: "10,000" and "99.9" read; anything else is undefined. */
export function readNumber(text: string): number | undefined {
  const cleaned = text.replace(/[,_\s]/g, '');
  if (cleaned === '') return undefined;
  const value = Number(cleaned);
  return Number.isFinite(value) ? value : undefined;
}

interface FieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: ReactNode;
  suffix?: string;
  /** Numeric fields say so when the text is not a number. */
  numeric?: boolean;
  optional?: boolean;
  placeholder?: string;
  name?: string;
  type?: 'text' | 'date';
}

export function Field({ label, value, onChange, hint, suffix, numeric = true, optional = false, placeholder, name, type = 'text' }: FieldProps) {
  const id = useId();
  const invalid = numeric && value.trim() !== '' && readNumber(value) === undefined;
  const missing = numeric && !optional && value.trim() === '';
  return (
    <div className={`calc-field ${invalid || missing ? 'invalid' : ''}`}>
      <label htmlFor={id} className="field-label">
        {label}
        {optional && <span className="field-optional"> optional</span>}
      </label>
      <div className="field-control">
        <input
          id={id}
          name={name}
          type={type}
          inputMode={numeric ? 'decimal' : undefined}
          value={value}
          placeholder={placeholder}
          autoComplete="off"
          spellCheck={false}
          aria-invalid={invalid || missing}
          aria-describedby={invalid || missing ? `${id}-error` : hint ? `${id}-hint` : undefined}
          onChange={(e) => onChange(e.target.value)}
        />
        {suffix && <span className="field-suffix">{suffix}</span>}
      </div>
      {invalid ? (
        <span className="field-hint field-error" id={`${id}-error`}>
          Enter a number
        </span>
      ) : missing ? (
        <span className="field-hint field-error" id={`${id}-error`}>
          Required
        </span>
      ) : (
        hint && (
          <span className="field-hint" id={`${id}-hint`}>
            {hint}
          </span>
        )
      )}
    </div>
  );
}

interface ChoiceProps<T extends string> {
  label: string;
  value: T;
  options: ReadonlyArray<{ value: T; label: string }>;
  onChange: (value: T) => void;
}

/** A segmented control built from radio buttons, so arrow keys move between the options. */
export function Choice<T extends string>({ label, value, options, onChange }: ChoiceProps<T>) {
  const name = useId();
  return (
    <fieldset className="choice">
      <legend className="field-label">{label}</legend>
      <div className="choice-options">
        {options.map((option) => (
          <label key={option.value} className={option.value === value ? 'selected' : ''}>
            <input type="radio" name={name} value={option.value} checked={option.value === value} onChange={() => onChange(option.value)} />
            {option.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** The error a calculator answered with, or a note that the form is incomplete. */
export function CalcNote({ error, incomplete }: { error?: string; incomplete?: boolean }) {
  if (error) {
    return (
      <p className="calc-error" role="alert">
        {error}
      </p>
    );
  }
  if (incomplete) return <p className="calc-hint">Fill in the highlighted fields to see the result.</p>;
  return null;
}

/** A big number with a caption. */
export function Figure({ value, label, tone }: { value: ReactNode; label: ReactNode; tone?: 'good' | 'bad' | 'warn' | 'accent' }) {
  return (
    <div className={`figure ${tone ? `figure-${tone}` : ''}`}>
      <span className="figure-value">{value}</span>
      <span className="figure-label">{label}</span>
    </div>
  );
}
