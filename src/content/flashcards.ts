import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { AREA_IDS, type AreaId } from '../core/taxonomy.js';
import { displayPath, ID_PATTERN, type LoadResult } from './collection.js';
import { lineOf, parseYaml, validate } from './front-matter.js';

const text = z.string().trim().min(1);
const cardSchema = z.strictObject({
  id: z.string().regex(ID_PATTERN, 'ids are lowercase words joined by "-"'),
  front: text,
  back: text,
  tags: z.array(z.string().regex(ID_PATTERN, 'tags are lowercase words joined by "-"')).min(1).max(6),
  areas: z.array(z.enum(AREA_IDS)).min(1).max(3),
});
const deckSchema = z.strictObject({
  deck: text,
  description: text,
  cards: z.array(cardSchema).min(1),
});

export interface Flashcard {
  id: string;
  deck: string;
  front: string;
  back: string;
  tags: string[];
  areas: AreaId[];
}

export interface Deck {
  id: string;
  title: string;
  description: string;
  count: number;
}

export function loadFlashcards(root: string): LoadResult<Flashcard> & { decks: Deck[] } {
  const dir = path.join(root, 'flashcards');
  const result = { items: [] as Flashcard[], problems: [] as LoadResult<Flashcard>['problems'], decks: [] as Deck[] };
  if (!fs.existsSync(dir)) return result;
  const seen = new Map<string, string>();
  for (const name of fs.readdirSync(dir).filter((n) => n.endsWith('.yaml')).sort()) {
    const file = path.join(dir, name);
    const shown = displayPath(root, file);
    const deckId = path.basename(name, '.yaml');
    const parsed = parseYaml(shown, fs.readFileSync(file, 'utf8'));
    if (!parsed.ok) {
      result.problems.push(...parsed.problems);
      continue;
    }
    const deck = validate(parsed.value.yaml, parsed.value.data, deckSchema);
    if (!deck.ok) {
      result.problems.push(...deck.problems);
      continue;
    }
    deck.value.cards.forEach((card, index) => {
      const other = seen.get(card.id);
      if (other) {
        const line = lineOf(parsed.value.yaml, ['cards', index, 'id']);
        result.problems.push({ path: shown, line, message: `card id "${card.id}" is also used in ${other}` });
        return;
      }
      seen.set(card.id, shown);
      result.items.push({ ...card, deck: deckId });
    });
    result.decks.push({ id: deckId, title: deck.value.deck, description: deck.value.description, count: deck.value.cards.length });
  }
  return result;
}
