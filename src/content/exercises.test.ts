import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DESIGN_SECTION_IDS } from './designs.js';
import { loadExercises } from './exercises.js';
import { defaultContentRoot } from './index.js';

const shipped = defaultContentRoot();
const questionIds = new Set(['design-url-shortener-service', 'estimate-url-shortener-qps']);
const exercises = loadExercises(shipped, new Set(fs.readdirSync(path.join(shipped, 'questions')).flatMap((type) => fs.readdirSync(path.join(shipped, 'questions', type)).map((f) => path.basename(f, '.md')))));

describe('the shipped exercises', () => {
  it('load without problems', () => {
    expect(exercises.problems).toEqual([]);
  });

  it('has at least 8 designs with the same eight sections, including the three the guide names', () => {
    expect(exercises.designs.length).toBeGreaterThanOrEqual(8);
    expect(exercises.designs.map((d) => d.id)).toEqual(
      expect.arrayContaining(['scalable-ecommerce-platform', 'customer-support-chatbot', 'ecommerce-recommendation-system', 'url-shortener', 'notification-system', 'ride-matching', 'video-streaming', 'payments-system']),
    );
    for (const d of exercises.designs) {
      expect(d.sections.map((s) => s.id), d.id).toEqual(DESIGN_SECTION_IDS);
      for (const s of d.sections) {
        expect(s.rubric.length, `${d.id}/${s.id}`).toBeGreaterThanOrEqual(4);
        expect(s.rubric.length, `${d.id}/${s.id}`).toBeLessThanOrEqual(6);
        expect(s.outline.length, `${d.id}/${s.id}`).toBeGreaterThanOrEqual(3);
      }
    }
    const platform = exercises.designs.find((d) => d.id === 'scalable-ecommerce-platform');
    expect(platform?.brief).toContain('99.99% uptime');
    expect(platform?.brief).toContain('latency under 200 ms');
    expect(platform?.sections[0]?.outline.join(' ')).toContain('52.6 minutes');
    expect(platform?.calculators).toEqual(['availability', 'capacity', 'littles-law', 'latency', 'error-budget']);
  });

  it('has at least 10 metric cases, each with numeric and open questions and data under 2,000 rows', () => {
    expect(exercises.cases.length).toBeGreaterThanOrEqual(10);
    expect(exercises.cases.map((c) => c.id)).toEqual(expect.arrayContaining(['launch-sales-complaints', 'checkout-ab-test', 'retention-cohorts', 'simpsons-paradox-landing-page']));
    for (const c of exercises.cases) {
      expect(c.questions.some((q) => q.kind === 'numeric'), c.id).toBe(true);
      expect(c.questions.some((q) => q.kind === 'open'), c.id).toBe(true);
      expect(c.rows.length, c.id).toBeLessThan(2000);
    }
    const launch = exercises.cases.find((c) => c.id === 'launch-sales-complaints');
    expect(launch?.situation).toContain('revenue **+25%**');
    expect(launch?.situation).toContain('customer complaints **−15%**');
    expect(launch?.rows[0]).toEqual({ week: '2024-06-03', category: 'furniture', orders: 896, revenue: 370534, complaints: 49 });
  });

  it('has at least 6 program scenarios with the ones the issue names', () => {
    expect(exercises.programs.length).toBeGreaterThanOrEqual(6);
    expect(exercises.programs.map((p) => p.id)).toEqual(
      expect.arrayContaining(['budget-85-percent-spent', 'slipping-dependency', 'launch-with-open-security-risk', 'vendor-integration-late', 'migration-40-services', 'regulatory-deadline']),
    );
    const budget = exercises.programs.find((p) => p.id === 'budget-85-percent-spent');
    expect(budget?.situation).toContain('**$3.4 million spent (85%)**');
    expect(budget?.situation).toContain('**about 25% complete**');
  });
});

