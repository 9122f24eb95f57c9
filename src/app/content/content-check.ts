import path from 'node:path';
import { loadCoachRules } from '../../coach/index.js';
import { ContentError, type ContentProblem } from '../../core/errors.js';
import { checkContent, defaultContentRoot, type Content } from '../../content/index.js';

/**
 * Every content file the product reads, checked in one pass: the curriculum (guide, questions,
 * flashcards, exercises, problems) and the coach's rule files.
 */
export function checkAllContent(root = defaultContentRoot()): { content?: Content; problems: ContentProblem[] } {
  const { content, problems } = checkContent(root);
  try {
    loadCoachRules(path.join(root, 'coach'), { fresh: true });
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    problems.push(...error.problems);
  }
  return problems.length > 0 ? { problems } : { content, problems };
}
