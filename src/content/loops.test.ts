import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { STAGE_IDS } from '../core/taxonomy.js';
import { loadContent } from './index.js';
import { loadLoops } from './loops.js';
import { loadStoryThemes, themesOfQuestion } from './story-themes.js';

const content = loadContent();
const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

function rootWith(files: Record<string, string>): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'tpmprep-loops-'));
  dirs.push(root);
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    fs.writeFileSync(path.join(root, name), text);
  }
  return root;
}

describe('the shipped loops', () => {
  it('holds the generic loop, company-style formats on both tracks and the quick loop', () => {
    expect(content.loops.map((l) => [l.id, l.style, l.track, l.stages.length, l.minutes])).toEqual([
      ['generic', 'generic', 'product', 4, 195],
      ['amazon-style', 'company-style', 'product', 5, 270],
      ['program-amazon-style', 'company-style', 'program', 5, 285],
      ['google-style', 'company-style', 'product', 5, 225],
      ['program-google-style', 'company-style', 'program', 4, 180],
      ['meta-style', 'company-style', 'product', 4, 180],
      ['program-meta-style', 'company-style', 'program', 5, 225],
      ['microsoft-style', 'company-style', 'product', 4, 195],
      ['quick', 'practice', 'product', 2, 15],
    ]);
    const generic = content.loops.find((l) => l.id === 'generic');
    expect(generic?.stages.map((s) => s.kind)).toEqual([...STAGE_IDS]);
    expect(generic?.stages.find((s) => s.kind === 'technical')).toMatchObject({ coding: 1, scores: expect.arrayContaining(['correctness']) });
  });

  it('runs the program-track formats the way their public descriptions do', () => {
    const loop = (id: string) => content.loops.find((l) => l.id === id);
    expect(loop('program-meta-style')?.stages.map((s) => [s.kind, Object.keys(s.mix)])).toEqual([
      ['deep-dive', ['deep-dive']],
      ['technical', ['system-design', 'technical']],
      ['final-round', ['program-sense']],
      ['partnership', ['partnership']],
      ['final-round', ['behavioral']],
    ]);
    // About half technical design, half program management.
    const google = loop('program-google-style');
    const technical = (s: NonNullable<typeof google>['stages'][number]) => Boolean(s.mix.technical ?? s.mix['system-design']);
    expect(google?.stages.map((s) => [s.id, technical(s)])).toEqual([
      ['technical-screen', true],
      ['system-design', true],
      ['program-management', false],
      ['leadership', false],
    ]);
    expect(google?.stages.filter(technical).reduce((m, s) => m + s.minutes, 0)).toBe(90);
    // Every round asks principle stories plus one functional question; the last is the bar-raiser.
    const amazon = loop('program-amazon-style');
    for (const stage of amazon?.stages ?? []) {
      const functional = Object.entries(stage.mix).filter(([type]) => type !== 'behavioral');
      expect([stage.id, stage.mix.behavioral, functional.length, functional[0]?.[1]]).toEqual([stage.id, 2, 1, 1]);
    }
    expect(amazon?.stages.at(-1)?.title).toBe('Bar-raiser');
    expect(content.loops.filter((l) => l.track === 'program').length).toBeGreaterThanOrEqual(3);
    expect(content.loops.filter((l) => l.track === 'product').length).toBeGreaterThanOrEqual(2);
  });

  it('refuses a stage kind that is neither a guide stage nor a round of its own', () => {
    const root = rootWith({
      'loops/tiny.yaml': ['title: Tiny', 'style: practice', 'summary: Short.', 'stages:', '  - id: one', '    title: One', '    kind: retro', '    minutes: 10', '    summary: S.', '    mix: { deep-dive: 1 }', '    scores: [structure, thinking]', 'track: program'].join('\n'),
    });
    expect(loadLoops(root, content.questions, 0, []).problems).toEqual([
      { path: 'content/loops/tiny.yaml', line: 7, message: expect.stringMatching(/^stages\[0\]\.kind: Invalid option: expected one of "phone-screen"\|"technical"\|"product"\|"final-round"\|"deep-dive"\|"partnership"/) },
    ]);
  });

  it('gives the Amazon-style loop a written exercise and principle rounds drawn from story themes', () => {
    const amazon = content.loops.find((l) => l.id === 'amazon-style');
    expect(amazon?.stages.find((s) => s.written)?.written?.types).toEqual(['product-sense', 'strategy']);
    expect(amazon?.stages.filter((s) => s.themes.length > 0).map((s) => s.id)).toEqual(['phone-screen', 'technical', 'product-principles', 'bar-raiser']);
  });

  it('maps every behavioral question to at least one story theme', () => {
    for (const q of content.questions.filter((x) => x.type === 'behavioral')) {
      expect(themesOfQuestion(content.storyThemes, q).length, q.id).toBeGreaterThan(0);
    }
    expect(content.storyThemes.find((t) => t.id === 'conflict')?.questions).toEqual(['aligning-stakeholders-with-conflicting-goals', 'conflict-with-a-peer-pm', 'conflict-with-an-engineer']);
  });
});

