import type { Kysely } from 'kysely';
import { z } from 'zod';
import { ConflictError, ForbiddenError, InvalidInputError, NotFoundError } from '../../core/errors.js';
import type { Content, Question } from '../../content/index.js';
import type { Db } from '../../store/index.js';
import type { Account } from '../accounts/accounts.js';
import { parseInput } from '../validate.js';
import type { PeerTables } from './migrations.js';

/**
 * Peer mocks: a candidate opens a session for their cohort, another candidate of the same cohort
 * joins, and each interviews the other on one question. The state lives in one row of the shared
 * schema, so every app process sees the same session and the same clock.
 *
 * Phases: waiting (for a partner) -> ready (round 1, clock not started) -> running (the interviewer
 * started the clock) -> scored (the interviewer scored the round) -> [swap] ready (round 2) ->
 * running -> done (round 2 scored).
 */
export const PEER_PHASES = ['waiting', 'ready', 'running', 'scored', 'done'] as const;
export type PeerPhase = (typeof PEER_PHASES)[number];
export type PeerRole = 'interviewer' | 'candidate';

export interface PeerPointScore {
  point: string;
  score: number;
  note?: string;
}
export interface PeerRoundScore {
  round: 1 | 2;
  questionId: string;
  interviewerId: number;
  candidateId: number;
  points: PeerPointScore[];
  at: string;
}

export interface PeerView {
  id: number;
  cohort: string;
  phase: PeerPhase;
  round: 1 | 2;
  version: number;
  /** What the person asking is in this round (the opener waits as the first interviewer). */
  role: PeerRole;
  interviewer: string;
  candidate: string | null;
  question: { id: string; title: string; prompt: string };
  /** Only the interviewer sees these. */
  rubric?: Array<{ point: string; shows: string; probe: string }>;
  followups?: string[];
  clock: { startedAt: string | null; now: string; limitSeconds: number };
  /** Rounds scored so far, each with its question title and who was interviewed. */
  results: Array<PeerRoundScore & { questionTitle: string; candidate: string; interviewer: string }>;
}

export interface PeerOpen {
  id: number;
  openedBy: string;
  createdAt: string;
  mine: boolean;
}

const createSchema = z.strictObject({
  questionIds: z.tuple([z.string().min(1).max(120), z.string().min(1).max(120)], { error: 'questionIds is two question ids, one for each round' }).optional(),
});
const scoreSchema = z.strictObject({
  points: z
    .array(
      z.strictObject({
        point: z.string().min(1).max(300),
        score: z.number({ error: 'a score is a whole number from 1 to 5' }).int('a score is a whole number from 1 to 5').min(1, 'a score is 1 to 5').max(5, 'a score is 1 to 5'),
        note: z.string().trim().max(2000, 'a note is at most 2000 characters').optional(),
      }),
    )
    .min(1, 'score at least one rubric point'),
});

type Row = PeerTables['peer_sessions'] & { id: number };

