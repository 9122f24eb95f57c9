import { useEffect } from 'react';
import type { SettingsView } from '@shared/api.js';

/**
 * Puts the saved theme on <html data-theme>. The server already wrote it into the page it served, so
 * the first paint is right; this keeps it right when Settings change it. "system" removes the attribute
 * and leaves the choice to prefers-color-scheme (base.css).
 */
export function useAppliedTheme(theme: SettingsView['theme'] | undefined): void {
  useEffect(() => {
    if (theme === undefined) return;
    const root = document.documentElement;
    if (theme === 'system') delete root.dataset.theme;
    else root.dataset.theme = theme;
  }, [theme]);
}
