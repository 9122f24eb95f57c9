import { describe, expect, it } from 'vitest';
import { heardOrTyped } from './heard-or-typed.js';

describe('heard or typed: a word-level diff of what the recogniser heard against the answer kept', () => {
  it('marks the words added after recording as typed, in spans of the kept answer', () => {
    const kept = 'I owned the launch plan and we shipped two weeks early.';
    const result = heardOrTyped('i owned the plan and we shipped weeks early', kept);
    expect(result).toEqual({ heardWords: 9, typedWords: 2, typedSpans: [{ start: 12, end: 18 }, { start: 39, end: 42 }] });
    expect(result.typedSpans.map((s) => kept.slice(s.start, s.end))).toEqual(['launch', 'two']);
  });

  it('joins a typed run into one span with its spaces and commas; punctuation and case are not edits', () => {
    const kept = 'We cut scope to the must-have list, told the VP on Monday, and shipped on time.';
    const result = heardOrTyped('we cut scope to the must have list and shipped on time', kept);
    expect(result).toEqual({ heardWords: 12, typedWords: 5, typedSpans: [{ start: 36, end: 57 }] });
    expect(kept.slice(36, 57)).toBe('told the VP on Monday');
  });

  it('counts a corrected word as typed: the recogniser heard another word there', () => {
    const kept = 'I owned the plan; we shipped two weeks early.';
    expect(heardOrTyped('i own the plan we ship to weeks early', kept)).toEqual({
      heardWords: 6,
      typedWords: 3,
      typedSpans: [{ start: 2, end: 7 }, { start: 21, end: 32 }],
    });
  });

  it('takes a number with its percent sign, a price and a contraction as one word each', () => {
    const kept = 'The cache hit rate rose from 80% to 95%; it didn’t cost $1,200.';
    const result = heardOrTyped("the cash hit rate it didn't cost", kept);
    expect(result.typedSpans.map((s) => kept.slice(s.start, s.end))).toEqual(['cache', 'rose from 80% to 95%', '$1,200']);
    expect(result).toMatchObject({ heardWords: 6, typedWords: 7 });
  });

  it('counts a fully typed answer as typed in one span, and an unedited one as all heard', () => {
    expect(heardOrTyped('', 'All of it typed.')).toEqual({ heardWords: 0, typedWords: 4, typedSpans: [{ start: 0, end: 15 }] });
    expect(heardOrTyped('we shipped early', 'We shipped early.')).toEqual({ heardWords: 3, typedWords: 0, typedSpans: [] });
  });
});
