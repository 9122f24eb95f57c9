import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { AREA_IDS, BANK_FLOORS, LEVELED_TYPES, QUESTION_TYPE_IDS, SKILL_IDS, STAGE_IDS } from '../core/taxonomy.js';
import { ContentError } from '../core/errors.js';
import { checkContent, defaultContentRoot, loadContent } from './index.js';
import { coverageOf } from './stats.js';

const content = loadContent();

describe('the shipped guide', () => {
  it('has exactly the closed sets of skills, areas and stages, in order', () => {
    expect(content.guide.skills.map((s) => s.id)).toEqual(SKILL_IDS);
    expect(content.guide.areas.map((a) => a.id)).toEqual(AREA_IDS);
    expect(content.guide.stages.map((s) => s.id)).toEqual(STAGE_IDS);
  });

  it('carries the process facts of the guide', () => {
    const { minWeeks, maxWeeks, averageWeeks, minStages, maxStages } = content.guide.process;
    expect({ minWeeks, maxWeeks, averageWeeks, minStages, maxStages }).toEqual({ minWeeks: 2, maxWeeks: 6, averageWeeks: 3.5, minStages: 4, maxStages: 6 });
  });

  it('has the checklist, mistakes and FAQ of the guide', () => {
    expect(content.guide.checklist.map((c) => c.id)).toEqual(
      expect.arrayContaining(['review-key-areas', 'practice-star', 'review-technical-concepts', 'practice-coding', 'practice-data-analysis']),
    );
    expect(content.guide.mistakes.map((m) => m.id)).toEqual(
      expect.arrayContaining(['no-technical-foundation', 'not-explaining-simply', 'no-critical-strategic-thinking', 'no-collaboration']),
    );
    const salary = content.guide.faq.find((f) => f.id === 'salary');
    expect(salary?.answer).toContain('$140,000');
    expect(salary?.answer).toContain('$100,000');
    expect(salary?.answer).toContain('$200,000');
    const timeline = content.guide.faq.find((f) => f.id === 'timeline');
    expect(timeline?.answer).toMatch(/3\.5 weeks/);
  });
});

describe('the question bank', () => {
  it('keeps every floor', () => {
    const coverage = coverageOf(content.questions, content.flashcards);
    expect(coverage.shortfalls).toEqual([]);
    expect(content.questions.length).toBeGreaterThanOrEqual(BANK_FLOORS.questions);
    expect(content.flashcards.length).toBeGreaterThanOrEqual(BANK_FLOORS.flashcards);
    expect(new Set(content.questions.map((q) => q.type))).toEqual(new Set(QUESTION_TYPE_IDS));
  });

  it('gives every question tracks, program questions competencies and leveled types all three levels', () => {
    const perTrack = (track: string) => content.questions.filter((q) => (q.tracks as string[]).includes(track)).length;
    expect(perTrack('product')).toBeGreaterThanOrEqual(BANK_FLOORS.perTrack);
    expect(perTrack('program')).toBeGreaterThanOrEqual(BANK_FLOORS.perTrack);
    expect(content.questions.length).toBeGreaterThanOrEqual(350);
    for (const q of content.questions) {
      expect(q.tracks.length, q.id).toBeGreaterThan(0);
      if (q.tracks.includes('program')) expect(q.competencies.length, q.id).toBeGreaterThan(0);
      if ((LEVELED_TYPES as readonly string[]).includes(q.type)) expect(Object.keys(q.levels ?? {}), q.id).toEqual(['mid', 'senior', 'staff']);
    }
    for (const type of ['deep-dive', 'partnership'] as const) expect(content.questions.filter((q) => q.type === type).length, type).toBeGreaterThanOrEqual(15);
    expect(content.questions.filter((q) => q.type === 'estimation' && q.tracks.includes('program')).length).toBeGreaterThanOrEqual(BANK_FLOORS.programEstimation);
  });

  it('holds every question the guide names', () => {
    const named: Record<string, string> = {
      'design-a-chatbot': 'product-sense',
      'improve-mobile-app-ux': 'product-sense',
      'monolith-vs-microservices': 'technical',
      'relational-vs-nosql': 'technical',
      'ecommerce-recommendation-system': 'system-design',
      'scalable-ecommerce-platform': 'system-design',
      'launch-sales-up-complaints-down': 'metrics',
    };
    for (const [id, type] of Object.entries(named)) {
      expect(content.questions.find((q) => q.id === id)?.type, id).toBe(type);
    }
    const platform = content.questions.find((q) => q.id === 'scalable-ecommerce-platform');
    expect(platform?.prompt).toContain('99.99%');
    expect(platform?.prompt).toContain('200 ms');
  });

  it('gives every question a 4-6 point rubric, 2-4 follow-ups and an outline', () => {
    for (const q of content.questions) {
      expect(q.rubric.length, q.id).toBeGreaterThanOrEqual(4);
      expect(q.rubric.length, q.id).toBeLessThanOrEqual(6);
      expect(q.followups.length, q.id).toBeGreaterThanOrEqual(2);
      expect(q.outline.length, q.id).toBeGreaterThanOrEqual(4);
    }
  });
});

