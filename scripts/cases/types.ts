import type { CaseRow } from '../../src/content/case-csv.js';
import type { Random } from './random.js';

/**
 * One metric case's data: the seed, the columns in CSV order, how the rows are drawn, and how each
 * numeric question's exact answer follows from the rows (as read back from data.csv).
 */
export interface CaseGenerator {
  slug: string;
  seed: number;
  columns: readonly string[];
  generate(random: Random): CaseRow[];
  /** Question id -> the value case.md must hold as its answer. */
  answers(rows: readonly CaseRow[]): Record<string, number>;
}
