import path from 'node:path';
import { defaultContentRoot, type Content } from '../content/index.js';
import { loadContentCached } from '../content/cache.js';
import { openPostgresDb, openSqliteDb } from '../store/index.js';
import { createApp, type App } from './app.js';
import { llmConfigFromEnv } from './coach/coach.js';
import { cacheFolder, dataHome, databaseFile, databaseUrl } from './settings/config.js';
import { ensureDataFolder } from './data/data-folder.js';

/** The shipped content, parsed once and reused from the data folder's cache while the files are unchanged. */
export function openContent(contentRoot = defaultContentRoot()): Content {
  return loadContentCached(contentRoot, path.join(cacheFolder(), 'content.json'));
}

/**
 * Opens the app on the shipped content and the embedded default, the SQLite file in the data folder;
 * or on PostgreSQL when DATABASE_URL is set (and no file is asked for).
 */
export async function openApp(options: { databaseFile?: string; contentRoot?: string; mode?: 'local' | 'hosted' } = {}): Promise<App> {
  const file = options.databaseFile ?? databaseFile();
  ensureDataFolder(dataHome());
  ensureDataFolder(path.dirname(file));
  const content = openContent(options.contentRoot);
  const llm = llmConfigFromEnv();
  const url = options.databaseFile ? undefined : databaseUrl();
  const db = url ? await openPostgresDb(url) : await openSqliteDb(file);
  return createApp({ db, content, llm, ...(options.mode ? { mode: options.mode } : {}) });
}
