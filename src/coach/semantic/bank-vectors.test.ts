// The real model, in this thread (loaded once for the file), on three questions of the shipped bank.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { defaultContentRoot, type Content, type Question } from '../../content/index.js';
import { loadQuestions } from '../../content/questions.js';
import { bankFiles, bankTexts, loadBankVectors, loadBankVectorsForContent, type LoadedBank } from './bank-vectors.js';
import { embed, loadEmbedder, MODEL_NAME } from './embedder.mjs';
import { cosine, semanticMatches } from './similarity.js';

let questions: Question[];
const dirs: string[] = [];
/** The three questions' bank, built once for the file in its own folder, and what building it cost. */
let shared: { cacheDir: string; built: LoadedBank; counter: { texts: number; calls: number } };

beforeAll(async () => {
  const all = loadQuestions(defaultContentRoot()).items;
  questions = [all.find((q) => q.type === 'behavioral'), all.find((q) => q.type === 'estimation'), all.find((q) => q.type === 'system-design')].filter(
    (q): q is Question => q !== undefined,
  );
  await loadEmbedder();
  const cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tpmprep-bank-'));
  const counting = countingEmbed();
  shared = { cacheDir, built: await loadBankVectors({ questions, fingerprint: 'content-v1', cacheDir, embed: counting.embed }), counter: counting.counter };
}, 60_000);
afterEach(() => dirs.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true })));
afterAll(() => fs.rmSync(shared.cacheDir, { recursive: true, force: true }));

function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tpmprep-bank-'));
  dirs.push(dir);
  return dir;
}

/** The real embedder, counting the texts it is asked for. */
function countingEmbed() {
  const counter = { texts: 0, calls: 0 };
  const fn = async (texts: readonly string[]) => {
    counter.calls++;
    counter.texts += texts.length;
    return embed(texts);
  };
  return { counter, embed: fn };
}

describe('bankTexts', () => {
  it('lists each question as title and prompt, then every rubric point shows, then every outline step', () => {
    const [q] = questions;
    const texts = bankTexts([q!]);
    expect(texts).toHaveLength(1 + q!.rubric.length + q!.outline.length);
    expect(texts[0]).toEqual({ questionId: q!.id, kind: 'prompt', index: 0, text: `${q!.title}\n\n${q!.prompt}` });
    expect(texts[1]).toEqual({ questionId: q!.id, kind: 'shows', index: 0, text: q!.rubric[0]!.shows });
    expect(texts.at(-1)).toEqual({ questionId: q!.id, kind: 'outline', index: q!.outline.length - 1, text: q!.outline.at(-1) });
  });
});

