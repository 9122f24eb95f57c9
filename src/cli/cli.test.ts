import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli, startServer } from './run-cli.js';

const home = fs.mkdtempSync(path.join(os.tmpdir(), 'tpmprep-cli-'));
afterAll(() => fs.rmSync(home, { recursive: true, force: true }));
const cli = (...args: string[]) => runCli(args, { home });

describe('tpmprep', () => {
  it('prints its version and lists its commands', () => {
    const version = cli('--version');
    expect(version).toEqual({ status: 0, stdout: `${JSON.parse(fs.readFileSync('package.json', 'utf8')).version}\n`, stderr: '' });
    const help = cli('--help');
    expect(help.status).toBe(0);
    for (const command of ['serve', 'guide', 'checklist', 'questions', 'practice', 'content']) {
      expect(help.stdout).toMatch(new RegExp(`^  ${command}\\b`, 'm'));
    }
  });

  it('explains an unknown command or option', () => {
    const unknown = cli('fly');
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toContain("error: unknown command 'fly'");
    const option = cli('guide', '--colour');
    expect(option.stderr).toContain("error: unknown option '--colour'");
  });

  it('guide --json prints every section with ids, titles and descriptions', () => {
    const result = cli('guide', '--json');
    expect(result.status).toBe(0);
    const guide = JSON.parse(result.stdout);
    for (const key of ['skills', 'areas', 'stages', 'checklist', 'mistakes']) {
      for (const item of guide[key]) {
        expect(typeof item.id).toBe('string');
        expect(item.title.length).toBeGreaterThan(0);
        expect(item.description.length).toBeGreaterThan(0);
      }
    }
    expect(guide.skills.map((s: { id: string }) => s.id)).toEqual(['technical-expertise', 'product-vision', 'communication', 'data-analysis', 'strategic-thinking']);
    expect(guide.areas).toHaveLength(10);
    expect(guide.faq.find((f: { id: string }) => f.id === 'salary').answer).toContain('$140,000');
  });

  it('ticks checklist items in the same database the server reads', async () => {
    expect(cli('checklist', 'done', 'practice-star').stdout).toBe('[x] Practice behavioral answers with STAR\n');
    const listed = JSON.parse(cli('checklist', '--json').stdout) as { id: string; done: boolean }[];
    expect(listed.filter((i) => i.done).map((i) => i.id)).toEqual(['practice-star']);
    const server = await startServer({ home, port: 0 });
    try {
      const response = await fetch(`${server.url}/api/checklist`);
      const body = (await response.json()) as { items: { id: string; done: boolean }[] };
      expect(body.items.filter((i) => i.done).map((i) => i.id)).toEqual(['practice-star']);
    } finally {
      await server.stop();
    }
    expect(cli('checklist', 'undo', 'practice-star').stdout).toBe('[ ] Practice behavioral answers with STAR\n');
    expect(JSON.parse(cli('checklist', 'done', 'practice-coding', '--json').stdout)).toMatchObject({ id: 'practice-coding', done: true });
    const unknown = cli('checklist', 'done', 'nap');
    expect(unknown.status).toBe(3);
    expect(unknown.stderr).toMatch(/^error: no checklist item "nap"; the items are: /);
  });

  it('content check passes on the shipped content', () => {
    const result = cli('content', 'check');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^content ok: \d+ questions, \d+ flashcards, \d+ checklist items\n$/);
  });

  it('content check lists each problem as path:line: message and exits non-zero', () => {
    const root = fs.mkdtempSync(path.join(home, 'content-'));
    fs.cpSync(path.resolve('content/guide'), path.join(root, 'guide'), { recursive: true });
    fs.writeFileSync(path.join(root, 'guide', 'faq', 'salary.md'), '---\nquestion: [unclosed\norder: 1\n---\nBody\n');
    const result = runCli(['content', 'check'], { home, env: { TPMPREP_CONTENT: root } });
    expect(result.status).toBe(4);
    expect(result.stderr).toMatch(/^content\/guide\/faq\/salary\.md:\d+: YAML: /m);
    expect(result.stderr).toContain('problem');
    expect(result.stdout).toBe('');
  });

  it('content check also covers the coach rule files', () => {
    const root = fs.mkdtempSync(path.join(home, 'content-'));
    fs.cpSync(path.resolve('content'), root, { recursive: true });
    const file = path.join(root, 'coach', 'delivery.yaml');
    fs.writeFileSync(file, `broken: [unclosed\n${fs.readFileSync(file, 'utf8')}`);
    const result = runCli(['content', 'check'], { home, env: { TPMPREP_CONTENT: root } });
    expect(result.status).toBe(4);
    expect(result.stderr).toMatch(/coach\/delivery\.yaml:1: YAML: /);
  });
});
