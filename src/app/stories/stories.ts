import { z } from 'zod';
import { ConflictError, InvalidInputError, NotFoundError } from '../../core/errors.js';
import type { StoryCandidate } from '../../core/mock.js';
import type { Content, StoryTheme } from '../../content/index.js';
import { writeTransaction, type Db, type Schema } from '../../store/index.js';
import type { Kysely } from 'kysely';
import type { CoachResult } from '../coach/coach.js';
import { storedText } from '../attempts/stored-text.js';
import { parseInput } from '../validate.js';

/**
 * The story bank: 8-15 STAR stories, each tagged with the behavioral themes it shows
 * (content/stories/themes.yaml), checked by the coach as a behavioral answer, and linked to the
 * practice attempts and mock answers that used it.
 */

/** The bank's size: below `min` some theme is likely uncovered; above `max` the stories stop being rehearsed. */
export const STORY_BANK = { min: 8, max: 15 } as const;
export const STORY_FIELD_MAX_CHARS = 4_000;
export const STORY_TITLE_MAX_CHARS = 120;
export const STORY_THEMES_MAX = 5;

const part = (name: string) =>
  storedText()
    .trim()
    .min(1, `the ${name} is empty: a STAR story needs all four parts`)
    .max(STORY_FIELD_MAX_CHARS, `the ${name} is limited to ${STORY_FIELD_MAX_CHARS} characters`);

export const storyInputSchema = z.strictObject({
  title: storedText().trim().min(1, 'give the story a short title').max(STORY_TITLE_MAX_CHARS, `a title is limited to ${STORY_TITLE_MAX_CHARS} characters`),
  situation: part('situation'),
  task: part('task'),
  action: part('action'),
  result: part('result'),
  competencies: z.array(z.string().min(1)).min(1, 'tag the story with at least one theme').max(STORY_THEMES_MAX, `a story shows at most ${STORY_THEMES_MAX} themes; pick its strongest`),
});
export const storyUpdateSchema = storyInputSchema.partial().refine((v) => Object.keys(v).length > 0, 'send at least one field to change');
export const storyLinkSchema = z.strictObject({ attemptId: z.number().int().positive('give the id of a practice attempt') });
const idSchema = z.coerce.number().int().positive();

export interface StoryUse {
  kind: 'attempt' | 'mock';
  /** The attempt id or the mock id. */
  id: number;
  /** The mock answer's item key; null for an attempt. */
  itemKey: string | null;
  title: string;
  at: string;
}

/** The coach's score of a story, with the level id the web colours by (one table: coach/levels.ts). */
export interface StoryCheck {
  score: number;
  level: CoachResult['level'];
  levelId: CoachResult['levelId'];
}

export interface Story {
  id: number;
  title: string;
  situation: string;
  task: string;
  action: string;
  result: string;
  competencies: string[];
  createdAt: string;
  updatedAt: string;
  /** The coach's score and level for the story told as a behavioral answer. */
  check: StoryCheck;
  uses: number;
}

export interface StoryBank {
  stories: Story[];
  count: number;
  target: typeof STORY_BANK;
  /** Set while the bank has fewer than the target. */
  warning: string | null;
}

export interface ThemeMatrix {
  themes: Array<{ id: string; title: string; description: string; questions: number; stories: Array<{ id: number; title: string }> }>;
  covered: number;
  total: number;
  uncovered: string[];
}

export interface StoryDeps {
  db: Db;
  content: Content;
  now: () => Date;
  analyze: (input: { text: string; type: 'behavioral' }) => CoachResult;
}

type StoryRow = { id: number; title: string; situation: string; task: string; action: string; result: string; competencies: string; created_at: string; updated_at: string };

/** The story as one answer, the way it would be told: the four parts in order. */
/**
 * The story as one answer, each field under its label: the coach honours explicit labels, so text
 * typed in the Action field is read as Action, never as Result.
 */
export function starText(story: Pick<Story, 'situation' | 'task' | 'action' | 'result'>): string {
  const fields: Array<[string, string]> = [
    ['Situation', story.situation],
    ['Task', story.task],
    ['Action', story.action],
    ['Result', story.result],
  ];
  return fields
    .filter(([, text]) => text.trim())
    .map(([label, text]) => `${label}: ${text.trim()}`)
    .join('\n\n');
}

