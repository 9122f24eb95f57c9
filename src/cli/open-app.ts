import type { App } from '../app/index.js';

/** Opens the app, runs `body`, and always closes the database. */
export async function withApp<T>(body: (app: App) => Promise<T>): Promise<T> {
  const { openApp } = await import('../app/open.js');
  const app = await openApp();
  try {
    return await body(app);
  } finally {
    await app.close();
  }
}