describe('loadBankVectors', () => {
  it('embeds once, then reads the vectors from the cache without calling the model', async () => {
    expect(questions).toHaveLength(3);
    const { cacheDir, built, counter } = shared;
    const total = bankTexts(questions).length;
    expect(built).toMatchObject({ source: 'model', texts: total, saved: true });
    expect(counter.texts).toBe(total);
    expect(fs.statSync(built.files.data).size).toBe(total * 512 * 4);
    expect(JSON.parse(fs.readFileSync(built.files.index, 'utf8'))).toMatchObject({ format: 1, model: MODEL_NAME, fingerprint: 'content-v1', count: total, dimensions: 512 });

    const second = countingEmbed();
    const loaded = await loadBankVectors({ questions, fingerprint: 'content-v1', cacheDir, embed: second.embed });
    expect(loaded.source).toBe('cache');
    expect(second.counter.calls).toBe(0);
    expect(loaded.bank.questions.map((q) => q.id)).toEqual(questions.map((q) => q.id));
    const [a, b] = [built.bank.questions[1]!, loaded.bank.questions[1]!];
    expect(b.shows).toHaveLength(a.shows.length);
    expect(b.outline).toHaveLength(a.outline.length);
    expect(Array.from(b.prompt)).toEqual(Array.from(a.prompt));
    expect(Array.from(b.outline.at(-1)!)).toEqual(Array.from(a.outline.at(-1)!));
  });

  it('ranks first the question whose rubric the answer states, and finds each point where it is said', async () => {
    const { bank } = shared.built;
    for (const question of questions) {
      // The question's own "shows" texts, in reverse order, as the answer's sentences.
      const sentences = [...bank.byId.get(question.id)!.shows].reverse();
      const result = semanticMatches(sentences, bank, question.id);
      expect(result.rank, question.id).toBe(1);
      expect(result.rubric.map((match) => match.sentence)).toEqual(question.rubric.map((_, i) => question.rubric.length - 1 - i));
      expect(result.fit.rubric).toBeCloseTo(1, 4);
      expect(result.ranking[1]!.rubric).toBeLessThan(0.9);
    }
    // A freshly embedded text meets its cached vector exactly.
    const [again] = await embed([questions[0]!.rubric[0]!.shows]);
    expect(cosine(bank.byId.get(questions[0]!.id)!.shows[0]!, again!)).toBeCloseTo(1, 5);
  });

  it('rebuilds when the fingerprint or the model changes, and removes the stale bank', async () => {
    const cacheDir = tempDir();
    const old = await loadBankVectors({ questions: questions.slice(0, 1), fingerprint: 'content-v1', cacheDir, embed });
    const counted = countingEmbed();
    const fresh = await loadBankVectors({ questions: questions.slice(0, 1), fingerprint: 'content-v2', cacheDir, embed: counted.embed });
    expect(fresh.source).toBe('model');
    expect(counted.counter.texts).toBe(bankTexts(questions.slice(0, 1)).length);
    expect(fresh.files.index).not.toBe(old.files.index);
    expect(fs.existsSync(old.files.index)).toBe(false);
    expect(fs.existsSync(old.files.data)).toBe(false);
    expect(bankFiles(cacheDir, 'content-v2', 'another-model@1').index).not.toBe(fresh.files.index);
  }, 60_000);

  it('rebuilds, never crashes, when a cache file is damaged', async () => {
    const cacheDir = tempDir();
    const options = { questions: questions.slice(0, 1), fingerprint: 'content-v1', cacheDir };
    const { files } = await loadBankVectors({ ...options, embed });
    const damages: Array<[string, () => void]> = [
      ['a flipped byte', () => {
        const data = fs.readFileSync(files.data);
        data[100] = data[100]! ^ 0xff;
        fs.writeFileSync(files.data, data);
      }],
      ['a truncated binary', () => fs.truncateSync(files.data, 1000)],
      ['an index that is not JSON', () => fs.writeFileSync(files.index, '{ "format": 1, ')],
      ['an index of another shape', () => fs.writeFileSync(files.index, '{ "format": 1 }')],
      ['a missing binary', () => fs.rmSync(files.data)],
    ];
    for (const [damage, apply] of damages) {
      apply();
      const counted = countingEmbed();
      const loaded = await loadBankVectors({ ...options, embed: counted.embed });
      expect(loaded.source, damage).toBe('model');
      expect(counted.counter.calls, damage).toBeGreaterThan(0);
      expect((await loadBankVectors({ ...options, embed: countingEmbed().embed })).source, damage).toBe('cache');
    }
  }, 60_000);

  it('rebuilds when the questions differ from the ones the cache was made from', async () => {
    const cacheDir = tempDir();
    await loadBankVectors({ questions: questions.slice(0, 1), fingerprint: 'content-v1', cacheDir, embed });
    const edited = { ...questions[0]!, outline: [...questions[0]!.outline, 'Close with what you would do differently.'] };
    expect((await loadBankVectors({ questions: [edited], fingerprint: 'content-v1', cacheDir, embed })).source).toBe('model');
  }, 60_000);

  it('still answers when the cache folder cannot be written', async () => {
    const cacheDir = path.join(tempDir(), 'a-file');
    fs.writeFileSync(cacheDir, 'not a folder');
    const loaded = await loadBankVectors({ questions: questions.slice(0, 1), fingerprint: 'content-v1', cacheDir, embed });
    expect(loaded).toMatchObject({ source: 'model', saved: false });
    expect(loaded.bank.questions).toHaveLength(1);
  }, 60_000);
});

describe('loadBankVectorsForContent', () => {
  it('keys the cache by the content fingerprint, so editing a content file rebuilds', async () => {
    const root = tempDir();
    fs.writeFileSync(path.join(root, 'one.md'), 'first version');
    const content = { root, questions: questions.slice(0, 1) } as Content;
    const cacheDir = tempDir();
    expect((await loadBankVectorsForContent(content, cacheDir, embed)).source).toBe('model');
    expect((await loadBankVectorsForContent(content, cacheDir, embed)).source).toBe('cache');
    fs.writeFileSync(path.join(root, 'one.md'), 'second, longer version');
    expect((await loadBankVectorsForContent(content, cacheDir, embed)).source).toBe('model');
  }, 60_000);
});
