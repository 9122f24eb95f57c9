import type { ContentProblem } from '../core/errors.js';
import { loadCases, type MetricCase } from './cases.js';
import { loadDesigns, type Design } from './designs.js';
import { loadPrograms, type ProgramScenario } from './programs.js';

export interface Exercises {
  designs: Design[];
  cases: MetricCase[];
  programs: ProgramScenario[];
}

/**
 * Loads the three kinds of exercises. Ids are unique across kinds, since `tpmprep exercises show <id>`
 * takes an id alone; with `questionIds`, a design's related questions must exist in the bank.
 */
export function loadExercises(root: string, questionIds?: ReadonlySet<string>): Exercises & { problems: ContentProblem[] } {
  const designs = loadDesigns(root, questionIds);
  const cases = loadCases(root);
  const programs = loadPrograms(root);
  const problems = [...designs.problems, ...cases.problems, ...programs.problems];
  const owner = new Map<string, string>();
  for (const item of [...designs.items, ...cases.items, ...programs.items]) {
    const other = owner.get(item.id);
    if (other) problems.push({ path: item.file, line: 1, message: `the id "${item.id}" is also used by ${other}; exercise ids are unique across designs, cases and programs` });
    else owner.set(item.id, item.file);
  }
  return { designs: designs.items, cases: cases.items, programs: programs.items, problems };
}
