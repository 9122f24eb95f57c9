import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ContentError, type ContentProblem } from '../core/errors.js';
import { loadFlashcards, type Deck, type Flashcard } from './flashcards.js';
import { loadGuide, type Guide } from './guide.js';
import { loadQuestions, type Question } from './questions.js';

export type { Guide } from './guide.js';
export type { Question, RubricPoint } from './questions.js';
export type { Flashcard, Deck } from './flashcards.js';

export interface Content {
  root: string;
  guide: Guide;
  questions: Question[];
  flashcards: Flashcard[];
  decks: Deck[];
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
  const problems = [...guide.problems, ...questions.problems, ...flashcards.problems];
  const loadedGuide = guide.items[0];
  if (problems.length > 0 || !loadedGuide) return { problems };
  return {
    problems,
    content: { root, guide: loadedGuide, questions: questions.items, flashcards: flashcards.items, decks: flashcards.decks },
  };
}

/** Loads the content or throws a ContentError that lists each problem as `path:line: message`. */
export function loadContent(root = defaultContentRoot()): Content {
  const { content, problems } = checkContent(root);
  if (!content) throw new ContentError(problems);
  return content;
}