export function peerOperations({ db, content, now, trackOf }: { db: Db; content: Content; now: () => Date; trackOf: (account: Account) => Promise<string> }) {
  const k = db.kysely as unknown as Kysely<PeerTables & { users: { id: number; email: string } }>;
  const questions = new Map(content.questions.map((q) => [q.id, q]));
  const question = (id: string): Question => {
    const q = questions.get(id);
    if (!q) throw new InvalidInputError(`no question "${id}": pick question ids from GET /api/questions`);
    return q;
  };

  const requireCandidate = (account: Account) => {
    if (account.role !== 'candidate' || !account.cohort) throw new ForbiddenError('peer mocks are for candidates of a cohort; ask an administrator to put you in one');
    return account.cohort;
  };

  async function rowFor(id: number, account: Account): Promise<Row> {
    const row = Number.isSafeInteger(id) && id > 0 ? ((await k.selectFrom('peer_sessions').selectAll().where('id', '=', id).executeTakeFirst()) as Row | undefined) : undefined;
    if (!row || (row.first_id !== account.id && row.second_id !== account.id)) throw new NotFoundError(`no peer session ${id}`);
    return row;
  }

  const interviewerOf = (row: Row) => (row.round === 1 ? row.first_id : (row.second_id ?? row.first_id));
  const candidateOf = (row: Row) => (row.round === 1 ? row.second_id : row.first_id);
  const questionOf = (row: Row) => question((JSON.parse(row.questions) as string[])[row.round - 1] ?? '');

  async function emails(ids: Array<number | null>): Promise<Map<number, string>> {
    const wanted = ids.filter((id): id is number => id !== null);
    const rows = await k.selectFrom('users').select(['id', 'email']).where('id', 'in', wanted).execute();
    return new Map(rows.map((r) => [r.id, r.email]));
  }

  async function viewOf(row: Row, account: Account): Promise<PeerView> {
    const q = questionOf(row);
    const role: PeerRole = interviewerOf(row) === account.id ? 'interviewer' : 'candidate';
    const names = await emails([row.first_id, row.second_id]);
    const nameOf = (id: number | null) => (id === null ? null : (names.get(id) ?? `person ${id}`));
    const scores = JSON.parse(row.scores) as PeerRoundScore[];
    return {
      id: row.id,
      cohort: row.cohort,
      phase: row.phase as PeerPhase,
      round: row.round as 1 | 2,
      version: row.version,
      role,
      interviewer: nameOf(interviewerOf(row)) ?? '',
      candidate: nameOf(candidateOf(row)),
      question: { id: q.id, title: q.title, prompt: q.prompt },
      ...(role === 'interviewer' ? { rubric: q.rubric.map((p) => ({ point: p.point, shows: p.shows, probe: p.probe })), followups: q.followups } : {}),
      clock: { startedAt: row.started_at, now: now().toISOString(), limitSeconds: q.minutes * 60 },
      results: scores.map((s) => ({ ...s, questionTitle: question(s.questionId).title, candidate: nameOf(s.candidateId) ?? '', interviewer: nameOf(s.interviewerId) ?? '' })),
    };
  }

  /** Moves the session from `phase` on, or says why not; `version` makes two clicks at once land once. */
  async function advance(row: Row, phase: PeerPhase, change: Partial<Row>): Promise<void> {
    const result = await k
      .updateTable('peer_sessions')
      .set({ ...change, version: row.version + 1, updated_at: now().toISOString() })
      .where('id', '=', row.id)
      .where('version', '=', row.version)
      .where('phase', '=', phase)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) !== 1) throw new ConflictError('the session changed meanwhile; reload it and try again');
  }

  function expectPhase(row: Row, phase: PeerPhase, what: string) {
    if (row.phase !== phase) throw new ConflictError(`${what} only when the session is ${phase}; it is ${row.phase}`);
  }
  function expectInterviewer(row: Row, account: Account, what: string) {
    if (interviewerOf(row) !== account.id) throw new ForbiddenError(`only this round's interviewer ${what}`);
  }

  return {
    async create(account: Account, raw: unknown): Promise<PeerView> {
      const cohort = requireCandidate(account);
      const input = parseInput(createSchema, raw ?? {}, 'peer session');
      let ids: string[];
      if (input.questionIds) {
        ids = input.questionIds.map((id) => question(id).id);
        if (ids[0] === ids[1]) throw new InvalidInputError('give two different questions, one for each round');
      } else {
        const track = await trackOf(account);
        const pool = content.questions.filter((q) => (q.tracks as string[]).includes(track));
        if (pool.length < 2) throw new InvalidInputError(`the ${track} track has fewer than two questions; give questionIds`);
        const first = Math.floor(Math.random() * pool.length);
        const second = (first + 1 + Math.floor(Math.random() * (pool.length - 1))) % pool.length;
        ids = [pool[first]?.id ?? '', pool[second]?.id ?? ''];
      }
      const at = now().toISOString();
      const inserted = await k
        .insertInto('peer_sessions')
        .values({ cohort, first_id: account.id, second_id: null, questions: JSON.stringify(ids), phase: 'waiting', round: 1, started_at: null, scores: '[]', version: 1, created_at: at, updated_at: at })
        .returning('id')
        .executeTakeFirstOrThrow();
      return viewOf(await rowFor(inserted.id, account), account);
    },

    /** Sessions of my cohort waiting for a partner, mine included, and the ones I am in. */
    async list(account: Account): Promise<{ open: PeerOpen[]; mine: Array<{ id: number; phase: PeerPhase; round: number }> }> {
      const cohort = requireCandidate(account);
      const open = await k
        .selectFrom('peer_sessions')
        .innerJoin('users', 'users.id', 'peer_sessions.first_id')
        .select(['peer_sessions.id', 'users.email', 'peer_sessions.created_at', 'peer_sessions.first_id'])
        .where('peer_sessions.cohort', '=', cohort)
        .where('peer_sessions.phase', '=', 'waiting')
        .orderBy('peer_sessions.id', 'desc')
        .limit(50)
        .execute();
      const mine = await k
        .selectFrom('peer_sessions')
        .select(['id', 'phase', 'round'])
        .where((eb) => eb.or([eb('first_id', '=', account.id), eb('second_id', '=', account.id)]))
        .where('phase', '!=', 'waiting')
        .orderBy('id', 'desc')
        .limit(20)
        .execute();
      return {
        open: open.map((r) => ({ id: r.id, openedBy: r.email, createdAt: r.created_at, mine: r.first_id === account.id })),
        mine: mine.map((r) => ({ id: r.id, phase: r.phase as PeerPhase, round: r.round })),
      };
    },

    async get(id: number, account: Account): Promise<PeerView> {
      return viewOf(await rowFor(id, account), account);
    },

    /** Joins a waiting session of my own cohort; any other session answers 404, like one that does not exist. */
    async join(id: number, account: Account): Promise<PeerView> {
      const cohort = account.role === 'candidate' ? account.cohort : null;
      const row = Number.isSafeInteger(id) && id > 0 ? ((await k.selectFrom('peer_sessions').selectAll().where('id', '=', id).executeTakeFirst()) as Row | undefined) : undefined;
      if (!row || !cohort || row.cohort !== cohort) throw new NotFoundError(`no peer session ${id}`);
      if (row.first_id === account.id) throw new ConflictError('you opened this session; wait for someone of your cohort to join it');
      if (row.second_id === account.id) return viewOf(row, account);
      if (row.phase !== 'waiting') throw new ConflictError('this session already has two people; open a new one');
      await advance(row, 'waiting', { second_id: account.id, phase: 'ready' });
      return viewOf(await rowFor(id, account), account);
    },

    async start(id: number, account: Account): Promise<PeerView> {
      const row = await rowFor(id, account);
      expectInterviewer(row, account, 'starts the clock');
      expectPhase(row, 'ready', 'the clock starts');
      await advance(row, 'ready', { phase: 'running', started_at: now().toISOString() });
      return viewOf(await rowFor(id, account), account);
    },

    async score(id: number, account: Account, raw: unknown): Promise<PeerView> {
      const row = await rowFor(id, account);
      expectInterviewer(row, account, 'scores the round');
      const input = parseInput(scoreSchema, raw ?? {}, 'scores');
      expectPhase(row, 'running', 'a round is scored');
      const q = questionOf(row);
      const rubric = q.rubric.map((p) => p.point);
      const unknown = input.points.find((p) => !rubric.includes(p.point));
      if (unknown) throw new InvalidInputError(`"${unknown.point}" is not a rubric point of "${q.title}"; score these: ${rubric.join('; ')}`);
      const twice = input.points.find((p, i) => input.points.findIndex((o) => o.point === p.point) !== i);
      if (twice) throw new InvalidInputError(`"${twice.point}" is scored twice; score each rubric point once`);
      const scores = JSON.parse(row.scores) as PeerRoundScore[];
      scores.push({
        round: row.round as 1 | 2,
        questionId: q.id,
        interviewerId: account.id,
        candidateId: candidateOf(row) ?? 0,
        points: input.points.map((p) => ({ point: p.point, score: p.score, ...(p.note ? { note: p.note } : {}) })),
        at: now().toISOString(),
      });
      await advance(row, 'running', { phase: row.round === 1 ? 'scored' : 'done', scores: JSON.stringify(scores) });
      return viewOf(await rowFor(id, account), account);
    },

    /** After round 1 is scored: the candidate becomes the interviewer, on the second question. */
    async swap(id: number, account: Account): Promise<PeerView> {
      const row = await rowFor(id, account);
      if (row.phase !== 'scored' || row.round !== 1) throw new ConflictError(`the two swap after round 1 is scored; the session is ${row.phase} in round ${row.round}`);
      await advance(row, 'scored', { phase: 'ready', round: 2, started_at: null });
      return viewOf(await rowFor(id, account), account);
    },

    /** Peer scores a person received, for readiness. */
    async receivedBy(personId: number): Promise<PeerRoundScore[]> {
      const rows = await k
        .selectFrom('peer_sessions')
        .select('scores')
        .where((eb) => eb.or([eb('first_id', '=', personId), eb('second_id', '=', personId)]))
        .where('phase', 'in', ['scored', 'ready', 'running', 'done'])
        .execute();
      return rows.flatMap((r) => (JSON.parse(r.scores) as PeerRoundScore[]).filter((s) => s.candidateId === personId));
    },
  };
}

export type PeerOperations = ReturnType<typeof peerOperations>;
