/**
 * How much of an answer says something concrete: the share of its sentences that carry a detail a
 * listener could check or picture (a number, a name, a date, a quoted phrase, a technical term).
 * A padded answer ("communication is key", "in the end the stakeholders were happy") has few; a
 * strong one of the same length has many. A sentence built on a commonplace ("X is key", "it
 * depends") is never concrete, whatever terms it names. Repeated and surplus text is already blanked.
 */
import { spanOf, within, type Context } from './context.js';
import type { Span } from './types.js';

const NUMBER_WORDS = /\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|hundreds|thousand|thousands|million|dozen|half|third|quarter|twice|double|doubled|tripled)\b/i;
const DATES = /\b(?:january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|q[1-4])\b/i;
// A capitalised word after the sentence's first word: a name, a product, a place (not "I").
const NAME = /(?<=\S\s+)(?!I\b|I'|I’)[A-Z][a-z]+|\b[A-Z]{2,}\b/;

export interface Concreteness {
  sentences: number;
  concrete: number;
  share: number;
  /** Sentences built on a commonplace ("communication is key"): never concrete. */
  platitudes: Span[];
}

export function concretenessOf(context: Context): Concreteness {
  const technical = context.hits.technical.map(spanOf);
  const platitudes: Span[] = [];
  let sentences = 0;
  let concrete = 0;
  for (const sentence of context.parsed.sentences) {
    const text = context.text.slice(sentence.start, sentence.end);
    if (text.trim().split(/\s+/).length < 4) continue;
    sentences++;
    const span = { start: sentence.start, end: sentence.end };
    if (!/\d/.test(text) && context.hits.platitude.some((hit) => within(hit, [span.start, span.end]))) {
      platitudes.push([span.start, span.end]);
      continue;
    }
    if (
      /\d/.test(text) ||
      NUMBER_WORDS.test(text) ||
      DATES.test(text) ||
      NAME.test(text) ||
      /["“][^"”]{3,}["”]/.test(text) ||
      technical.some(([s, e]) => within({ start: s, end: e }, [span.start, span.end]))
    ) {
      concrete++;
    }
  }
  return { sentences, concrete, share: sentences === 0 ? 0 : concrete / sentences, platitudes };
}
