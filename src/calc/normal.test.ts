import { describe, expect, it } from 'vitest';
import { normalCdf, normalQuantile } from './normal.js';

describe('standard normal', () => {
  it('matches the published quantiles z(0.975) = 1.959964 and z(0.80) = 0.841621', () => {
    expect(normalQuantile(0.975)).toBeCloseTo(1.959964, 6);
    expect(normalQuantile(0.8)).toBeCloseTo(0.841621, 6);
    expect(normalQuantile(0.995)).toBeCloseTo(2.575829, 6);
    expect(normalQuantile(0.99)).toBeCloseTo(2.326348, 6);
    expect(normalQuantile(0.5)).toBe(0);
    expect(normalQuantile(0.025)).toBeCloseTo(-1.959964, 6);
  });

  it('matches printed normal tables to 1e-7', () => {
    // Φ(1) = 0.8413447, Φ(−3) = 0.0013499, Φ(1.96) = 0.9750021, Φ(0.57) = 0.7156612, Φ(−2.9) = 0.0018658
    expect(Math.abs(normalCdf(1) - 0.8413447460685429)).toBeLessThan(1e-12);
    expect(Math.abs(normalCdf(-3) - 0.0013498980316301)).toBeLessThan(1e-12);
    expect(Math.abs(normalCdf(1.96) - 0.9750021048517795)).toBeLessThan(1e-12);
    expect(Math.abs(normalCdf(0.57) - 0.7156611509536759)).toBeLessThan(1e-12);
    expect(Math.abs(normalCdf(-2.9) - 0.0018658133003840)).toBeLessThan(1e-12);
    expect(normalCdf(0)).toBe(0.5);
    expect(normalCdf(-40)).toBe(0);
    expect(normalCdf(40)).toBe(1);
  });

  it('is accurate in the far tail and symmetric', () => {
    expect(normalCdf(-8) / 6.22096057427174e-16).toBeCloseTo(1, 6);
    for (const x of [0.1, 0.7, 1.3, 2.2, 3.7, 5.1]) expect(normalCdf(x) + normalCdf(-x)).toBeCloseTo(1, 14);
  });

  it('inverts the CDF to within 1e-12 across (0, 1)', () => {
    let worst = 0;
    for (let i = 1; i < 2000; i++) {
      const p = i / 2000;
      worst = Math.max(worst, Math.abs(normalCdf(normalQuantile(p)) - p));
    }
    expect(worst).toBeLessThan(1e-12);
    expect(normalQuantile(1e-10)).toBeCloseTo(-6.361340902, 6);
  });

  it('answers the edges without throwing', () => {
    expect(normalQuantile(0)).toBe(-Infinity);
    expect(normalQuantile(1)).toBe(Infinity);
    expect(normalQuantile(1.5)).toBeNaN();
    expect(normalCdf(NaN)).toBeNaN();
  });
});
