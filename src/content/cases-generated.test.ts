import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CASE_GENERATORS, csvText } from '../../scripts/cases/index.js';
import { createRandom } from '../../scripts/cases/random.js';
import { round } from '../../scripts/cases/tally.js';
import type { CaseRow } from './case-csv.js';
import { loadCases } from './cases.js';
import { defaultContentRoot } from './index.js';

const root = defaultContentRoot();
const cases = loadCases(root);

describe('the seeded generator (scripts/generate-cases.ts)', () => {
  it('is mulberry32: a fixed seed gives a fixed sequence', () => {
    const random = createRandom(42);
    expect([random.next(), random.next(), random.next()]).toEqual([0.6011037519201636, 0.44829055899754167, 0.8524657934904099]);
    const again = createRandom(42);
    expect(again.next()).toBe(0.6011037519201636);
  });

  it('has a generator for every case folder, and a folder for every generator', () => {
    expect(CASE_GENERATORS.map((g) => g.slug).sort()).toEqual(fs.readdirSync(path.join(root, 'cases')).sort());
  });

  for (const generator of CASE_GENERATORS) {
    it(`${generator.slug}: regenerating from seed ${generator.seed} gives the committed data.csv byte for byte`, () => {
      const committed = fs.readFileSync(path.join(root, 'cases', generator.slug, 'data.csv'), 'utf8');
      expect(csvText(generator)).toBe(committed);
    });

    it(`${generator.slug}: every numeric answer in case.md is what the data gives`, () => {
      const found = cases.items.find((c) => c.id === generator.slug);
      expect(found, `content/cases/${generator.slug} loads`).toBeDefined();
      const computed = generator.answers(found?.rows ?? []);
      const numeric = (found?.questions ?? []).filter((q) => q.kind === 'numeric');
      expect(Object.keys(computed).sort()).toEqual(numeric.map((q) => q.id).sort());
      for (const q of numeric) expect(q.answer, q.id).toBe(computed[q.id]);
    });
  }

  it('gives the guide launch its headline exactly: revenue +25%, complaints -15%', () => {
    const launch = cases.items.find((c) => c.id === 'launch-sales-complaints');
    const window = (from: string, to: string) => launch?.rows.filter((r) => (r.week as string) >= from && (r.week as string) <= to) ?? [];
    const total = (rows: CaseRow[], column: string) => rows.reduce((s, r) => s + Number(r[column]), 0);
    const before = window('2025-08-11', '2025-09-29');
    const after = window('2025-10-06', '2025-11-24');
    expect(round((total(after, 'revenue') / total(before, 'revenue') - 1) * 100, 6)).toBe(25);
    expect(round((total(after, 'complaints') / total(before, 'complaints') - 1) * 100, 6)).toBe(-15);
  });
});
