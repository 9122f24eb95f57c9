import { describe, expect, it } from 'vitest';
import { controlCharacterIn } from './stored-text.js';

describe('controlCharacterIn', () => {
  it('allows newlines, Windows newlines and tabs', () => {
    expect(controlCharacterIn('a\nb\r\nc\td é 😀')).toBeUndefined();
  });

  it('finds NUL, escape, a lone carriage return, DEL and C1 controls', () => {
    expect(controlCharacterIn('ab\u0000')).toEqual({ codePoint: 'U+0000', index: 2 });
    expect(controlCharacterIn('\u001b[31m')).toEqual({ codePoint: 'U+001B', index: 0 });
    expect(controlCharacterIn('a\rb')).toEqual({ codePoint: 'U+000D', index: 1 });
    expect(controlCharacterIn('\u007f')).toEqual({ codePoint: 'U+007F', index: 0 });
    expect(controlCharacterIn('x\u0085')).toEqual({ codePoint: 'U+0085', index: 1 });
  });
});
