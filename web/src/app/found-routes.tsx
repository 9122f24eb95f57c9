import type { ReactNode } from 'react';
import { ApiError } from '../lib/api-client.js';
import { useDrill, useExercise, useMock, useProblem, useQuestion, useStory } from '../lib/queries.js';
import { NotFound, type WayBack } from '../ui/not-found.js';

/**
 * Pages addressed by an id. When the server answers that the id does not exist, the address shows a
 * plain not-found page with the way back to the list, never an error with a retry that cannot work.
 * The guard reads the same cached query as the page, so nothing is fetched twice.
 */
function IfFound({ error, what, id, back, children }: { error: Error | null; what: string; id: string | number; back: WayBack; children: ReactNode }) {
  if (error instanceof ApiError && error.status === 404) {
    return <NotFound title={`No such ${what}`} message={`There is no ${what} “${id}”. The link may be old, or the address mistyped.`} back={back} />;
  }
  return children;
}

const BACK = {
  questions: { href: '/practice', label: 'Back to the question bank' },
  problems: { href: '/code', label: 'Back to the coding problems' },
  exercises: { href: '/toolkit/exercises', label: 'Back to the exercises' },
  mocks: { href: '/mock', label: 'Back to mock interviews' },
  stories: { href: '/mock/stories', label: 'Back to the story bank' },
} as const satisfies Record<string, WayBack>;

export function IfQuestion({ id, children }: { id: string; children: ReactNode }) {
  return <IfFound error={useQuestion(id).error} what="question" id={id} back={BACK.questions}>{children}</IfFound>;
}

export function IfProblem({ id, children }: { id: string; children: ReactNode }) {
  return <IfFound error={useProblem(id).error} what="problem" id={id} back={BACK.problems}>{children}</IfFound>;
}

const EXERCISE_KINDS = { designs: ['design', 'design exercise'], cases: ['case', 'case study'], programs: ['program', 'program exercise'] } as const;

export function IfExercise({ kind, id, children }: { kind: keyof typeof EXERCISE_KINDS; id: string; children: ReactNode }) {
  const [apiKind, what] = EXERCISE_KINDS[kind];
  return <IfFound error={useExercise(apiKind, id).error} what={what} id={id} back={BACK.exercises}>{children}</IfFound>;
}

export function IfMock({ id, children }: { id: number; children: ReactNode }) {
  return <IfFound error={useMock(id).error} what="mock interview" id={id} back={BACK.mocks}>{children}</IfFound>;
}

export function IfStory({ id, children }: { id: number; children: ReactNode }) {
  return <IfFound error={useStory(id).error} what="story" id={id} back={BACK.stories}>{children}</IfFound>;
}

export function IfDrill({ id, children }: { id: number; children: ReactNode }) {
  return <IfFound error={useDrill(id).error} what="drill" id={id} back={BACK.stories}>{children}</IfFound>;
}
