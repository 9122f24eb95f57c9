import { lazy, Suspense, useEffect, useState } from 'react';
import { Link, useLocation } from '../lib/router.js';
import { SECTIONS, sectionOf } from './nav.js';
import { CodePage } from '../features/code/problem-list.js';
import { Dashboard } from '../features/dashboard/dashboard.js';
import { ExercisesPage, isExercisePath } from '../features/exercises/exercises.js';
import { Loading } from '../ui/status.js';
import { FlashcardsPage } from '../features/flashcards/flashcards.js';
import { GuidePage } from '../features/guide/guide.js';
import { MockPage } from '../features/mock/mock.js';
import { PlanPage } from '../features/plan/plan.js';
import { PracticePage } from '../features/practice/practice.js';
import { QuestionPage } from '../features/practice/question.js';
import { StoriesPage } from '../features/stories/stories.js';
import { ToolkitPage } from '../features/toolkit/toolkit.js';
import { NotYet } from '../ui/not-yet.js';
import { NotFound } from '../ui/not-found.js';

// The code editor is large: it loads with the first problem page, not with the app.
const CodeProblemPage = lazy(() => import('../features/code/code-problem.js'));

function Page({ path }: { path: string }) {
  if (path === '/') return <Dashboard />;
  if (path === '/guide') return <GuidePage />;
  if (path === '/practice') return <PracticePage />;
  if (path === '/flashcards') return <FlashcardsPage />;
  if (path === '/plan') return <PlanPage />;
  if (path === '/code') return <CodePage />;
  const problem = /^\/code\/([a-z0-9-]+)$/.exec(path);
  if (problem?.[1]) {
    return (
      <Suspense fallback={<Loading label="Loading the editor" />}>
        <CodeProblemPage id={problem[1]} />
      </Suspense>
    );
  }
  if (isExercisePath(path)) return <ExercisesPage path={path} />;
  if (path === '/toolkit' || path.startsWith('/toolkit/')) return <ToolkitPage path={path} />;
  const question = /^\/practice\/([a-z0-9-]+)$/.exec(path);
  if (question?.[1]) return <QuestionPage id={question[1]} />;
  if (path === '/mock/stories') return <StoriesPage />;
  const mock = /^\/mock(?:\/(\d+))?$/.exec(path);
  if (mock) return <MockPage id={mock[1] ? Number(mock[1]) : undefined} />;
  const section = SECTIONS.find((s) => s.path === path);
  if (section) return <NotYet title={section.label} />;
  return <NotFound />;
}

export function App() {
  const { path } = useLocation();
  const [menuOpen, setMenuOpen] = useState(false);
  const [menuPath, setMenuPath] = useState(path);
  if (menuPath !== path) {
    // A new page closes the phone menu.
    setMenuPath(path);
    setMenuOpen(false);
  }
  const current = sectionOf(path);
  useEffect(() => {
    const label = SECTIONS.find((s) => s.path === current)?.label ?? 'tpmprep';
    document.title = current === '/' ? 'tpmprep' : `${label} · tpmprep`;
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
        <button
          type="button"
          className="menu-button"
          aria-expanded={menuOpen}
          aria-controls="site-nav"
          onClick={() => setMenuOpen((open) => !open)}
        >
          Menu
        </button>
      </header>
      <nav id="site-nav" className={`sidebar ${menuOpen ? 'open' : ''}`} aria-label="Sections">
        <Link href="/" className="brand sidebar-brand" aria-label="tpmprep home">
          <span className="brand-mark" aria-hidden="true">
            T
          </span>
          tpmprep
        </Link>
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
        <p className="sidebar-note">Runs on your machine. Your answers stay here.</p>
      </nav>
      <main id="main" tabIndex={-1}>
        <Page path={path} />
      </main>
    </div>
  );
}
