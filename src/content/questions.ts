import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { AREA_IDS, DIFFICULTY_IDS, LEVELED_TYPES, PROGRAM_COMPETENCY_IDS, QUESTION_TYPE_IDS, SKILL_IDS, STAGE_IDS, TRACK_IDS, isStoryType } from '../core/taxonomy.js';
import type { AreaId, Difficulty, ProgramCompetencyId, QuestionType, SkillId, StageId, TrackId } from '../core/taxonomy.js';
import type { ContentProblem } from '../core/errors.js';
import { displayPath, readMarkdownFolder, type LoadResult } from './collection.js';
import { lineOf } from './front-matter.js';

const text = z.string().trim().min(1);
const signal = z
  .string()
  .trim()
  .min(1)
  .refine((s) => s === s.toLowerCase(), 'signals are lowercase');

const rubricPointSchema = z.strictObject({
  point: text,
  shows: text,
  signals: z.array(signal).min(5).max(12),
  /** What an interviewer asks when an answer leaves this point out. */
  probe: text,
});

/** What a behavioral story must show to answer its question at all (a failure, a conflict, a change of mind). */
const competencySchema = z.strictObject({
  name: text,
  signals: z.array(signal).min(6).max(30),
});

/** What the scope, ambiguity and evidence of an answer look like at each level. */
const levelsSchema = z.strictObject({ mid: text, senior: text, staff: text });

const questionSchema = z.strictObject({
  title: text,
  type: z.enum(QUESTION_TYPE_IDS),
  skills: z.array(z.enum(SKILL_IDS)).min(1).max(3),
  areas: z.array(z.enum(AREA_IDS)).min(1).max(4),
  stages: z.array(z.enum(STAGE_IDS)).min(1).max(3),
  difficulty: z.enum(DIFFICULTY_IDS),
  minutes: z.number().int().min(1).max(60),
  rubric: z.array(rubricPointSchema).min(4).max(6),
  followups: z.array(text).min(2).max(4),
  pitfalls: z.array(text).min(2).max(5),
  competency: competencySchema.optional(),
  tracks: z.array(z.enum(TRACK_IDS)).min(1).max(2),
  competencies: z.array(z.enum(PROGRAM_COMPETENCY_IDS)).min(1).max(3).optional(),
  levels: levelsSchema.optional(),
});

export type RubricPoint = z.infer<typeof rubricPointSchema>;
export type Competency = z.infer<typeof competencySchema>;
export type Levels = z.infer<typeof levelsSchema>;

export interface Question {
  id: string;
  title: string;
  prompt: string;
  type: QuestionType;
  skills: SkillId[];
  areas: AreaId[];
  stages: StageId[];
  difficulty: Difficulty;
  minutes: number;
  rubric: RubricPoint[];
  outline: string[];
  followups: string[];
  pitfalls: string[];
  competency?: Competency;
  tracks: TrackId[];
  /** The program track's competencies this question tests. */
  competencies: ProgramCompetencyId[];
  levels?: Levels;
}

const OUTLINE_HEADING = '## Model answer outline';

export function loadQuestions(root: string): LoadResult<Question> {
  const dir = path.join(root, 'questions');
  const result: LoadResult<Question> = { items: [], problems: [] };
  if (!fs.existsSync(dir)) return result;
  const seen = new Map<string, string>();
  for (const folder of fs.readdirSync(dir).sort()) {
    const folderPath = path.join(dir, folder);
    if (!fs.statSync(folderPath).isDirectory()) continue;
    if (!(QUESTION_TYPE_IDS as readonly string[]).includes(folder)) {
      result.problems.push({
        path: displayPath(root, folderPath),
        line: 1,
        message: `"${folder}" is not a question type; folders are: ${QUESTION_TYPE_IDS.join(', ')}`,
      });
      continue;
    }
    const entries = readMarkdownFolder(root, folderPath, questionSchema);
    result.problems.push(...entries.problems);
    for (const entry of entries.items) {
      const problems: ContentProblem[] = [];
      const story = isStoryType(entry.meta.type);
      if (story !== (entry.meta.competency !== undefined)) {
        problems.push({
          path: entry.file,
          line: 2,
          message: story ? `a ${entry.meta.type} question needs a competency: { name, signals }` : 'only story questions (behavioral, deep-dive, partnership) have a competency',
        });
      }
      const at = (key: string) => lineOf(entry.parsed.yaml, [key]);
      if ((LEVELED_TYPES as readonly string[]).includes(entry.meta.type) && !entry.meta.levels) {
        problems.push({
          path: entry.file,
          line: at('type'),
          message: `a ${entry.meta.type} question needs levels: { mid, senior, staff }, two or three sentences each on what a strong answer covers at that level`,
        });
      }
      if (entry.meta.tracks.includes('program') && !entry.meta.competencies) {
        problems.push({
          path: entry.file,
          line: at('tracks'),
          message: `a question on the program track needs competencies: 1-3 of ${PROGRAM_COMPETENCY_IDS.join(', ')}`,
        });
      }
      if (entry.meta.type !== folder) {
        problems.push({ path: entry.file, line: 2, message: `type "${entry.meta.type}" must match its folder "${folder}"` });
      }
      const other = seen.get(entry.id);
      if (other) problems.push({ path: entry.file, line: 1, message: `the id "${entry.id}" is also used by ${other}` });
      seen.set(entry.id, entry.file);
      const body = splitBody(entry.file, entry.body, entry.bodyLine);
      problems.push(...body.problems);
      result.problems.push(...problems);
      if (problems.length > 0) continue;
      result.items.push({
        id: entry.id,
        title: entry.meta.title,
        prompt: body.prompt,
        type: entry.meta.type,
        skills: entry.meta.skills,
        areas: entry.meta.areas,
        stages: entry.meta.stages,
        difficulty: entry.meta.difficulty,
        minutes: entry.meta.minutes,
        rubric: entry.meta.rubric,
        outline: body.outline,
        followups: entry.meta.followups,
        pitfalls: entry.meta.pitfalls,
        ...(entry.meta.competency ? { competency: entry.meta.competency } : {}),
        tracks: entry.meta.tracks,
        competencies: entry.meta.competencies ?? [],
        ...(entry.meta.levels ? { levels: entry.meta.levels } : {}),
      });
    }
  }
  result.items.sort((a, b) => a.id.localeCompare(b.id));
  return result;
}

/** The body is the prompt, then "## Model answer outline" with a numbered list. */
function splitBody(file: string, body: string, bodyLine: number) {
  const problems: ContentProblem[] = [];
  const lines = body.split('\n');
  const headingIndex = lines.findIndex((line) => line.trim() === OUTLINE_HEADING);
  if (headingIndex < 0) {
    problems.push({ path: file, line: bodyLine, message: `add a "${OUTLINE_HEADING}" section with a numbered list` });
    return { prompt: '', outline: [], problems };
  }
  const prompt = lines.slice(0, headingIndex).join('\n').trim();
  if (!prompt) problems.push({ path: file, line: bodyLine, message: 'the prompt (the text before the outline) is empty' });
  const outline: string[] = [];
  for (const line of lines.slice(headingIndex + 1)) {
    const step = /^\d+\.\s+(.*)$/.exec(line.trim());
    if (step?.[1]) outline.push(step[1].trim());
    else if (line.trim() && outline.length > 0) outline[outline.length - 1] += ` ${line.trim()}`;
  }
  if (outline.length < 4) {
    problems.push({
      path: file,
      line: bodyLine + headingIndex,
      message: `the model answer outline needs at least 4 numbered steps (found ${outline.length})`,
    });
  }
  return { prompt, outline, problems };
}
