import { Migrator, type Kysely, type Migration } from 'kysely';

/**
 * Peer mock sessions, in the shared schema beside accounts and cohorts: two candidates of one cohort,
 * each interviewing the other once. One row per session; the scores ride in it as JSON.
 */
const PEER_MIGRATIONS: Record<string, Migration> = {
  '001-peer-sessions': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('peer_sessions')
        .addColumn('id', 'serial', (col) => col.primaryKey())
        .addColumn('cohort', 'text', (col) => col.notNull().references('cohorts.name'))
        .addColumn('first_id', 'integer', (col) => col.notNull().references('users.id').onDelete('cascade'))
        .addColumn('second_id', 'integer', (col) => col.references('users.id').onDelete('cascade'))
        .addColumn('questions', 'text', (col) => col.notNull())
        .addColumn('phase', 'text', (col) => col.notNull())
        .addColumn('round', 'integer', (col) => col.notNull())
        .addColumn('started_at', 'text')
        .addColumn('scores', 'text', (col) => col.notNull())
        .addColumn('version', 'integer', (col) => col.notNull())
        .addColumn('created_at', 'text', (col) => col.notNull())
        .addColumn('updated_at', 'text', (col) => col.notNull())
        .execute();
      await db.schema.createIndex('peer_sessions_cohort').on('peer_sessions').columns(['cohort', 'phase']).execute();
    },
  },
};

export async function migratePeer(db: Kysely<unknown>): Promise<void> {
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => PEER_MIGRATIONS },
    migrationTableName: 'tpmprep_peer_migration',
    migrationLockTableName: 'tpmprep_peer_migration_lock',
  });
  const { error } = await migrator.migrateToLatest();
  if (error) throw error;
}

export interface PeerTables {
  peer_sessions: {
    id: import('kysely').Generated<number>;
    cohort: string;
    first_id: number;
    second_id: number | null;
    questions: string;
    phase: string;
    round: number;
    started_at: string | null;
    scores: string;
    version: number;
    created_at: string;
    updated_at: string;
  };
}
