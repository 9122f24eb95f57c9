import { useEffect, useRef } from 'react';

/** How long to wait for a page's heading or #target to render (its data may still be loading). */
export const ARRIVAL_WAIT_MS = 5000;

/** The first shown element matching `selector`: while a page loads, React keeps the last one in the DOM, hidden. */
function shown(root: HTMLElement, selector: string): HTMLElement | undefined {
  return [...root.querySelectorAll<HTMLElement>(selector)].find((element) => element.getClientRects().length > 0);
}

/** Calls `found` with the first shown element matching `selector` under `root`, now or once it renders. */
function whenRendered(root: HTMLElement, selector: string, found: (element: HTMLElement) => void): () => void {
  const now = shown(root, selector);
  if (now) {
    found(now);
    return () => undefined;
  }
  const observer = new MutationObserver(() => {
    const element = shown(root, selector);
    if (!element) return;
    stop();
    found(element);
  });
  const timer = window.setTimeout(() => stop(), ARRIVAL_WAIT_MS);
  const stop = () => {
    observer.disconnect();
    window.clearTimeout(timer);
  };
  observer.observe(root, { childList: true, subtree: true, attributes: true, attributeFilter: ['style'] });
  return stop;
}

/**
 * After a navigation: to the #target when the address has one (/guide#checklist), else to the top
 * with focus on the new page's h1, so a screen reader announces where the person landed.
 * The first page load keeps the browser's own focus and scroll; until `ready` (the shell still deciding
 * whether the welcome comes first), nothing counts as an arrival, so a redirect is part of the first load.
 */
export function useArrival(main: React.RefObject<HTMLElement | null>, path: string, hash: string, ready = true): void {
  const first = useRef(true);
  useEffect(() => {
    const root = main.current;
    if (!root || !ready) return;
    const initial = first.current;
    first.current = false;
    const id = decodeURIComponent(hash.replace(/^#/, ''));
    if (id) {
      return whenRendered(root, `#${CSS.escape(id)}`, (target) => target.scrollIntoView({ block: 'start' }));
    }
    if (initial) return;
    window.scrollTo(0, 0);
    return whenRendered(root, 'h1', (heading) => {
      if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
      heading.focus({ preventScroll: true });
    });
  }, [main, path, hash, ready]);
}
