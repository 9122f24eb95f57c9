import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ContentError, type ContentProblem } from '../core/errors.js';
import { loadExercises } from './exercises.js';
import { loadFlashcards, type Deck, type Flashcard } from './flashcards.js';
import { loadGuide, type Guide } from './guide.js';
import { loadInterviewer, loadLoops, type Interviewer, type Loop } from './loops.js';
import { loadProblems, type Problem } from './problems.js';
import { loadQuestions, type Question } from './questions.js';
import { loadStoryThemes, type StoryTheme } from './story-themes.js';
import type { Design } from './designs.js';
import type { MetricCase } from './cases.js';
import type { ProgramScenario } from './programs.js';

export type { Guide } from './guide.js';
export type { Problem, ProblemTest, TestInput } from './problems.js';
export type { Question, RubricPoint } from './questions.js';
export type { Flashcard, Deck } from './flashcards.js';
export type { Design, DesignSection, DesignSectionId } from './designs.js';
export type { MetricCase, CaseQuestion, NumericCaseQuestion, OpenCaseQuestion, CaseChart, CaseColumn } from './cases.js';
export type { ProgramScenario, ProgramTask, ProgramWatch } from './programs.js';
export type { CaseRow } from './case-csv.js';
export type { Loop, Interviewer, CodingGap } from './loops.js';
export type { StoryTheme } from './story-themes.js';

export interface Content {
  root: string;
  guide: Guide;
  questions: Question[];
  flashcards: Flashcard[];
  decks: Deck[];
  designs: Design[];
  cases: MetricCase[];
  programs: ProgramScenario[];
  problems: Problem[];
  /** Mock interview loop templates, and what the mock's interviewer says beyond the bank (null when absent). */
  loops: Loop[];
  interviewer: Interviewer | null;
  storyThemes: StoryTheme[];
}

/** The content folder shipped with the package (src/content -> ../../content, same from dist/content). */
export function defaultContentRoot(): string {
  return process.env.TPMPREP_CONTENT ?? path.resolve(fileURLToPath(import.meta.url), '../../../content');
}

/** Loads every content file and lists every problem found, without stopping at the first. */
export function checkContent(root = defaultContentRoot()): { content?: Content; problems: ContentProblem[] } {
  const guide = loadGuide(root);
  const questions = loadQuestions(root);
  const flashcards = loadFlashcards(root);
  const exercises = loadExercises(root, new Set(questions.items.map((q) => q.id)));
  const codeProblems = loadProblems(root);
  const storyThemes = loadStoryThemes(root, questions.items);
  const loops = loadLoops(root, questions.items, codeProblems.items.length, storyThemes.items);
  const interviewer = loadInterviewer(root);
  const problems = [...guide.problems, ...questions.problems, ...flashcards.problems, ...exercises.problems, ...codeProblems.problems, ...storyThemes.problems, ...loops.problems, ...interviewer.problems];
  const loadedGuide = guide.items[0];
  if (problems.length > 0 || !loadedGuide) return { problems };
  return {
    problems,
    content: {
      root,
      guide: loadedGuide,
      questions: questions.items,
      flashcards: flashcards.items,
      decks: flashcards.decks,
      designs: exercises.designs,
      cases: exercises.cases,
      programs: exercises.programs,
      problems: codeProblems.items,
      loops: loops.items,
      interviewer: interviewer.items[0] ?? null,
      storyThemes: storyThemes.items,
    },
  };
}

/** Loads the content or throws a ContentError that lists each problem as `path:line: message`. */
export function loadContent(root = defaultContentRoot()): Content {
  const { content, problems } = checkContent(root);
  if (!content) throw new ContentError(problems);
  return content;
}
