/**
 * Reads the scope of a story: who the work reached (one team, an org, several orgs, the company), the
 * people, money and time named, the ambiguity it started from and the direction it set. Each piece of
 * evidence points at its words; the story reads as the highest level its evidence supports, said
 * against the level the candidate is aiming for. The phrases and thresholds are in content/coach/scope.yaml.
 *
 * @example
 *   readScope('I led four teams and 30 engineers for two quarters...', rules, 'senior').readsAs; // 'senior'
 */
import { LEVELS, type LevelId } from '../core/taxonomy.js';
import type { CoachRules } from './rules-load.js';
import type { RuleData } from './rules-schema.js';
import type { ScopeEvidence, ScopeKind, ScopeReading } from './types.js';

type ScopeRules = RuleData['scope'];

const RANK: Record<LevelId, number> = { mid: 0, senior: 1, staff: 2 };
const titleOf = (level: LevelId) => LEVELS.find((l) => l.id === level)?.title ?? level;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** One alternation of phrases, longest first, on word boundaries. */
const alternation = (list: readonly string[]) => [...list].sort((a, b) => b.length - a.length).map(escape).join('|');

interface Compiled {
  phrases: Array<{ kind: ScopeKind; re: RegExp }>;
  counted: RegExp;
  money: RegExp;
  duration: RegExp;
}

const compiledCache = new WeakMap<ScopeRules, Compiled>();

function compile(rules: ScopeRules): Compiled {
  const cached = compiledCache.get(rules);
  if (cached) return cached;
  const bounded = (list: readonly string[]) => new RegExp(`(?<![\\w-])(?:${alternation(list)})(?![\\w-])`, 'gi');
  const number = `(\\d[\\d,]*(?:\\.\\d+)?|${alternation(Object.keys(rules.numberWords))})`;
  const nouns = alternation([...rules.people, ...rules.teams, ...rules.orgs]);
  const compiled: Compiled = {
    phrases: [
      ...(['company', 'orgs', 'org', 'team'] as const).map((kind) => ({ kind, re: bounded(rules.reach[kind]) })),
      { kind: 'direction' as const, re: bounded(rules.direction) },
      { kind: 'ambiguity' as const, re: bounded(rules.ambiguity) },
    ],
    // "30 engineers", "four partner teams", "two other orgs": a number, at most one word, a noun.
    counted: new RegExp(`(?<![\\w$])${number}\\s+(?:[a-z-]+\\s+)?(${nouns})(?![\\w-])`, 'gi'),
    money: new RegExp(`\\$\\s?(\\d[\\d,]*(?:\\.\\d+)?)\\s?(${alternation(Object.keys(rules.money))})?(?![\\w])|(?<![\\w$])(\\d[\\d,]*(?:\\.\\d+)?)\\s?(${alternation(Object.keys(rules.money))})?\\s+(?:dollars|usd)(?![\\w])`, 'gi'),
    duration: new RegExp(`(?<![\\w$])${number}\\s+(?:[a-z-]+\\s+)?(${alternation(Object.keys(rules.durations))})(?![\\w-])`, 'gi'),
  };
  compiledCache.set(rules, compiled);
  return compiled;
}

function valueOf(rules: ScopeRules, raw: string): number {
  const word = rules.numberWords[raw.toLowerCase()];
  return word ?? Number(raw.replace(/,/g, ''));
}

function levelOfNumber(value: number, bar: { senior: number; staff: number }): LevelId {
  return value >= bar.staff ? 'staff' : value >= bar.senior ? 'senior' : 'mid';
}

const REACH_LEVEL: Partial<Record<ScopeKind, LevelId>> = { team: 'mid', org: 'senior', orgs: 'staff', company: 'staff', ambiguity: 'senior', direction: 'staff' };

