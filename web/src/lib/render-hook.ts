import { QueryClientProvider } from '@tanstack/react-query';
import { act, createElement, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { createQueryClient } from './queries.js';

// React warns unless it is told that this environment runs act().
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/**
 * Renders `hook` in a real React root (in the test's DOM) with a fresh query client; `rerender`
 * passes new props. For hook tests only: pages are tested in a real browser (test/e2e).
 */
export function renderHook<P, R>(hook: (props: P) => R, props: P) {
  const result: { current: R | undefined } = { current: undefined };
  const client = createQueryClient();
  const container = document.createElement('div');
  const root = createRoot(container);
  function Probe({ value }: { value: P }): ReactNode {
    result.current = hook(value);
    return null;
  }
  const render = (value: P) => act(() => root.render(createElement(QueryClientProvider, { client }, createElement(Probe, { value }))));
  void render(props);
  return {
    result,
    rerender: (value: P) => render(value),
    unmount: () => act(() => root.unmount()),
  };
}
