import { z } from 'zod';
import { NotFoundError } from '../../core/errors.js';
import type { Content } from '../../content/index.js';
import type { Db } from '../../store/index.js';
import { parseInput } from '../validate.js';

export interface ChecklistEntry {
  id: string;
  title: string;
  description: string;
  areas: string[];
  done: boolean;
  doneAt: string | null;
}

export const checklistUpdateSchema = z.strictObject({
  id: z.string().min(1, 'give the id of a checklist item'),
  done: z.boolean(),
});

export function checklistOperations(db: Db, content: Content, now: () => Date) {
  const items = content.guide.checklist;

  async function list(): Promise<ChecklistEntry[]> {
    const rows = await db.kysely.selectFrom('checklist').selectAll().execute();
    const doneAt = new Map(rows.map((row) => [row.item_id, row.done_at]));
    return items.map((item) => ({
      id: item.id,
      title: item.title,
      description: item.description,
      areas: item.areas,
      done: doneAt.has(item.id),
      doneAt: doneAt.get(item.id) ?? null,
    }));
  }

  async function set(raw: unknown): Promise<ChecklistEntry> {
    const { id, done } = parseInput(checklistUpdateSchema, raw, 'checklist update');
    if (!items.some((item) => item.id === id)) {
      throw new NotFoundError(`no checklist item "${id}"; the items are: ${items.map((i) => i.id).join(', ')}`);
    }
    if (done) {
      await db.kysely
        .insertInto('checklist')
        .values({ item_id: id, done_at: now().toISOString() })
        .onConflict((oc) => oc.column('item_id').doNothing())
        .execute();
    } else {
      await db.kysely.deleteFrom('checklist').where('item_id', '=', id).execute();
    }
    const entry = (await list()).find((e) => e.id === id);
    if (!entry) throw new NotFoundError(`no checklist item "${id}"`);
    return entry;
  }

  return { list, set };
}
