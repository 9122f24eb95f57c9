import type { ColumnDefinitionBuilder, CreateTableBuilder } from 'kysely';

/** The databases the migrations run on. Each migration writes the same schema on both. */
export type DialectName = 'sqlite' | 'postgres';

/**
 * Adds an `id` column that numbers rows by itself: SQLite's `integer primary key autoincrement`
 * (unchanged since the first release, so old files stay as they are) or PostgreSQL's `serial`.
 */
export function addIdColumn<T extends string>(table: CreateTableBuilder<T, never>, dialect: DialectName): CreateTableBuilder<T, 'id'> {
  return dialect === 'postgres'
    ? table.addColumn('id', 'serial', (col: ColumnDefinitionBuilder) => col.primaryKey())
    : table.addColumn('id', 'integer', (col: ColumnDefinitionBuilder) => col.primaryKey().autoIncrement());
}

/** An 8-byte float: SQLite's `real` is one already; PostgreSQL's `real` has only 4 bytes. */
export const floatType = (dialect: DialectName) => (dialect === 'postgres' ? 'double precision' : 'real');
