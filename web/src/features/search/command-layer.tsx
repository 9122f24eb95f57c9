import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { isTyping, pressed } from '../../lib/shortcuts.js';
import { SearchPalette } from './search-palette.js';
import { ShortcutsDialog } from './shortcuts-dialog.js';
import './search.css';

type Layer = 'search' | 'shortcuts' | null;

/**
 * The app-wide dialogs: search (Ctrl/Cmd+K anywhere) and the shortcut list (`?` outside a text box).
 * Closing one puts focus back where it was, unless a result took the person to another page.
 */
export function useCommandLayer(): { openSearch: () => void; openShortcuts: () => void; dialogs: ReactNode } {
  const [layer, setLayer] = useState<Layer>(null);
  const opener = useRef<HTMLElement | null>(null);
  const restore = useRef(false);

  const show = useCallback((next: Exclude<Layer, null>) => {
    setLayer((was) => {
      if (was === null) opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      return next;
    });
  }, []);
  const close = useCallback((back: boolean) => {
    restore.current = back;
    setLayer(null);
  }, []);

  useEffect(() => {
    // The dialog is gone and the page is no longer inert: focus can go back.
    if (layer !== null || !restore.current) return;
    restore.current = false;
    if (opener.current?.isConnected) opener.current.focus();
    opener.current = null;
  }, [layer]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (pressed(event, 'openSearch')) {
        event.preventDefault();
        show('search');
      } else if (pressed(event, 'showShortcuts') && !isTyping(event.target) && !event.defaultPrevented) {
        event.preventDefault();
        show('shortcuts');
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [show]);

  const dialogs =
    layer === 'search' ? (
      <SearchPalette onClose={(how) => close(how === 'back')} />
    ) : layer === 'shortcuts' ? (
      <ShortcutsDialog onClose={() => close(true)} onSearch={() => show('search')} />
    ) : null;
  return { openSearch: useCallback(() => show('search'), [show]), openShortcuts: useCallback(() => show('shortcuts'), [show]), dialogs };
}
