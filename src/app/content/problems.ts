import { z } from 'zod';
import { NotFoundError } from '../../core/errors.js';
import type { Content, Problem, TestInput } from '../../content/index.js';
import { describeComparison } from '../../judge/compare.js';
import { resolveLimits, type Limits } from '../../judge/limits.js';
import type { Db } from '../../store/index.js';
import { QUERY_MAX_LENGTH } from './questions.js';
import { searchOperations } from './search.js';
import { parseInput } from '../validate.js';

export interface ProblemSummary {
  id: string;
  title: string;
  difficulty: Problem['difficulty'];
  areas: Problem['areas'];
  skills: Problem['skills'];
  kind: Problem['kind'];
  submissions: number;
  solved: boolean;
}

/** What a person sees of a problem: never the reference solutions or the hidden tests. */
export interface PublicProblem extends Omit<ProblemSummary, 'submissions' | 'solved'> {
  statement: string;
  signature: Problem['signature'];
  starter: { ts: string; js: string; py: string };
  examples: Array<{ name: string; input: TestInput; expected: unknown }>;
  limits: Limits;
  restrictions: Problem['restrictions'];
  /** The float tolerance the problem declares; null when answers compare exactly. */
  tolerance: { absolute: number; relative: number } | null;
  /** How answers are compared, in a sentence. */
  comparison: string;
  hiddenTests: number;
}

export const problemListSchema = z.strictObject({
  difficulty: z.enum(['easy', 'medium', 'hard']).optional(),
  search: z.string().max(QUERY_MAX_LENGTH, `search is limited to ${QUERY_MAX_LENGTH} characters`).optional(),
});

export function problemOperations(db: Db, content: Content) {
  const byId = new Map(content.problems.map((p) => [p.id, p]));
  const jsStarters = new Map<string, string>();
  const search = searchOperations(content);

  function require(id: string): Problem {
    const problem = byId.get(id);
    if (!problem) throw new NotFoundError(`no problem "${id}"; list them with \`tpmprep problems list\``);
    return problem;
  }

  async function list(raw: unknown = {}): Promise<ProblemSummary[]> {
    const filters = parseInput(problemListSchema, raw, 'problem filters');
    const rows = await db.kysely
      .selectFrom('submissions')
      .select((eb) => [
        'problem_id',
        eb.fn.countAll<number>().as('n'),
        eb.fn.sum<number>(eb.case().when(eb.and([eb('verdict', '=', 'accepted'), eb('mode', '=', 'submit')])).then(1).else(0).end()).as('accepted'),
      ])
      .groupBy('problem_id')
      .execute();
    const stats = new Map(rows.map((r) => [r.problem_id, { n: Number(r.n), accepted: Number(r.accepted) }]));
    const query = filters.search?.trim();
    const candidates = query ? search.rank(query, ['problem']).flatMap((hit) => byId.get(hit.id) ?? []) : content.problems;
    return candidates
      .filter((p) => !filters.difficulty || p.difficulty === filters.difficulty)
      .map((p) => ({
        id: p.id,
        title: p.title,
        difficulty: p.difficulty,
        areas: p.areas,
        skills: p.skills,
        kind: p.kind,
        submissions: stats.get(p.id)?.n ?? 0,
        solved: (stats.get(p.id)?.accepted ?? 0) > 0,
      }));
  }

  async function get(id: string): Promise<PublicProblem> {
    const p = require(id);
    let js = jsStarters.get(id);
    if (js === undefined) {
      // esbuild loads only when a problem is opened, not with the app.
      const { stripTypes } = await import('../../judge/compile-js.js');
      js = await stripTypes(p.starter.ts);
      jsStarters.set(id, js);
    }
    return {
      id: p.id,
      title: p.title,
      difficulty: p.difficulty,
      areas: p.areas,
      skills: p.skills,
      kind: p.kind,
      statement: p.statement,
      signature: p.signature,
      starter: { ts: p.starter.ts, js, py: p.starter.py },
      examples: p.tests.flatMap((t) => (t.visible && t.type === 'explicit' ? [{ name: t.name, input: t.input, expected: t.expected }] : [])),
      limits: resolveLimits(p.limits, `problem ${p.id}`),
      restrictions: p.restrictions,
      tolerance: p.tolerance ?? null,
      comparison: describeComparison(p.tolerance),
      hiddenTests: p.tests.filter((t) => !t.visible).length,
    };
  }

  return { list, get, require };
}
