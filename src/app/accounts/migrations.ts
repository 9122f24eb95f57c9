import { Migrator, sql, type Kysely, type Migration } from 'kysely';

/**
 * The hosted deployment's own tables, in the public schema beside the people's schemas: accounts,
 * cohorts and sessions. Numbered like the user-data migrations, in a migration table of their own.
 */
const ACCOUNT_MIGRATIONS: Record<string, Migration> = {
  '001-accounts': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('cohorts')
        .addColumn('name', 'text', (col) => col.primaryKey())
        .addColumn('created_at', 'text', (col) => col.notNull())
        .execute();
      await db.schema
        .createTable('users')
        .addColumn('id', 'serial', (col) => col.primaryKey())
        .addColumn('email', 'text', (col) => col.notNull().unique())
        .addColumn('role', 'text', (col) => col.notNull())
        .addColumn('cohort', 'text', (col) => col.references('cohorts.name'))
        .addColumn('password_hash', 'text')
        .addColumn('invitation_hash', 'text')
        .addColumn('invitation_expires_at', 'text')
        .addColumn('created_at', 'text', (col) => col.notNull())
        .execute();
      await db.schema
        .createTable('sessions')
        .addColumn('token_hash', 'text', (col) => col.primaryKey())
        .addColumn('user_id', 'integer', (col) => col.notNull().references('users.id').onDelete('cascade'))
        .addColumn('created_at', 'text', (col) => col.notNull())
        .addColumn('expires_at', 'text', (col) => col.notNull())
        .execute();
      await db.schema.createIndex('sessions_user').on('sessions').columns(['user_id']).execute();
      await sql`create unique index users_invitation on users (invitation_hash) where invitation_hash is not null`.execute(db);
    },
  },
  // A coach's review of a candidate's answer. The answer stays in the candidate's schema; the review
  // sits here, beside the accounts both people belong to, and names the question so readiness needs no join.
  '002-coach-reviews': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('coach_reviews')
        .addColumn('id', 'serial', (col) => col.primaryKey())
        .addColumn('candidate_id', 'integer', (col) => col.notNull().references('users.id').onDelete('cascade'))
        .addColumn('attempt_id', 'integer', (col) => col.notNull())
        .addColumn('question_id', 'text', (col) => col.notNull())
        .addColumn('coach_id', 'integer', (col) => col.references('users.id').onDelete('set null'))
        .addColumn('points', 'text', (col) => col.notNull())
        .addColumn('comments', 'text', (col) => col.notNull())
        .addColumn('created_at', 'text', (col) => col.notNull())
        .execute();
      await db.schema.createIndex('coach_reviews_attempt').on('coach_reviews').columns(['candidate_id', 'attempt_id']).execute();
    },
  },
  // A coach may coach several cohorts: the cohort on their account, and any added here.
  '003-coach-cohorts': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('coach_cohorts')
        .addColumn('coach_id', 'integer', (col) => col.notNull().references('users.id').onDelete('cascade'))
        .addColumn('cohort', 'text', (col) => col.notNull().references('cohorts.name'))
        .addPrimaryKeyConstraint('coach_cohorts_pk', ['coach_id', 'cohort'])
        .execute();
    },
  },
};

export async function migrateAccounts(db: Kysely<unknown>): Promise<void> {
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => ACCOUNT_MIGRATIONS },
    migrationTableName: 'tpmprep_account_migration',
    migrationLockTableName: 'tpmprep_account_migration_lock',
  });
  const { error } = await migrator.migrateToLatest();
  if (error) throw error;
}

export interface AccountTables {
  cohorts: { name: string; created_at: string };
  users: {
    id: import('kysely').Generated<number>;
    email: string;
    role: string;
    cohort: string | null;
    password_hash: string | null;
    invitation_hash: string | null;
    invitation_expires_at: string | null;
    created_at: string;
  };
  sessions: { token_hash: string; user_id: number; created_at: string; expires_at: string };
  coach_cohorts: { coach_id: number; cohort: string };
  coach_reviews: {
    id: import('kysely').Generated<number>;
    candidate_id: number;
    attempt_id: number;
    question_id: string;
    coach_id: number | null;
    /** JSON: ReviewPoint[] */
    points: string;
    /** JSON: ReviewComment[] */
    comments: string;
    created_at: string;
  };
}
