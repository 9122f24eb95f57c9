// A hosted deployment for browser tests: a throwaway PostgreSQL cluster, the built web app, and the
// server in hosted mode on a free loopback port whose address is the public URL.
import net from 'node:net';
import pg from 'pg';
import { createApp } from '../../src/app/app.js';
import { openHosted, type HostedRuntime } from '../../src/app/hosted.js';
import { loadContent } from '../../src/content/index.js';
import { buildServer } from '../../src/server/server.js';
import { openPostgresDb } from '../../src/store/index.js';
import { postgresBinaries, startCluster } from '../postgres/cluster.js';

export interface HostedServer {
  url: string;
  hosted: HostedRuntime;
  close: () => Promise<void>;
}

/** Whether PostgreSQL is installed here; under CI a missing server is an error, not a skip. */
export function postgresAvailable(): boolean {
  if (postgresBinaries()) return true;
  if (process.env.CI === 'true') throw new Error('PostgreSQL is not installed; under CI the hosted browser tests must run (apt-get install postgresql)');
  console.warn('PostgreSQL is not installed (apt-get install postgresql): the hosted browser tests are skipped');
  return false;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

export async function startHostedServer(): Promise<HostedServer> {
  const cluster = await startCluster(postgresBinaries() as string);
  const admin = new pg.Client({ connectionString: cluster.url });
  await admin.connect();
  await admin.query('create database tpmprep_e2e');
  await admin.end();
  const db = await openPostgresDb(cluster.url.replace(/\/postgres$/, '/tpmprep_e2e'));
  const app = createApp({ db, content: loadContent(), mode: 'hosted' });
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const hosted = await openHosted(app, { publicUrl: url });
  const server = buildServer(app, { hosted, port });
  await server.listen({ port, host: '127.0.0.1' });
  return {
    url,
    hosted,
    close: async () => {
      await server.close();
      await hosted.close();
      await app.close();
      cluster.stop();
    },
  };
}
