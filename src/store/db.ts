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
  /** PostgreSQL in hosted mode: the schema that holds one person's tables (\`kysely\` is bound to it). */
  readonly schema?: string;
  /**
   * Changes whenever data may have changed, by this process or another: what a response cache keys on.
   * Undefined where it cannot be told cheaply (then nothing is cached).
   */
  dataVersion?(): string;
  /** Writes a consistent copy of the whole database to `file` (SQLite only), while it stays in use. */
  backup?(file: string): Promise<void>;
  close(): Promise<void>;
}
