import { describe, expect, it } from 'vitest';
import { formatBytes, formatDuration, formatNumber, formatPercent } from './format.js';
import { parseByteSize, parseDuration, roundTo } from './units.js';

describe('reading durations and sizes', () => {
  it('reads durations in seconds', () => {
    expect(parseDuration('1h')).toBe(3600);
    expect(parseDuration('1h 30m')).toBe(5400);
    expect(parseDuration('52.6 min')).toBeCloseTo(3156, 9);
    expect(parseDuration('3.65d')).toBeCloseTo(315_360, 6);
    expect(parseDuration('200ms')).toBe(0.2);
    expect(parseDuration('1y')).toBe(31_557_600);
    expect(parseDuration('1mo')).toBe(2_629_800);
    expect(parseDuration('90')).toBe(90);
    for (const bad of ['', 'soon', '1h 30', '5 parsecs', '-1h']) expect(parseDuration(bad)).toBeUndefined();
  });

  it('reads sizes in bytes, decimal units by default', () => {
    expect(parseByteSize('10KB')).toBe(10_000);
    expect(parseByteSize('1.5 MB')).toBe(1_500_000);
    expect(parseByteSize('4KiB')).toBe(4096);
    expect(parseByteSize('1,024')).toBe(1024);
    expect(parseByteSize('ten')).toBeUndefined();
  });

  it('rounds away float noise', () => {
    expect(roundTo(0.1 + 0.2, 9)).toBe(0.3);
    expect(roundTo(Infinity, 2)).toBe(Infinity);
  });
});

describe('formatting for people', () => {
  it('writes downtime the way availability tables do', () => {
    expect(formatDuration(31_557.6)).toBe('8h 45m 58s');
    expect(formatDuration(315_576)).toBe('3d 15h 40m');
    expect(formatDuration(3155.76)).toBe('52m 36s');
    expect(formatDuration(315.576)).toBe('5m 16s');
    expect(formatDuration(26.298)).toBe('26.3s');
    expect(formatDuration(0.864)).toBe('864ms');
    expect(formatDuration(7200)).toBe('2h');
    expect(formatDuration(3599.6)).toBe('1h');
    expect(formatDuration(0)).toBe('0s');
    expect(formatDuration(-90)).toBe('-1m 30s');
  });

  it('writes sizes, numbers and percents', () => {
    expect(formatBytes(21_915e9)).toBe('21.9 TB');
    expect(formatBytes(512)).toBe('512 B');
    expect(formatNumber(6944.444444)).toBe('6,944.44');
    expect(formatPercent(0.095617925)).toBe('9.56%');
  });
});
