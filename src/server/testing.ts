import type { FastifyInstance } from 'fastify';
import { openTestApp } from '../app/testing.js';
import { buildServer } from './server.js';

export type TestApp = Awaited<ReturnType<typeof openTestApp>>;

/** A server over a fresh test app (a real SQLite file), API only; `close` shuts both. */
export async function openTestServer(options: Parameters<typeof openTestApp>[0] = {}): Promise<{
  app: TestApp;
  server: FastifyInstance;
  close: () => Promise<void>;
}> {
  const app = await openTestApp(options);
  const server = buildServer(app, { webRoot: null });
  return {
    app,
    server,
    close: async () => {
      await server.close();
      await app.close();
    },
  };
}
