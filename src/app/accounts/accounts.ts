import type { Kysely } from 'kysely';
import { z } from 'zod';
import { ConflictError, InvalidInputError, NotFoundError, UnauthorizedError } from '../../core/errors.js';
import type { Db } from '../../store/index.js';
import { parseInput } from '../validate.js';
import type { AccountTables } from './migrations.js';
import { hashPassword, newToken, PASSWORD_MIN_LENGTH, tokenHash, verifyPassword } from './passwords.js';

export const ROLES = ['candidate', 'coach', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export interface Account {
  id: number;
  email: string;
  role: Role;
  cohort: string | null;
}

export interface SignedIn {
  account: Account;
  session: { token: string; expiresAt: string };
}

/** How long a session lasts without signing in again, and how long an invitation link stays good. */
export const SESSION_DAYS = 14;
export const INVITATION_DAYS = 7;
const DAY_MS = 24 * 60 * 60 * 1000;

const email = z
  .string()
  .trim()
  .toLowerCase()
  .max(254)
  .regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, 'give an email address such as ana@example.com');
const password = z
  .string()
  .min(PASSWORD_MIN_LENGTH, `a password has at least ${PASSWORD_MIN_LENGTH} characters`)
  .max(200, 'a password has at most 200 characters');
const cohortName = z
  .string()
  .trim()
  .min(1)
  .max(80)
  .regex(/^[\p{L}\p{N} ._-]+$/u, 'a cohort name uses letters, digits, spaces, dots, dashes and underscores');

export const addUserSchema = z.strictObject({ email, role: z.enum(ROLES, { error: 'the role is candidate, coach or admin' }), cohort: cohortName.optional() });
export const acceptSchema = z.strictObject({ token: z.string().min(1).max(200), password });
export const loginSchema = z.strictObject({ email, password: z.string().min(1).max(200) });
export const changeSchema = z.strictObject({ current: z.string().min(1).max(200), password });
export const cohortSchema = z.strictObject({ name: cohortName });
export const moveSchema = z.strictObject({ cohort: cohortName.nullable() });
export const coachCohortsSchema = z
  .strictObject({ email, add: z.array(cohortName).max(50).default([]), remove: z.array(cohortName).max(50).default([]) })
  .refine((v) => v.add.length + v.remove.length > 0, 'name a cohort to add (--add NAME) or to take away (--remove NAME)');

const WRONG_SIGN_IN = 'wrong email or password';

/**
 * Accounts in hosted mode: people are invited (no open sign-up), set their password from the
 * invitation link, and sign in to a session stored in the database. Passwords are hashed with scrypt;
 * invitation and session tokens are stored only as SHA-256 hashes.
 */
