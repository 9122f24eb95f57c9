import { AREAS, BANK_FLOORS, PROGRAM_COMPETENCIES, QUESTION_TYPES, SKILLS, STAGES, TRACKS } from '../core/taxonomy.js';
import type { Flashcard } from './flashcards.js';
import type { Question } from './questions.js';

export type Dimension = 'type' | 'skill' | 'area' | 'stage' | 'track' | 'competency';

export interface CoverageRow {
  dimension: Dimension;
  id: string;
  title: string;
  /** Questions per question type. */
  byType: Record<string, number>;
  /** Questions per track (a question on both tracks counts in each). */
  byTrack: Record<string, number>;
  total: number;
  floor: number;
  ok: boolean;
}

export interface Coverage {
  questions: number;
  flashcards: number;
  floors: typeof BANK_FLOORS;
  rows: CoverageRow[];
  /** Every floor that is not met, as a sentence. */
  shortfalls: string[];
}

/**
 * How the bank covers every type, skill, area and stage, each track, and the program competencies
 * (counted on the program track), against the floors it must keep. Every row splits its count by
 * type and by track, so the type rows are the types x tracks matrix.
 */
export function coverageOf(questions: readonly Question[], flashcards: readonly Flashcard[]): Coverage {
  const rows: CoverageRow[] = [];
  const add = (dimension: Dimension, table: readonly { id: string; title: string }[], floor: number, has: (q: Question, id: string) => boolean) => {
    for (const { id, title } of table) {
      const byType = Object.fromEntries(QUESTION_TYPES.map((t) => [t.id, 0])) as Record<string, number>;
      const byTrack = Object.fromEntries(TRACKS.map((t) => [t.id, 0])) as Record<string, number>;
      let total = 0;
      for (const q of questions) {
        if (!has(q, id)) continue;
        byType[q.type] = (byType[q.type] ?? 0) + 1;
        for (const track of q.tracks) byTrack[track] = (byTrack[track] ?? 0) + 1;
        total++;
      }
      rows.push({ dimension, id, title, byType, byTrack, total, floor, ok: total >= floor });
    }
  };
  add('type', QUESTION_TYPES, BANK_FLOORS.perType, (q, id) => q.type === id);
  add('skill', SKILLS, BANK_FLOORS.perSkill, (q, id) => (q.skills as string[]).includes(id));
  add('area', AREAS, BANK_FLOORS.perArea, (q, id) => (q.areas as string[]).includes(id));
  add('stage', STAGES, BANK_FLOORS.perStage, (q, id) => (q.stages as string[]).includes(id));
  add('track', TRACKS, BANK_FLOORS.perTrack, (q, id) => (q.tracks as string[]).includes(id));
  add('competency', PROGRAM_COMPETENCIES, BANK_FLOORS.perCompetency, (q, id) => q.tracks.includes('program') && (q.competencies as string[]).includes(id));
  const shortfalls = rows.filter((r) => !r.ok).map((r) => `${r.dimension} "${r.id}" has ${r.total} questions; the floor is ${r.floor}`);
  if (questions.length < BANK_FLOORS.questions) shortfalls.unshift(`the bank has ${questions.length} questions; the floor is ${BANK_FLOORS.questions}`);
  const programEstimation = questions.filter((q) => q.type === 'estimation' && q.tracks.includes('program')).length;
  if (programEstimation < BANK_FLOORS.programEstimation) {
    shortfalls.push(`the program track has ${programEstimation} estimation questions; the floor is ${BANK_FLOORS.programEstimation}`);
  }
  if (flashcards.length < BANK_FLOORS.flashcards) shortfalls.push(`there are ${flashcards.length} flashcards; the floor is ${BANK_FLOORS.flashcards}`);
  return { questions: questions.length, flashcards: flashcards.length, floors: BANK_FLOORS, rows, shortfalls };
}
