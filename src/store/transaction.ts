import { sql, type Kysely } from 'kysely';
import type { Db } from './db.js';
import type { Schema } from './schema.js';

/** The PostgreSQL advisory lock every read-modify-write takes: an arbitrary number that is tpmprep's own. */
const WRITE_LOCK = 7_041_826; // two-key form: (tpmprep, hashtext(schema))

/**
 * Runs a read-modify-write as one transaction that takes the write lock first, so another writer, in
 * this process or another one, waits for it instead of reading the same old state and overwriting what
 * this one wrote. Inside `body`, use only `trx`.
 * SQLite: BEGIN IMMEDIATE (the CLI beside the server waits through busy_timeout); the database's one
 * connection is held until the transaction ends.
 * PostgreSQL: a transaction-scoped advisory lock, the same lock for every app process on the server,
 * released at commit or rollback.
 */
export async function writeTransaction<T>(db: Db, body: (trx: Kysely<Schema>) => Promise<T>): Promise<T> {
  if (db.kind === 'postgres') {
    return db.kysely.transaction().execute(async (trx) => {
      // One lock per person's schema: people in hosted mode do not wait for each other.
      await sql`select pg_advisory_xact_lock(${WRITE_LOCK}, hashtext(${db.schema ?? 'public'}))`.execute(trx);
      return body(trx);
    });
  }
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
