import readline from 'node:readline';
import type { App } from '../app/index.js';
import type { MockView } from '../app/mocks/mocks.js';
import { NotFoundError } from '../core/errors.js';
import type { Debrief } from '../core/mock.js';
import { bold, dim } from './output.js';
import { renderDebrief, renderFollowUp, renderItem, renderLoops, renderStageIntro } from './render-mock.js';

/**
 * Runs a mock in the terminal, stage by stage. Answers are typed and finished with a line holding
 * only "."; piped input works the same way, so tests drive it. "pause" alone on a line, or the end of
 * the input, pauses the mock: `tpmprep mock --resume` continues it, even after a restart.
 */

export interface MockSessionOptions {
  loop?: string;
  resume?: boolean;
  seed?: number;
  /** Choose questions for this track instead of the loop's own. */
  track?: string;
  lang: 'ts' | 'js' | 'py';
  /** stdout normally; stderr under --json so stdout holds one document. */
  out: NodeJS.WritableStream;
}

export interface MockSessionResult {
  mock: MockView;
  debrief: (Debrief & { id: number }) | null;
  paused: boolean;
}

export const DEFAULT_LOOP = 'generic';
const PAUSE = 'pause';

/** One line reader for the whole session: several readline interfaces on one piped stdin lose lines. */
function lineReader() {
  const rl = readline.createInterface({ input: process.stdin, terminal: false });
  const lines = rl[Symbol.asyncIterator]();
  return {
    async line(): Promise<string | null> {
      const next = await lines.next();
      return next.done ? null : next.value;
    },
    /** Lines up to one holding only "." (or the end of the input, `ended`); "pause" alone comes back at once. */
    async block(): Promise<{ text: string; ended: boolean }> {
      const collected: string[] = [];
      for (;;) {
        const line = await this.line();
        if (line === null) return { text: collected.join('\n'), ended: true };
        if (line.trim() === '.') return { text: collected.join('\n'), ended: false };
        // "pause" alone, before anything else, pauses at once: no "." needed.
        if (collected.length === 0 && line.trim().toLowerCase() === PAUSE) return { text: PAUSE, ended: false };
        collected.push(line);
      }
    },
    close: () => rl.close(),
  };
}

/** "story: 3" on the first line links the answer to story 3 of the bank. */
function splitStory(text: string): { storyId: number | null; text: string } {
  const match = /^\s*story:\s*(\d+)\s*(?:\n|$)/i.exec(text);
  return match ? { storyId: Number(match[1]), text: text.slice(match[0].length) } : { storyId: null, text };
}

export async function runMockSession(app: App, options: MockSessionOptions): Promise<MockSessionResult> {
  const { out } = options;
  let view: MockView;
  if (options.resume) {
    const current = await app.mocks.current();
    if (!current) throw new NotFoundError('there is no unfinished mock to resume; start one with `tpmprep mock --loop quick`');
    view = current.status === 'paused' ? await app.mocks.resume(current.id) : current;
    out.write(`${bold(`Resuming ${view.loopTitle}`)} ${dim(`(mock ${view.id})`)}\n`);
  } else {
    const loopId = options.loop ?? DEFAULT_LOOP;
    view = await app.mocks.start({ loopId, seed: options.seed, ...(options.track ? { track: options.track } : {}) });
    const loop = app.mocks.loops().find((l) => l.id === loopId);
    if (loop) out.write(`${renderLoops([loop])}\n${dim(loop.summary)}\n`);
  }
  const reader = lineReader();
  const pause = async (why: string) => {
    view = await app.mocks.pause(view.id);
    out.write(`\n${bold('Paused.')} ${why} Resume with: tpmprep mock --resume\n`);
    return { mock: view, debrief: null, paused: true };
  };
  try {
    for (;;) {
      if (view.status === 'finished') {
        const debrief = await app.mocks.debrief(view.id);
        out.write(`${renderDebrief(debrief)}\n`);
        return { mock: view, debrief, paused: false };
      }
      if (view.status === 'not-started' || view.status === 'stage-done') {
        out.write(renderStageIntro(view));
        out.write(dim('Press Enter to begin (the stage timer starts), or type "pause". '));
        const line = await reader.line();
        out.write('\n');
        if (line === null) return await pause('The input ended.');
        if (line.trim().toLowerCase() === PAUSE) return await pause('The clock is stopped.');
        view = await app.mocks.begin(view.id);
        continue;
      }
      if (view.status === 'in-stage') {
        out.write(`${renderItem(view)}\n`);
        const { text, ended } = await reader.block();
        if (text.trim().toLowerCase() === PAUSE || (ended && !text.trim())) return await pause(ended ? 'The input ended.' : 'The clock is stopped.');
        if (view.item?.kind === 'coding') {
          out.write(dim('Judging…\n'));
          view = await app.mocks.answer(view.id, { code: text, lang: options.lang });
        } else {
          const { storyId, text: answer } = splitStory(text);
          // A story told twice is warned about, never a reason to lose the typed answer.
          view = await app.mocks.answer(view.id, { text: answer, storyId, ifStoryReused: 'unlink' });
          if (view.notice) out.write(`warning: ${view.notice}\n`);
        }
        continue;
      }
      if (view.status === 'awaiting-follow-up') {
        out.write(`${renderFollowUp(view)}\n`);
        const { text, ended } = await reader.block();
        if (text.trim().toLowerCase() === PAUSE || (ended && !text.trim())) return await pause(ended ? 'The input ended.' : 'The clock is stopped.');
        view = await app.mocks.followUp(view.id, { text });
        continue;
      }
      // Paused by another client (the web app) while this one ran: pick it back up.
      view = await app.mocks.resume(view.id);
    }
  } finally {
    reader.close();
  }
}
