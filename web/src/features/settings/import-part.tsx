import { useId, useState, type FormEvent } from 'react';
import type { ImportResult } from '@shared/api.js';
import { useImportData } from '../../lib/queries.js';

/** The tables with rows, largest first, as the server counted them. */
export function countsOf(counts: Record<string, number>): Array<[string, number]> {
  return Object.entries(counts).filter(([, n]) => n > 0);
}

function Imported({ result }: { result: ImportResult }) {
  const rows = countsOf(result.imported);
  return (
    <div className="good-note settings-result" role="status">
      <strong>Imported{result.replaced ? ', replacing what was here' : ''}.</strong>
      {rows.length === 0 ? (
        ' The file held no rows.'
      ) : (
        <ul className="settings-counts" data-testid="import-counts">
          {rows.map(([table, n]) => (
            <li key={table}>
              <span>{table.replace(/_/g, ' ')}</span> <strong>{n}</strong>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

export function ImportPart({ onImported }: { onImported: () => void }) {
  const [file, setFile] = useState<File | null>(null);
  const [replace, setReplace] = useState(false);
  const [readError, setReadError] = useState<string>();
  const imported = useImportData();
  const errorId = useId();
  const fileId = useId();
  const error = readError ?? imported.error?.message;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    imported.reset();
    setReadError(undefined);
    if (!file) return setReadError('choose an export file first (a .json file from "Download an export" or `tpmprep export`)');
    let document: unknown;
    try {
      document = JSON.parse(await file.text());
    } catch (e) {
      return setReadError(`${file.name} is not a JSON export: ${(e as Error).message}`);
    }
    imported.mutate({ document, replace }, { onSuccess: onImported });
  };
  return (
    <form className="settings-part" onSubmit={(e) => void submit(e)} noValidate aria-labelledby={`${fileId}-title`}>
      <h3 id={`${fileId}-title`}>Import</h3>
      <p className="small muted">Brings an export back, all or nothing. Into a folder that already holds data only when you choose to replace it; take a backup first.</p>
      <div className="settings-field">
        <label htmlFor={fileId}>Export file</label>
        <input
          id={fileId}
          type="file"
          name="export"
          accept="application/json,.json"
          aria-describedby={error ? errorId : undefined}
          aria-invalid={error ? true : undefined}
          onChange={(e) => {
            imported.reset();
            setReadError(undefined);
            setFile(e.target.files?.[0] ?? null);
          }}
        />
      </div>
      <label className="settings-check">
        <input type="checkbox" name="replace" checked={replace} onChange={(e) => setReplace(e.target.checked)} /> Replace everything here with the file
      </label>
      <div className="settings-buttons">
        <button type="submit" className="button" disabled={imported.isPending}>
          {imported.isPending ? 'Importing…' : 'Import'}
        </button>
      </div>
      {error && (
        <p id={errorId} className="settings-error small" role="alert">
          Not imported: {error}
        </p>
      )}
      {imported.data && <Imported result={imported.data} />}
    </form>
  );
}