export function storyOperations({ db, content, now, analyze }: StoryDeps) {
  const themes = new Map<string, StoryTheme>(content.storyThemes.map((t) => [t.id, t]));

  function checkThemes(ids: readonly string[]): string[] {
    const unknown = ids.filter((id) => !themes.has(id));
    if (unknown.length > 0) {
      throw new InvalidInputError(`unknown theme${unknown.length === 1 ? '' : 's'} ${unknown.map((u) => `"${u}"`).join(', ')}; the themes are: ${[...themes.keys()].join(', ')}`);
    }
    return [...new Set(ids)];
  }

  function warningFor(count: number): string | null {
    if (count >= STORY_BANK.min) return null;
    return `You have ${count} ${count === 1 ? 'story' : 'stories'}; aim for ${STORY_BANK.min}-${STORY_BANK.max} so that every behavioral theme has one you have rehearsed.`;
  }

  async function useCounts(): Promise<Map<number, number>> {
    const rows = await db.kysely.selectFrom('story_links').select((eb) => ['story_id', eb.fn.countAll<number>().as('n')]).groupBy('story_id').execute();
    return new Map(rows.map((r) => [r.story_id, Number(r.n)]));
  }

  // The coach's check of a story costs milliseconds and every list shows it: keep it per story text.
  const checks = new Map<string, StoryCheck>();
  function checkOf(text: string): StoryCheck {
    let check = checks.get(text);
    if (!check) {
      const analysis = analyze({ text, type: 'behavioral' });
      check = { score: analysis.score, level: analysis.level, levelId: analysis.levelId };
      if (checks.size >= STORY_BANK.max * 4) checks.clear();
      checks.set(text, check);
    }
    return check;
  }

  function toStory(row: StoryRow, uses: number): Story {
    const fields = { situation: row.situation, task: row.task, action: row.action, result: row.result };
    const check = checkOf(starText(fields));
    return {
      id: row.id,
      title: row.title,
      ...fields,
      competencies: JSON.parse(row.competencies) as string[],
      createdAt: row.created_at,
      updatedAt: row.updated_at,
      check,
      uses,
    };
  }

  async function row(rawId: unknown): Promise<StoryRow> {
    const id = parseInput(idSchema, rawId, 'story id');
    const found = await db.kysely.selectFrom('stories').selectAll().where('id', '=', id).executeTakeFirst();
    if (!found) throw new NotFoundError(`no story ${id}; list them with \`tpmprep stories list\``);
    return found;
  }

  async function count(executor: Kysely<Schema> = db.kysely): Promise<number> {
    const result = await executor.selectFrom('stories').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    return Number(result.n);
  }

  async function list(): Promise<StoryBank> {
    const [rows, uses] = await Promise.all([db.kysely.selectFrom('stories').selectAll().orderBy('id').execute(), useCounts()]);
    const stories = rows.map((r) => toStory(r, uses.get(r.id) ?? 0));
    return { stories, count: stories.length, target: STORY_BANK, warning: warningFor(stories.length) };
  }

  async function get(rawId: unknown): Promise<Story & { usedIn: StoryUse[] }> {
    const found = await row(rawId);
    const links = await db.kysely.selectFrom('story_links').selectAll().where('story_id', '=', found.id).orderBy('created_at').orderBy('id').execute();
    const attemptIds = links.flatMap((l) => (l.attempt_id === null ? [] : [l.attempt_id]));
    const attempts = attemptIds.length === 0 ? [] : await db.kysely.selectFrom('attempts').select(['id', 'question_id']).where('id', 'in', attemptIds).execute();
    const questionOf = new Map(attempts.map((a) => [a.id, a.question_id]));
    const titleOf = (questionId: string | undefined) => content.questions.find((q) => q.id === questionId)?.title ?? questionId ?? 'a practice answer';
    const usedIn: StoryUse[] = links.map((l) =>
      l.attempt_id !== null
        ? { kind: 'attempt', id: l.attempt_id, itemKey: null, title: titleOf(questionOf.get(l.attempt_id)), at: l.created_at }
        : { kind: 'mock', id: l.mock_id ?? 0, itemKey: l.item_key, title: `Mock ${l.mock_id}, answer ${l.item_key}`, at: l.created_at },
    );
    return { ...toStory(found, links.length), usedIn };
  }

  async function create(raw: unknown): Promise<{ story: Story; warning: string | null }> {
    const input = parseInput(storyInputSchema, raw, 'story');
    const competencies = checkThemes(input.competencies);
    // The count and the insert are one transaction, so two saves at once cannot both pass the cap.
    const { existing, inserted } = await writeTransaction(db, async (trx) => {
      const existing = await count(trx);
      if (existing >= STORY_BANK.max) {
        // 409: the bank's state, not the request, is in the way; the request becomes valid after a delete.
        throw new ConflictError(
          `the story bank holds at most ${STORY_BANK.max} stories and has ${existing}: ${STORY_BANK.min}-${STORY_BANK.max} rehearsed stories cover every theme, more are not remembered under pressure. Merge or delete one first (tpmprep stories list)`,
        );
      }
      const at = now().toISOString();
      const inserted = await trx
        .insertInto('stories')
        .values({ ...input, competencies: JSON.stringify(competencies), created_at: at, updated_at: at })
        .returningAll()
        .executeTakeFirstOrThrow();
      return { existing, inserted };
    });
    return { story: toStory(inserted, 0), warning: warningFor(existing + 1) };
  }

  async function update(rawId: unknown, raw: unknown): Promise<Story> {
    const found = await row(rawId);
    const input = parseInput(storyUpdateSchema, raw, 'story update');
    const { competencies, ...fields } = input;
    const updated = await db.kysely
      .updateTable('stories')
      .set({ ...fields, ...(competencies ? { competencies: JSON.stringify(checkThemes(competencies)) } : {}), updated_at: now().toISOString() })
      .where('id', '=', found.id)
      .returningAll()
      .executeTakeFirstOrThrow();
    return toStory(updated, (await useCounts()).get(found.id) ?? 0);
  }

  async function remove(rawId: unknown): Promise<{ id: number; deleted: true; count: number; warning: string | null }> {
    const found = await row(rawId);
    await db.kysely.deleteFrom('stories').where('id', '=', found.id).execute();
    const left = await count();
    return { id: found.id, deleted: true, count: left, warning: warningFor(left) };
  }

  /** The coach's full analysis of the story told as a behavioral answer; spans index `text`. */
  async function check(rawId: unknown): Promise<{ id: number; title: string; text: string; analysis: CoachResult }> {
    const found = await row(rawId);
    const text = starText(found);
    return { id: found.id, title: found.title, text, analysis: analyze({ text, type: 'behavioral' }) };
  }

  /** Which themes have a story and which have none. */
  async function matrix(): Promise<ThemeMatrix> {
    const rows = await db.kysely.selectFrom('stories').select(['id', 'title', 'competencies']).orderBy('id').execute();
    const tagged = rows.map((r) => ({ id: r.id, title: r.title, themes: JSON.parse(r.competencies) as string[] }));
    const matrixThemes = content.storyThemes.map((t) => ({
      id: t.id,
      title: t.title,
      description: t.description,
      questions: t.questions.length,
      stories: tagged.filter((s) => s.themes.includes(t.id)).map(({ id, title }) => ({ id, title })),
    }));
    const uncovered = matrixThemes.filter((t) => t.stories.length === 0).map((t) => t.id);
    return { themes: matrixThemes, covered: matrixThemes.length - uncovered.length, total: matrixThemes.length, uncovered };
  }

  /** Links a practice attempt to the story it told; an attempt tells one story, so a new link replaces the old. */
  async function link(rawId: unknown, raw: unknown): Promise<{ storyId: number; attemptId: number }> {
    const storyId = parseInput(idSchema, rawId, 'story id');
    const { attemptId } = parseInput(storyLinkSchema, raw, 'story link');
    // Checks and the replace are one transaction: a story deleted meanwhile, or a second link of the
    // same attempt at once, cannot leave a dangling or a doubled link.
    await writeTransaction(db, async (trx) => {
      const story = await trx.selectFrom('stories').select('id').where('id', '=', storyId).executeTakeFirst();
      if (!story) throw new NotFoundError(`no story ${storyId}; list them with \`tpmprep stories list\``);
      const attempt = await trx.selectFrom('attempts').select('id').where('id', '=', attemptId).executeTakeFirst();
      if (!attempt) throw new NotFoundError(`no practice attempt ${attemptId}; the practice page lists your attempts`);
      await trx.deleteFrom('story_links').where('attempt_id', '=', attemptId).execute();
      await trx.insertInto('story_links').values({ story_id: storyId, attempt_id: attemptId, mock_id: null, item_key: null, created_at: now().toISOString() }).execute();
    });
    return { storyId, attemptId };
  }

  /** Records that a mock answer told this story (the mock itself refuses a story twice in one loop); `executor` is the caller's transaction. */
  async function linkMockAnswer(storyId: number, mockId: number, itemKey: string, executor: Kysely<Schema> = db.kysely): Promise<void> {
    const story = await executor.selectFrom('stories').select('id').where('id', '=', storyId).executeTakeFirst();
    if (!story) throw new NotFoundError(`no story ${storyId}; list them with \`tpmprep stories list\``);
    await executor.insertInto('story_links').values({ story_id: storyId, attempt_id: null, mock_id: mockId, item_key: itemKey, created_at: now().toISOString() }).execute();
  }

  /** Ids, titles and themes only: cheap enough for every view of a running mock (no coach run). */
  async function summaries(): Promise<Array<{ id: number; title: string; themes: string[] }>> {
    const rows = await db.kysely.selectFrom('stories').select(['id', 'title', 'competencies']).orderBy('id').execute();
    return rows.map((r) => ({ id: r.id, title: r.title, themes: JSON.parse(r.competencies) as string[] }));
  }

  /** The stories as the mock's question selection sees them: their themes and the coach's score. */
  async function candidates(): Promise<Array<StoryCandidate & { title: string }>> {
    const { stories } = await list();
    return stories.map((s) => ({ id: s.id, title: s.title, themes: s.competencies, score: s.check.score }));
  }

  return { list, get, create, update, remove, check, matrix, link, linkMockAnswer, candidates, summaries, themes: () => content.storyThemes, require: row };
}
