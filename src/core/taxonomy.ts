/**
 * The closed sets of the curriculum. Every content file, API body and CLI option is checked
 * against these tables; nothing else defines them.
 */

export const SKILLS = [
  { id: 'technical-expertise', title: 'Technical expertise' },
  { id: 'product-vision', title: 'Product vision' },
  { id: 'communication', title: 'Communication' },
  { id: 'data-analysis', title: 'Data analysis' },
  { id: 'strategic-thinking', title: 'Strategic thinking' },
] as const;

export const AREAS = [
  { id: 'product-development', title: 'Product development' },
  { id: 'data-analysis', title: 'Data analysis' },
  { id: 'technical-skills', title: 'Technical skills' },
  { id: 'communication', title: 'Communication' },
  { id: 'strategic-thinking', title: 'Strategic thinking' },
  { id: 'customer-needs', title: 'Customer needs' },
  { id: 'market-trends', title: 'Market trends' },
  { id: 'competitive-landscape', title: 'Competitive landscape' },
  { id: 'product-roadmap', title: 'Product roadmap' },
  { id: 'metrics', title: 'Metrics' },
] as const;

export const STAGES = [
  { id: 'phone-screen', title: 'Phone screen' },
  { id: 'technical', title: 'Technical interview' },
  { id: 'product', title: 'Product interview' },
  { id: 'final-round', title: 'Final round' },
] as const;

export const QUESTION_TYPES = [
  { id: 'behavioral', title: 'Behavioral (STAR)' },
  { id: 'program-sense', title: 'Program sense and execution' },
  { id: 'product-sense', title: 'Product sense' },
  { id: 'technical', title: 'Technical concepts and trade-offs' },
  { id: 'system-design', title: 'System design' },
  { id: 'metrics', title: 'Metrics and data analysis' },
  { id: 'estimation', title: 'Estimation' },
  { id: 'strategy', title: 'Strategy' },
  { id: 'deep-dive', title: 'Deep dive on your own program' },
  { id: 'partnership', title: 'Cross-functional partnership' },
] as const;

/** The two jobs called TPM. `product` is the guide's role; `program` is what most large companies call a TPM. */
export const TRACKS = [
  { id: 'product', title: 'Technical Product Manager' },
  { id: 'program', title: 'Technical Program Manager' },
] as const;

/** The program track's own axis, beside the guide's 10 areas. */
export const PROGRAM_COMPETENCIES = [
  { id: 'execution', title: 'Execution' },
  { id: 'risk', title: 'Risk' },
  { id: 'dependencies', title: 'Dependencies' },
  { id: 'stakeholders', title: 'Stakeholders' },
  { id: 'technical-judgement', title: 'Technical judgement' },
] as const;

export const LEVELS = [
  { id: 'mid', title: 'Mid-level' },
  { id: 'senior', title: 'Senior' },
  { id: 'staff', title: 'Staff' },
] as const;

/** Question types answered with a story of your own: read for STAR, ownership and the competency shown. */
export const STORY_TYPES = ['behavioral', 'deep-dive', 'partnership'] as const;

/** Question types that describe what a story looks like at each level. */
export const LEVELED_TYPES = ['behavioral', 'program-sense', 'deep-dive', 'partnership'] as const;

/**
 * What a mock loop's stage is, as its interviewer would call it: the guide's interview stages plus the
 * program track's rounds of their own. A question's `stages` tags stay the guide's four stages; a
 * round kind that is not one of them asks the question type of the same name.
 */
export const ROUND_KINDS = [
  ...STAGES,
  { id: 'deep-dive', title: 'Deep dive (project retrospective)' },
  { id: 'partnership', title: 'Cross-functional partnership' },
] as const;

export const DIFFICULTIES = [
  { id: 'easy', title: 'Easy' },
  { id: 'medium', title: 'Medium' },
  { id: 'hard', title: 'Hard' },
] as const;

type Ids<T extends readonly { id: string }[]> = T[number]['id'];

export type SkillId = Ids<typeof SKILLS>;
export type AreaId = Ids<typeof AREAS>;
export type StageId = Ids<typeof STAGES>;
export type QuestionType = Ids<typeof QUESTION_TYPES>;
export type Difficulty = Ids<typeof DIFFICULTIES>;
export type TrackId = Ids<typeof TRACKS>;
export type ProgramCompetencyId = Ids<typeof PROGRAM_COMPETENCIES>;
export type LevelId = Ids<typeof LEVELS>;
export type RoundKind = Ids<typeof ROUND_KINDS>;

function idsOf<T extends readonly { id: string }[]>(table: T): [Ids<T>, ...Ids<T>[]] {
  return table.map((row) => row.id) as [Ids<T>, ...Ids<T>[]];
}

export const SKILL_IDS = idsOf(SKILLS);
export const AREA_IDS = idsOf(AREAS);
export const STAGE_IDS = idsOf(STAGES);
export const QUESTION_TYPE_IDS = idsOf(QUESTION_TYPES);
export const DIFFICULTY_IDS = idsOf(DIFFICULTIES);
export const TRACK_IDS = idsOf(TRACKS);
export const PROGRAM_COMPETENCY_IDS = idsOf(PROGRAM_COMPETENCIES);
export const LEVEL_IDS = idsOf(LEVELS);
export const ROUND_KIND_IDS = idsOf(ROUND_KINDS);

export function isStoryType(type: string): boolean {
  return (STORY_TYPES as readonly string[]).includes(type);
}

/** Whether a question suits a round of this kind: it is tagged with the stage, or it is of the round's own type. */
export function fitsRound(kind: RoundKind, question: { type: QuestionType; stages: readonly StageId[] }): boolean {
  return (STAGE_IDS as readonly string[]).includes(kind) ? question.stages.includes(kind as StageId) : question.type === kind;
}

/** Floors the question bank must keep: a test and `content stats` both read these. */
export const BANK_FLOORS = {
  perArea: 15,
  perSkill: 40,
  perStage: 25,
  perType: 15,
  /** Questions that prepare for each track (a question on both tracks counts for each). */
  perTrack: 200,
  /** Program-track questions on each program competency. */
  perCompetency: 20,
  /** Schedule, effort, capacity and cost estimation on the program track. */
  programEstimation: 10,
  questions: 350,
  flashcards: 150,
} as const;

export function titleOf(table: readonly { id: string; title: string }[], id: string): string {
  return table.find((row) => row.id === id)?.title ?? id;
}
