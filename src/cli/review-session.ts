import readline from 'node:readline';
import type { App } from '../app/index.js';
import type { QueueCard, ReviewResult } from '../app/flashcards/flashcards.js';
import { RATINGS, type RatingId } from '../core/scheduler.js';
import { bold, dim } from './output.js';

export interface ReviewSessionOptions {
  deck?: string;
  area?: string;
  limit?: string;
  /** Where the cards are shown: stdout normally, stderr under --json so stdout holds one document. */
  out: NodeJS.WritableStream;
}

export interface ReviewSessionSummary {
  reviewed: ReviewResult[];
  /** Cards left in this session's queue when it ended. */
  remaining: number;
  quit: boolean;
  nextDue: string | null;
}

/** A card rated Again comes back in the session at most this many times, then waits for its step. */
export const MAX_AGAIN_PER_SESSION = 3;

/** One answer at a time: a key press on a terminal, a line when input is piped (so tests can drive it). */
interface AnswerReader {
  next(prompt: string): Promise<string | null>;
  close(): void;
}

function lineReader(out: NodeJS.WritableStream): AnswerReader {
  const rl = readline.createInterface({ input: process.stdin, terminal: false });
  const lines = rl[Symbol.asyncIterator]();
  return {
    async next(prompt) {
      out.write(prompt);
      const line = await lines.next();
      out.write('\n');
      return line.done ? null : line.value.trim();
    },
    close: () => rl.close(),
  };
}

function keyReader(stdin: NodeJS.ReadStream, out: NodeJS.WritableStream): AnswerReader {
  readline.emitKeypressEvents(stdin);
  stdin.setRawMode(true);
  stdin.resume();
  return {
    next(prompt) {
      out.write(prompt);
      return new Promise((resolve) => {
        stdin.once('keypress', (text: string | undefined, key: { name?: string; ctrl?: boolean } | undefined) => {
          out.write('\n');
          if (key?.ctrl && (key.name === 'c' || key.name === 'd')) resolve(null);
          else resolve(key?.name === 'return' ? '' : (text ?? '').trim());
        });
      });
    },
    close() {
      stdin.setRawMode(false);
      stdin.pause();
    },
  };
}

function when(iso: string): string {
  return new Date(iso).toLocaleString(undefined, { weekday: 'short', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' });
}

function showCard(card: QueueCard, index: number, total: number, out: NodeJS.WritableStream): void {
  const label = card.state === 'new' ? 'new' : card.state;
  out.write(`\n${dim(`[${index + 1}/${total}] ${card.deckTitle} · ${label} · ${card.id}`)}\n${bold(card.front)}\n`);
}

/** Shows each card, reveals the answer on Enter, records the 1-4 rating; q or the end of input stops. */
export async function runReviewSession(app: App, options: ReviewSessionOptions): Promise<ReviewSessionSummary> {
  const { out } = options;
  const queue = await app.flashcards.queue({ deck: options.deck, area: options.area, limit: options.limit });
  const summary: ReviewSessionSummary = { reviewed: [], remaining: queue.cards.length, quit: false, nextDue: queue.nextDue };
  if (queue.cards.length === 0) {
    out.write(`Nothing to review now.${queue.nextDue ? ` The next card is due ${when(queue.nextDue)}.` : ''}\n`);
    return summary;
  }
  out.write(`${bold(`${queue.cards.length} card${queue.cards.length === 1 ? '' : 's'}`)}: ${queue.due} due, ${queue.new} new today.\n`);
  out.write(dim('Enter shows the answer; then 1 Again, 2 Hard, 3 Good, 4 Easy; q quits.\n'));
  const stdin = process.stdin;
  const reader = stdin.isTTY ? keyReader(stdin, out) : lineReader(out);
  const cards = [...queue.cards];
  const againCount = new Map<string, number>();
  try {
    for (let index = 0; index < cards.length; index++) {
      const card = cards[index] as QueueCard;
      showCard(card, index, cards.length, out);
      const reveal = await reader.next(dim('Enter: show the answer · q: quit '));
      if (reveal === null || reveal.toLowerCase() === 'q') break;
      out.write(`${card.back}\n\n`);
      out.write(`${card.options.map((o) => `${o.key} ${o.title} ${dim(`(${o.interval})`)}`).join('   ')}\n`);
      const rating = await askRating(reader, out);
      if (rating === null) break;
      const result = await app.flashcards.review(card.id, { rating });
      summary.reviewed.push(result);
      const again = (againCount.get(card.id) ?? 0) + (rating === 'again' ? 1 : 0);
      againCount.set(card.id, again);
      if (rating === 'again' && again <= MAX_AGAIN_PER_SESSION) {
        // Like a deck of paper cards: one you missed goes to the back of this session's pile.
        cards.push(await app.flashcards.card(card.id));
        out.write(dim(`Again: it comes back later in this session\n`));
      } else {
        summary.remaining -= 1;
        out.write(dim(`${RATINGS.find((r) => r.id === rating)?.title}: back in ${result.interval}\n`));
      }
    }
  } finally {
    reader.close();
  }
  summary.quit = summary.remaining > 0;
  summary.nextDue = (await app.flashcards.queue({ deck: options.deck, area: options.area, limit: '1' })).nextDue;
  out.write(`\n${bold(`Reviewed ${summary.reviewed.length} card${summary.reviewed.length === 1 ? '' : 's'}.`)}`);
  const counts = RATINGS.map((r) => `${summary.reviewed.filter((x) => x.rating === r.id).length} ${r.title.toLowerCase()}`);
  out.write(summary.reviewed.length > 0 ? ` ${counts.join(', ')}.\n` : '\n');
  if (summary.quit) out.write(dim(`${summary.remaining} left in this session; run tpmprep review to continue.\n`));
  return summary;
}

async function askRating(reader: AnswerReader, out: NodeJS.WritableStream): Promise<RatingId | null> {
  for (;;) {
    const answer = await reader.next(dim('Rate 1-4 · q: quit '));
    if (answer === null || answer.toLowerCase() === 'q') return null;
    const rating = RATINGS.find((r) => r.key === answer || r.id === answer.toLowerCase());
    if (rating) return rating.id;
    out.write('Type 1 (Again), 2 (Hard), 3 (Good) or 4 (Easy), or q to quit.\n');
  }
}
