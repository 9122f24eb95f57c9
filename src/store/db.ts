import type { Kysely } from 'kysely';
import type { Schema } from './schema.js';

/**
 * The storage seam. SQLite is the embedded default; a PostgreSQL implementation fills the same
 * interface, and app/ only ever sees this.
 */
export interface Db {
  readonly kind: 'sqlite' | 'postgres';
  /** Where the data lives, for people: a file path or a server address. */
  readonly location: string;
  readonly kysely: Kysely<Schema>;
  close(): Promise<void>;
}
