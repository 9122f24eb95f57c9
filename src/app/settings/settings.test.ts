import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { InvalidInputError, NotFoundError } from '../../core/errors.js';
import { createApp } from '../app.js';
import { maskKey } from './settings.js';
import { openTestApp } from '../testing.js';

let app: Awaited<ReturnType<typeof openTestApp>>;
beforeEach(async () => {
  app = await openTestApp({ now: () => new Date('2026-03-02T09:00:00.000Z') });
});
afterEach(() => app.close());

describe('settings', () => {
  it('starts from the defaults, with the data folder and the choices to offer', async () => {
    const view = await app.settings.get();
    expect(view).toMatchObject({
      theme: 'system',
      track: 'product',
      level: 'senior',
      companyStyle: null,
      interviewDate: null,
      weeks: 4,
      hoursPerWeek: 6,
      llm: { configured: false, source: 'none', baseUrl: null, model: null, apiKey: null, hasKey: false },
      flashcards: { desiredRetention: 0.9, newCardsPerDay: 20 },
      firstRunDone: false,
      data: { folder: app.dir, database: `${app.dir}/tpmprep.sqlite`, kind: 'sqlite' },
    });
    expect(view.choices.tracks.map((t) => t.id)).toEqual(['product', 'program']);
    expect(view.choices.levels.map((t) => t.id)).toEqual(['mid', 'senior', 'staff']);
    expect(view.choices.companyStyles.map((s) => s.id)).toEqual(['amazon-style', 'program-amazon-style', 'google-style', 'program-google-style', 'meta-style', 'program-meta-style', 'microsoft-style']);
  });

  it('saves every kind of setting in one call and reads it back; the plan and the flashcards follow', async () => {
    const saved = await app.settings.update({
      theme: 'dark',
      track: 'program',
      level: 'staff',
      companyStyle: 'google-style',
      interviewDate: '2026-03-30',
      hoursPerWeek: 8,
      llm: { baseUrl: 'http://127.0.0.1:11434/v1', model: 'llama3.2', apiKey: 'sk-test-1234567890abcd' },
      flashcards: { desiredRetention: 0.85, newCardsPerDay: 10 },
      firstRunDone: true,
    });
    expect(saved).toMatchObject({
      theme: 'dark',
      track: 'program',
      level: 'staff',
      companyStyle: 'google-style',
      interviewDate: '2026-03-30',
      weeks: null,
      hoursPerWeek: 8,
      llm: { configured: true, source: 'settings', baseUrl: 'http://127.0.0.1:11434/v1', model: 'llama3.2', apiKey: '••••abcd', hasKey: true },
      flashcards: { desiredRetention: 0.85, newCardsPerDay: 10 },
      firstRunDone: true,
    });
    expect(JSON.stringify(saved)).not.toContain('sk-test');
    expect((await app.plan.get()).settings).toMatchObject({ interviewDate: '2026-03-30', hoursPerWeek: 8 });
    expect(await app.flashcards.settings.get()).toEqual({ desiredRetention: 0.85, newCardsPerDay: 10 });
    expect(await app.settings.llmConfig()).toEqual({ baseUrl: 'http://127.0.0.1:11434/v1', model: 'llama3.2', apiKey: 'sk-test-1234567890abcd' });
    expect(await app.coach.status()).toEqual({ llm: { configured: true, model: 'llama3.2' } });
  });

  it('keeps the saved key when an update leaves it out, removes it with null, and clears the model with llm: null', async () => {
    await app.settings.update({ llm: { baseUrl: 'http://127.0.0.1:11434/v1', model: 'llama3.2', apiKey: 'short' } });
    expect((await app.settings.update({ llm: { model: 'qwen2.5' } })).llm).toMatchObject({ model: 'qwen2.5', apiKey: '••••', hasKey: true });
    expect((await app.settings.update({ llm: { apiKey: null } })).llm).toMatchObject({ apiKey: null, hasKey: false });
    expect((await app.settings.update({ llm: null })).llm).toEqual({ configured: false, source: 'none', baseUrl: null, model: null, apiKey: null, hasKey: false });
  });

  it('weeks and an interview date replace each other', async () => {
    await app.settings.update({ interviewDate: '2026-03-30' });
    expect(await app.settings.update({ weeks: 3 })).toMatchObject({ weeks: 3, interviewDate: null });
  });

  it('refuses a bad value with a message naming it, and changes nothing', async () => {
    const cases: Array<[unknown, string]> = [
      [{ theme: 'blue' }, 'invalid settings: theme: theme is one of system, light, dark'],
      [{ track: 'project' }, 'invalid settings: track: track is product (Technical Product Manager) or program (Technical Program Manager)'],
      [{ level: 'principal' }, 'invalid settings: level: level is one of mid, senior, staff'],
      [{ companyStyle: 'netflix-style' }, 'invalid settings: companyStyle: no company-style loop "netflix-style"; use one of amazon-style, program-amazon-style, google-style, program-google-style, meta-style, program-meta-style, microsoft-style, or null for none'],
      [{ theme: 'dark', weeks: 9 }, 'invalid plan settings: weeks: weeks is 2 to 6: interview processes take 2-6 weeks'],
      [{ interviewDate: '30/03/2026' }, 'invalid plan settings: interviewDate: the interview date is a date written YYYY-MM-DD, e.g. 2026-03-02; got "30/03/2026"'],
      [{ flashcards: { newCardsPerDay: 1000 } }, 'invalid settings: flashcards: newCardsPerDay: new cards per day is limited to 500'],
      [{ llm: { baseUrl: 'ftp://x' } }, 'invalid settings: llm.baseUrl: llm.baseUrl is an http:// or https:// URL, e.g. http://127.0.0.1:11434/v1'],
      [{ colour: 'red' }, 'invalid settings: Unrecognized key: "colour"'],
      [{}, 'invalid settings: give at least one setting to change'],
    ];
    for (const [input, message] of cases) {
      await expect(app.settings.update(input)).rejects.toThrow(InvalidInputError);
      await expect(app.settings.update(input)).rejects.toThrow(message);
    }
    expect(await app.settings.get()).toMatchObject({ theme: 'system', weeks: 4, firstRunDone: false });
  });

  it('gets and sets one key from typed text, as the CLI does', async () => {
    await app.settings.setKey('hoursPerWeek', '10');
    await app.settings.setKey('llm.model', 'llama3.2');
    await app.settings.setKey('firstRunDone', 'true');
    expect(await app.settings.getKey('hoursPerWeek')).toBe(10);
    expect(await app.settings.getKey('llm.model')).toBe('llama3.2');
    expect(await app.settings.getKey('llm.apiKey')).toBeNull();
    expect(await app.settings.getKey('firstRunDone')).toBe(true);
    await app.settings.setKey('companyStyle', 'none');
    expect(await app.settings.getKey('companyStyle')).toBeNull();
    await expect(app.settings.getKey('colour')).rejects.toThrow(NotFoundError);
    await expect(app.settings.setKey('colour', 'red')).rejects.toThrow(/no setting "colour"; the settings are: theme, track, level, interviewDate, weeks/);
    await expect(app.settings.setKey('weeks', 'four')).rejects.toThrow('weeks is a number (weeks left, 2-6, or none when an interview date is set); got "four"');
    await expect(app.settings.setKey('firstRunDone', 'yes')).rejects.toThrow('firstRunDone is true or false; got "yes"');
  });

  it('uses the environment\'s model when Settings name none, and Settings over the environment', async () => {
    const withEnv = createApp({ db: app.db, content: app.content, llm: { baseUrl: 'http://127.0.0.1:9/v1', model: 'env-model', apiKey: 'env-key-0000000000wxyz' } });
    expect((await withEnv.settings.get()).llm).toEqual({ configured: true, source: 'environment', baseUrl: 'http://127.0.0.1:9/v1', model: 'env-model', apiKey: '••••wxyz', hasKey: true });
    await withEnv.settings.update({ llm: { baseUrl: 'http://127.0.0.1:11434/v1', model: 'local' } });
    expect((await withEnv.settings.get()).llm).toMatchObject({ source: 'settings', model: 'local', hasKey: false });
  });

  it('masks keys', () => {
    expect([maskKey('sk-1234567890abcdef'), maskKey('abc')]).toEqual(['••••cdef', '••••']);
  });
});

describe('reset', () => {
  it('needs the exact confirmation phrase, backs up first, then deletes everything', async () => {
    await app.settings.update({ theme: 'dark', firstRunDone: true });
    await app.checklist.set({ id: 'practice-star', done: true });
    await expect(app.data.reset({})).rejects.toThrow('invalid reset: confirm: to delete everything, send confirm: "delete all my data" exactly');
    await expect(app.data.reset({ confirm: 'yes' })).rejects.toThrow(InvalidInputError);
    expect((await app.checklist.list()).filter((i) => i.done)).toHaveLength(1);
    const result = await app.data.reset({ confirm: 'delete all my data' });
    expect(result.backup).toMatch(new RegExp(`^${app.dir}/backups/tpmprep-2026-03-02`));
    expect(result.deleted).toMatchObject({ checklist: 1, settings: 2, attempts: 0 });
    expect((await app.checklist.list()).filter((i) => i.done)).toHaveLength(0);
    expect(await app.settings.get()).toMatchObject({ theme: 'system', firstRunDone: false });
  });
});
