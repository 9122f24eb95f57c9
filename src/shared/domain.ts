/**
 * The run-time values the web app shares with the server: closed sets, their tables and formatters.
 * One definition each, so both sides name and format things the same way.
 */
export { AREAS, DIFFICULTIES, LEVELS, PROGRAM_COMPETENCIES, QUESTION_TYPES, SKILLS, STAGES, TRACKS, isStoryType } from '../core/taxonomy.js';
export { HIRE_BARS } from '../core/mock-debrief.js';
export { QUESTION_PAGE_SIZE } from '../core/paging.js';
export { VERDICTS } from '../judge/verdicts.js';
export { csvField } from '../content/case-csv.js';
export { formatBytes, formatDuration, formatNumber, formatPercent } from '../calc/format.js';
