import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestApp } from '../testing.js';
import type { MockState } from '../../core/mock-types.js';
import type { App } from '../app.js';

/** The stored track and level set what every surface shows when a request names none; a request that names one wins. */

let app: App;
beforeEach(async () => {
  app = await openTestApp({ now: () => new Date('2026-03-02T09:00:00.000Z') });
});
afterEach(() => app.close());

const questionsOn = (track: 'product' | 'program') => app.content.questions.filter((q) => q.tracks.includes(track)).length;
const tracksOf = (id: string) => app.content.questions.find((q) => q.id === id)?.tracks ?? [];
const PROGRAM_LOOPS = ['program-amazon-style', 'program-google-style', 'program-meta-style'];
const PRODUCT_LOOPS = ['generic', 'amazon-style', 'google-style', 'meta-style', 'microsoft-style', 'quick'];
const story = {
  title: 'Payments migration',
  situation: 'Our payments service ran on a data centre that was closing in two quarters, and four teams depended on it.',
  task: 'I owned the migration plan and the cut-over date.',
  action: 'I mapped the dependencies with the four leads, set a weekly risk review, and negotiated a freeze with finance.',
  result: 'We moved every service three weeks early with no lost transaction.',
  competencies: ['ownership'],
};

describe('question lists', () => {
  it('list every track until a track is stored, then the stored track; ?track and all override it', async () => {
    expect(app.content.questions.length).toBe(362);
    expect([questionsOn('product'), questionsOn('program')]).toEqual([305, 265]);
    const before = await app.questions.browse({});
    expect([before.track, before.trackFrom, before.questions.length]).toEqual([null, 'none', 362]);

    await app.settings.update({ track: 'program' });
    const program = await app.questions.browse({});
    expect([program.track, program.trackFrom, program.questions.length]).toEqual(['program', 'settings', 265]);
    expect(program.questions.every((q) => q.tracks.includes('program'))).toBe(true);
    const typed = await app.questions.browse({ type: 'behavioral' });
    expect(typed.questions.map((q) => q.id)).toEqual(app.content.questions.filter((q) => q.type === 'behavioral' && q.tracks.includes('program')).map((q) => q.id).sort((a, b) => typed.questions.findIndex((x) => x.id === a) - typed.questions.findIndex((x) => x.id === b)));
    const override = await app.questions.browse({ track: 'product' });
    expect([override.track, override.trackFrom, override.questions.length]).toEqual(['product', 'request', 305]);
    const every = await app.questions.browse({ track: 'all' });
    expect([every.track, every.trackFrom, every.questions.length]).toEqual([null, 'request', 362]);

    await app.settings.update({ track: 'product' });
    const product = await app.questions.browse({});
    expect([product.track, product.trackFrom, product.questions.length]).toEqual(['product', 'settings', 305]);
    await expect(app.questions.browse({ track: 'pm' })).rejects.toThrow('track is one of product, program, all (all: every track); got "pm"');
  });
});

describe('progress and the plan', () => {
  it('read readiness for the stored track unless the request names one', async () => {
    expect(await app.progress.get()).toMatchObject({ track: null, trackFrom: 'none' });
    await app.settings.update({ track: 'program' });
    const program = await app.progress.get();
    expect([program.track, program.trackFrom, program.competencies.map((c) => c.id)]).toEqual(['program', 'settings', ['execution', 'risk', 'dependencies', 'stakeholders', 'technical-judgement']]);
    expect(await app.progress.get({ track: 'product' })).toMatchObject({ track: 'product', trackFrom: 'request' });
    expect(await app.progress.get({ track: 'all' })).toMatchObject({ track: null, trackFrom: 'request' });
    await app.settings.update({ track: 'product' });
    expect(await app.progress.get()).toMatchObject({ track: 'product', trackFrom: 'settings' });
  });

  it('pack the plan from the stored track\'s questions unless the request names one', async () => {
    const questionIds = (view: Awaited<ReturnType<App['plan']['get']>>) => view.plan.days.flatMap((d) => d.items.filter((i) => i.kind === 'question').map((i) => i.id));
    await app.settings.update({ track: 'program' });
    const program = await app.plan.get();
    expect([program.track, program.trackFrom]).toEqual(['program', 'settings']);
    expect(questionIds(program).length).toBeGreaterThan(0);
    expect(questionIds(program).filter((id) => !tracksOf(id).includes('program'))).toEqual([]);
    const product = await app.plan.get({ track: 'product' });
    expect([product.track, product.trackFrom]).toEqual(['product', 'request']);
    expect(questionIds(product).filter((id) => !tracksOf(id).includes('product'))).toEqual([]);
    await app.settings.update({ track: 'product' });
    const stored = await app.plan.get();
    expect([stored.track, stored.trackFrom]).toEqual(['product', 'settings']);
    expect(questionIds(stored)).toEqual(questionIds(product));
  });
});

