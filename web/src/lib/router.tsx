import { useMemo } from 'react';
import { useLocation as useWouterLocation, useSearch } from 'wouter';
import { navigate as go, useLocationProperty } from 'wouter/use-browser-location';

/** Links and navigation come from wouter; the route table is app/routes.tsx. */
export { Link } from 'wouter';

export function navigate(to: string, options: { replace?: boolean } = {}): void {
  go(to, { replace: options.replace });
}

/** The current path and search parameters. */
export function useLocation(): { path: string; query: URLSearchParams } {
  const [path] = useWouterLocation();
  const search = useSearch();
  const query = useMemo(() => new URLSearchParams(search), [search]);
  return { path, query };
}

/** The address's #fragment (wouter's location hooks leave it out). */
export function useHash(): string {
  return useLocationProperty(() => window.location.hash);
}
