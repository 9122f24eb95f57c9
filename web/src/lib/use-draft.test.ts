// @vitest-environment happy-dom
import { act } from 'react';
import { beforeEach, describe, expect, it } from 'vitest';
import { renderHook } from './render-hook.js';
import { DRAFT_PREFIX, readDraft, useDraft, writeDraft } from './use-draft.js';

beforeEach(() => localStorage.clear());

describe('readDraft and writeDraft', () => {
  it('stores under a versioned key and reads the value back', () => {
    writeDraft('practice:q1', 'my answer', '');
    expect(localStorage.getItem(`${DRAFT_PREFIX}practice:q1`)).toBe('"my answer"');
    expect(readDraft('practice:q1', '')).toBe('my answer');
  });

  it('removes the draft when the value is back to empty', () => {
    writeDraft('case:c1', { lift: '5' }, {});
    writeDraft('case:c1', {}, {});
    expect(localStorage.length).toBe(0);
  });

  it('drops damaged or wrongly shaped entries instead of throwing', () => {
    localStorage.setItem(`${DRAFT_PREFIX}case:c1`, '{not json');
    expect(readDraft('case:c1', {})).toEqual({});
    expect(localStorage.getItem(`${DRAFT_PREFIX}case:c1`)).toBeNull();
    localStorage.setItem(`${DRAFT_PREFIX}case:c2`, '[1,2]');
    expect(readDraft('case:c2', {})).toEqual({});
    localStorage.setItem(`${DRAFT_PREFIX}practice:q1`, '42');
    expect(readDraft('practice:q1', '')).toBe('');
  });

  it('moves a legacy plain-text draft to the new key once', () => {
    localStorage.setItem('tpmprep:draft:q1', 'typed before the upgrade');
    expect(readDraft('practice:q1', '', { legacy: 'tpmprep:draft:q1' })).toBe('typed before the upgrade');
    expect(localStorage.getItem('tpmprep:draft:q1')).toBeNull();
    expect(readDraft('practice:q1', '')).toBe('typed before the upgrade');
  });
});

describe('useDraft', () => {
  it('keeps each key its own value when the key changes, with no carry-over', async () => {
    const { result, rerender } = renderHook(({ id }: { id: string }) => useDraft(`practice:${id}`, ''), { id: 'a' });
    await act(async () => result.current?.[1]('answer for a'));
    expect(result.current?.[0]).toBe('answer for a');
    await rerender({ id: 'b' });
    expect(result.current?.[0]).toBe('');
    await act(async () => result.current?.[1]('answer for b'));
    await rerender({ id: 'a' });
    expect(result.current?.[0]).toBe('answer for a');
    expect(readDraft('practice:b', '')).toBe('answer for b');
  });

  it('clear empties the value and the stored draft', async () => {
    const { result } = renderHook(() => useDraft('mock:1:q:answer', ''), undefined);
    await act(async () => result.current?.[1]('half an answer'));
    await act(async () => result.current?.[2]());
    expect(result.current?.[0]).toBe('');
    expect(localStorage.length).toBe(0);
  });
});
