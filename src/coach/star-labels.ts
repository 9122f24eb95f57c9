/**
 * What the candidate says outright wins over what the clauses suggest: an explicit label
 * ("Situation:", "Task -", "R:") decides the part of everything up to the next label, and the
 * answer's opening sentence sets the scene even when it starts with "I".
 */
import type { Context } from './context.js';
import type { LabelledClause } from './star.js';
import { STAR_PARTS, type StarPartId } from './types.js';

interface Label {
  part: StarPartId;
  start: number;
}

/** Labels at the start of a line or a sentence, followed by a colon or a dash. */
export function findLabels(context: Context): Label[] {
  const words = new Map<string, StarPartId>();
  for (const part of STAR_PARTS) for (const word of context.rules.data.star.labels[part]) words.set(word.toLowerCase(), part);
  const names = [...words.keys()].sort((a, b) => b.length - a.length).join('|');
  const pattern = new RegExp(String.raw`(?:^|\n|[.!?]\s+)[ \t*_#>-]*(${names})[ \t*_]*(?:[:—–]|\s-\s|\s?\)\s)`, 'gi');
  const labels: Label[] = [];
  for (const match of context.text.matchAll(pattern)) {
    const name = match[1] ?? '';
    const part = words.get(name.toLowerCase());
    // A single letter counts only as a line's first characters ("S: ..."), never mid-sentence.
    if (!part || (name.length === 1 && !/^(?:^|\n)/.test(match[0]) && match.index !== 0)) continue;
    labels.push({ part, start: match.index + match[0].indexOf(name) });
  }
  return labels;
}

export function relabel(context: Context, clauses: LabelledClause[]): void {
  const labels = findLabels(context);
  if (labels.length > 0) {
    for (const clause of clauses) {
      const label = [...labels].reverse().find((l) => l.start <= clause.start);
      if (label) clause.part = label.part;
    }
    return;
  }
  const { sentences, tokens } = context.parsed;
  const features = context.rules.data.star.features;
  // A short opener ("Sure.", "Yeah so this one's pretty common I think.") is not the scene: the
  // first sentence of some length is.
  const wordsIn = (s: (typeof sentences)[number]): number => tokens.slice(s.firstToken, s.lastToken + 1).filter((t) => t.pos !== 'PUNCT' && t.pos !== 'SPACE').length;
  const first = sentences.slice(0, 2).find((s) => wordsIn(s) >= features.openingMinWords) ?? sentences[0];
  if (!features.openingSentenceSituation || !first || sentences.length < 3) return;
  const opening = clauses.filter((c) => c.start >= first.start && c.end <= first.end);
  // "Early in my career I was the program manager for an HR tool, and I was responsible for the
  // rollout": when nothing else sets the scene, the opening sentence's first clause does, provided
  // the task is stated after it too.
  const tasks = clauses.filter((c) => c.part === 'task');
  if (!clauses.some((c) => c.part === 'situation') && tasks.length >= 2 && opening[0]?.part === 'task' && tasks[1] !== opening[0]) {
    opening[0].part = 'situation';
    return;
  }
  if (opening.some((c) => c.part === 'task' || c.part === 'result')) return;
  // When nothing else sets the scene, the opening's unlabelled clauses do too ("So I'm three weeks
  // from launch and the vendor tells me...").
  const unset = !clauses.some((c) => c.part === 'situation');
  for (const clause of opening) if (clause.part === 'action' || (unset && clause.part === undefined)) clause.part = 'situation';
}
