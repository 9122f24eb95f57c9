/**
 * A small in-memory full-text index: field-weighted term scores with idf, every query word required,
 * the last word matched as a prefix so results appear while a person types.
 */

export interface SearchField {
  text: string;
  weight: number;
}

export interface SearchIndex<T> {
  search(query: string, limit?: number): T[];
  /** Scores for debugging and tests: id -> score, best first. */
  rank(query: string): Array<{ item: T; score: number }>;
}

export function tokenize(text: string): string[] {
  return (text.toLowerCase().match(/[a-z0-9]+/g) ?? []).map(stem);
}

/**
 * Folds plurals so "microservices" finds "microservice" and "caches" finds "cache": drop a plural
 * "s", then a final "e", so both forms reach the same key.
 */
export function stem(word: string): string {
  if (word.length <= 3) return word;
  let w = word;
  if (w.endsWith('ies') && w.length > 4) return `${w.slice(0, -3)}y`;
  if (w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) w = w.slice(0, -1);
  if (w.endsWith('e') && w.length > 3) w = w.slice(0, -1);
  return w;
}

export function buildSearchIndex<T>(items: readonly T[], fieldsOf: (item: T) => SearchField[]): SearchIndex<T> {
  const postings = new Map<string, Map<number, number>>();
  const phrases: string[] = [];
  items.forEach((item, doc) => {
    const fields = fieldsOf(item);
    phrases.push((fields[0]?.text ?? '').toLowerCase());
    for (const field of fields) {
      for (const term of tokenize(field.text)) {
        let byDoc = postings.get(term);
        if (!byDoc) postings.set(term, (byDoc = new Map()));
        byDoc.set(doc, (byDoc.get(doc) ?? 0) + field.weight);
      }
    }
  });
  const terms = [...postings.keys()].sort();
  const idf = (df: number) => Math.log(1 + items.length / df);

  function termsWithPrefix(prefix: string): string[] {
    let lo = 0;
    let hi = terms.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((terms[mid] as string) < prefix) lo = mid + 1;
      else hi = mid;
    }
    const found: string[] = [];
    for (let i = lo; i < terms.length && (terms[i] as string).startsWith(prefix); i++) found.push(terms[i] as string);
    return found;
  }

  function rank(query: string): Array<{ item: T; score: number }> {
    const words = tokenize(query);
    if (words.length === 0) return items.map((item) => ({ item, score: 0 }));
    const rawLast = (query.toLowerCase().match(/[a-z0-9]+/g) ?? []).at(-1) ?? '';
    let scores: Map<number, number> | undefined;
    words.forEach((word, index) => {
      const isLast = index === words.length - 1;
      // The word still being typed matches as a prefix; whole words match exactly (after stemming).
      const expanded = isLast ? new Set([word, ...termsWithPrefix(word), ...termsWithPrefix(rawLast)]) : new Set([word]);
      const wordScores = new Map<number, number>();
      for (const term of expanded) {
        const byDoc = postings.get(term);
        if (!byDoc) continue;
        const exact = term === word ? 1 : 0.6;
        const weightOfTerm = idf(byDoc.size) * exact;
        for (const [doc, weight] of byDoc) {
          wordScores.set(doc, Math.max(wordScores.get(doc) ?? 0, weight * weightOfTerm));
        }
      }
      if (!scores) {
        scores = wordScores;
        return;
      }
      const next = new Map<number, number>();
      for (const [doc, score] of scores) {
        const add = wordScores.get(doc);
        if (add !== undefined) next.set(doc, score + add);
      }
      scores = next;
    });
    const phrase = query.trim().toLowerCase();
    return [...(scores ?? new Map<number, number>())]
      .map(([doc, score]) => ({ doc, score: phrases[doc]?.includes(phrase) ? score * 2 : score }))
      .sort((a, b) => b.score - a.score || a.doc - b.doc)
      .map(({ doc, score }) => ({ item: items[doc] as T, score }));
  }

  return {
    rank,
    search: (query, limit = Infinity) => rank(query).slice(0, limit).map((r) => r.item),
  };
}
