/**
 * One base class and a few named kinds. Only server/ maps them to HTTP statuses and only cli/ maps
 * them to exit codes; everything else throws them with a message that says what to do.
 */
export type ErrorCode =
  | 'invalid_input'
  | 'not_found'
  | 'invalid_content'
  | 'limit_exceeded'
  | 'conflict'
  | 'unavailable'
  | 'storage'
  | 'unauthorized'
  | 'forbidden'
  | 'rate_limited'
  | 'internal';

export class TpmprepError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string) {
    super(message);
    this.name = new.target.name;
    this.code = code;
  }
}

/** The caller sent something malformed: an option, a body, an id of the wrong shape. */
export class InvalidInputError extends TpmprepError {
  constructor(message: string) {
    super('invalid_input', message);
  }
}

export class NotFoundError extends TpmprepError {
  constructor(message: string) {
    super('not_found', message);
  }
}

/** A content file is broken; each problem names its path and line. */
export class ContentError extends TpmprepError {
  readonly problems: readonly ContentProblem[];
  constructor(problems: readonly ContentProblem[]) {
    super('invalid_content', problems.map(formatProblem).join('\n'));
    this.problems = problems;
  }
}

/** A request went past a named limit. */
export class LimitError extends TpmprepError {
  constructor(message: string) {
    super('limit_exceeded', message);
  }
}

export class ConflictError extends TpmprepError {
  constructor(message: string) {
    super('conflict', message);
  }
}

/** A configured outside service (an optional language model, say) did not answer. */
export class UnavailableError extends TpmprepError {
  constructor(message: string) {
    super('unavailable', message);
  }
}

/** The data folder or the database file cannot be used: damaged, unwritable, or from a newer version. */
export class StorageError extends TpmprepError {
  constructor(message: string) {
    super('storage', message);
  }
}

/** No one is signed in, or the sign-in failed (hosted mode). */
export class UnauthorizedError extends TpmprepError {
  constructor(message: string) {
    super('unauthorized', message);
  }
}

/** Signed in, but the role does not allow it (hosted mode). */
export class ForbiddenError extends TpmprepError {
  constructor(message: string) {
    super('forbidden', message);
  }
}

/** Too many attempts in a short time (sign-in in hosted mode). */
export class RateLimitedError extends TpmprepError {
  constructor(message: string) {
    super('rate_limited', message);
  }
}

export interface ContentProblem {
  path: string;
  line: number;
  message: string;
}

export function formatProblem(problem: ContentProblem): string {
  return `${problem.path}:${problem.line}: ${problem.message}`;
}
