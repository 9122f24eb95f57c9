/**
 * How the CLI and the web app print calculator results for people. Pure and shared so a number reads
 * the same in the terminal and on the page.
 */

const UNITS: Array<[label: string, seconds: number]> = [
  ['d', 86_400],
  ['h', 3600],
  ['m', 60],
  ['s', 1],
];

/**
 * "3d 15h 40m", "8h 45m 58s", "52m 36s", "31.6s", "864ms". Above a day it rounds to the minute,
 * above a minute to the second, below that to a tenth of a second.
 * @example formatDuration(31557.6) // "8h 45m 58s" (99.9% over a year)
 */
export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds)) return '∞';
  if (seconds < 0) return `-${formatDuration(-seconds)}`;
  if (seconds === 0) return '0s';
  if (seconds < 1) return `${Number((seconds * 1000).toPrecision(3))}ms`;
  if (seconds < 60) return `${Math.round(seconds * 10) / 10}s`;
  const step = seconds >= 86_400 ? 60 : 1;
  let rest = Math.round(seconds / step) * step;
  const parts: string[] = [];
  for (const [label, size] of UNITS) {
    if (size < step) break;
    const count = Math.floor(rest / size);
    rest -= count * size;
    if (count > 0 || parts.length > 0) parts.push(`${count}${label}`);
  }
  // Trailing zero units add nothing: "2h 0m 0s" reads better as "2h".
  while (parts.length > 1 && /^0[a-z]$/.test(parts[parts.length - 1] ?? '')) parts.pop();
  return parts.join(' ');
}

const BYTE_UNITS = ['B', 'KB', 'MB', 'GB', 'TB', 'PB', 'EB'];

/** "1.5 KB", "2.31 TB": decimal units, three significant digits. */
export function formatBytes(bytes: number): string {
  if (!Number.isFinite(bytes)) return '∞';
  let value = bytes;
  let unit = 0;
  while (Math.abs(value) >= 1000 && unit < BYTE_UNITS.length - 1) {
    value /= 1000;
    unit++;
  }
  return `${unit === 0 ? Math.round(value) : Number(value.toPrecision(3))} ${BYTE_UNITS[unit]}`;
}

/** "12,345" or "2.5" with at most `decimals` places, grouped for reading. */
export function formatNumber(value: number, decimals = 2): string {
  if (!Number.isFinite(value)) return '∞';
  return value.toLocaleString('en-US', { maximumFractionDigits: decimals });
}

/** A fraction as a percent: formatPercent(0.0956) → "9.56%". */
export function formatPercent(fraction: number, decimals = 2): string {
  if (!Number.isFinite(fraction)) return '–';
  return `${(fraction * 100).toLocaleString('en-US', { maximumFractionDigits: decimals })}%`;
}