describe('broken exercise files', () => {
  const dirs: string[] = [];
  afterEach(() => dirs.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

  /** A content root holding copies of one design, one case and one program. */
  function copy(): string {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'tpmprep-exercises-'));
    dirs.push(root);
    fs.mkdirSync(path.join(root, 'designs'));
    fs.mkdirSync(path.join(root, 'programs'));
    fs.copyFileSync(path.join(shipped, 'designs', 'url-shortener.md'), path.join(root, 'designs', 'url-shortener.md'));
    fs.cpSync(path.join(shipped, 'cases', 'checkout-ab-test'), path.join(root, 'cases', 'checkout-ab-test'), { recursive: true });
    fs.copyFileSync(path.join(shipped, 'programs', 'slipping-dependency.md'), path.join(root, 'programs', 'slipping-dependency.md'));
    return root;
  }
  const edit = (file: string, from: string | RegExp, to: string) => {
    const text = fs.readFileSync(file, 'utf8');
    const next = text.replace(from, to);
    expect(next, `${file} should contain ${from}`).not.toBe(text);
    fs.writeFileSync(file, next);
  };
  const lineOf = (file: string, pattern: RegExp) => fs.readFileSync(file, 'utf8').split('\n').findIndex((l) => pattern.test(l)) + 1;
  const apiRubricLine = (file: string) => {
    const lines = fs.readFileSync(file, 'utf8').split('\n');
    const api = lines.indexOf('  api:');
    // The sequence starts on the line after "rubric:", at its first point.
    return lines.findIndex((l, i) => i > api && l === '    rubric:') + 1;
  };

  it('loads the copies cleanly, and names a related question that is not in the bank', () => {
    const root = copy();
    expect(loadExercises(root, questionIds).problems).toEqual([]);
    const file = path.join(root, 'designs', 'url-shortener.md');
    expect(loadExercises(root, new Set(['design-url-shortener-service'])).problems).toEqual([
      { path: 'content/designs/url-shortener.md', line: lineOf(file, /^related:/), message: 'related: no question "estimate-url-shortener-qps" in content/questions' },
    ]);
  });

  it('reports a design with an unknown calculator and a section without enough rubric points at their lines', () => {
    const root = copy();
    const file = path.join(root, 'designs', 'url-shortener.md');
    edit(file, '    calculators: [availability]\n', '    calculators: [abacus]\n');
    const text = fs.readFileSync(file, 'utf8');
    const apiStart = text.indexOf('  api:\n');
    const firstPoint = text.indexOf('      - point:', apiStart);
    const secondPoint = text.indexOf('      - point:', firstPoint + 1);
    fs.writeFileSync(file, text.slice(0, firstPoint) + text.slice(secondPoint).replace(/      - point: Handles errors[\s\S]*?(?=      - point: Exposes stats)/, ''));
    const { problems } = loadExercises(root, questionIds);
    expect(problems).toEqual([
      { path: 'content/designs/url-shortener.md', line: lineOf(file, /calculators: \[abacus\]/), message: expect.stringMatching(/^sections\.requirements\.calculators\[0\]: /) },
      { path: 'content/designs/url-shortener.md', line: apiRubricLine(file) + 1, message: 'sections.api.rubric: a rubric has 4 to 6 points' },
    ]);
  });

  it('reports a case whose data does not match its columns, and a chart of an unknown column', () => {
    const root = copy();
    const data = path.join(root, 'cases', 'checkout-ab-test', 'data.csv');
    const lines = fs.readFileSync(data, 'utf8').split('\n');
    lines[4] = lines[4]?.replace(/,\d+,(\d+)$/, ',many,$1') ?? '';
    fs.writeFileSync(data, lines.join('\n'));
    const md = path.join(root, 'cases', 'checkout-ab-test', 'case.md');
    edit(md, 'title: Conversion by platform and arm, x: platform,', 'title: Conversion by platform and arm, x: device,');
    const { problems } = loadExercises(root, questionIds);
    expect(problems).toEqual([
      { path: 'content/cases/checkout-ab-test/case.md', line: lineOf(md, /x: device/), message: 'x: no column "device"; the columns are: date, arm, platform, visitors, orders, revenue' },
      { path: 'content/cases/checkout-ab-test/data.csv', line: 5, message: 'column "orders": "many" is not a whole number' },
    ]);
    fs.writeFileSync(data, `day,arm\n${lines.slice(1).join('\n')}`);
    edit(md, 'x: device,', 'x: platform,');
    expect(loadExercises(root, questionIds).problems).toEqual([
      { path: 'content/cases/checkout-ab-test/data.csv', line: 1, message: 'the header must be "date,arm,platform,visitors,orders,revenue" (the columns case.md declares, in order); found "day,arm"' },
    ]);
  });

  it('reports a case question without a tolerance and a duplicate question id', () => {
    const root = copy();
    const md = path.join(root, 'cases', 'checkout-ab-test', 'case.md');
    edit(md, '    tolerance: 0.3\n', '');
    edit(md, '  - id: mobile-lift\n', '  - id: lift\n');
    const { problems } = loadExercises(root, questionIds);
    expect(problems).toEqual([{ path: 'content/cases/checkout-ab-test/case.md', line: lineOf(md, /^  - id: lift$/), message: expect.stringMatching(/^questions\[1\]/) }]);
    edit(md, '    answer: 5.03\n', '    answer: 5.03\n    tolerance: 0.3\n');
    expect(loadExercises(root, questionIds).problems).toEqual([
      { path: 'content/cases/checkout-ab-test/case.md', line: fs.readFileSync(md, 'utf8').split('\n').findLastIndex((l) => l === '  - id: lift') + 1, message: 'the question id "lift" is used twice' },
    ]);
  });

  it('reports a program task that depends on an unknown task and a critical path naming one', () => {
    const root = copy();
    const file = path.join(root, 'programs', 'slipping-dependency.md');
    edit(file, 'depends: [client-integration, backend, mobile-ui]', 'depends: [client-integration, backend, mobile-screens]');
    edit(file, 'criticalPath: [auth-api, client-integration, qa, app-review, launch]', 'criticalPath: [auth-api, integration, qa, app-review, launch]');
    const { problems } = loadExercises(root, questionIds);
    expect(problems).toEqual([
      { path: 'content/programs/slipping-dependency.md', line: lineOf(file, /mobile-screens/), message: 'task "qa" depends on "mobile-screens", which is not a task' },
      { path: 'content/programs/slipping-dependency.md', line: lineOf(file, /^criticalPath:/), message: 'the critical path names "integration", which is not a task' },
    ]);
  });

  it('refuses an id used by two kinds of exercise', () => {
    const root = copy();
    fs.renameSync(path.join(root, 'cases', 'checkout-ab-test'), path.join(root, 'cases', 'slipping-dependency'));
    const { problems } = loadExercises(root, questionIds);
    expect(problems).toContainEqual({
      path: 'content/programs/slipping-dependency.md',
      line: 1,
      message: 'the id "slipping-dependency" is also used by content/cases/slipping-dependency/case.md; exercise ids are unique across designs, cases and programs',
    });
  });
});
