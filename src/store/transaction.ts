import { sql, type Kysely } from 'kysely';
import type { Db } from './db.js';
import type { Schema } from './schema.js';

/**
 * Runs a read-modify-write as one transaction that takes the write lock first (SQLite's BEGIN
 * IMMEDIATE): another connection, in this process or another one (the CLI beside the server), waits
 * for it (busy_timeout) instead of reading the same old state and overwriting what this one wrote.
 * Inside `body`, use only `trx`: the database's one connection is held until the transaction ends.
 */
export async function writeTransaction<T>(db: Db, body: (trx: Kysely<Schema>) => Promise<T>): Promise<T> {
  if (db.kind !== 'sqlite') return db.kysely.transaction().execute(body);
  return db.kysely.connection().execute(async (connection) => {
    await sql`begin immediate`.execute(connection);
    try {
      const result = await body(connection);
      await sql`commit`.execute(connection);
      return result;
    } catch (error) {
      await sql`rollback`.execute(connection);
      throw error;
    }
  });
}
