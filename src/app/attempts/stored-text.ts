import { z } from 'zod';

/**
 * Text the person stores (answers, stories, code, exercise answers) may hold newlines (\n, or \r\n from
 * a Windows file) and tabs, but no other control character: a NUL or an escape sequence in an answer
 * breaks terminals, exports and other tools later, far from where it came in.
 */
const CONTROL_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]|\r(?!\n)/;

export function controlCharacterIn(text: string): { codePoint: string; index: number } | undefined {
  const match = CONTROL_CHARACTER.exec(text);
  if (!match) return undefined;
  const code = match[0].charCodeAt(0);
  return { codePoint: `U+${code.toString(16).toUpperCase().padStart(4, '0')}`, index: match.index };
}

/** A string schema for stored text; parseInput's message names the field, this names the character. */
export function storedText() {
  return z.string().superRefine((text, ctx) => {
    const found = controlCharacterIn(text);
    if (found) {
      ctx.addIssue({
        code: 'custom',
        message: `contains the control character ${found.codePoint} at character ${found.index + 1}; only newlines and tabs are allowed`,
      });
    }
  });
}
