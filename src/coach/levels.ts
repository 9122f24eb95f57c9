/**
 * The closed set of levels a score maps to, overall and per dimension. One table, read everywhere
 * (the CLI prints the title, the web app colours by id).
 */
export const LEVELS = [
  { id: 'very-weak', title: 'Very weak', min: 0 },
  { id: 'weak', title: 'Weak', min: 20 },
  { id: 'mixed', title: 'Mixed', min: 40 },
  { id: 'strong', title: 'Strong', min: 60 },
  { id: 'very-strong', title: 'Very strong', min: 80 },
] as const;

export type LevelId = (typeof LEVELS)[number]['id'];
export type LevelTitle = (typeof LEVELS)[number]['title'];

/** The level of a 0-100 score: the highest level whose minimum the score reaches. */
export function levelOf(score: number): (typeof LEVELS)[number] {
  let level: (typeof LEVELS)[number] = LEVELS[0];
  for (const candidate of LEVELS) if (score >= candidate.min) level = candidate;
  return level;
}
