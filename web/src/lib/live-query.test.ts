// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useLiveQuery } from './queries.js';
import { renderHook } from './render-hook.js';
import { useDebounced } from './use-debounced.js';

const DELAY = 300;

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

/** A server stand-in whose answers the test releases by hand, to order them as it likes. */
function controlledServer() {
  const calls: Array<{ input: string; signal: AbortSignal; answer: (value: string) => void; refuse: (message: string) => void }> = [];
  const run = (input: string, signal: AbortSignal) =>
    new Promise<string>((resolve, reject) => calls.push({ input, signal, answer: resolve, refuse: (message) => reject(new Error(message)) }));
  return { calls, run };
}

/** Answers one request and lets the query cache pass the answer on (it notifies on a zero timer). */
const release = (call: { answer: (value: string) => void } | undefined, value: string) =>
  act(async () => {
    call?.answer(value);
    await vi.advanceTimersByTimeAsync(0);
  });
/** Refuses one request, as a server answering 400 does. */
const fail = (call: { refuse: (message: string) => void } | undefined, message: string) =>
  act(async () => {
    call?.refuse(message);
    await vi.advanceTimersByTimeAsync(0);
  });
const flush = () => act(async () => void (await vi.advanceTimersByTimeAsync(0)));

describe('useDebounced', () => {
  it('returns the first value at once and later ones only after a pause', async () => {
    const { result, rerender } = renderHook(({ value }: { value: string }) => useDebounced(value, DELAY), { value: 'a' });
    expect(result.current).toBe('a');
    await rerender({ value: 'ab' });
    await act(async () => void (await vi.advanceTimersByTimeAsync(DELAY - 1)));
    expect(result.current).toBe('a');
    await act(async () => void (await vi.advanceTimersByTimeAsync(1)));
    expect(result.current).toBe('ab');
  });
});

describe('useLiveQuery', () => {
  it('asks once typing pauses, aborts the request a newer input replaces, and keeps the last answer meanwhile', async () => {
    const server = controlledServer();
    const { result, rerender } = renderHook(({ text }: { text: string }) => useLiveQuery(['test'], text, DELAY, server.run), { text: 'one' });
    await flush();
    expect(server.calls.map((c) => c.input)).toEqual(['one']);
    await release(server.calls[0], 'answer to one');
    expect(result.current?.data).toBe('answer to one');

    await rerender({ text: 'two' });
    await act(async () => void (await vi.advanceTimersByTimeAsync(DELAY)));
    await rerender({ text: 'three' });
    expect(result.current).toMatchObject({ data: 'answer to one', pending: true });
    await act(async () => void (await vi.advanceTimersByTimeAsync(DELAY)));
    expect(server.calls.map((c) => c.input)).toEqual(['one', 'two', 'three']);
    expect(server.calls[1]?.signal.aborted).toBe(true);
    await release(server.calls[2], 'answer to three');
    expect(result.current).toMatchObject({ data: 'answer to three', pending: false });
  });

  it('shows nothing for an emptied input, even when the answer for the old text arrives after', async () => {
    const server = controlledServer();
    const { result, rerender } = renderHook(({ text }: { text: string | null }) => useLiveQuery(['test'], text, DELAY, server.run), { text: 'an answer' as string | null });
    await flush();
    await rerender({ text: null });
    expect(result.current).toEqual({ data: undefined, error: undefined, pending: false });
    await release(server.calls[0], 'late answer');
    await act(async () => void (await vi.advanceTimersByTimeAsync(DELAY * 2)));
    expect(result.current?.data).toBeUndefined();
  });

  it('holds the last good answer while the next request runs, and drops it for an incomplete input (calculators)', async () => {
    const server = controlledServer();
    const { result, rerender } = renderHook(({ input }: { input: string | null }) => useLiveQuery(['calc'], input, DELAY, server.run, { hold: true }), { input: '99.9' as string | null });
    await flush();
    await release(server.calls[0], '8h 45m');
    await rerender({ input: '99.99' });
    await act(async () => void (await vi.advanceTimersByTimeAsync(DELAY)));
    expect(server.calls.map((c) => c.input)).toEqual(['99.9', '99.99']);
    expect(result.current).toEqual({ data: '8h 45m', error: undefined, pending: true });
    await rerender({ input: null });
    expect(result.current).toEqual({ data: undefined, error: undefined, pending: false });
  });

  it('never shows an old answer beside an error (calculators)', async () => {
    const server = controlledServer();
    const { result, rerender } = renderHook(({ input }: { input: string }) => useLiveQuery(['calc'], input, DELAY, server.run, { hold: true }), { input: '99.9' });
    await flush();
    await release(server.calls[0], '8h 45m');
    await rerender({ input: '120' });
    await act(async () => void (await vi.advanceTimersByTimeAsync(DELAY)));
    await fail(server.calls[1], 'Availability must be a percent from 0 to 100');
    expect(result.current).toEqual({ data: undefined, error: 'Availability must be a percent from 0 to 100', pending: false });
  });
});
