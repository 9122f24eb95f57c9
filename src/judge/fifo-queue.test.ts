import { describe, expect, it } from 'vitest';
import { UnavailableError } from '../core/errors.js';
import { FifoQueue } from './fifo-queue.js';

describe('FifoQueue', () => {
  it('hands free items out in the order they were asked for', async () => {
    const queue = new FifoQueue<string>();
    const got: string[] = [];
    const waits = ['a', 'b', 'c'].map((who) => queue.acquire().then((item) => got.push(`${who}:${item}`)));
    expect(queue.waitingCount).toBe(3);
    queue.release('w1');
    queue.release('w2');
    queue.release('w3');
    await Promise.all(waits);
    expect(got).toEqual(['a:w1', 'b:w2', 'c:w3']);
  });

  it('keeps released items idle until asked for', async () => {
    const queue = new FifoQueue<number>();
    queue.release(1);
    queue.release(2);
    expect(queue.idleCount).toBe(2);
    expect(await queue.acquire()).toBe(1);
    expect(await queue.acquire()).toBe(2);
  });

  it('rejects waiters on close and returns the idle items', async () => {
    const queue = new FifoQueue<number>();
    const waiting = queue.acquire();
    expect(queue.close()).toEqual([]);
    await expect(waiting).rejects.toThrow(UnavailableError);
    await expect(queue.acquire()).rejects.toThrow('the judge is closed; create a new one');
  });
});
