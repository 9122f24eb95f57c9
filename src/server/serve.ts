import { hostedConfig, openApp, openHosted, serverPort, dataHome, DEFAULT_HOST } from '../app/index.js';
import { writeServerLock } from '../app/server-lock.js';
import { InvalidInputError, TpmprepError } from '../core/errors.js';
import { isLoopbackHost } from './host-allow-list.js';
import { buildServer } from './server.js';

/** Opens the app and listens until the process is stopped. */
export async function serve(options: { port?: string; host?: string } = {}): Promise<void> {
  const port = serverPort(options.port === undefined ? process.env : { ...process.env, PORT: options.port });
  const host = options.host ?? process.env.HOST ?? DEFAULT_HOST;
  const hostedMode = hostedConfig();
  const app = await openApp(hostedMode ? { mode: 'hosted' } : {});
  const hosted = hostedMode ? await openHosted(app, hostedMode) : undefined;
  const server = buildServer(app, { host, ...(hosted ? { hosted } : {}) });
  try {
    await server.listen({ port, host });
  } catch (error) {
    await app.close();
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      throw new InvalidInputError(`port ${port} is already in use; stop the other program or choose another port with PORT=3001 npm start`);
    }
    throw new TpmprepError('internal', `could not listen on ${host}:${port}: ${(error as Error).message}`);
  }
  const address = server.server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  const shownHost = host === '127.0.0.1' || host === '0.0.0.0' ? 'localhost' : host;
  // The lock goes down before the address is printed, so whoever waits for the address sees it.
  const releaseLock = writeServerLock(dataHome(), { url: `http://${shownHost}:${actualPort}`, database: app.db.location, startedAt: new Date().toISOString() });
  process.once('exit', releaseLock);
  await dailyBackup(app);
  console.log(`tpmprep is running at http://${shownHost}:${actualPort}`);
  console.log(`your data: ${app.db.location}`);
  if (hosted) console.log(`hosted mode: people sign in at ${hosted.publicUrl}; invite them with: tpmprep users add --email E --role candidate`);
  if (!isLoopbackHost(host) && !hosted) {
    console.warn(
      `warning: HOST is ${host}, not a loopback address: other machines on the network can reach tpmprep and read and change your data. ` +
        'Use HOST=127.0.0.1 unless you mean to share it.',
    );
  }
  // Load the coach's language model now, after the server answers, so the first live feedback is fast.
  // The question bank's index too: in hosted mode every person's app shares it, and it is built once.
  setImmediate(() =>
    void import('../coach/index.js').then((coach) => {
      coach.warmUpCoach();
      app.coach.warmUp();
    }),
  );
  const stop = async () => {
    // A stuck connection must not keep the process alive: exit anyway after a grace period.
    setTimeout(() => process.exit(0), 2000).unref();
    await server.close();
    await hosted?.close();
    await app.close();
    releaseLock();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
}

/** Once a day, at start: a failed backup is reported, but does not stop the server. */
async function dailyBackup(app: Awaited<ReturnType<typeof openApp>>): Promise<void> {
  try {
    const made = await app.backups.daily();
    if (made) console.log(`backup: ${made.file}${made.removed.length > 0 ? ` (removed ${made.removed.length} older)` : ''}`);
  } catch (error) {
    console.warn(`warning: the daily backup failed: ${(error as Error).message}`);
  }
}
