/**
 * Loads the coach's rule files (content/coach/*.yaml), validates them and compiles their phrase lists
 * into one matcher, so an answer is scanned once for every lexicon. A broken file fails with a
 * ContentError naming its path and line.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { LineCounter, parseDocument, isNode, type Document } from 'yaml';
import type { z } from 'zod';
import { ContentError, type ContentProblem } from '../core/errors.js';
import { PhraseMatcher } from './phrase-matcher.js';
import { RULE_FILES, type RuleData, type RuleFileId } from './rules-schema.js';

/** Where the rules live when the caller does not say: content/coach beside src/ or dist/. */
export const DEFAULT_RULES_DIR = fileURLToPath(new URL('../../content/coach/', import.meta.url));

export const LEXICON_IDS = [
  'filler',
  'hedge',
  'cue-situation',
  'cue-situation-weak',
  'cue-task',
  'cue-task-weak',
  'cue-action',
  'cue-action-weak',
  'cue-result',
  'cue-result-weak',
  'change-verb',
  'outcome-verb',
  'hypothetical',
  'i',
  'we',
  'generic',
  'tpm',
  'technical',
  'jargon',
  'work',
  'tradeoff',
  'alternative',
  'metric',
  'risk',
  'collaboration',
  'role',
  'role-link',
  'signpost',
  'comparison',
  'number-word',
  'singular-word',
  'singular-unit',
  'fraction',
  'multiplier',
  'unit',
  'duration-unit',
  'percent-unit',
  'money-unit',
  'multiplier-unit',
  'zero-word',
  'zero-noun',
  'narrative-anchor',
  'platitude',
] as const;
export type LexiconId = (typeof LEXICON_IDS)[number];

/** A phrase found in the answer: which list it came from and its position in that list. */
export interface LexiconHit {
  lexicon: LexiconId;
  index: number;
}

export interface CoachRules {
  dir: string;
  data: RuleData;
  matcher: PhraseMatcher<LexiconHit>;
  /** Single-word lists looked up by lower-case word. */
  words: {
    samePastForms: ReadonlySet<string>;
    presentForms: ReadonlySet<string>;
    stateVerbs: ReadonlySet<string>;
    subjectPronouns: ReadonlySet<string>;
    conjunctions: ReadonlySet<string>;
    commaBreaks: ReadonlySet<string>;
    promptIgnore: ReadonlySet<string>;
    plainAbbreviations: ReadonlySet<string>;
    habitVerbsIgnored: ReadonlySet<string>;
    dateWords: ReadonlySet<string>;
    yearContext: ReadonlySet<string>;
    changeWords: ReadonlySet<string>;
    explainVerbs: ReadonlySet<string>;
    comparisonFollowers: ReadonlySet<string>;
    prepositionLinks: ReadonlySet<string>;
    roleDeterminers: ReadonlySet<string>;
    subjectI: ReadonlySet<string>;
    subjectWe: ReadonlySet<string>;
    namingCounts: ReadonlySet<string>;
    fractionGuards: ReadonlySet<string>;
    presentResultCues: ReadonlySet<string>;
    irregularPast: ReadonlySet<string>;
    pastPrefixes: readonly string[];
  };
  audienceMatcher: PhraseMatcher<number>;
}

function lineOf(doc: Document, counter: LineCounter, issuePath: readonly PropertyKey[]): number {
  for (let depth = issuePath.length; depth >= 0; depth--) {
    const node = doc.getIn(issuePath.slice(0, depth) as (string | number)[], true);
    if (isNode(node) && node.range) return counter.linePos(node.range[0]).line;
  }
  return 1;
}

function readRuleFile<K extends RuleFileId>(dir: string, id: K): RuleData[K] {
  const file = path.join(dir, `${id}.yaml`);
  const shown = path.relative(process.cwd(), file) || file;
  let source: string;
  try {
    source = fs.readFileSync(file, 'utf8');
  } catch {
    throw new ContentError([{ path: shown, line: 1, message: `cannot read the coach rule file; restore ${id}.yaml in ${dir}` }]);
  }
  const counter = new LineCounter();
  const doc = parseDocument(source, { lineCounter: counter, prettyErrors: false });
  if (doc.errors.length > 0) {
    throw new ContentError(
      doc.errors.map((error) => ({ path: shown, line: error.linePos?.[0].line ?? 1, message: `YAML: ${error.message.split('\n')[0]}` })),
    );
  }
  const schema = RULE_FILES[id] as unknown as z.ZodType<RuleData[K]>;
  const result = schema.safeParse(doc.toJS());
  if (!result.success) {
    const problems: ContentProblem[] = result.error.issues.map((issue) => ({
      path: shown,
      line: lineOf(doc, counter, issue.path),
      message: `${issue.path.length > 0 ? `${issue.path.join('.')}: ` : ''}${issue.message}`,
    }));
    throw new ContentError(problems);
  }
  return result.data;
}

function lower(list: readonly string[]): ReadonlySet<string> {
  return new Set(list.map((item) => item.toLowerCase()));
}

