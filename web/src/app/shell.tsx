import { useEffect, useRef, useState } from 'react';
import { useCommandLayer } from '../features/search/command-layer.js';
import { useSettings } from '../lib/queries.js';
import { Link, useHash, useLocation } from '../lib/router.js';
import { shortcutText } from '../lib/shortcuts.js';
import { Loading } from '../ui/status.js';
import { SECTIONS, sectionOf } from './nav.js';
import { Routes } from './routes.js';
import { useAppliedTheme } from './theme.js';
import { useArrival } from './use-arrival.js';
import { useWelcomeRedirect } from './use-welcome.js';

export function App() {
  const { path } = useLocation();
  const hash = useHash();
  const main = useRef<HTMLElement>(null);
  const settings = useSettings();
  useAppliedTheme(settings.data?.theme);
  // Nothing renders until the server says whether the welcome comes first (a failed read shows the pages anyway).
  const redirecting = useWelcomeRedirect(settings.data, path);
  const waiting = settings.isPending || redirecting;
  useArrival(main, path, hash, !waiting);
  const [menuOpen, setMenuOpen] = useState(false);
  const [menuPath, setMenuPath] = useState(path);
  if (menuPath !== path) {
    // A new page closes the phone menu.
    setMenuPath(path);
    setMenuOpen(false);
  }
  const commands = useCommandLayer();
  const current = sectionOf(path);
  useEffect(() => {
    const label = SECTIONS.find((s) => s.path === current)?.label;
    document.title = current === '/' || !label ? 'tpmprep' : `${label} · tpmprep`;
  }, [path, current]);
  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="topbar">
        <Link href="/" className="brand" aria-label="tpmprep home">
          <span className="brand-mark" aria-hidden="true">
            T
          </span>
          tpmprep
        </Link>
        <div className="topbar-actions">
          <button type="button" className="menu-button" aria-haspopup="dialog" onClick={commands.openSearch}>
            <span aria-hidden="true">⌕</span> Search
          </button>
          <button
            type="button"
            className="menu-button"
            aria-expanded={menuOpen}
            aria-controls="site-nav"
            onClick={() => setMenuOpen((open) => !open)}
          >
            Menu
          </button>
        </div>
      </header>
      <nav id="site-nav" className={`sidebar ${menuOpen ? 'open' : ''}`} aria-label="Sections">
        <Link href="/" className="brand sidebar-brand" aria-label="tpmprep home">
          <span className="brand-mark" aria-hidden="true">
            T
          </span>
          tpmprep
        </Link>
        <button type="button" className="search-button" aria-haspopup="dialog" aria-keyshortcuts="Control+K Meta+K" onClick={commands.openSearch}>
          <span className="nav-icon" aria-hidden="true">
            ⌕
          </span>
          Search
          <kbd aria-hidden="true">{shortcutText('openSearch')}</kbd>
        </button>
        <ul>
          {SECTIONS.map((section) => (
            <li key={section.path}>
              <Link href={section.path} aria-current={current === section.path ? 'page' : undefined}>
                <span className="nav-icon" aria-hidden="true">
                  {section.icon}
                </span>
                {section.label}
              </Link>
            </li>
          ))}
        </ul>
        <button type="button" className="shortcuts-button" aria-haspopup="dialog" aria-keyshortcuts="?" onClick={commands.openShortcuts}>
          Keyboard shortcuts <kbd aria-hidden="true">?</kbd>
        </button>
        <p className="sidebar-note">Runs on your machine. Your answers stay here.</p>
      </nav>
      <main id="main" tabIndex={-1} ref={main}>
        {waiting ? <Loading label="Opening tpmprep" /> : <Routes />}
      </main>
      {commands.dialogs}
    </div>
  );
}
