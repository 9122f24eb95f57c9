import { describe, expect, it } from 'vitest';
import { compileSubmission, firstUserFrame, stripTypes, toSourceLocations } from './compile-js.js';

describe('compileSubmission', () => {
  it('wraps the code so that evaluating it yields a function returning the entry', async () => {
    const compiled = await compileSubmission('export const solve = (x: number): number => x + 1;', 'ts', 'solve');
    if (!compiled.ok) throw new Error(compiled.message);
    const wrapper = (0, eval)(`var module = { exports: {} }, exports = module.exports; ${compiled.code}`) as () => (x: number) => number;
    expect(wrapper()(41)).toBe(42);
  });

  it('reports a syntax error with its line and column', async () => {
    expect(await compileSubmission('function solve(a {\n}', 'js', 'solve')).toEqual({ ok: false, message: 'line 1:18: Expected ")" but found "{"' });
  });

  it('maps generated lines back to the submitted ones', async () => {
    const source = 'interface A {\n  x: number;\n}\n\nfunction solve(a: A) {\n  return a.x;\n}\n';
    const compiled = await compileSubmission(source, 'ts', 'solve');
    if (!compiled.ok) throw new Error(compiled.message);
    const generatedLine = compiled.code.split('\n').findIndex((line) => line.includes('return a.x')) + 1;
    expect(compiled.originalLine(generatedLine)).toBe(6);
    expect(firstUserFrame(`    at solve (solution.js:${generatedLine}:12)\n    at apply (native)`, compiled.originalLine)).toBe(' (line 6, in solve)');
    expect(toSourceLocations(`boom at solution.js:${generatedLine}:3`, compiled.originalLine)).toBe('boom at line 6');
  });
});

describe('stripTypes', () => {
  it('turns a TypeScript starter into JavaScript, keeping exports', async () => {
    expect(await stripTypes('export function f(a: number): number {\n  return a;\n}\n')).toBe('function f(a) {\n  return a;\n}\nexport {\n  f\n};\n');
  });
});
