import { useEffect, useRef, useState } from 'react';
import { AREAS, DIFFICULTIES, PROGRAM_COMPETENCIES, QUESTION_PAGE_SIZE, QUESTION_TYPES, SKILLS, STAGES } from '@shared/domain.js';
import { queryString } from '../../lib/api-client.js';
import { ErrorNote, Loading } from '../../ui/status.js';
import { Tag } from '../../ui/tag.js';
import { Link, navigate, useLocation } from '../../lib/router.js';
import { useQuestions } from '../../lib/queries.js';
import { TrackSwitch, useTrackChoice } from '../../ui/track-switch.js';

const FILTERS = [
  { key: 'type', label: 'Type', options: QUESTION_TYPES },
  { key: 'competency', label: 'Program competency', options: PROGRAM_COMPETENCIES },
  { key: 'skill', label: 'Skill', options: SKILLS },
  { key: 'area', label: 'Area', options: AREAS },
  { key: 'stage', label: 'Stage', options: STAGES },
  { key: 'difficulty', label: 'Difficulty', options: DIFFICULTIES },
  {
    key: 'attempted',
    label: 'Attempted',
    options: [
      { id: 'no', title: 'Not yet' },
      { id: 'yes', title: 'Attempted' },
    ],
  },
] as const;

type FilterKey = (typeof FILTERS)[number]['key'] | 'search' | 'track';

export function PracticePage() {
  const { query } = useLocation();
  const params = Object.fromEntries(
    (['search', ...FILTERS.map((f) => f.key)] as FilterKey[]).map((k) => [k, query.get(k) ?? undefined]),
  ) as Record<FilterKey, string | undefined>;
  params.track = useTrackChoice();
  // The box follows the address: a link that clears the search (the sidebar's) clears the box too.
  const addressSearch = params.search ?? '';
  const [search, setSearch] = useState(addressSearch);
  const [written, setWritten] = useState(addressSearch);
  if (addressSearch !== written) {
    setWritten(addressSearch);
    setSearch(addressSearch);
  }
  // A page at a time; "Show more" asks for a longer page, and new filters start again at one page.
  const filterKey = queryString(params);
  const [shown, setShown] = useState({ filterKey, limit: QUESTION_PAGE_SIZE });
  const limit = shown.filterKey === filterKey ? shown.limit : QUESTION_PAGE_SIZE;
  const list = useQuestions({ ...params, limit });
  const listRef = useRef<HTMLUListElement>(null);
  // After "Show more", focus goes to the first question added, so a keyboard user reads on from there.
  const focusFrom = useRef<number | undefined>(undefined);
  const shownCount = list.data?.questions.length ?? 0;
  useEffect(() => {
    const from = focusFrom.current;
    if (from === undefined || shownCount <= from) return;
    focusFrom.current = undefined;
    listRef.current?.querySelectorAll<HTMLElement>('.question-row')[from]?.focus();
  }, [shownCount]);

  const update = (key: FilterKey, value: string) => {
    const next = { ...params, [key]: value || undefined };
    if (key === 'search') setWritten(value);
    navigate(`/practice${queryString(next)}`, { replace: true });
  };

  // Typing updates the address (and so the results) without piling up history entries.
  useEffect(() => {
    if ((params.search ?? '') === search) return;
    const timer = window.setTimeout(() => update('search', search), 80);
    return () => window.clearTimeout(timer);
  });

  const questions = list.data?.questions;
  const total = list.data?.total ?? 0;
  const active = FILTERS.some((f) => params[f.key]) || Boolean(params.search);
  return (
    <div className="page">
      <header className="page-header">
        <p className="eyebrow">Practice</p>
        <h1>Question bank</h1>
        <p className="lead">Pick a question, answer it against the clock, then compare with the rubric and a model outline.</p>
        <p className="small">
          Behavioral questions go faster with rehearsed STAR stories: <Link href="/mock/stories">open your story bank</Link>.
        </p>
      </header>
      <div className="search-bar" role="search">
        <label htmlFor="question-search" className="visually-hidden">
          Search questions
        </label>
        <input
          id="question-search"
          type="search"
          placeholder="Search: microservices, chatbot, conflict, A/B test…"
          value={search}
          onChange={(e) => setSearch(e.target.value)}
          autoComplete="off"
        />
      </div>
      <div className="filters">
        {FILTERS.map((filter) => (
          <label key={filter.key} className="filter">
            <span>{filter.label}</span>
            <select value={params[filter.key] ?? ''} onChange={(e) => update(filter.key, e.target.value)} name={filter.key}>
              <option value="">All</option>
              {filter.options.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.title}
                </option>
              ))}
            </select>
          </label>
        ))}
        {active && (
          <button
            type="button"
            className="button ghost small"
            onClick={() => {
              setSearch('');
              navigate('/practice', { replace: true });
            }}
          >
            Clear
          </button>
        )}
      </div>
      {list.data && <TrackSwitch track={list.data.track} trackFrom={list.data.trackFrom} what="Questions" />}
      {list.error && <ErrorNote message={list.error.message} onRetry={() => void list.refetch()} />}
      {!questions && !list.error && <Loading label="Loading questions" />}
      {questions && (
        <>
          <p className="muted small result-count" aria-live="polite">
            {questions.length < total ? `${questions.length} of ${total} questions` : `${total} question${total === 1 ? '' : 's'}`}
          </p>
          {questions.length === 0 && <p>No question matches. Loosen a filter or try other words.</p>}
          <ul className="question-list" ref={listRef}>
            {questions.map((q) => (
              <li key={q.id}>
                <Link href={`/practice/${q.id}`} className="question-row">
                  <span className="question-title">{q.title}</span>
                  <span className="question-meta">
                    <Tag>{QUESTION_TYPES.find((t) => t.id === q.type)?.title ?? q.type}</Tag>
                    <Tag tone={q.difficulty}>{q.difficulty}</Tag>
                    <span className="muted small">{q.minutes} min</span>
                    {q.attempts > 0 && (
                      <Tag tone="good" title="Times you have answered it">
                        ✓ {q.attempts}
                      </Tag>
                    )}
                  </span>
                </Link>
              </li>
            ))}
          </ul>
          {questions.length < total && (
            <button
              type="button"
              className="button ghost question-more"
              disabled={list.isFetching}
              onClick={() => {
                focusFrom.current = questions.length;
                setShown({ filterKey, limit: questions.length + QUESTION_PAGE_SIZE });
              }}
            >
              Show {Math.min(QUESTION_PAGE_SIZE, total - questions.length)} more
            </button>
          )}
        </>
      )}
    </div>
  );
}