/** Every piece of scope evidence in the text, in order; overlapping phrases keep the first, longest one. */
export function findScopeEvidence(text: string, rules: ScopeRules): ScopeEvidence[] {
  const compiled = compile(rules);
  const found: ScopeEvidence[] = [];
  const taken: Array<[number, number]> = [];
  const free = (start: number, end: number) => !taken.some(([s, e]) => start < e && s < end);
  const add = (evidence: ScopeEvidence) => {
    if (!free(...evidence.span)) return;
    taken.push(evidence.span);
    found.push(evidence);
  };
  const lower = (s: string) => s.toLowerCase();
  for (const m of text.matchAll(compiled.money)) {
    const amount = Number((m[1] ?? m[3] ?? '0').replace(/,/g, '')) * (rules.money[lower(m[2] ?? m[4] ?? '')] ?? 1);
    add({ span: [m.index, m.index + m[0].length], kind: 'money', level: levelOfNumber(amount, rules.thresholds.money), text: m[0] });
  }
  for (const m of text.matchAll(compiled.counted)) {
    const value = valueOf(rules, m[1] ?? '');
    const noun = lower(m[2] ?? '');
    const span: [number, number] = [m.index, m.index + m[0].length];
    if (rules.orgs.includes(noun)) add({ span, kind: 'orgs', level: levelOfNumber(value, rules.thresholds.orgs), text: m[0] });
    else if (rules.teams.includes(noun)) add({ span, kind: value >= rules.thresholds.teams.senior ? 'org' : 'team', level: levelOfNumber(value, rules.thresholds.teams), text: m[0] });
    else add({ span, kind: 'people', level: levelOfNumber(value, rules.thresholds.people), text: m[0] });
  }
  for (const m of text.matchAll(compiled.duration)) {
    const months = valueOf(rules, m[1] ?? '') * (rules.durations[lower(m[2] ?? '')] ?? 0);
    add({ span: [m.index, m.index + m[0].length], kind: 'duration', level: levelOfNumber(months, rules.thresholds.months), text: m[0] });
  }
  for (const { kind, re } of compiled.phrases) {
    for (const m of text.matchAll(re)) add({ span: [m.index, m.index + m[0].length], kind, level: REACH_LEVEL[kind] ?? 'mid', text: m[0] });
  }
  return found.sort((a, b) => a.span[0] - b.span[0]);
}

/** The highest level whose rule the evidence meets; mid when none does. */
export function levelOfEvidence(evidence: readonly ScopeEvidence[], rules: ScopeRules): LevelId {
  for (const level of ['staff', 'senior'] as const) {
    const rule = rules.readsAs[level];
    const atLeast = evidence.filter((e) => RANK[e.level] >= RANK[level]);
    if (atLeast.length >= rule.minEvidence && atLeast.some((e) => rule.needsKind.includes(e.kind))) return level;
  }
  return 'mid';
}

/** Reads a story's scope and says which level it reads as against `target` (when one is given). */
export function readScope(text: string, coachRules: CoachRules, target: LevelId | null = null): ScopeReading {
  const rules = coachRules.data.scope;
  const evidence = findScopeEvidence(text, rules);
  const readsAs = levelOfEvidence(evidence, rules);
  const fill = (template: string) =>
    template.replace('{readsAs}', titleOf(readsAs).toLowerCase()).replace('{target}', target ? titleOf(target).toLowerCase() : '').replace('{missing}', target ? rules.messages.missing[target] : '');
  let message: string;
  if (evidence.length === 0) message = rules.messages.none;
  else if (!target) message = fill(rules.messages.noTarget);
  else if (RANK[readsAs] < RANK[target]) message = fill(rules.messages.below);
  else if (RANK[readsAs] > RANK[target]) message = fill(rules.messages.above);
  else message = fill(rules.messages.on);
  return { readsAs, target, verdict: !target ? null : RANK[readsAs] < RANK[target] ? 'below' : RANK[readsAs] > RANK[target] ? 'above' : 'on', evidence, message };
}