export function accountOperations({ db, now, publicUrl }: { db: Db; now: () => Date; publicUrl: string }) {
  const k = db.kysely as unknown as Kysely<AccountTables>;
  const toAccount = (row: { id: number; email: string; role: string; cohort: string | null }): Account => ({ id: row.id, email: row.email, role: row.role as Role, cohort: row.cohort });

  async function startSession(userId: number): Promise<SignedIn['session']> {
    const { token, hash } = newToken();
    const at = now();
    const expiresAt = new Date(at.getTime() + SESSION_DAYS * DAY_MS).toISOString();
    await k.insertInto('sessions').values({ token_hash: hash, user_id: userId, created_at: at.toISOString(), expires_at: expiresAt }).execute();
    return { token, expiresAt };
  }

  async function addUser(raw: unknown) {
    const input = parseInput(addUserSchema, raw, 'user');
    const { token, hash } = newToken();
    const at = now();
    const expires = new Date(at.getTime() + INVITATION_DAYS * DAY_MS).toISOString();
    await k.transaction().execute(async (trx) => {
      if (await trx.selectFrom('users').select('id').where('email', '=', input.email).executeTakeFirst()) {
        throw new ConflictError(`${input.email} already has an account`);
      }
      if (input.cohort) await trx.insertInto('cohorts').values({ name: input.cohort, created_at: at.toISOString() }).onConflict((oc) => oc.column('name').doNothing()).execute();
      await trx
        .insertInto('users')
        .values({ email: input.email, role: input.role, cohort: input.cohort ?? null, password_hash: null, invitation_hash: hash, invitation_expires_at: expires, created_at: at.toISOString() })
        .execute();
    });
    const url = new URL('/accept', publicUrl);
    url.searchParams.set('token', token);
    return { email: input.email, role: input.role, cohort: input.cohort ?? null, invitation: { token, url: url.toString(), expiresAt: expires } };
  }

  async function accept(raw: unknown): Promise<SignedIn> {
    const input = parseInput(acceptSchema, raw, 'invitation');
    const row = await k.selectFrom('users').selectAll().where('invitation_hash', '=', tokenHash(input.token)).executeTakeFirst();
    if (!row || !row.invitation_expires_at || row.invitation_expires_at < now().toISOString()) {
      throw new UnauthorizedError('this invitation link is not valid or has expired; ask your coach or administrator for a new one');
    }
    await k.updateTable('users').set({ password_hash: await hashPassword(input.password), invitation_hash: null, invitation_expires_at: null }).where('id', '=', row.id).execute();
    return { account: toAccount(row), session: await startSession(row.id) };
  }

  async function login(raw: unknown): Promise<SignedIn> {
    const input = parseInput(loginSchema, raw, 'sign-in');
    const row = await k.selectFrom('users').selectAll().where('email', '=', input.email).executeTakeFirst();
    // The same answer, after the same work, whether or not the email has an account.
    const ok = row?.password_hash ? await verifyPassword(input.password, row.password_hash) : (await hashPassword(input.password), false);
    if (!row || !ok) throw new UnauthorizedError(WRONG_SIGN_IN);
    return { account: toAccount(row), session: await startSession(row.id) };
  }

  /** The account a session token belongs to, or null when it is unknown or expired. */
  async function sessionAccount(token: string | undefined): Promise<Account | null> {
    if (!token) return null;
    const row = await k
      .selectFrom('sessions')
      .innerJoin('users', 'users.id', 'sessions.user_id')
      .select(['users.id', 'users.email', 'users.role', 'users.cohort', 'sessions.expires_at'])
      .where('sessions.token_hash', '=', tokenHash(token))
      .executeTakeFirst();
    if (!row || row.expires_at < now().toISOString()) return null;
    return toAccount(row);
  }

  async function logout(token: string | undefined): Promise<void> {
    if (token) await k.deleteFrom('sessions').where('token_hash', '=', tokenHash(token)).execute();
  }

  /** A new password ends every session of the account, this one included, and starts a fresh one. */
  async function changePassword(accountId: number, raw: unknown): Promise<SignedIn> {
    const input = parseInput(changeSchema, raw, 'password change');
    const row = await k.selectFrom('users').selectAll().where('id', '=', accountId).executeTakeFirstOrThrow();
    if (!row.password_hash || !(await verifyPassword(input.current, row.password_hash))) throw new UnauthorizedError('the current password is wrong');
    if (input.current === input.password) throw new InvalidInputError('choose a password different from the current one');
    await k.updateTable('users').set({ password_hash: await hashPassword(input.password) }).where('id', '=', accountId).execute();
    await k.deleteFrom('sessions').where('user_id', '=', accountId).execute();
    return { account: toAccount(row), session: await startSession(accountId) };
  }

  async function list(): Promise<Array<Account & { invited: boolean }>> {
    const rows = await k.selectFrom('users').selectAll().orderBy('id').execute();
    return rows.map((r) => ({ ...toAccount(r), invited: r.password_hash === null }));
  }

  async function account(id: number): Promise<Account | null> {
    if (!Number.isInteger(id) || id <= 0) return null;
    const row = await k.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
    return row ? toAccount(row) : null;
  }

  /** The candidates of one cohort, oldest account first. */
  async function candidatesOf(cohort: string): Promise<Account[]> {
    const rows = await k.selectFrom('users').selectAll().where('cohort', '=', cohort).where('role', '=', 'candidate').orderBy('id').execute();
    return rows.map(toAccount);
  }

  async function cohorts(): Promise<Array<{ name: string; members: number; createdAt: string }>> {
    const rows = await k
      .selectFrom('cohorts')
      .leftJoin('users', 'users.cohort', 'cohorts.name')
      .select((eb) => ['cohorts.name', 'cohorts.created_at', eb.fn.count<number>('users.id').as('members')])
      .groupBy(['cohorts.name', 'cohorts.created_at'])
      .orderBy('cohorts.name')
      .execute();
    return rows.map((r) => ({ name: r.name, members: Number(r.members), createdAt: r.created_at }));
  }

  async function addCohort(raw: unknown): Promise<{ name: string; members: number; createdAt: string }> {
    const input = parseInput(cohortSchema, raw, 'cohort');
    const at = now().toISOString();
    const added = await k.insertInto('cohorts').values({ name: input.name, created_at: at }).onConflict((oc) => oc.column('name').doNothing()).returning('name').executeTakeFirst();
    if (!added) throw new ConflictError(`a cohort named "${input.name}" already exists`);
    return { name: input.name, members: 0, createdAt: at };
  }

  /** Moves a person to a cohort (made if new) or out of every cohort (null). */
  async function moveToCohort(id: number, raw: unknown): Promise<Account> {
    const input = parseInput(moveSchema, raw, 'cohort move');
    const row = await account(id);
    if (!row) throw new NotFoundError(`no user ${id}; list them with GET /api/admin/users`);
    if (input.cohort) await k.insertInto('cohorts').values({ name: input.cohort, created_at: now().toISOString() }).onConflict((oc) => oc.column('name').doNothing()).execute();
    await k.updateTable('users').set({ cohort: input.cohort }).where('id', '=', id).execute();
    return { ...row, cohort: input.cohort };
  }

  /** A coach's cohorts: the one on their account and those added with `coachCohorts`, by name. */
  async function cohortsOfCoach(coach: Account): Promise<string[]> {
    const added = await k.selectFrom('coach_cohorts').select('cohort').where('coach_id', '=', coach.id).execute();
    return [...new Set([...(coach.cohort ? [coach.cohort] : []), ...added.map((r) => r.cohort)])].sort((a, b) => a.localeCompare(b));
  }

  /**
   * Adds cohorts to a coach (each made if new) and takes others away; a candidate or admin belongs to
   * one cohort at most, moved with `moveToCohort`.
   */
  async function coachCohorts(raw: unknown): Promise<{ email: string; role: Role; cohorts: string[] }> {
    const input = parseInput(coachCohortsSchema, raw, 'coach cohorts');
    const row = await k.selectFrom('users').selectAll().where('email', '=', input.email).executeTakeFirst();
    if (!row) throw new NotFoundError(`no account for ${input.email}; invite them first: tpmprep users add --email ${input.email} --role coach`);
    if (row.role !== 'coach') {
      throw new InvalidInputError(`${input.email} is a ${row.role}: only a coach has several cohorts; move a ${row.role} with PUT /api/admin/users/${row.id}/cohort or the Admin page`);
    }
    const at = now().toISOString();
    await k.transaction().execute(async (trx) => {
      for (const name of input.add) {
        await trx.insertInto('cohorts').values({ name, created_at: at }).onConflict((oc) => oc.column('name').doNothing()).execute();
        await trx.insertInto('coach_cohorts').values({ coach_id: row.id, cohort: name }).onConflict((oc) => oc.columns(['coach_id', 'cohort']).doNothing()).execute();
      }
      if (input.remove.length > 0) {
        await trx.deleteFrom('coach_cohorts').where('coach_id', '=', row.id).where('cohort', 'in', input.remove).execute();
        if (row.cohort && input.remove.includes(row.cohort)) await trx.updateTable('users').set({ cohort: null }).where('id', '=', row.id).execute();
      }
    });
    const coach = (await account(row.id)) as Account;
    return { email: coach.email, role: coach.role, cohorts: await cohortsOfCoach(coach) };
  }

  return { addUser, accept, login, logout, sessionAccount, changePassword, list, account, candidatesOf, cohorts, addCohort, moveToCohort, cohortsOfCoach, coachCohorts };
}

export type AccountOperations = ReturnType<typeof accountOperations>;
