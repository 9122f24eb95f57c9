import type { Db } from '../../store/index.js';

/**
 * One row of the key/value `settings` table, stored as JSON: written (or replaced) with its time,
 * or removed when the value is null. Every settings operation (app, flashcards, speech) writes through here.
 */
export async function writeSetting(db: Db, key: string, value: unknown, at: string): Promise<void> {
  if (value === null) {
    await db.kysely.deleteFrom('settings').where('key', '=', key).execute();
    return;
  }
  const json = JSON.stringify(value);
  await db.kysely
    .insertInto('settings')
    .values({ key, value: json, updated_at: at })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value: json, updated_at: at }))
    .execute();
}
