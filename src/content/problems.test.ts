import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ContentError } from '../core/errors.js';
import { loadProblems, requireProblems } from './problems.js';

const contentRoot = path.resolve(import.meta.dirname, '../../content');

describe('the shipped problems', () => {
  const { items, problems } = loadProblems(contentRoot);

  it('load without a single problem', () => {
    expect(problems).toEqual([]);
    expect(items.length).toBeGreaterThanOrEqual(15);
  });

  it('include the three the guide names, with the required signatures', () => {
    const byId = new Map(items.map((p) => [p.id, p]));
    expect(byId.get('lru-cache')).toMatchObject({ kind: 'class', entry: { ts: 'LRUCache', py: 'LRUCache' }, methods: ['get', 'put'] });
    expect(byId.get('sort-array')).toMatchObject({ kind: 'function', entry: { ts: 'sortArray', py: 'sort_array' }, restrictions: ['no-builtin-sort'] });
    expect(byId.get('page-load-report')).toMatchObject({ kind: 'function', entry: { ts: 'pageLoadReport', py: 'page_load_report' } });
  });

  it('each have examples, hidden tests and a large generated input', () => {
    for (const problem of items) {
      expect(problem.statement, problem.id).toContain('## Examples');
      expect(problem.statement, problem.id).toContain('## Constraints');
      expect(problem.tests.filter((t) => t.visible).length, problem.id).toBeGreaterThanOrEqual(1);
      expect(problem.tests.filter((t) => !t.visible).length, problem.id).toBeGreaterThanOrEqual(2);
      expect(problem.tests.some((t) => t.type === 'generated'), problem.id).toBe(true);
    }
  });

  it('are sorted by id and keep their folder', () => {
    expect(items.map((p) => p.id)).toEqual([...items.map((p) => p.id)].sort());
    expect(items[0]?.dir).toBe(`content/problems/${items[0]?.id}`);
  });
});

describe('broken problem files', () => {
  let root: string;
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  /** A minimal valid class problem in a temporary content folder, with `change` applied to its files. */
  function write(change: (files: Record<string, string>) => void = () => undefined): string {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'tpmprep-problems-'));
    const files: Record<string, string> = {
      'problem.md': [
        '---',
        'title: Counter',
        'difficulty: easy',
        'areas: [technical-skills]',
        'skills: [technical-expertise]',
        'kind: class',
        'entry: { ts: Counter, py: Counter }',
        'methods: [add]',
        'signature: { ts: "class Counter", py: "class Counter" }',
        '---',
        '',
        'Count.',
        '',
        '## Examples',
        '',
        'One.',
        '',
        '## Constraints',
        '',
        '- None.',
        '',
      ].join('\n'),
      'starter.ts': 'export class Counter {}\n',
      'starter.py': 'class Counter:\n    pass\n',
      'solution.ts': 'export class Counter {}\n',
      'solution.py': 'class Counter:\n    pass\n',
      'tests.yaml': [
        'tests:',
        '  - name: one',
        '    visible: true',
        '    ops: [Counter, add]',
        '    args: [[], [1]]',
        '    expected: [null, 1]',
        '  - name: big',
        '    generate: { generator: lru-ops, seed: 1 }',
        '',
      ].join('\n'),
    };
    change(files);
    const dir = path.join(root, 'problems', 'counter');
    fs.mkdirSync(dir, { recursive: true });
    for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
    return root;
  }

  it('loads the valid fixture', () => {
    const { items, problems } = loadProblems(write());
    expect(problems).toEqual([]);
    expect(items[0]).toMatchObject({
      id: 'counter',
      tests: [
        { type: 'explicit', name: 'one', visible: true, input: { ops: ['Counter', 'add'], args: [[], [1]] }, expected: [null, 1], source: { line: 2 } },
        { type: 'generated', name: 'big', visible: false, generator: 'lru-ops', params: { seed: 1 }, source: { line: 7 } },
      ],
    });
  });

  it('reports a missing file', () => {
    const { problems } = loadProblems(write((f) => delete f['solution.py']));
    expect(problems).toEqual([
      { path: 'content/problems/counter/solution.py', line: 1, message: 'missing file: every problem has problem.md, starter.ts, starter.py, solution.ts, solution.py, tests.yaml' },
    ]);
  });

  it('reports an unknown skill at its line', () => {
    const { problems } = loadProblems(write((f) => (f['problem.md'] = f['problem.md']!.replace('[technical-expertise]', '[typing]'))));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ path: 'content/problems/counter/problem.md', line: 5 });
    expect(problems[0]?.message).toMatch(/^skills\[0\]: /);
  });

  it('reports a statement without its required sections', () => {
    const { problems } = loadProblems(write((f) => (f['problem.md'] = f['problem.md']!.replace('## Constraints', '## Limits'))));
    expect(problems).toEqual([{ path: 'content/problems/counter/problem.md', line: 11, message: 'the statement needs a "## Constraints" section' }]);
  });

  it('reports a solution that does not declare the entry', () => {
    const { problems } = loadProblems(write((f) => (f['solution.py'] = 'class Count:\n    pass\n')));
    expect(problems).toEqual([{ path: 'content/problems/counter/solution.py', line: 1, message: 'declare `class Counter` at top level' }]);
  });

  it('reports operation lists that do not line up, at the test line', () => {
    const { problems } = loadProblems(write((f) => (f['tests.yaml'] = f['tests.yaml']!.replace('args: [[], [1]]', 'args: [[]]'))));
    expect(problems).toEqual([{ path: 'content/problems/counter/tests.yaml', line: 4, message: 'tests[0]: ops, args and expected must have the same length (2, 1, 2)' }]);
  });

  it('reports an unknown method and a test without expected', () => {
    const broken = write((f) => {
      f['tests.yaml'] = f['tests.yaml']!.replace('ops: [Counter, add]', 'ops: [Counter, remove]').replace('  - name: big\n', '  - name: big\n    args: []\n').replace('    generate: { generator: lru-ops, seed: 1 }\n', '');
    });
    const messages = loadProblems(broken).problems.map((p) => `${p.line}: ${p.message}`);
    expect(messages).toEqual(['4: tests[0]: "remove" is not one of the methods: add', '7: tests[1]: a test has `expected` (or `generate` for a generated input)']);
  });

  it('requires a visible test, a hidden one and a generated one', () => {
    const { problems } = loadProblems(write((f) => (f['tests.yaml'] = f['tests.yaml']!.replace('    visible: true\n', ''))));
    expect(problems).toEqual([{ path: 'content/problems/counter/tests.yaml', line: 1, message: 'at least one test must be visible (an example shown with Run)' }]);
  });

  it('throws a ContentError listing path:line: message', () => {
    const broken = write((f) => (f['problem.md'] = f['problem.md']!.replace('kind: class', 'kind: module')));
    expect(() => requireProblems(broken)).toThrow(ContentError);
    expect(() => requireProblems(broken)).toThrow('content/problems/counter/problem.md:6: kind: Invalid option: expected one of "function"|"class"');
  });
});
