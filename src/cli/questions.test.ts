import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadContent } from '../content/index.js';
import { runCli } from './run-cli.js';

const home = fs.mkdtempSync(path.join(os.tmpdir(), 'tpmprep-cli-q-'));
afterAll(() => fs.rmSync(home, { recursive: true, force: true }));
const cli = (args: string[], input?: string) => runCli(args, { home, input });

function closedPort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

describe('tpmprep questions', () => {
  it('list --json prints the summary fields, filtered', () => {
    const result = cli(['questions', 'list', '--type', 'technical', '--difficulty', 'easy', '--json']);
    expect(result.status).toBe(0);
    const list = JSON.parse(result.stdout) as Record<string, unknown>[];
    expect(list.length).toBeGreaterThan(0);
    for (const q of list) {
      expect(Object.keys(q)).toEqual(['id', 'title', 'type', 'skills', 'areas', 'stages', 'difficulty', 'minutes', 'tracks', 'competencies']);
      expect(q.type).toBe('technical');
      expect(q.difficulty).toBe('easy');
    }
  });

  it('list --track and --competency keep exactly the questions tagged so', () => {
    const bank = loadContent().questions;
    const program = JSON.parse(cli(['questions', 'list', '--track', 'program', '--json']).stdout) as Array<{ id: string; tracks: string[] }>;
    expect(program.map((q) => q.id).sort()).toEqual(bank.filter((q) => q.tracks.includes('program')).map((q) => q.id).sort());
    const risk = JSON.parse(cli(['questions', 'list', '--track', 'program', '--competency', 'risk', '--json']).stdout) as Array<{ id: string; competencies: string[] }>;
    expect(risk.map((q) => q.id).sort()).toEqual(bank.filter((q) => q.tracks.includes('program') && q.competencies.includes('risk')).map((q) => q.id).sort());
    expect(risk.length).toBeGreaterThan(0);
    const bad = cli(['questions', 'list', '--track', 'project']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toBe('error: track is one of product, program, all (all: every track); got "project"\n');
  });

  it('list --search ranks the named question first', () => {
    const list = JSON.parse(cli(['questions', 'list', '--search', 'monolith microservices', '--json']).stdout) as { id: string }[];
    expect(list[0]?.id).toBe('monolith-vs-microservices');
  });

  it('rejects an invalid option value with the valid ones', () => {
    const result = cli(['questions', 'list', '--stage', 'lunch']);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(
      'error: invalid question filters: stage: Invalid option: expected one of "phone-screen"|"technical"|"product"|"final-round"\n',
    );
  });

  it('show prints the rubric, outline, follow-ups and pitfalls', () => {
    const text = cli(['questions', 'show', 'design-a-chatbot']).stdout;
    for (const heading of ['Rubric: what a strong answer shows', 'Model answer outline', 'Follow-up questions', 'Common pitfalls']) {
      expect(text).toContain(heading);
    }
    const json = JSON.parse(cli(['questions', 'show', 'design-a-chatbot', '--json']).stdout);
    expect(json.id).toBe('design-a-chatbot');
    expect(json.rubric).toHaveLength(5);
    const missing = cli(['questions', 'show', 'nope']);
    expect(missing.status).toBe(3);
    expect(missing.stderr).toBe('error: no question "nope"; list them with `tpmprep questions list`\n');
  });

  it('show gives the tracks, competencies and the three levels of a story question', () => {
    const story = JSON.parse(cli(['questions', 'show', 'a-failure-you-learned-from', '--json']).stdout);
    const file = loadContent().questions.find((q) => q.id === 'a-failure-you-learned-from');
    expect(Object.keys(story.levels)).toEqual(['mid', 'senior', 'staff']);
    expect(story.levels).toEqual(file?.levels);
    expect(story.tracks).toEqual(['product', 'program']);
    expect(story.competencies).toEqual(file?.competencies);
    const storyText = cli(['questions', 'show', 'a-failure-you-learned-from']).stdout;
    expect(storyText).toContain('What a strong answer looks like at each level');
    expect(storyText).toContain(`  Staff: ${file?.levels?.staff}`);
  });
});

describe('tpmprep practice', () => {
  it('saves an answer read from a file, timed at 150 words a minute', () => {
    const file = path.join(home, 'answer.txt');
    fs.writeFileSync(file, Array.from({ length: 300 }, () => 'word').join(' '));
    const result = cli(['practice', 'relational-vs-nosql', '--file', file, '--json']);
    expect(result.status).toBe(0);
    const { attempt } = JSON.parse(result.stdout);
    expect(attempt).toMatchObject({ questionId: 'relational-vs-nosql', seconds: 120 });
    const listed = JSON.parse(cli(['questions', 'list', '--attempted', 'yes', '--json']).stdout) as { id: string }[];
    expect(listed.map((q) => q.id)).toEqual(['relational-vs-nosql']);
  });

  it('reads a typed answer until a line with a dot, then shows the rubric', () => {
    const result = cli(['practice', 'design-a-chatbot'], 'I would pick support for an online shop.\n.\nignored\n');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Design a chatbot');
    expect(result.stdout).toMatch(/Saved as attempt \d+\. Time: /);
    expect(result.stdout).toContain('Rubric: what a strong answer shows');
  });

  it('refuses an empty answer and a missing file without saving', () => {
    expect(cli(['practice', 'design-a-chatbot'], '\n.\n').stderr).toBe('error: invalid attempt: answer: the answer is empty: write or say something first\n');
    const missing = cli(['practice', 'design-a-chatbot', '--file', '/nope/answer.txt']);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toBe('error: no file at /nope/answer.txt; give the path of a text file holding your answer\n');
  });
});

describe('tpmprep coach', () => {
  const story = 'In 2023 our deploys took a day. I was asked to fix it. I wrote a plan and I moved us to canary releases. As a result, deploy time fell by 80%.';

  it('reads standard input and prints the required JSON keys', () => {
    const result = cli(['coach', '-', '--json'], story);
    expect(result.status).toBe(0);
    const analysis = JSON.parse(result.stdout);
    for (const key of ['score', 'level', 'star', 'quantified', 'ownership', 'words', 'speakingSeconds', 'fillers', 'hedges', 'rubric', 'feedback']) {
      expect(analysis).toHaveProperty(key);
    }
    expect(analysis.star.result).toMatchObject({ present: true });
    expect(story.slice(analysis.star.result.spans[0][0], analysis.star.result.spans[0][1])).toContain('80%');
  });

  it('checks a file against a question and prints a readable report', () => {
    const file = path.join(home, 'coach.txt');
    fs.writeFileSync(file, story);
    const result = cli(['coach', file, '--question', 'simplifying-a-process']);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^Score \d+\/100 · (Very weak|Weak|Mixed|Strong|Very strong)\n/);
    expect(result.stdout).toContain('Rubric: ');
    expect(result.stdout).toContain('✓ Result');
  });

  it('prints the whole local report and one warning when the model endpoint is down', async () => {
    // A port that was just free: nothing listens there, so the connection is refused at once.
    const port = await closedPort();
    const env = { TPMPREP_LLM_URL: `http://127.0.0.1:${port}/v1`, TPMPREP_LLM_MODEL: 'local-model' };
    const down = runCli(['coach', '-', '--llm'], { home, input: story, env });
    expect(down.status).toBe(0);
    expect(down.stdout).toMatch(/^Score \d+\/100 · /);
    expect(down.stdout).toContain('Insights');
    expect(down.stdout).toContain('The interviewer would ask next');
    expect(down.stderr).toBe(
      `no model critique: The language model at http://127.0.0.1:${port}/v1/chat/completions is not reachable (connection refused). Start it or fix the llm settings; the coach's own findings do not need it.\n`,
    );
    const json = JSON.parse(runCli(['coach', '-', '--llm', '--json'], { home, input: story, env }).stdout);
    expect([json.critique, typeof json.score, json.warning.startsWith('no model critique: ')]).toEqual([null, 'number', true]);
  });

  it('explains bad input', () => {
    expect(cli(['coach', '-'], '   ').stderr).toBe('error: the answer is empty; give a file or type the answer\n');
    expect(cli(['coach', '-', '--type', 'poem'], story).stderr).toMatch(/^error: invalid coach request: type: Invalid option/);
  });
});
