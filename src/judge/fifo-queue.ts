import { UnavailableError } from '../core/errors.js';

/**
 * Hands out sandboxes in the order they were asked for: the first waiting submission gets the next
 * free sandbox, so a burst of submissions is judged first come, first served.
 */
export class FifoQueue<T> {
  private readonly idle: T[] = [];
  private readonly waiting: { resolve: (item: T) => void; reject: (error: Error) => void }[] = [];
  private closed = false;

  /** A sandbox became free (or was started): give it to the longest-waiting submission. */
  release(item: T): void {
    if (this.closed) return;
    const next = this.waiting.shift();
    if (next) next.resolve(item);
    else this.idle.push(item);
  }

  acquire(): Promise<T> {
    if (this.closed) return Promise.reject(new UnavailableError('the judge is closed; create a new one'));
    const item = this.idle.shift();
    if (item !== undefined) return Promise.resolve(item);
    return new Promise((resolve, reject) => this.waiting.push({ resolve, reject }));
  }

  get idleCount(): number {
    return this.idle.length;
  }

  get waitingCount(): number {
    return this.waiting.length;
  }

  /** Rejects the submissions waiting now (no sandbox can start), keeping the queue open. */
  failWaiting(error: Error): void {
    for (const waiter of this.waiting.splice(0)) waiter.reject(error);
  }

  /** Rejects every waiting submission and returns the idle items so they can be stopped. */
  close(): T[] {
    this.closed = true;
    for (const waiter of this.waiting.splice(0)) waiter.reject(new UnavailableError('the judge was closed before this submission ran'));
    return this.idle.splice(0);
  }
}
