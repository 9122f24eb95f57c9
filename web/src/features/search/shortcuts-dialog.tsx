import { Fragment } from 'react';
import { chordKeys, pressed, SHORTCUT_PLACES, SHORTCUTS, type Chord, type Shortcut } from '../../lib/shortcuts.js';
import { ModalDialog } from '../../ui/modal-dialog.js';

const ALL: Shortcut[] = Object.values(SHORTCUTS);

const single = (chord: Chord) => !chord.mod && !chord.shift && chord.key.length === 1;

function Keys({ chords }: { chords: readonly Chord[] }) {
  const [first, ...rest] = chords;
  const last = rest.at(-1);
  // A run of plain keys (1, 2, 3, 4) reads better as a range.
  if (first && last && rest.length > 1 && chords.every(single)) {
    return (
      <span className="chord">
        <kbd>{chordKeys(first)}</kbd>
        <span aria-hidden="true">–</span>
        <span className="visually-hidden">to</span>
        <kbd>{chordKeys(last)}</kbd>
      </span>
    );
  }
  return (
    <>
      {chords.map((chord, i) => (
        <Fragment key={i}>
          {i > 0 && <span className="muted"> or </span>}
          <span className="chord">
            {chordKeys(chord).map((key) => (
              <kbd key={key}>{key}</kbd>
            ))}
          </span>
        </Fragment>
      ))}
    </>
  );
}

/** Every shortcut of the app, read from the same table the key handlers use. */
export function ShortcutsDialog({ onClose, onSearch }: { onClose: () => void; onSearch: () => void }) {
  return (
    <ModalDialog
      labelledBy="shortcuts-title"
      onClose={onClose}
      onKeyDown={(event) => {
        if (!pressed(event.nativeEvent, 'openSearch')) return;
        event.preventDefault();
        onSearch();
      }}
    >
      <div className="shortcuts-inner">
        <div className="shortcuts-head">
          <h2 id="shortcuts-title">Keyboard shortcuts</h2>
          <button type="button" className="button small" onClick={onClose}>
            Close
          </button>
        </div>
        {SHORTCUT_PLACES.map((place) => (
          <table key={place} className="shortcuts-table">
            <caption>{place}</caption>
            <colgroup>
              <col className="shortcuts-keys" />
              <col />
            </colgroup>
            <thead className="visually-hidden">
              <tr>
                <th scope="col">Keys</th>
                <th scope="col">What they do</th>
              </tr>
            </thead>
            <tbody>
              {ALL.filter((s) => s.where === place).map((s) => (
                <tr key={s.does}>
                  <td>
                    <Keys chords={s.chords} />
                  </td>
                  <td>{s.does}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ))}
      </div>
    </ModalDialog>
  );
}
