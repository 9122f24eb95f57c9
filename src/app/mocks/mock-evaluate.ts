import { DIMENSION_IDS, type CoachAnalysis } from '../../coach/index.js';
import { UnavailableError } from '../../core/errors.js';
import type { Evaluation, EvidenceQuote, MockDimensionId, NoEvidenceFlag } from '../../core/mock.js';
import type { CodingGap, Interviewer } from '../../content/index.js';
import type { JudgeResult } from '../../judge/types.js';

/**
 * Turns the coach's analysis and the judge's verdict into the mock's Evaluation: a score, the
 * dimension scores, evidence quotes and the gaps a follow-up can probe.
 */

// Every coach dimension is a mock dimension; this line stops compiling if the coach adds one the mock lacks.
const COACH_DIMENSIONS: readonly MockDimensionId[] = DIMENSION_IDS;

/** Evidence kept per answer: enough to quote, small enough for the saved state. */
export const EVIDENCE_PER_ANSWER = 16;
/** A coding item's score: the share of tests passed, and the explanation given in the follow-up. */
export const CODING_WEIGHT = 0.75;
/** The explanation closes the coding follow-up when it shows this much technical depth. */
export const EXPLANATION_DEPTH_TO_CLOSE = 50;

/** The coach often repeats its evidence in the message ('Result: "..."'); the quote carries the words once. */
export function withoutQuote(message: string, quote: string): string {
  // The coach quotes a sentence without its final full stop.
  const quoted = [`"${quote}"`, `"${quote.trim().replace(/[.;,:]+$/, '')}"`].find((q) => message.includes(q));
  if (!quoted) return message;
  const rest = message.replace(quoted, '').replace(/[\s:.,]+$/, '').replace(/\s{2,}/g, ' ').trim();
  return rest || message;
}

/**
 * `text` is what the coach read. When it is an answer and its follow-up joined by a blank line,
 * `answerLength` is the answer's length, so each quote is traced back to the part it came from.
 */
export function evaluationOfAnalysis(analysis: CoachAnalysis, text: string, options: { answerLength?: number; source?: EvidenceQuote['source'] } = {}): Evaluation {
  const split = options.answerLength === undefined ? undefined : options.answerLength + 2;
  const evidence: EvidenceQuote[] = analysis.feedback
    .filter((f) => f.dimension !== undefined && f.severity !== 'info' && COACH_DIMENSIONS.includes(f.dimension))
    .slice(0, EVIDENCE_PER_ANSWER)
    .map((f) => {
      const span = f.span ?? null;
      const inFollowUp = split !== undefined && span !== null && span[0] >= split;
      const quote = span ? text.slice(span[0], span[1]) : null;
      return {
        dimension: f.dimension as MockDimensionId,
        tone: f.severity === 'strength' ? 'strength' : 'gap',
        message: quote ? withoutQuote(f.message, quote) : f.message,
        quote,
        span: span && inFollowUp && split !== undefined ? [span[0] - split, span[1] - split] : span,
        source: inFollowUp ? 'follow-up' : (options.source ?? 'answer'),
      };
    });
  return {
    score: analysis.score,
    flags: noEvidenceFlags(analysis),
    dimensions: Object.fromEntries(analysis.dimensions.map((d) => [d.id, d.score])),
    evidence,
    gaps: analysis.followUps.map((f) => ({ gap: f.gap, question: f.question })),
  };
}

/** The coach's findings that make an answer no evidence for a hire, in the mock's closed set. */
export function noEvidenceFlags(analysis: CoachAnalysis): NoEvidenceFlag[] {
  const flags: NoEvidenceFlag[] = [];
  if (analysis.relevance.tooShort) flags.push('too-short');
  if (analysis.integrity.language === 'other') flags.push('not-english');
  else if (analysis.relevance.offTopic) flags.push('off-topic');
  if (analysis.relevance.otherQuestion) flags.push('other-question');
  if (analysis.integrity.keywordList.flagged) flags.push('keyword-list');
  if (analysis.integrity.recited.flagged) flags.push('recited');
  return flags;
}

function codingGapOf(result: JudgeResult): CodingGap {
  switch (result.verdict) {
    case 'accepted':
      return 'accepted';
    case 'compile_error':
      return 'does-not-compile';
    case 'wrong_answer':
      return 'failing-test';
    case 'time_limit_exceeded':
      return 'too-slow';
    default:
      return 'crashed';
  }
}

/** The judge's verdict on a coding answer: correctness is the share of tests passed. */
export function evaluationOfSubmission(result: JudgeResult, interviewer: Interviewer | null): Evaluation {
  if (result.verdict === 'internal_error') {
    throw new UnavailableError(`the judge failed on this submission and did not score it (${result.message ?? 'no detail'}); submit the code again`);
  }
  const correctness = result.total > 0 ? Math.round((result.passed / result.total) * 100) : 0;
  const failing = result.tests.find((t) => !t.passed && t.verdict !== null);
  const gap = codingGapOf(result);
  const evidence: EvidenceQuote[] =
    result.verdict === 'accepted'
      ? [{ dimension: 'correctness', tone: 'strength', message: `All ${result.total} tests pass (${Math.round(result.timeMs)} ms in the code).`, quote: null, span: null, source: 'answer' }]
      : [
          {
            dimension: 'correctness',
            tone: 'gap',
            message: failing ? `${result.passed} of ${result.total} tests pass; "${failing.name}" fails${failing.message ? `: ${failing.message}` : ''}.` : `${result.passed} of ${result.total} tests pass: ${result.message ?? result.verdict}.`,
            quote: null,
            span: null,
            source: 'answer',
          },
        ];
  const question = interviewer?.coding[gap].replace('{test}', failing?.name ?? 'a hidden test');
  return { score: correctness, dimensions: { correctness }, evidence, gaps: question ? [{ gap, question }] : [] };
}

/** A coding answer with its spoken explanation: 75% the tests, 25% the explanation. */
export function withExplanation(code: Evaluation, explanation: CoachAnalysis, text: string): Evaluation {
  const spoken = evaluationOfAnalysis(explanation, text, { source: 'follow-up' });
  const deep = (spoken.dimensions.depth ?? 0) >= EXPLANATION_DEPTH_TO_CLOSE;
  return {
    score: Math.round(CODING_WEIGHT * code.score + (1 - CODING_WEIGHT) * spoken.score),
    ...(code.flags ? { flags: code.flags } : {}),
    dimensions: { ...spoken.dimensions, correctness: code.dimensions.correctness ?? 0 },
    evidence: [...code.evidence, ...spoken.evidence].slice(0, EVIDENCE_PER_ANSWER),
    gaps: deep ? [] : code.gaps,
  };
}
