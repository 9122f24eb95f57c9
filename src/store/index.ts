export type { Db } from './db.js';
export type { Schema } from './schema.js';
export { openSqliteDb } from './sqlite.js';
