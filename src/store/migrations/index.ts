import type { Kysely, Migration } from 'kysely';
import type { DialectName } from './columns.js';
import * as m001 from './001-checklist.js';
import * as m002 from './002-attempts.js';
import * as m003 from './003-cards.js';
import * as m004 from './004-submissions.js';
import * as m005 from './005-exercise-attempts.js';
import * as m006 from './006-plans.js';
import * as m007 from './007-mocks-and-stories.js';
import * as m008 from './008-attempt-audio.js';
import * as m009 from './009-story-drills.js';
import * as m010 from './010-mock-audio.js';

/** Every migration in order; the key is its number and name, and it never changes once released. */
export const MIGRATIONS: Record<string, Migration> = {
  '001-checklist': m001,
  '002-attempts': m002,
  '003-cards': m003,
  '004-submissions': m004,
  '005-exercise-attempts': m005,
  '006-plans': m006,
  '007-mocks-and-stories': m007,
  '008-attempt-audio': m008,
  '009-story-drills': m009,
  '010-mock-audio': m010,
};

type Step = (db: Kysely<unknown>, dialect?: DialectName) => Promise<void>;

/** The same migrations, writing each database's own column types. */
export function migrationsFor(dialect: DialectName): Record<string, Migration> {
  return Object.fromEntries(
    Object.entries(MIGRATIONS).map(([name, m]) => {
      const up = m.up as Step;
      const down = m.down as Step | undefined;
      return [name, { up: (db: Kysely<unknown>) => up(db, dialect), ...(down ? { down: (db: Kysely<unknown>) => down(db, dialect) } : {}) }];
    }),
  );
}