describe('mock loops', () => {
  it('list the stored track\'s loops; ?track and all override it', async () => {
    const ids = async (options?: { track?: string }) => (await app.mocks.loopList(options)).loops.map((l) => l.id).sort();
    expect(await ids()).toEqual([...PRODUCT_LOOPS, ...PROGRAM_LOOPS].sort());
    await app.settings.update({ track: 'program' });
    expect(await app.mocks.loopList()).toMatchObject({ track: 'program', trackFrom: 'settings' });
    expect(await ids()).toEqual(PROGRAM_LOOPS);
    expect(await ids({ track: 'product' })).toEqual([...PRODUCT_LOOPS].sort());
    expect(await ids({ track: 'all' })).toHaveLength(9);
    await app.settings.update({ track: 'product' });
    expect(await ids()).toEqual([...PRODUCT_LOOPS].sort());
  });

  it('choose a started loop\'s questions for the stored track; a track in the request wins', async () => {
    const questionItems = async (view: { id: number }) => {
      const row = await app.db.kysely.selectFrom('mock_sessions').select('state').where('id', '=', view.id).executeTakeFirstOrThrow();
      return (JSON.parse(row.state) as MockState).stages.flatMap((s) => s.items).filter((i) => i.kind !== 'coding');
    };
    await app.settings.update({ track: 'program' });
    const asProgram = await app.mocks.start({ loopId: 'quick', seed: 7 });
    const programItems = await questionItems(asProgram);
    expect(programItems.length).toBe(2);
    expect(programItems.filter((i) => !tracksOf(i.refId).includes('program')).map((i) => i.refId)).toEqual([]);
    await app.mocks.finish(asProgram.id);
    const asProduct = await app.mocks.start({ loopId: 'quick', seed: 7, track: 'product' });
    const productItems = await questionItems(asProduct);
    expect(productItems.length).toBe(2);
    expect(productItems.filter((i) => !tracksOf(i.refId).includes('product')).map((i) => i.refId)).toEqual([]);
    expect(productItems.map((i) => i.refId)).not.toEqual(programItems.map((i) => i.refId));
  });
});

describe('the level bar', () => {
  it('reads drills and coached stories against the stored level unless the request names one', async () => {
    const { story: saved } = await app.stories.create(story);
    expect((await app.drills.start({ storyId: saved.id })).targetLevel).toBeNull();
    const text = `${story.situation} ${story.task} ${story.action} ${story.result}`;
    expect((await app.coach.analyzeForPerson({ text, type: 'behavioral' })).scope?.target).toBeNull();

    await app.settings.update({ level: 'staff' });
    expect((await app.drills.start({ storyId: saved.id })).targetLevel).toBe('staff');
    expect((await app.drills.start({ storyId: saved.id, targetLevel: 'mid' })).targetLevel).toBe('mid');
    expect((await app.coach.analyzeForPerson({ text, type: 'behavioral' })).scope?.target).toBe('staff');
    expect((await app.coach.analyzeForPerson({ text, type: 'behavioral', targetLevel: 'mid' })).scope?.target).toBe('mid');
    const question = app.content.questions.find((q) => q.type === 'behavioral');
    if (!question) throw new Error('no behavioral question');
    const attempt = await app.attempts.create({ questionId: question.id, answer: text, seconds: 90 });
    expect(attempt.analysis?.scope?.target).toBe('staff');
  });
});
