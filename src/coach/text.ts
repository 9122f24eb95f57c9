/**
 * Reads an answer once: wink-nlp gives sentences, parts of speech and lemmas; the phrase scanner
 * gives the words that lexicons match against. Every token and word carries character offsets into
 * the original text, which is what every span in the analysis points at.
 */
import { createRequire } from 'node:module';
import type { ItsFunction, WinkMethods } from 'wink-nlp';
import { scanWords, type Word } from './phrase-matcher.js';

// wink and its model are CommonJS and take a while to load: required on first use, so commands
// and a server start that never analyze an answer do not pay for them.
const require = createRequire(import.meta.url);

export interface Token {
  value: string;
  lower: string;
  start: number;
  end: number;
  pos: string;
  lemma: string;
  stop: boolean;
  /** wink's token type: word, number, punctuation, symbol, currency, ... */
  type: string;
}

export interface Sentence {
  start: number;
  end: number;
  firstToken: number;
  lastToken: number;
}

export interface ParsedText {
  text: string;
  tokens: Token[];
  sentences: Sentence[];
  words: Word[];
  /** Token by its start offset: maps a word of the phrase scanner to wink's token. */
  tokenAt: Map<number, Token>;
}

let engine: WinkMethods | undefined;

/** Loads the English model on first use (about 100 ms); every later call reuses it. */
export function nlpEngine(): WinkMethods {
  if (!engine) {
    const winkNLP = require('wink-nlp') as typeof import('wink-nlp').default;
    const model = require('wink-eng-lite-web-model') as typeof import('wink-eng-lite-web-model').default;
    engine = winkNLP(model, ['sbd', 'pos']);
  }
  return engine;
}

/** `words`: the text's words if already scanned. */
export function parseText(text: string, words?: Word[]): ParsedText {
  const nlp = nlpEngine();
  const its = nlp.its;
  const doc = nlp.readDoc(text);
  const all = doc.tokens();
  const values = all.out(its.value) as string[];
  const spaces = all.out(its.precedingSpaces) as string[];
  const pos = all.out(its.pos) as string[];
  // wink's typings declare its.lemma with a signature out() does not accept; it works at run time.
  const lemmas = all.out(its.lemma as unknown as ItsFunction<string>) as string[];
  const stops = all.out(its.stopWordFlag) as unknown as boolean[];
  const types = all.out(its.type) as string[];

  const tokens: Token[] = [];
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i] ?? '';
    let start = cursor + (spaces[i] ?? '').length;
    // wink reproduces the text exactly; if it ever does not, find the token rather than drift.
    if (text.slice(start, start + value.length) !== value) {
      const found = text.indexOf(value, cursor);
      start = found >= 0 ? found : start;
    }
    const end = start + value.length;
    tokens.push({
      value,
      lower: value.toLowerCase().replace(/’/g, "'"),
      start,
      end,
      pos: pos[i] ?? 'X',
      lemma: (lemmas[i] ?? value).toLowerCase(),
      stop: stops[i] === true,
      type: types[i] ?? 'word',
    });
    cursor = end;
  }

  const sentences: Sentence[] = [];
  for (const [first, last] of doc.sentences().out(its.span) as unknown as Array<[number, number]>) {
    let firstToken = first;
    let lastToken = last;
    while (firstToken < lastToken && tokens[firstToken]?.pos === 'SPACE') firstToken++;
    while (lastToken > firstToken && tokens[lastToken]?.pos === 'SPACE') lastToken--;
    const head = tokens[firstToken];
    const tail = tokens[lastToken];
    if (!head || !tail || head.pos === 'SPACE') continue;
    sentences.push({ start: head.start, end: tail.end, firstToken, lastToken });
  }

  return { text, tokens, sentences, words: words ?? scanWords(text), tokenAt: new Map(tokens.map((t) => [t.start, t])) };
}
