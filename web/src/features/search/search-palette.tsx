import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { SearchKind, SearchResult } from '@shared/api.js';
import { SEARCH_PALETTE_LIMIT, useSearch } from '../../lib/queries.js';
import { navigate } from '../../lib/router.js';
import { mainKeyText, pressed } from '../../lib/shortcuts.js';
import { ModalDialog } from '../../ui/modal-dialog.js';

/** A group's heading in the results, in the words of the app's navigation. */
const KIND_TITLES: Record<SearchKind, string> = {
  page: 'Pages',
  question: 'Questions',
  problem: 'Coding problems',
  design: 'System designs',
  case: 'Metric cases',
  program: 'Program plans',
  flashcard: 'Flashcards',
  guide: 'Guide',
};

interface Group {
  kind: SearchKind;
  items: Array<{ result: SearchResult; index: number }>;
}

/** The server's ranking, grouped by kind: groups in the order of their best result, so the best match is still first. */
export function groupByKind(results: readonly SearchResult[]): { groups: Group[]; ordered: SearchResult[] } {
  const groups: Group[] = [];
  for (const result of results) {
    let group = groups.find((g) => g.kind === result.kind);
    if (!group) groups.push((group = { kind: result.kind, items: [] }));
    group.items.push({ result, index: -1 });
  }
  const ordered: SearchResult[] = [];
  for (const group of groups) for (const item of group.items) item.index = ordered.push(item.result) - 1;
  return { groups, ordered };
}

const optionId = (index: number) => `palette-option-${index}`;

function statusOf(search: ReturnType<typeof useSearch>, blank: boolean): string {
  if (blank) return '';
  if (search.error) return `Search failed: ${search.error}`;
  if (!search.data) return search.pending ? 'Searching…' : '';
  const count = search.data.results.length;
  if (count === 0) return `No results for “${search.data.query}”`;
  if (count > SEARCH_PALETTE_LIMIT) return `The best ${SEARCH_PALETTE_LIMIT} results`;
  return count === 1 ? '1 result' : `${count} results`;
}

/**
 * Search everything: a combobox over a grouped listbox. Focus stays in the text box; the arrow keys
 * move the highlighted option (aria-activedescendant) and Enter opens it.
 */
export function SearchPalette({ onClose }: { onClose: (how: 'back' | 'opened') => void }) {
  const [text, setText] = useState('');
  const search = useSearch(text);
  const blank = text.trim() === '';
  const { groups, ordered } = groupByKind(blank ? [] : (search.data?.results.slice(0, SEARCH_PALETTE_LIMIT) ?? []));
  const [active, setActive] = useState(0);
  const [shown, setShown] = useState(search.data);
  if (shown !== search.data) {
    // New results: the best one is highlighted again.
    setShown(search.data);
    setActive(0);
  }
  const current = ordered[Math.min(active, ordered.length - 1)];
  const currentIndex = current ? ordered.indexOf(current) : -1;

  useEffect(() => {
    if (currentIndex >= 0) document.getElementById(optionId(currentIndex))?.scrollIntoView({ block: 'nearest' });
  }, [currentIndex]);

  const open = (result: SearchResult) => {
    onClose('opened');
    navigate(result.href);
  };

  // Enter pressed before the results for the latest text came: open the best of those once they do.
  const enterQueued = useRef(false);
  const best = ordered[0];
  useEffect(() => {
    if (!enterQueued.current || search.pending) return;
    enterQueued.current = false;
    if (!best) return;
    onClose('opened');
    navigate(best.href);
  }, [search.pending, best, onClose]);

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const step = pressed(event.nativeEvent, 'nextResult') ? 1 : pressed(event.nativeEvent, 'previousResult') ? -1 : 0;
    if (step !== 0 && ordered.length > 0) {
      event.preventDefault();
      setActive((currentIndex + step + ordered.length) % ordered.length);
    } else if (pressed(event.nativeEvent, 'openResult')) {
      event.preventDefault();
      if (search.pending) enterQueued.current = true;
      else if (current) open(current);
    } else if (pressed(event.nativeEvent, 'openSearch')) {
      // Already open: keep the browser from taking Ctrl+K for its own search box.
      event.preventDefault();
    }
  };

  const status = statusOf(search, blank);
  return (
    <ModalDialog labelledBy="palette-title" onClose={() => onClose('back')}>
      <div className="palette-inner">
        <h2 id="palette-title" className="visually-hidden">
          Search everything
        </h2>
        <div className="palette-bar">
          <span className="palette-icon" aria-hidden="true">
            ⌕
          </span>
          <input
            type="text"
            role="combobox"
            aria-label="Search everything"
            aria-expanded={ordered.length > 0}
            aria-controls={ordered.length > 0 ? 'palette-results' : undefined}
            aria-activedescendant={currentIndex >= 0 ? optionId(currentIndex) : undefined}
            aria-autocomplete="list"
            aria-describedby="palette-status"
            autoComplete="off"
            spellCheck={false}
            enterKeyHint="go"
            maxLength={200}
            placeholder="Search questions, problems, flashcards, pages…"
            value={text}
            onChange={(event) => setText(event.target.value)}
            onKeyDown={onKeyDown}
            autoFocus
          />
          {search.pending && !blank && <span className="spinner" aria-hidden="true" />}
          <button type="button" className="button small ghost" onClick={() => onClose('back')}>
            Close
          </button>
        </div>
        <p id="palette-status" className="palette-status" role="status">
          {status}
        </p>
        {blank && <p className="palette-hint muted">Questions, coding problems, exercises, flashcards, the guide and the app’s pages. Try “monolithic” or “settings”.</p>}
        {ordered.length > 0 && (
          <div id="palette-results" className="palette-results" role="listbox" aria-label="Results">
            {groups.map((group) => (
              <ul key={group.kind} role="group" aria-labelledby={`palette-group-${group.kind}`} className="palette-group">
                <li role="presentation" id={`palette-group-${group.kind}`} className="palette-group-title">
                  {KIND_TITLES[group.kind]}
                </li>
                {group.items.map(({ result, index }) => (
                  <li
                    key={`${result.kind}:${result.id}`}
                    id={optionId(index)}
                    role="option"
                    aria-selected={index === currentIndex}
                    className="palette-option"
                    onMouseDown={(event) => event.preventDefault()}
                    onMouseMove={() => index !== currentIndex && setActive(index)}
                    onClick={() => open(result)}
                  >
                    <span className="palette-option-title">{result.title}</span>
                    {result.snippet && <span className="palette-option-snippet">{result.snippet}</span>}
                  </li>
                ))}
              </ul>
            ))}
          </div>
        )}
        <p className="palette-keys muted" aria-hidden="true">
          <kbd>{mainKeyText('nextResult')}</kbd>
          <kbd>{mainKeyText('previousResult')}</kbd> move · <kbd>{mainKeyText('openResult')}</kbd> open · <kbd>{mainKeyText('closeDialog')}</kbd> close
        </p>
      </div>
    </ModalDialog>
  );
}
