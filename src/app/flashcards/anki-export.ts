import type { Deck, Flashcard } from '../../content/index.js';

/**
 * The header Anki 2.1.55+ reads from a text file: tab-separated, fields hold HTML, tags in column 3,
 * the deck in column 4, so the import dialog needs no choices beyond the note type (Basic).
 */
export const ANKI_HEADER = ['#separator:tab', '#html:true', '#tags column:3', '#deck column:4'] as const;
export const ANKI_MEDIA_TYPE = 'text/tab-separated-values; charset=utf-8';
/** Anki nests decks and tags under this name, so an import never mixes with a person's own. */
export const ANKI_ROOT = 'tpmprep';

/**
 * Escapes text for an HTML field. Quotes become entities too: with them gone, Anki's CSV reader never
 * sees a quoted field, and a tab or newline can never split a row.
 */
export function ankiField(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/\t/g, ' ')
    .replace(/\r?\n/g, '<br>');
}

export function ankiTags(card: Flashcard): string {
  return [...card.tags.map((t) => `${ANKI_ROOT}::${t}`), ...card.areas.map((a) => `${ANKI_ROOT}::area::${a}`)].join(' ');
}

export function ankiDeckName(deck: Deck): string {
  return `${ANKI_ROOT}::${deck.title.replace(/\s+/g, ' ').trim()}`;
}

/** The whole file: the header, then one line per card (front, back, tags, deck). */
export function ankiExport(cards: readonly Flashcard[], decks: readonly Deck[]): string {
  const deckById = new Map(decks.map((d) => [d.id, d]));
  const rows = cards.map((card) => {
    const deck = deckById.get(card.deck);
    const deckName = deck ? ankiDeckName(deck) : `${ANKI_ROOT}::${card.deck}`;
    return [ankiField(card.front), ankiField(card.back), ankiTags(card), deckName].join('\t');
  });
  return `${[...ANKI_HEADER, ...rows].join('\n')}\n`;
}
