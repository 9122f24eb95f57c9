import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ContentError } from '../core/errors.js';
import { analyzeAnswer, DEFAULT_RULES_DIR, loadCoachRules } from './index.js';

const copies: string[] = [];

function copyRules(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coach-rules-'));
  for (const file of fs.readdirSync(DEFAULT_RULES_DIR)) fs.copyFileSync(path.join(DEFAULT_RULES_DIR, file), path.join(dir, file));
  copies.push(dir);
  return dir;
}

function edit(dir: string, file: string, from: string, to: string): number {
  const full = path.join(dir, file);
  const text = fs.readFileSync(full, 'utf8');
  if (!text.includes(from)) throw new Error(`${from} is not in ${file}`);
  fs.writeFileSync(full, text.replace(from, to));
  return text.slice(0, text.indexOf(from)).split('\n').length;
}

afterEach(() => {
  for (const dir of copies.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe('loadCoachRules', () => {
  it('loads the shipped rules', () => {
    const rules = loadCoachRules();
    expect(rules.data.delivery.wordsPerMinute).toBe(150);
    expect(rules.data.scoring.types.behavioral.targetSeconds).toEqual([90, 120]);
    expect(loadCoachRules()).toBe(rules);
  });

  it('names the file and line of an invalid value', () => {
    const dir = copyRules();
    const line = edit(dir, 'star.yaml', 'threshold: 1.5', 'threshold: -2');
    try {
      loadCoachRules(dir);
      expect.unreachable('loading should fail');
    } catch (error) {
      expect(error).toBeInstanceOf(ContentError);
      const problem = (error as ContentError).problems[0]!;
      expect(problem.path.endsWith('star.yaml')).toBe(true);
      expect(problem.line).toBe(line);
      expect(problem.message).toBe('threshold: Too small: expected number to be >0');
    }
  });

  it('reports YAML syntax errors and missing files with their paths', () => {
    const dir = copyRules();
    edit(dir, 'ownership.yaml', 'weHeavy:', 'weHeavy: [');
    fs.rmSync(path.join(dir, 'llm.yaml'));
    let caught: unknown;
    try {
      loadCoachRules(dir);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ContentError);
    const problems = (caught as ContentError).problems;
    expect(problems.some((p) => p.path.endsWith('ownership.yaml') && p.message.startsWith('YAML: '))).toBe(true);
    expect(problems.some((p) => p.path.endsWith('llm.yaml') && p.line === 1 && p.message.includes('cannot read the coach rule file'))).toBe(true);
  });

  it('uses edited lexicons: the rules are data, not code', () => {
    const dir = copyRules();
    edit(dir, 'delivery.yaml', '  - literally\n', '  - literally\n  - synergy\n');
    const rules = loadCoachRules(dir, { fresh: true });
    const text = 'Synergy drove the launch and I led it.';
    expect(analyzeAnswer(text, { type: 'behavioral', rules }).fillers.count).toBe(1);
    expect(analyzeAnswer(text, { type: 'behavioral' }).fillers.count).toBe(0);
  });
});
