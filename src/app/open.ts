import path from 'node:path';
import { defaultContentRoot, type Content } from '../content/index.js';
import { loadContentCached } from '../content/cache.js';
import { openSqliteDb } from '../store/index.js';
import { createApp, type App } from './app.js';
import { llmConfigFromEnv } from './coach.js';
import { dataHome, databaseFile } from './config.js';
import { ensureDataFolder } from './data-folder.js';

/** The shipped content, parsed once and reused from the data folder's cache while the files are unchanged. */
export function openContent(contentRoot = defaultContentRoot()): Content {
  return loadContentCached(contentRoot, path.join(dataHome(), 'cache', 'content.json'));
}

/** Opens the app on the embedded default: the shipped content and the SQLite file in the data folder. */
export async function openApp(options: { databaseFile?: string; contentRoot?: string } = {}): Promise<App> {
  const file = options.databaseFile ?? databaseFile();
  ensureDataFolder(dataHome());
  ensureDataFolder(path.dirname(file));
  const content = openContent(options.contentRoot);
  const llm = llmConfigFromEnv();
  const db = await openSqliteDb(file);
  return createApp({ db, content, llm });
}