function compile(dir: string, data: RuleData): CoachRules {
  const lists: Record<LexiconId, readonly string[]> = {
    filler: data.delivery.fillers.map((f) => (typeof f === 'string' ? f : f.phrase)),
    hedge: data.delivery.hedges,
    'cue-situation': data.star.cues.situation.phrases,
    'cue-situation-weak': data.star.cues.situation.weak,
    'cue-task': data.star.cues.task.phrases,
    'cue-task-weak': data.star.cues.task.weak,
    'cue-action': data.star.cues.action.phrases,
    'cue-action-weak': data.star.cues.action.weak,
    'cue-result': data.star.cues.result.phrases,
    'cue-result-weak': data.star.cues.result.weak,
    'change-verb': data.star.changeVerbs,
    'outcome-verb': data.star.outcomeVerbs,
    hypothetical: data.star.hypothetical,
    i: data.ownership.i,
    we: data.ownership.we,
    generic: data.story.genericPhrases,
    tpm: data.terms.tpmTerms,
    technical: data.terms.technicalTerms,
    jargon: data.terms.jargon,
    work: data.terms.workWords,
    tradeoff: data.thinking.tradeoffs,
    alternative: data.thinking.alternatives,
    metric: data.thinking.metrics,
    risk: data.thinking.risks,
    collaboration: data.thinking.collaboration,
    role: data.thinking.roles,
    'role-link': data.thinking.roleLinks,
    signpost: data.thinking.signposts,
    comparison: data.thinking.comparisons,
    'number-word': data.quantities.numberWords,
    'singular-word': data.quantities.singularWords,
    'singular-unit': data.quantities.singularUnits,
    fraction: data.quantities.fractions,
    multiplier: data.quantities.multipliers,
    unit: data.quantities.units,
    'duration-unit': data.quantities.durationUnits,
    'percent-unit': data.quantities.percentUnits,
    'money-unit': data.quantities.moneyUnits,
    'multiplier-unit': data.quantities.multiplierUnits,
    'zero-word': data.quantities.zeroWords,
    'zero-noun': data.quantities.zeroNouns,
    'narrative-anchor': data.star.narrativePresent.anchors,
    platitude: data.scoring.concrete.platitudes,
  };
  const entries = LEXICON_IDS.flatMap((lexicon) => lists[lexicon].map((phrase, index) => ({ phrase, value: { lexicon, index } })));
  return {
    dir,
    data,
    matcher: new PhraseMatcher(entries),
    words: {
      samePastForms: lower(data.star.samePastForms),
      presentForms: lower(data.star.presentForms),
      stateVerbs: lower(data.star.stateVerbs),
      subjectPronouns: lower(data.star.subjectPronouns),
      conjunctions: lower(data.star.conjunctions),
      commaBreaks: lower(data.star.commaBreaks),
      promptIgnore: lower(data.terms.promptIgnore),
      plainAbbreviations: lower(data.terms.plainAbbreviations),
      habitVerbsIgnored: lower(data.story.habitVerbsIgnored),
      dateWords: lower(data.quantities.dateWords),
      yearContext: lower(data.quantities.yearContext),
      changeWords: lower(data.quantities.changeWords),
      explainVerbs: lower(data.terms.explainSimply.verbs),
      comparisonFollowers: lower(data.thinking.comparisonFollowers),
      prepositionLinks: lower(data.thinking.prepositionLinks),
      roleDeterminers: lower(data.thinking.roleDeterminers),
      subjectI: lower(data.ownership.subjectI),
      subjectWe: lower(data.ownership.subjectWe),
      namingCounts: lower(data.quantities.namingCounts),
      fractionGuards: lower(data.quantities.fractionGuards),
      presentResultCues: lower(data.star.presentResultCues),
      irregularPast: lower(data.star.irregularPast),
      pastPrefixes: data.star.pastPrefixes.map((p) => p.toLowerCase()),
    },
    audienceMatcher: new PhraseMatcher(data.terms.explainSimply.audiences.map((phrase, index) => ({ phrase, value: index }))),
  };
}

const cache = new Map<string, CoachRules>();

/**
 * Reads, validates and compiles the rule files in `dir` (default content/coach). Cached per
 * directory; pass `{ fresh: true }` to re-read after editing the files.
 */
export function loadCoachRules(dir: string = DEFAULT_RULES_DIR, options: { fresh?: boolean } = {}): CoachRules {
  const key = path.resolve(dir);
  const cached = cache.get(key);
  if (cached && !options.fresh) return cached;
  const problems: ContentProblem[] = [];
  const data: Partial<RuleData> = {};
  for (const id of Object.keys(RULE_FILES) as RuleFileId[]) {
    try {
      (data as Record<RuleFileId, unknown>)[id] = readRuleFile(key, id);
    } catch (error) {
      if (error instanceof ContentError) problems.push(...error.problems);
      else throw error;
    }
  }
  if (problems.length > 0) throw new ContentError(problems);
  const rules = compile(key, data as RuleData);
  cache.set(key, rules);
  return rules;
}
