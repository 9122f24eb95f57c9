import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadContentCached, contentFingerprint } from './cache.js';
import { defaultContentRoot, loadContent } from './index.js';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

function copyOfGuide(): { root: string; cacheFile: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tpmprep-cache-'));
  dirs.push(dir);
  const root = path.join(dir, 'content');
  fs.cpSync(path.join(defaultContentRoot(), 'guide'), path.join(root, 'guide'), { recursive: true });
  return { root, cacheFile: path.join(dir, 'cache', 'content.json') };
}

describe('loadContentCached', () => {
  it('returns the same content as a fresh load, and writes the cache', () => {
    const { root, cacheFile } = copyOfGuide();
    const first = loadContentCached(root, cacheFile);
    expect(first).toEqual(loadContent(root));
    expect(fs.existsSync(cacheFile)).toBe(true);
    expect(loadContentCached(root, cacheFile)).toEqual(first);
  });

  it('reloads when a file changes', () => {
    const { root, cacheFile } = copyOfGuide();
    const before = contentFingerprint(root);
    loadContentCached(root, cacheFile);
    const file = path.join(root, 'guide', 'faq', 'salary.md');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(/^question: .*$/m, 'question: What does a TPM earn?'));
    expect(contentFingerprint(root)).not.toBe(before);
    expect(loadContentCached(root, cacheFile).guide.faq.find((f) => f.id === 'salary')?.question).toBe('What does a TPM earn?');
  });

  it('ignores a corrupt cache file', () => {
    const { root, cacheFile } = copyOfGuide();
    fs.mkdirSync(path.dirname(cacheFile), { recursive: true });
    fs.writeFileSync(cacheFile, '{ not json');
    expect(loadContentCached(root, cacheFile).guide.skills).toHaveLength(5);
  });
});