describe('content check on broken files', () => {
  const dirs: string[] = [];
  afterEach(() => dirs.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

  function copyOfContent(): string {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tpmprep-content-'));
    dirs.push(dir);
    fs.cpSync(path.join(defaultContentRoot(), 'guide'), path.join(dir, 'guide'), { recursive: true });
    fs.mkdirSync(path.join(dir, 'questions', 'technical'), { recursive: true });
    fs.copyFileSync(
      path.join(defaultContentRoot(), 'questions', 'technical', 'monolith-vs-microservices.md'),
      path.join(dir, 'questions', 'technical', 'monolith-vs-microservices.md'),
    );
    return dir;
  }

  it('lists each problem with its path and line', () => {
    const root = copyOfContent();
    const skillFile = path.join(root, 'guide', 'skills', 'communication.md');
    fs.writeFileSync(skillFile, fs.readFileSync(skillFile, 'utf8').replace(/^order: \d+$/m, 'order: first'));
    const questionFile = path.join(root, 'questions', 'technical', 'monolith-vs-microservices.md');
    fs.writeFileSync(questionFile, fs.readFileSync(questionFile, 'utf8').replace(/^difficulty: \w+$/m, 'difficulty: brutal'));
    fs.rmSync(path.join(root, 'guide', 'areas', 'metrics.md'));

    const { content: loaded, problems } = checkContent(root);
    expect(loaded).toBeUndefined();
    const lineOf = (file: string, pattern: RegExp) => fs.readFileSync(file, 'utf8').split('\n').findIndex((l) => pattern.test(l)) + 1;
    expect(problems).toEqual(
      expect.arrayContaining([
        { path: 'content/guide/skills/communication.md', line: lineOf(skillFile, /^order:/), message: expect.stringMatching(/^order: /) },
        {
          path: 'content/questions/technical/monolith-vs-microservices.md',
          line: lineOf(questionFile, /^difficulty:/),
          message: expect.stringMatching(/^difficulty: /),
        },
        { path: 'content/guide/areas/metrics.md', line: 1, message: 'the area "metrics" has no file' },
      ]),
    );
    expect(problems, JSON.stringify(problems, null, 1)).toHaveLength(3);
    expect(() => loadContent(root)).toThrow(ContentError);
  });

  it('requires competencies on a program-track question and levels on a leveled type, at the line to fix', () => {
    const root = copyOfContent();
    const file = path.join(root, 'questions', 'technical', 'monolith-vs-microservices.md');
    const text = fs.readFileSync(file, 'utf8').replace(/^competencies: .*\n/m, '');
    fs.writeFileSync(file, text);
    const lineOf = (pattern: RegExp) => text.split('\n').findIndex((l) => pattern.test(l)) + 1;
    expect(checkContent(root).problems).toEqual([
      {
        path: 'content/questions/technical/monolith-vs-microservices.md',
        line: lineOf(/^tracks:/),
        message: 'a question on the program track needs competencies: 1-3 of execution, risk, dependencies, stakeholders, technical-judgement',
      },
    ]);
    fs.mkdirSync(path.join(root, 'questions', 'program-sense'));
    const moved = path.join(root, 'questions', 'program-sense', 'monolith-vs-microservices.md');
    fs.writeFileSync(moved, text.replace(/^type: technical$/m, 'type: program-sense').replace(/^tracks: .*$/m, 'tracks: [product]'));
    fs.rmSync(file);
    expect(checkContent(root).problems).toEqual([
      {
        path: 'content/questions/program-sense/monolith-vs-microservices.md',
        line: lineOf(/^type:/),
        message: 'a program-sense question needs levels: { mid, senior, staff }, two or three sentences each on what a strong answer covers at that level',
      },
    ]);
  });

  it('rejects a question filed under the wrong type and an unknown area', () => {
    const root = copyOfContent();
    const file = path.join(root, 'questions', 'technical', 'monolith-vs-microservices.md');
    fs.mkdirSync(path.join(root, 'questions', 'strategy'));
    const moved = path.join(root, 'questions', 'strategy', 'monolith-vs-microservices.md');
    fs.writeFileSync(moved, fs.readFileSync(file, 'utf8').replace(/^areas: \[/m, 'areas: [space-travel, '));
    fs.rmSync(file);
    const { problems } = checkContent(root);
    expect(problems.map((p) => p.message)).toEqual([expect.stringMatching(/^areas\[0\]: /)]);
    fs.writeFileSync(moved, fs.readFileSync(moved, 'utf8').replace('space-travel, ', ''));
    expect(checkContent(root).problems).toEqual([
      { path: 'content/questions/strategy/monolith-vs-microservices.md', line: 2, message: 'type "technical" must match its folder "strategy"' },
    ]);
  });
});
