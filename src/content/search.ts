import MiniSearch, { type SearchResult as MiniResult } from 'minisearch';
import { stemmer } from 'stemmer';

/**
 * Full-text search over any set of documents, on MiniSearch: BM25 ranking, Porter stemming (so
 * "monolithic" finds "monolith" and "caching" finds "cache"), the word being typed matched as a prefix,
 * and light fuzziness for typos in longer words. A document matching more of the query ranks higher.
 */

export interface SearchDocument<K extends string = string> {
  kind: K;
  id: string;
  title: string;
  /** The searchable body; also where a snippet is cut from. */
  body: string;
  /** Tags and other words that should find the document without being shown. */
  keywords?: string;
  href: string;
}

export interface SearchHit<K extends string = string> {
  kind: K;
  id: string;
  title: string;
  snippet: string;
  href: string;
  score: number;
}

export interface SearchOptions<K extends string> {
  kinds?: readonly K[];
  limit?: number;
}

export interface SearchIndex<K extends string = string> {
  readonly size: number;
  search(query: string, options?: SearchOptions<K>): SearchHit<K>[];
}

/** Words too common to tell documents apart; dropped from documents and queries alike. */
const STOP_WORDS = new Set(
  ('a an and are as at be but by can do does for from has have how i if in into is it its me my of on or our so that the their them ' +
    'then there these they this to was we were what when where which who why will with would you your').split(' '),
);

/**
 * How much a kind's matches count. A flashcard is short, so BM25 rates its few words highly; the
 * question, problem or exercise a person is looking for should come first.
 */
export type KindWeights<K extends string> = Partial<Record<K, number>>;
/** A document holding the query's words in the query's order (stop words aside) counts this much more. */
export const PHRASE_BOOST = 2;

/** Snippets are about this many characters. */
export const SNIPPET_CHARS = 160;
/** Fuzzy matching starts at this word length: shorter words have too many neighbours. */
const FUZZY_MIN_LENGTH = 5;

// The curriculum repeats its words; stemming each once halves the index build.
const stems = new Map<string, string | null>();

/** Lower case, stop words dropped, Porter-stemmed. Null drops the word. */
export function searchTerm(word: string): string | null {
  const known = stems.get(word);
  if (known !== undefined) return known;
  const lower = word.toLowerCase();
  const term = lower.length === 0 || STOP_WORDS.has(lower) ? null : /^[a-z]+$/.test(lower) ? stemmer(lower) : lower;
  if (stems.size < 100_000) stems.set(word, term);
  return term;
}

/** Splits on anything but letters and digits, so "e-commerce" is "e" and "commerce", "p99" stays whole. */
function tokenize(text: string): string[] {
  return text.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/** A short passage of `body` around the first word the query matched, on word boundaries. */
export function snippetOf(body: string, matched: ReadonlySet<string>): string {
  const flat = body.replace(/[#*_`>]+/g, '').replace(/\s+/g, ' ').trim();
  let at = 0;
  for (const m of flat.matchAll(/[\p{L}\p{N}]+/gu)) {
    const term = searchTerm(m[0]);
    if (term && matched.has(term)) {
      at = m.index;
      break;
    }
  }
  let start = Math.max(0, at - SNIPPET_CHARS / 4);
  if (start > 0) start = flat.indexOf(' ', start) + 1;
  let end = Math.min(flat.length, start + SNIPPET_CHARS);
  if (end < flat.length) end = Math.max(flat.lastIndexOf(' ', end), start + 1);
  return `${start > 0 ? '…' : ''}${flat.slice(start, end).trim()}${end < flat.length ? '…' : ''}`;
}

/** The searchable words of a text in order, as one string with a space at each end, for phrase matching. */
function termLine(text: string): string {
  return ` ${tokenize(text).flatMap((w) => searchTerm(w) ?? []).join(' ')} `;
}

export function buildSearchIndex<K extends string>(documents: readonly SearchDocument<K>[], kindWeights: KindWeights<K> = {}): SearchIndex<K> {
  const byKey = new Map(documents.map((d, i) => [i, d]));
  const lines = documents.map((d) => `${termLine(d.title)}${termLine(d.body)}`);
  const index = new MiniSearch<{ key: number; title: string; body: string; keywords: string; kind: K }>({
    idField: 'key',
    fields: ['title', 'keywords', 'body'],
    storeFields: ['kind'],
    tokenize,
    processTerm: searchTerm,
    searchOptions: {
      boost: { title: 4, keywords: 2, body: 1 },
      // The last word is usually still being typed.
      prefix: (_term, i, terms) => i === terms.length - 1,
      fuzzy: (term) => (term.length >= FUZZY_MIN_LENGTH ? 0.2 : false),
      // Exact matches weigh more than the prefix and fuzzy ones.
      weights: { prefix: 0.5, fuzzy: 0.3 },
    },
  });
  index.addAll(documents.map((d, key) => ({ key, title: d.title, body: d.body, keywords: d.keywords ?? '', kind: d.kind })));

  function search(query: string, options: SearchOptions<K> = {}): SearchHit<K>[] {
    const kinds = options.kinds && new Set<string>(options.kinds);
    const filter = kinds ? (r: MiniResult) => kinds.has(r.kind as string) : undefined;
    const phrase = termLine(query);
    const isPhrase = phrase.trim().includes(' ');
    const ranked = index
      .search(query, filter ? { filter } : {})
      .map((r) => {
        const key = r.id as number;
        const doc = byKey.get(key) as SearchDocument<K>;
        const boost = isPhrase && lines[key]?.includes(phrase) ? PHRASE_BOOST : 1;
        return { r, doc, score: r.score * boost * (kindWeights[doc.kind] ?? 1) };
      })
      .sort((a, b) => b.score - a.score);
    return ranked.slice(0, options.limit ?? ranked.length).map(({ r, doc, score }) => ({
      kind: doc.kind,
      id: doc.id,
      title: doc.title,
      snippet: snippetOf(doc.body, new Set(r.terms)),
      href: doc.href,
      score,
    }));
  }

  return { size: documents.length, search };
}
