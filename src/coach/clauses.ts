/**
 * Cuts sentences into clauses and finds who does what in each: "I" or "we" followed by a verb in the
 * past tense is a step of a story; "I" followed by a present-tense verb is a habit. Tense comes from
 * wink-nlp's part of speech and lemma ("led" is a form of "lead"), plus the lists in star.yaml.
 */
import { isStoryType } from '../core/taxonomy.js';
import type { Context } from './context.js';
import type { Token } from './text.js';
import type { Span } from './types.js';

export interface Clause {
  start: number;
  end: number;
  firstToken: number;
  lastToken: number;
  /** "I" + past verb, "we" + past verb, and "I" + present verb (a habit), each with its span. */
  iActions: Span[];
  weActions: Span[];
  habits: Span[];
  hypothetical: boolean;
  /** was/were/had, not negated. */
  pastStates: number;
  /** A past verb in a clause without "I" or "we" as a subject ("the engineers disagreed"). */
  otherPast: boolean;
  /** Any past-tense verb at all, whoever the subject. */
  anyPast: boolean;
}

const MODALS = new Set(['would', "'d", 'could', 'should', 'might', 'will', "'ll", 'can', 'may', 'must', 'shall']);
const SKIPPABLE = new Set(['ADV', 'PART', 'INTJ', 'PUNCT']);

/** Past by its spelling alone: -ed, a listed irregular form, or a prefixed one ("rewrote"). */
function spelledPast(lower: string, context: Context): boolean {
  const words = context.rules.words;
  if (lower.endsWith('ed') || words.samePastForms.has(lower) || words.irregularPast.has(lower)) return true;
  return words.pastPrefixes.some((p) => lower.startsWith(p) && words.irregularPast.has(lower.slice(p.length)));
}

/** A past form by tagger and spelling, whatever the story's tense. */
function pastForm(token: Token, context: Context): boolean {
  const words = context.rules.words;
  if (token.pos !== 'VERB' && token.pos !== 'AUX') return false;
  if (words.presentForms.has(token.lower) || MODALS.has(token.lower)) return false;
  if (spelledPast(token.lower, context)) return true;
  return token.lemma !== token.lower && !token.lower.endsWith('ing') && !token.lower.endsWith('s') && !token.lower.startsWith("'");
}

/** "get", "writes", "carries": a verb in the present tense other than be, have, do or a modal. */
function presentStep(token: Token, context: Context): boolean {
  const { lower, lemma } = token;
  if (token.pos !== 'VERB' || MODALS.has(lower) || context.rules.words.presentForms.has(lower) || lower.endsWith('ing')) return false;
  if (spelledPast(lower, context)) return false;
  return lemma === lower || lower === `${lemma}s` || lower === `${lemma}es` || (lemma.endsWith('y') && lower === `${lemma.slice(0, -1)}ies`);
}

const tenses = new WeakMap<Context, boolean>();

/**
 * A story told in the present tense ("I get the two leads in a room, we cut the scope"): most steps
 * after "I" or "we" are present, the answer names a moment, and it has almost no generic phrases.
 * Its present-tense verbs then count as the story's past.
 */
export function toldInPresent(context: Context): boolean {
  let told = tenses.get(context);
  if (told === undefined) {
    told = readsAsPresentStory(context);
    tenses.set(context, told);
  }
  return told;
}

function readsAsPresentStory(context: Context): boolean {
  const rule = context.rules.data.star.narrativePresent;
  if (!isStoryType(context.type)) return false;
  if (context.hits.generic.length + context.hits.hypothetical.length > rule.maxGeneric) return false;
  const { tokens } = context.parsed;
  if (context.hits['narrative-anchor'].length === 0 && !tokens.some((t) => YEAR.test(t.value))) return false;
  let present = 0;
  let past = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    if (token.lower !== 'i' && !(token.lower === 'we' && token.pos === 'PRON')) continue;
    const verb = verbAfter(tokens, i + 1, tokens.length - 1, NO_FILLERS);
    if (!verb || verb.modal) continue;
    // "cut", "set": the same in both tenses, so no evidence either way.
    if (context.rules.words.samePastForms.has(verb.token.lower)) continue;
    if (pastForm(verb.token, context) || context.rules.words.stateVerbs.has(verb.token.lower)) past++;
    else if (presentStep(verb.token, context) && !context.rules.words.habitVerbsIgnored.has(verb.token.lower)) present++;
  }
  return present >= rule.minSteps && past <= rule.maxPastShare * (past + present);
}

