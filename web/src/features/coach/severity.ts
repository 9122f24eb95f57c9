/** The coach's finding severities, most urgent first: one order for every list of findings. */
const SEVERITY_ORDER = { problem: 0, warning: 1, info: 2, strength: 3 } as const;
export type Severity = keyof typeof SEVERITY_ORDER;

export const SEVERITY_LABEL: Record<Severity, string> = { problem: 'Problem', warning: 'Improve', info: 'Note', strength: 'Strength' };

/** Findings sorted most urgent first (a copy; the input is left as it was). */
export function bySeverity<T extends { severity: Severity }>(findings: readonly T[]): T[] {
  return [...findings].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
}
