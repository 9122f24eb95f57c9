import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { loadContent, type Content } from './index.js';

/** Bumped whenever the shape of Content changes, so an old cache is never read as the new shape. */
const CACHE_FORMAT = 4;

/** A digest of every content file's path, size and modification time: cheap to compute, changes on any edit. */
export function contentFingerprint(root: string): string {
  const hash = crypto.createHash('sha256').update(`${CACHE_FORMAT}\0${root}\0`);
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else {
        const stat = fs.statSync(full);
        hash.update(`${path.relative(root, full)}\0${stat.size}\0${stat.mtimeMs}\n`);
      }
    }
  };
  walk(root);
  return hash.digest('hex');
}

/**
 * Loads the content, reusing a parsed copy from `cacheFile` while no content file has changed.
 * Parsing and validating every file takes a few hundred milliseconds; reading the copy takes a few.
 * A broken or unwritable cache is ignored: the files are the truth.
 */
export function loadContentCached(root: string, cacheFile: string): Content {
  const fingerprint = contentFingerprint(root);
  try {
    const cached = JSON.parse(fs.readFileSync(cacheFile, 'utf8')) as { fingerprint: string; content: Content };
    if (cached.fingerprint === fingerprint) return cached.content;
  } catch {
    // no cache yet, or unreadable: load from the files
  }
  const content = loadContent(root);
  try {
    fs.mkdirSync(path.dirname(cacheFile), { recursive: true });
    const temp = `${cacheFile}.${process.pid}.tmp`;
    fs.writeFileSync(temp, JSON.stringify({ fingerprint, content }));
    fs.renameSync(temp, cacheFile);
  } catch {
    // a read-only data folder still works, only slower
  }
  return content;
}
