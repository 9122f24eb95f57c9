import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestApp, steppingClock } from '../testing.js';
import { starText, STORY_BANK } from './stories.js';

let app: Awaited<ReturnType<typeof openTestApp>>;
beforeEach(async () => {
  app = await openTestApp({ now: steppingClock('2026-03-02T09:00:00.000Z') });
});
afterEach(() => app.close());

const story = (title: string, competencies: string[] = ['conflict']) => ({
  title,
  situation: 'In 2024 our checkout team of 8 engineers was two weeks from a launch for 2 million users when the tech lead and I disagreed on the search index.',
  task: 'I was responsible for getting a decision both of us could support before the design review.',
  action: 'I met him one-on-one and asked about his concerns, then I proposed a two-day spike to get data on the trade-off, and we agreed on criteria first.',
  result: 'As a result we shipped on time, p95 latency dropped 30%, and I learned to agree on criteria before arguing about options.',
  competencies,
});

describe('the story bank', () => {
  it('warns below 8 stories and refuses a 16th with a clear message', async () => {
    const first = await app.stories.create(story('Search index'));
    expect(first.warning).toBe('You have 1 story; aim for 8-15 so that every behavioral theme has one you have rehearsed.');
    expect(first.story).toMatchObject({ id: 1, title: 'Search index', competencies: ['conflict'], uses: 0, createdAt: '2026-03-02T09:00:00.000Z' });
    for (let i = 2; i <= 7; i++) expect((await app.stories.create(story(`Story ${i}`))).warning).toBe(`You have ${i} stories; aim for 8-15 so that every behavioral theme has one you have rehearsed.`);
    expect((await app.stories.create(story('Story 8'))).warning).toBeNull();
    for (let i = 9; i <= STORY_BANK.max; i++) await app.stories.create(story(`Story ${i}`));
    await expect(app.stories.create(story('One too many'))).rejects.toThrow(
      'the story bank holds at most 15 stories and has 15: 8-15 rehearsed stories cover every theme, more are not remembered under pressure. Merge or delete one first (tpmprep stories list)',
    );
    const bank = await app.stories.list();
    expect([bank.count, bank.warning, bank.target]).toEqual([15, null, { min: 8, max: 15 }]);
    const removed = await app.stories.remove(3);
    expect(removed).toEqual({ id: 3, deleted: true, count: 14, warning: null });
  });

  it('validates the STAR fields and the themes against the closed set', async () => {
    await expect(app.stories.create({ ...story('x'), result: '  ' })).rejects.toThrow('invalid story: result: the result is empty: a STAR story needs all four parts');
    await expect(app.stories.create(story('x', ['conflict', 'astrology']))).rejects.toThrow(/^unknown theme "astrology"; the themes are: conflict, influence-without-authority, failure, /);
    await expect(app.stories.create({ ...story('x'), competencies: [] })).rejects.toThrow('invalid story: competencies: tag the story with at least one theme');
    await expect(app.stories.get(42)).rejects.toThrow('no story 42; list them with `tpmprep stories list`');
    await expect(app.stories.update(1, {})).rejects.toThrow('no story 1');
  });

  it('updates a story and keeps its id', async () => {
    const { story: created } = await app.stories.create(story('Search index'));
    const updated = await app.stories.update(created.id, { title: 'The search index', competencies: ['conflict', 'technical-decision', 'conflict'] });
    expect(updated).toMatchObject({ id: created.id, title: 'The search index', competencies: ['conflict', 'technical-decision'], situation: created.situation });
    expect(updated.updatedAt > created.updatedAt).toBe(true);
    await expect(app.stories.update(created.id, { nope: 1 })).rejects.toThrow(/^invalid story update: /);
  });

  it('checks a story with the coach as a behavioral answer told in STAR order', async () => {
    const { story: created } = await app.stories.create(story('Search index'));
    const check = await app.stories.check(created.id);
    expect(check.text).toBe(starText(created));
    expect(check.analysis.type).toBe('behavioral');
    expect(Object.values(check.analysis.star).map((p) => p.present)).toEqual([true, true, true, true]);
    expect(check.analysis.score).toBe(created.check.score);
    expect(created.check.score).toBeGreaterThan(60);
    // The level id comes with the score, so the web colours a story by the coach's own table.
    expect(created.check.levelId).toBe(check.analysis.levelId);
    expect(created.check.level).toBe(check.analysis.level);
  });

  it('reads each field as its own part: an outcome typed in the Action field is never the Result', async () => {
    const { story: created } = await app.stories.create({
      ...story('Outcome in the action field'),
      action: 'I rewrote the rollout plan with the tech lead, we shipped the first phase and error rates fell 40% within a week, and I kept the pilot running.',
    });
    const { text, analysis } = await app.stories.check(created.id);
    const actionField: [number, number] = [text.indexOf('Action: '), text.indexOf('Result: ')];
    expect(analysis.star.result.spans.every(([start]) => start >= actionField[1])).toBe(true);
    expect(analysis.star.action.spans.every(([start, end]) => start >= actionField[0] && end <= actionField[1])).toBe(true);
    expect(text.slice(...(analysis.star.result.spans[0] ?? [0, 0]))).toBe(`Result: ${created.result}`);
  });

  it('shows which themes have a story and which have none', async () => {
    await app.stories.create(story('Search index', ['conflict', 'technical-decision']));
    await app.stories.create(story('Pricing', ['data-driven-decision']));
    const matrix = await app.stories.matrix();
    expect([matrix.covered, matrix.total]).toEqual([3, app.content.storyThemes.length]);
    expect(matrix.themes.find((t) => t.id === 'conflict')).toMatchObject({ title: 'Conflict', questions: 3, stories: [{ id: 1, title: 'Search index' }] });
    expect(matrix.themes.find((t) => t.id === 'failure')?.stories).toEqual([]);
    expect(matrix.uncovered).toEqual(app.content.storyThemes.map((t) => t.id).filter((id) => !['conflict', 'technical-decision', 'data-driven-decision'].includes(id)));
  });

  it('links a practice attempt to a story, one story per attempt, and deletes links with the story', async () => {
    const { story: a } = await app.stories.create(story('Search index'));
    const { story: b } = await app.stories.create(story('Pricing'));
    const attempt = await app.attempts.create({ questionId: 'conflict-with-an-engineer', answer: starText(a), seconds: 110 });
    expect(await app.stories.link(a.id, { attemptId: attempt.id })).toEqual({ storyId: a.id, attemptId: attempt.id });
    expect((await app.stories.get(a.id)).usedIn).toEqual([{ kind: 'attempt', id: attempt.id, itemKey: null, title: 'Conflict with an engineer', at: expect.any(String) }]);
    await app.stories.link(b.id, { attemptId: attempt.id });
    expect((await app.stories.get(a.id)).uses).toBe(0);
    expect((await app.stories.list()).stories.map((s) => s.uses)).toEqual([0, 1]);
    await expect(app.stories.link(a.id, { attemptId: 999 })).rejects.toThrow('no practice attempt 999; the practice page lists your attempts');
    await app.stories.remove(b.id);
    expect(await app.db.kysely.selectFrom('story_links').selectAll().execute()).toEqual([]);
  });
});