describe('loop validation', () => {
  it('reports each broken value at its file and line', () => {
    const root = rootWith({
      'loops/acme.yaml': [
        'title: Acme loop', // 1
        'style: company-style',
        'summary: A loop.',
        'stages:',
        '  - id: screen', // 5
        '    title: Screen',
        '    kind: phone-screen',
        '    minutes: long',
        '    summary: Hi.',
        '    mix: { behavioral: 1 }', // 10
        '    scores: [structure, delivery]',
        'track: product',
      ].join('\n'),
    });
    expect(loadLoops(root, content.questions, 16, content.storyThemes).problems).toEqual([
      { path: 'content/loops/acme.yaml', line: 8, message: 'stages[0].minutes: Invalid input: expected number, received string' },
    ]);
  });

  it('checks what no schema can: stage counts, the "-style" name, coding, themes and duplicate stages', () => {
    const stage = (id: string, extra: string[]) => [`  - id: ${id}`, `    title: ${id}`, '    kind: technical', '    minutes: 30', '    summary: A stage.', ...extra];
    const root = rootWith({
      'loops/acme.yaml': [
        'title: Acme loop', // 1
        'style: company-style',
        'summary: A loop.',
        'stages:', // 4
        ...stage('one', ['    mix: { technical: 1 }', '    coding: 1', '    scores: [depth, thinking]']), // 5-12
        ...stage('one', ['    mix: { behavioral: 1 }', '    themes: [astrology]', '    scores: [correctness, depth]']), // 13-20
        'track: product',
      ].join('\n'),
    });
    expect(loadLoops(root, content.questions, 16, content.storyThemes).problems).toEqual([
      { path: 'content/loops/acme.yaml', line: 5, message: 'a company-style loop has 4-6 stages; this one has 2' },
      { path: 'content/loops/acme.yaml', line: 1, message: 'a company-style loop is a format, not a claim about a company: name it "<company>-style" (file and title)' },
      { path: 'content/loops/acme.yaml', line: 12, message: 'stage "one" has a coding exercise: add "correctness" to what it scores' },
      { path: 'content/loops/acme.yaml', line: 13, message: 'the stage id "one" is used twice in this loop' },
      { path: 'content/loops/acme.yaml', line: 20, message: 'stage "one" scores "correctness" without a coding exercise' },
      { path: 'content/loops/acme.yaml', line: 19, message: expect.stringMatching(/^unknown theme "astrology"; the themes are in content\/stories\/themes.yaml: conflict, influence-without-authority, /) },
      { path: 'content/loops/acme.yaml', line: 18, message: 'stage "one" asks for 1 behavioral questions on its themes and the bank has 0' },
    ]);
  });

  it('refuses a loop that asks for more questions than the bank has', () => {
    const root = rootWith({
      'loops/tiny.yaml': ['title: Tiny', 'style: practice', 'summary: Short.', 'stages:', '  - id: one', '    title: One', '    kind: product', '    minutes: 10', '    summary: S.', '    mix: { estimation: 4 }', '    scores: [structure, thinking]', 'track: product'].join('\n'),
    });
    const few = content.questions.filter((q) => q.type === 'estimation').slice(0, 3);
    expect(loadLoops(root, few, 0, []).problems).toEqual([{ path: 'content/loops/tiny.yaml', line: 5, message: 'the loop asks for 4 estimation questions and the bank has 3' }]);
  });
});

describe('story theme validation', () => {
  it('names a listed question that is missing or not behavioral, and a behavioral question without a theme', () => {
    const root = rootWith({
      'stories/themes.yaml': [
        'themes:', // 1
        ...['a', 'b', 'c', 'd', 'e'].map((x) => `  - { id: theme-${x}, title: T, description: D }`), // 2-6
        '  - id: conflict', // 7
        '    title: Conflict',
        '    description: D',
        '    questions: [conflict-with-an-engineer, no-such-question, monolith-vs-microservices]', // 10
      ].join('\n'),
    });
    const questions = content.questions.filter((q) => ['conflict-with-an-engineer', 'monolith-vs-microservices', 'navigating-ambiguity'].includes(q.id));
    expect(loadStoryThemes(root, questions).problems).toEqual([
      { path: 'content/stories/themes.yaml', line: 10, message: 'theme "conflict" lists "no-such-question", which is not a question in the bank' },
      { path: 'content/stories/themes.yaml', line: 10, message: 'theme "conflict" lists "monolith-vs-microservices", a technical question; themes list behavioral questions' },
      { path: 'content/stories/themes.yaml', line: 1, message: 'the behavioral question "navigating-ambiguity" belongs to no theme: list it under one, or add a keyword from its title' },
    ]);
  });
});
