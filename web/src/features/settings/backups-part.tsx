import { useBackups, useCreateBackup } from '../../lib/queries.js';
import { ErrorNote } from '../../ui/status.js';

const sizeOf = (bytes: number) => (bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`);
const nameOf = (file: string) => file.split(/[\\/]/).pop() ?? file;

/** Backups of the SQLite file. A restore replaces the open database, so it runs from the terminal with the server stopped. */
export function BackupsPart() {
  const backups = useBackups();
  const create = useCreateBackup();
  const list = backups.data?.backups ?? [];
  return (
    <div className="settings-part">
      <h3>Backups</h3>
      <p className="small muted">A copy of the database is taken once a day when the server starts, and before a reset.</p>
      <div className="settings-buttons">
        <button type="button" className="button" disabled={create.isPending} onClick={() => create.mutate()}>
          {create.isPending ? 'Backing up…' : 'Back up now'}
        </button>
        <span role="status" aria-live="polite" className="small settings-saved">
          {create.data ? `Saved ${nameOf(create.data.file)} (${sizeOf(create.data.bytes)}).` : ''}
        </span>
      </div>
      {create.error && <ErrorNote message={create.error.message} />}
      {backups.error && <ErrorNote message={backups.error.message} onRetry={() => void backups.refetch()} />}
      {backups.data && list.length === 0 && <p className="small">No backups yet.</p>}
      {list.length > 0 && (
        <>
          <ul className="settings-backups" data-testid="backups">
            {list.map((b) => (
              <li key={b.file}>
                <code>{nameOf(b.file)}</code> <span className="muted small">{sizeOf(b.bytes)}</span>
              </li>
            ))}
          </ul>
          <p className="small">
            To restore one, stop the server (Ctrl+C where it runs), then run <code>tpmprep restore {list[0]?.file}</code> with the file you want. The current database is kept aside first.
          </p>
        </>
      )}
    </div>
  );
}
