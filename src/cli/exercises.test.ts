import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { cliSandbox } from './cli-sandbox.js';

const { home, cli, json, file } = cliSandbox('exercises');

describe('tpmprep exercises', () => {
  it('list prints every kind, and --kind narrows it', () => {
    const all = json('exercises', 'list');
    expect(all.designs.length).toBeGreaterThanOrEqual(8);
    expect(all.cases.length).toBeGreaterThanOrEqual(10);
    expect(all.programs.length).toBeGreaterThanOrEqual(6);
    const programs = json('exercises', 'list', '--kind', 'program');
    expect([programs.designs, programs.cases]).toEqual([[], []]);
    const text = cli('exercises', 'list', '--kind', 'design');
    expect(text.status).toBe(0);
    expect(text.stdout).toMatch(/^design {2}customer-support-chatbot {9}medium {2}50m {4}Customer-support chatbot$/m);
    expect(text.stdout).toContain(`${all.designs.length} exercises. Open one with: tpmprep exercises show <id>`);
    const bad = cli('exercises', 'list', '--kind', 'quiz');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toBe('error: invalid exercise filter: kind: the kind is one of: design, case, program\n');
  });

  it('show prints the exercise without answers and an answer-file template that parses', () => {
    const shown = json('exercises', 'show', 'checkout-ab-test');
    expect(shown).toMatchObject({ kind: 'case', id: 'checkout-ab-test', dataFile: expect.stringMatching(/content[/\\]cases[/\\]checkout-ab-test[/\\]data\.csv$/) });
    expect(JSON.stringify(shown.questions)).not.toContain('answer"');
    const template = parse(shown.answerFile.template);
    expect(template).toEqual({ seconds: 0, answers: { 'control-rate': null, lift: null, 'p-value': null, 'mobile-lift': null, 'mobile-p-value': null, 'split-p-value': null, decision: '' } });
    const program = parse(json('exercises', 'show', 'vendor-integration-late').answerFile.template);
    expect(program.tasks[1]).toEqual({ id: 'adapter', name: 'Build the provider adapter', duration: 15, depends: [] });
    const text = cli('exercises', 'show', 'scalable-ecommerce-platform');
    expect(text.stdout).toContain('1. Requirements\n   Which journeys must be available 99.99% of the time');
    expect(text.stdout).toContain('   calculators: tpmprep calc availability');
    expect(text.stdout).toContain('Answer file (YAML or JSON), then: tpmprep exercises submit scalable-ecommerce-platform --file answer.yaml');
  });

  it('submit grades a YAML answer file, saves it, and shows the expected values', () => {
    const answer = file(
      'case.yaml',
      'answers:\n  control-rate: 2.95\n  lift: 6\n  decision: |\n    The lift is not significant (p-value 0.13); mobile is a post hoc segment, so run a follow-up test.\n',
    );
    const result = json('exercises', 'submit', 'checkout-ab-test', '--file', answer, '--seconds', '240');
    expect(result).toMatchObject({ id: 1, kind: 'case', exerciseId: 'checkout-ab-test', seconds: 240 });
    expect(result.grading.numeric).toEqual({ correct: 1, total: 6 });
    expect(result.grading.questions[1]).toMatchObject({ id: 'lift', given: 6, expected: 5.03, correct: false });
    const text = cli('exercises', 'submit', 'checkout-ab-test', '--file', answer);
    expect(text.status).toBe(0);
    expect(text.stdout).toContain('✓ control-rate: 2.95 %; expected 2.95 % (± 0.02)');
    expect(text.stdout).toContain('✗ lift: 6 %; expected 5.03 % (± 0.3)');
    expect(json('exercises', 'list', '--kind', 'case').cases.find((c: { id: string }) => c.id === 'checkout-ab-test')).toMatchObject({ attempts: 2 });
  });

  it('submit reads JSON, and a program plan gets its critical path', () => {
    const plan = file(
      'plan.json',
      JSON.stringify({
        risks: [{ risk: 'Identity API slips again', likelihood: 'high', impact: 'high', owner: 'Identity lead', mitigation: 'Integrate against a mock; keep the old sign-in behind a flag' }],
        tasks: [
          { id: 'auth-api', duration: 30 },
          { id: 'client-integration', duration: 10, depends: ['auth-api'] },
          { id: 'launch', duration: 0, depends: ['client-integration'] },
        ],
      }),
    );
    const result = json('exercises', 'submit', 'slipping-dependency', '--file', plan);
    expect(result.grading.plan.result.criticalPath).toEqual(['auth-api', 'client-integration', 'launch']);
    expect(result.grading.plan.missingTasks).toEqual(['design', 'backend', 'mobile-ui', 'qa', 'app-review']);
  });

  it('fails clearly on a missing file, broken YAML, an unknown id and bad seconds', () => {
    const missing = cli('exercises', 'submit', 'checkout-ab-test', '--file', path.join(home, 'nope.yaml'));
    expect(missing.status).toBe(2);
    expect(missing.stderr).toBe(`error: no file at ${path.join(home, 'nope.yaml')}; give the path of your answer file (run \`tpmprep exercises show <id>\` for its format)\n`);
    const broken = file('broken.yaml', 'answers:\n  lift: [5\n');
    const bad = cli('exercises', 'submit', 'checkout-ab-test', '--file', broken);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(new RegExp(`^error: ${broken.replace(/[.\\]/g, '\\$&')}:\\d: not valid YAML: `));
    const unknown = cli('exercises', 'show', 'nope');
    expect(unknown.status).toBe(3);
    expect(unknown.stderr).toBe('error: no exercise "nope"; list them with `tpmprep exercises list`\n');
    const seconds = cli('exercises', 'submit', 'checkout-ab-test', '--file', file('ok.yaml', 'answers:\n  lift: 5\n'), '--seconds', 'ten');
    expect(seconds.status).toBe(2);
    expect(seconds.stderr).toBe('error: --seconds must be a whole number of seconds, got "ten"\n');
    const noFile = cli('exercises', 'submit', 'checkout-ab-test');
    expect(noFile.status).toBe(1);
    expect(noFile.stderr).toContain("required option '--file <path>' not specified");
  });
});
