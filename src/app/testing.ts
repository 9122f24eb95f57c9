import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadContent, type Content } from '../content/index.js';
import { openSqliteDb } from '../store/index.js';
import { createApp, type App } from './app.js';

let sharedContent: Content | undefined;

/** An app over the real content and a real SQLite file in a fresh temporary folder. */
export async function openTestApp(options: { now?: () => Date } = {}): Promise<App & { dir: string }> {
  sharedContent ??= loadContent();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tpmprep-test-'));
  const db = await openSqliteDb(path.join(dir, 'tpmprep.sqlite'));
  const app = createApp({ db, content: sharedContent, now: options.now });
  return {
    ...app,
    dir,
    close: async () => {
      await app.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A fixed clock that advances one second per call, for stable ordering. */
export function steppingClock(startIso: string): () => Date {
  let t = Date.parse(startIso);
  return () => {
    const now = new Date(t);
    t += 1000;
    return now;
  };
}
