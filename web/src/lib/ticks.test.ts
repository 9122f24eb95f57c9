import { describe, expect, it } from 'vitest';
import { niceTicks, tickStep } from './ticks.js';

describe('tickStep', () => {
  it('picks 1, 2 or 5 times a power of ten', () => {
    expect([tickStep(37, 5), tickStep(9, 6), tickStep(0.7, 8), tickStep(1200, 6)]).toEqual([10, 2, 0.1, 200]);
  });
});

describe('niceTicks', () => {
  it('covers the range with round ticks, the last at or above the maximum', () => {
    expect(niceTicks(0, 37)).toEqual([0, 10, 20, 30, 40]);
    expect(niceTicks(0.02, 0.13)).toEqual([0, 0.05, 0.1, 0.15]);
    expect(niceTicks(5, 5)).toEqual([5]);
  });
});