const NO_FILLERS: ReadonlySet<number> = new Set();
/** A year as a token: "2022" sets a scene. */
export const YEAR = /^(?:19|20)\d\d$/;

/** Present forms of "be" and "have" that set a scene in a story told in the present ("it's November"). */
const PRESENT_STATES = new Set(['am', 'is', 'are', "'m", "'re", 'has']);

function isState(token: Token, context: Context): boolean {
  if (context.rules.words.stateVerbs.has(token.lower)) return true;
  return (PRESENT_STATES.has(token.lower) || (token.lower === "'s" && token.pos === 'AUX')) && toldInPresent(context);
}

export function isPastVerb(token: Token, context: Context): boolean {
  return pastForm(token, context) || (presentStep(token, context) && toldInPresent(context));
}

/** Right after "I" or "we" a word is a verb whatever the tagger says: "I rewrote" is not a noun. */
function isPastAfterSubject(token: Token, context: Context): boolean {
  if (isPastVerb(token, context)) return true;
  return (token.pos === 'NOUN' || token.pos === 'ADJ' || token.pos === 'PROPN') && spelledPast(token.lower, context);
}

/** A mark such as " - " breaks only with its spaces: the hyphen in "one-page" does not. */
function isMark(token: Token, context: Context): boolean {
  const text = context.text;
  return context.rules.data.star.clauseMarks.some((mark) => {
    const core = mark.trim();
    if (core !== token.value) return false;
    const lead = mark.length - mark.trimStart().length;
    const trail = mark.length - mark.trimEnd().length;
    const before = text.slice(Math.max(0, token.start - lead), token.start);
    const after = text.slice(token.end, token.end + trail);
    return before.length === lead && after.length === trail && /^\s*$/.test(before + after);
  });
}

const NEGATIONS = new Set(['not', "n't", 'never']);

function negated(tokens: readonly Token[], index: number): boolean {
  for (let i = Math.max(0, index - 3); i <= index + 1 && i < tokens.length; i++) if (i !== index && NEGATIONS.has((tokens[i] as Token).lower)) return true;
  return false;
}

function breaksAfter(tokens: readonly Token[], index: number, context: Context): boolean {
  const token = tokens[index] as Token;
  const next = tokens[index + 1];
  const words = context.rules.words;
  if (next && isMark(token, context)) return true;
  if (token.value === ',' && next && words.commaBreaks.has(next.lower)) return true;
  // " and I ...": the conjunction starts the next clause, so the break comes before it.
  return !!next && !!tokens[index + 2] && token.value !== ',' && words.conjunctions.has(next.lower) && words.subjectPronouns.has((tokens[index + 2] as Token).lower);
}

