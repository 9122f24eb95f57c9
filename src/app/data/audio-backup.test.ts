import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { audioBackupFolder, restoreDatabase } from './backups.js';
import { addOneOfEverything } from './sample-data.js';
import { openTestApp } from '../testing.js';

describe('recordings in backups', () => {
  let app: Awaited<ReturnType<typeof openTestApp>>;
  beforeAll(async () => {
    app = await openTestApp({ now: () => new Date('2026-03-02T09:00:00.000Z') });
    await addOneOfEverything(app);
  });
  afterAll(() => app.close());

  it('copies each recording once into backups/audio/, and restore brings back the ones that are missing', async () => {
    const database = path.join(app.dir, 'tpmprep.sqlite');
    const [spoken] = (await app.attempts.list()).filter((a) => a.recording);
    expect(spoken?.recording).toMatchObject({ mime: 'audio/wav', heard: 'we shipped early', bytes: 32_044 });
    const [mock] = await app.mocks.list();
    const names = [`attempt-${spoken?.id}.wav`, `mock-${mock?.id}-1-1.wav`];
    const first = await app.backups.create();
    expect(first.recordingsCopied).toBe(2);
    for (const name of names) expect(fs.readFileSync(path.join(audioBackupFolder(database), name)).length).toBe(32_044);
    expect((await app.backups.create()).recordingsCopied).toBe(0);

    await app.db.close();
    for (const name of names) fs.rmSync(path.join(app.dir, 'audio', name));
    const restored = await restoreDatabase({ from: first.file, databaseFile: database, dataHome: app.dir });
    expect(restored.recordingsRestored).toBe(2);
    for (const name of names) expect(fs.readFileSync(path.join(app.dir, 'audio', name)).length).toBe(32_044);
  });
});
