/**
 * Every keyboard shortcut the app has, in one table. The handlers match keys through `pressed` (or,
 * in the code editor, `codeMirrorKey`) and the `?` dialog lists this table, so the list cannot drift
 * from what the keys do.
 */

/** One key with its modifiers. `mod` is Ctrl, or Cmd on a Mac; `shift` is checked only when it is given. */
export interface Chord {
  key: string;
  mod?: boolean;
  shift?: boolean;
}

export interface Shortcut {
  /** Any of these does it. */
  chords: readonly Chord[];
  does: string;
  where: ShortcutPlace;
}

export const SHORTCUT_PLACES = ['Anywhere', 'Search', 'Answering in a mock interview', 'Code editor', 'Flashcard review'] as const;
export type ShortcutPlace = (typeof SHORTCUT_PLACES)[number];

export const SHORTCUTS = {
  openSearch: { chords: [{ key: 'k', mod: true }], does: 'Search everything', where: 'Anywhere' },
  showShortcuts: { chords: [{ key: '?' }], does: 'Show these shortcuts (outside a text box)', where: 'Anywhere' },
  closeDialog: { chords: [{ key: 'Escape' }], does: 'Close the search or this list and go back to where you were', where: 'Anywhere' },
  nextResult: { chords: [{ key: 'ArrowDown' }], does: 'Highlight the next result', where: 'Search' },
  previousResult: { chords: [{ key: 'ArrowUp' }], does: 'Highlight the previous result', where: 'Search' },
  openResult: { chords: [{ key: 'Enter' }], does: 'Open the highlighted result', where: 'Search' },
  submitMockAnswer: { chords: [{ key: 'Enter', mod: true }], does: 'Submit the answer', where: 'Answering in a mock interview' },
  runExamples: { chords: [{ key: 'Enter', mod: true, shift: false }], does: 'Run the examples', where: 'Code editor' },
  submitCode: { chords: [{ key: 'Enter', mod: true, shift: true }], does: 'Submit the solution', where: 'Code editor' },
  revealCard: { chords: [{ key: ' ' }, { key: 'Enter' }], does: 'Show the answer', where: 'Flashcard review' },
  rateCard: { chords: ['1', '2', '3', '4'].map((key) => ({ key })), does: 'Rate your recall: the number shown on each button', where: 'Flashcard review' },
  endReview: { chords: [{ key: 'Escape' }], does: 'End the session', where: 'Flashcard review' },
} as const satisfies Record<string, Shortcut>;

export type ShortcutId = keyof typeof SHORTCUTS;

/** Whether a key press is one of the shortcut's chords. Alt never is. */
export function pressed(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>, id: ShortcutId): boolean {
  if (event.altKey) return false;
  const mod = event.ctrlKey || event.metaKey;
  return (SHORTCUTS[id].chords as readonly Chord[]).some(
    (chord) => event.key.toLowerCase() === chord.key.toLowerCase() && mod === Boolean(chord.mod) && (chord.shift === undefined || chord.shift === event.shiftKey),
  );
}

/** A text box, a select or the code editor: where keys are typing, not commands. */
export function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

/** The shortcut's key for a CodeMirror keymap ("Mod-Shift-Enter"); CodeMirror also reads Mod as Cmd on a Mac. */
export function codeMirrorKey(id: ShortcutId): string {
  const [chord] = SHORTCUTS[id].chords as readonly Chord[];
  if (!chord) throw new Error(`shortcut ${id} has no keys`);
  return [chord.mod ? 'Mod' : '', chord.shift ? 'Shift' : '', chord.key].filter(Boolean).join('-');
}

const isMac = () => typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);

const KEY_NAMES: Record<string, string> = { ' ': 'Space', ArrowDown: '↓', ArrowUp: '↑', Escape: 'Esc' };

/** The keys of one chord as a person reads them: ["Ctrl", "Shift", "Enter"], or ["⌘", "K"] on a Mac. */
export function chordKeys(chord: Chord): string[] {
  const name = KEY_NAMES[chord.key] ?? (chord.key.length === 1 ? chord.key.toUpperCase() : chord.key);
  return [...(chord.mod ? [isMac() ? '⌘' : 'Ctrl'] : []), ...(chord.shift ? ['Shift'] : []), name];
}

/** The shortcut in a sentence: "Ctrl+Enter", "Space or Enter". */
export function shortcutText(id: ShortcutId): string {
  return (SHORTCUTS[id].chords as readonly Chord[]).map((chord) => chordKeys(chord).join('+')).join(' or ');
}

/** The shortcut's first chord alone, for a key cap on a button: "Space", "Esc". */
export function mainKeyText(id: ShortcutId): string {
  const [chord] = SHORTCUTS[id].chords as readonly Chord[];
  return chord ? chordKeys(chord).join('+') : '';
}
