import { useCallback, useState } from 'react';

/**
 * What a person types, kept in localStorage until it is submitted: one scheme for every page.
 * Keys carry a version, so a change of shape starts afresh instead of reading old data wrongly.
 */
export const DRAFT_PREFIX = 'tpmprep:draft:v1:';

export interface DraftOptions<T> {
  /** An older key this draft used to live under: read once if the new key is empty, then removed. */
  legacy?: string;
  /** Keep the value in memory only (a value handed in, not typed: nothing to keep). */
  memoryOnly?: boolean;
  /** Whether a stored value has the right shape; by default, the same JSON type as the empty value. */
  valid?: (value: unknown) => value is T;
}

function sameShape<T>(empty: T) {
  return (value: unknown): value is T => {
    if (empty === null) return true;
    if (Array.isArray(empty)) return Array.isArray(value);
    if (typeof empty === 'object') return typeof value === 'object' && value !== null && !Array.isArray(value);
    return typeof value === typeof empty;
  };
}

function storage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined; // storage blocked (private mode, policy): drafts live only in memory
  }
}

/** The stored draft, or `empty` when there is none or it cannot be read (it is then removed). */
export function readDraft<T>(key: string, empty: T, options: DraftOptions<T> = {}): T {
  const store = storage();
  if (!store) return empty;
  const valid = options.valid ?? sameShape(empty);
  const parse = (raw: string, plainText: boolean): T | undefined => {
    try {
      const value: unknown = JSON.parse(raw);
      if (valid(value)) return value;
    } catch {
      // fall through: a legacy plain-text draft, or a damaged entry
    }
    return plainText && valid(raw) ? raw : undefined;
  };
  const raw = store.getItem(DRAFT_PREFIX + key);
  if (raw !== null) {
    const value = parse(raw, false);
    if (value !== undefined) return value;
    store.removeItem(DRAFT_PREFIX + key);
    return empty;
  }
  if (options.legacy) {
    const old = store.getItem(options.legacy);
    if (old !== null) {
      store.removeItem(options.legacy);
      const value = parse(old, true);
      if (value !== undefined) {
        writeDraft(key, value, empty);
        return value;
      }
    }
  }
  return empty;
}

/** Stores `value` under `key`; a value equal to `empty` removes the draft instead. */
export function writeDraft<T>(key: string, value: T, empty: T): void {
  const store = storage();
  if (!store) return;
  const text = JSON.stringify(value);
  try {
    if (text === JSON.stringify(empty)) store.removeItem(DRAFT_PREFIX + key);
    else store.setItem(DRAFT_PREFIX + key, text);
  } catch {
    // storage full: the draft stays in memory for this visit
  }
}

export function clearDraft(key: string): void {
  storage()?.removeItem(DRAFT_PREFIX + key);
}

/**
 * A draft's value and its setter. Only `set` writes to storage, so showing something else (an old
 * attempt, a starter) never overwrites what was typed. A new key reads that key's own draft.
 *
 * @example const [answer, setAnswer, clear] = useDraft(`practice:${id}`, '');
 */
export function useDraft<T>(key: string, empty: T, options: DraftOptions<T> = {}): [T, (next: T | ((previous: T) => T)) => void, () => void] {
  const read = () => (options.memoryOnly ? empty : readDraft(key, empty, options));
  const memoryOnly = Boolean(options.memoryOnly);
  const [state, setState] = useState(() => ({ key, value: read() }));
  let current = state;
  if (state.key !== key) {
    // Render-time reset (React's "storing information from previous renders"): no flash of the old key's text.
    current = { key, value: read() };
    setState(current);
  }
  // `empty` is usually a literal written at the call site: its JSON, not its identity, is what matters.
  const emptyJson = JSON.stringify(empty);
  const set = useCallback(
    (next: T | ((previous: T) => T)) => {
      setState((previous) => {
        const value = typeof next === 'function' ? (next as (p: T) => T)(previous.value) : next;
        if (!memoryOnly) writeDraft(previous.key, value, JSON.parse(emptyJson) as T);
        return { key: previous.key, value };
      });
    },
    [emptyJson, memoryOnly],
  );
  const clear = useCallback(() => {
    setState((previous) => {
      if (!memoryOnly) clearDraft(previous.key);
      return { key: previous.key, value: JSON.parse(emptyJson) as T };
    });
  }, [emptyJson, memoryOnly]);
  return [current.value, set, clear];
}