/** The verb a subject pronoun governs: skips adverbs, fillers, "not" and do/have auxiliaries. */
function verbAfter(tokens: readonly Token[], from: number, last: number, fillers: ReadonlySet<number>): { token: Token; modal: boolean } | undefined {
  for (let i = from; i <= last && i < from + 5; i++) {
    const token = tokens[i] as Token;
    if (MODALS.has(token.lower)) return { token, modal: true };
    if (fillers.has(token.start) || (SKIPPABLE.has(token.pos) && token.value !== '.')) continue;
    if (token.pos === 'AUX' && /^(?:do|does|did|have|has|'ve)$/.test(token.lower) && tokens[i + 1] && ['PART', 'ADV', 'VERB'].includes((tokens[i + 1] as Token).pos)) continue;
    if (token.pos === 'VERB' || token.pos === 'AUX' || token.pos === 'NOUN' || token.pos === 'ADJ' || token.pos === 'PROPN') return { token, modal: false };
    return undefined;
  }
  return undefined;
}

export function findClauses(context: Context): Clause[] {
  const { tokens, sentences } = context.parsed;
  const rules = context.rules;
  // Fillers and hedges between "I" and its verb ("I, um, jumped", "I sort of set up") are skipped.
  const fillerStarts = new Set<number>();
  for (const hit of [...context.hits.filler, ...context.hits.hedge]) {
    for (const token of tokens) if (token.start >= hit.start && token.end <= hit.end && token.lower !== 'i') fillerStarts.add(token.start);
  }
  const hypotheticalHits = context.hits.hypothetical;

  const clauses: Clause[] = [];
  for (const sentence of sentences) {
    let first = sentence.firstToken;
    for (let i = sentence.firstToken; i <= sentence.lastToken; i++) {
      if (i === sentence.lastToken || breaksAfter(tokens, i, context)) {
        const head = tokens[first] as Token;
        const tail = tokens[i] as Token;
        clauses.push({
          start: head.start,
          end: tail.end,
          firstToken: first,
          lastToken: i,
          iActions: [],
          weActions: [],
          habits: [],
          hypothetical: false,
          pastStates: 0,
          otherPast: false,
          anyPast: false,
        });
        first = i + 1;
      }
    }
  }

  let previousSubject: 'i' | 'we' | undefined;
  for (const clause of clauses) {
    // Hypothetical when a marker ("would", "usually") comes before the clause's first past verb:
    // "we decided to ship, accepting that we would delay" is still a step.
    let firstPast = clause.end;
    for (let i = clause.firstToken; i <= clause.lastToken; i++) {
      const token = tokens[i] as Token;
      if (token.pos === 'VERB' && isPastVerb(token, context)) {
        firstPast = token.start;
        break;
      }
    }
    clause.hypothetical = hypotheticalHits.some((hit) => hit.start >= clause.start && hit.end <= clause.end && hit.start < firstPast);
    let subjectSeen = false;
    // "I was", "I had": the candidate's own state is a role or a task, not the setting of the story.
    const ownStates = new Set<number>();
    for (let i = clause.firstToken; i <= clause.lastToken; i++) {
      const token = tokens[i] as Token;
      const subject = token.lower === 'i' ? 'i' : token.lower === 'we' && token.pos === 'PRON' ? 'we' : undefined;
      if (!subject) continue;
      subjectSeen = true;
      const verb = verbAfter(tokens, i + 1, clause.lastToken, fillerStarts);
      if (!verb || verb.modal) continue;
      const span: Span = [token.start, verb.token.end];
      const state = isState(verb.token, context);
      if (state && subject === 'i') ownStates.add(verb.token.start);
      // "I had him write the summary": a causative "had" is a step, not a state.
      const causative = state && tokens[tokens.indexOf(verb.token) + 1]?.pos === 'PRON';
      if (isPastAfterSubject(verb.token, context) && (!state || causative)) {
        const list = subject === 'i' ? clause.iActions : clause.weActions;
        list.push(span);
        previousSubject = subject;
        // "I pulled the traces and found...", "I tagged..., published...": one subject, several steps.
        for (let j = tokens.indexOf(verb.token) + 1; j <= clause.lastToken; j++) {
          const next = tokens[j] as Token;
          if (next.pos === 'PRON' && rules.words.subjectPronouns.has(next.lower)) break;
          const joiner = tokens[j - 1];
          if (next.pos === 'VERB' && isPastVerb(next, context) && (joiner?.lower === 'and' || joiner?.value === ',')) list.push([next.start, next.end]);
        }
      } else if (subject === 'i' && verb.token.pos === 'VERB' && verb.token.lemma === verb.token.lower && !rules.words.habitVerbsIgnored.has(verb.token.lower)) {
        clause.habits.push(span);
      }
    }
    // "..., and got the lead to agree": a clause that opens on a past verb continues the last subject.
    if (!subjectSeen && previousSubject) {
      for (let i = clause.firstToken; i <= Math.min(clause.lastToken, clause.firstToken + 2); i++) {
        const token = tokens[i] as Token;
        if (token.pos === 'CCONJ' || token.pos === 'PUNCT' || token.pos === 'ADV') continue;
        if (isPastVerb(token, context) && token.pos === 'VERB' && !isState(token, context)) {
          (previousSubject === 'i' ? clause.iActions : clause.weActions).push([token.start, token.end]);
        }
        break;
      }
    }
    if (clause.iActions.length + clause.weActions.length === 0 && subjectSeen) previousSubject = undefined;
    for (let i = clause.firstToken; i <= clause.lastToken; i++) {
      const token = tokens[i] as Token;
      if (isState(token, context) && !negated(tokens, i) && !ownStates.has(token.start)) clause.pastStates++;
      if (token.pos === 'VERB' && isPastVerb(token, context)) {
        clause.anyPast = true;
        if (!subjectSeen) clause.otherPast = true;
      }
    }
  }
  return clauses;
}
