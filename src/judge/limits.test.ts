import { describe, expect, it } from 'vitest';
import { LimitError } from '../core/errors.js';
import { LIMITS, resolveLimits } from './limits.js';

describe('resolveLimits', () => {
  it('fills every limit with its default', () => {
    expect(resolveLimits({}, 'problem x')).toEqual({ timePerTestMs: 1500, totalTimeMs: 15000, memoryMb: 128, outputKb: 1024 });
  });

  it('takes overrides up to the hard maximum', () => {
    expect(resolveLimits({ memoryMb: LIMITS.memoryMb.max, outputKb: 4096 }, 'problem x')).toMatchObject({ memoryMb: 512, outputKb: 4096 });
  });

  it('rejects an override past the maximum, naming the limit', () => {
    expect(() => resolveLimits({ outputKb: 9000 }, 'problem big')).toThrow(LimitError);
    expect(() => resolveLimits({ outputKb: 9000 }, 'problem big')).toThrow(
      'problem big: outputKb (output per test, printed plus returned (KB)) is 9000; it must be a positive integer up to the hard maximum 8192',
    );
    expect(() => resolveLimits({ timePerTestMs: 0 }, 'problem zero')).toThrow(/timePerTestMs .* is 0/);
  });
});
