import { loadContent } from '../content/index.js';
import { openSqliteDb } from '../store/index.js';
import { createApp, type App } from './app.js';
import { databaseFile } from './config.js';

/** Opens the app on the embedded default: the shipped content and the SQLite file in the data folder. */
export async function openApp(options: { databaseFile?: string; contentRoot?: string } = {}): Promise<App> {
  const content = loadContent(options.contentRoot);
  const db = await openSqliteDb(options.databaseFile ?? databaseFile());
  return createApp({ db, content });
}
