import { useEffect, useRef, useState } from 'react';
import { useCommandLayer } from '../features/search/command-layer.js';
import { AcceptPage, SignInPage } from '../features/account/signin.js';
import { useHealth, useMe, useSettings, useSignOut } from '../lib/queries.js';
import { Link, navigate, useHash, useLocation } from '../lib/router.js';
import { shortcutText } from '../lib/shortcuts.js';
import { ErrorNote, Loading } from '../ui/status.js';
import { ACCOUNT_SECTIONS, SECTIONS, sectionOf } from './nav.js';
import { SessionContext, useSession } from './session.js';
import { Routes } from './routes.js';
import { useAppliedTheme } from './theme.js';
import { useArrival } from './use-arrival.js';
import { useWelcomeRedirect } from './use-welcome.js';

/**
 * The app. A hosted deployment (GET /api/health `mode`) shows the sign-in or invitation page until a
 * session exists; the local app never asks anyone to sign in.
 */
export function App() {
  const health = useHealth();
  const hosted = health.data?.mode === 'hosted';
  const me = useMe(hosted);
  if (health.isPending || (hosted && me.isPending)) return <Loading label="Starting tpmprep" />;
  if (hosted && me.error) return <ErrorNote message={me.error.message} onRetry={() => void me.refetch()} />;
  const account = hosted ? (me.data ?? null) : null;
  if (hosted && !account) return <SignedOut />;
  return (
    <SessionContext.Provider value={{ hosted, account }}>
      <Shell />
    </SessionContext.Provider>
  );
}

function SignedOut() {
  const { path } = useLocation();
  useEffect(() => {
    document.title = path === '/accept' ? 'Accept your invitation · tpmprep' : 'Sign in · tpmprep';
    if (path !== '/accept' && path !== '/signin') navigate('/signin', { replace: true });
  }, [path]);
  return <main id="main">{path === '/accept' ? <AcceptPage /> : <SignInPage />}</main>;
}

function Shell() {
  const { account } = useSession();
  const { path } = useLocation();
  useEffect(() => {
    if (account && (path === '/signin' || path === '/accept')) navigate('/', { replace: true });
  }, [account, path]);
  const hash = useHash();
  const main = useRef<HTMLElement>(null);
  const settings = useSettings();
  useAppliedTheme(settings.data?.theme);
  // Nothing renders until the server says whether the welcome comes first (a failed read shows the pages anyway).
  // The welcome is the local first run; a hosted account is set up by its invitation.
  const redirecting = useWelcomeRedirect(account ? undefined : settings.data, path);
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
    const label = SECTIONS.find((s) => s.path === current)?.label ?? ACCOUNT_SECTIONS.find((s) => path === s.path || path.startsWith(`${s.path}/`))?.label;
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
        {account ? <AccountBox path={path} /> : <p className="sidebar-note">Runs on your machine. Your answers stay here.</p>}
      </nav>
      <main id="main" tabIndex={-1} ref={main}>
        {waiting ? <Loading label="Opening tpmprep" /> : <Routes />}
      </main>
      {commands.dialogs}
    </div>
  );
}

/** Hosted mode: who is signed in, the pages of their role, and signing out. */
function AccountBox({ path }: { path: string }) {
  const { account } = useSession();
  const signOut = useSignOut();
  if (!account) return null;
  const links = ACCOUNT_SECTIONS.filter((s) => !s.role || s.role === account.role);
  return (
    <div className="account-box">
      <p className="account-email">{account.email}</p>
      <p className="muted small">
        {account.role}
        {account.cohort ? ` · ${account.cohort}` : ''}
      </p>
      <ul>
        {links.map((s) => (
          <li key={s.path}>
            <Link href={s.path} aria-current={path === s.path || path.startsWith(`${s.path}/`) ? 'page' : undefined}>
              <span className="nav-icon" aria-hidden="true">
                {s.icon}
              </span>
              {s.label}
            </Link>
          </li>
        ))}
      </ul>
      <button type="button" className="button small" onClick={() => signOut.mutate()} disabled={signOut.isPending}>
        Sign out
      </button>
      {signOut.error && <ErrorNote message={signOut.error.message} />}
    </div>
  );
}
