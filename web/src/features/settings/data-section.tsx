import type { SettingsView } from '@shared/api.js';
import { EXPORT_URL } from '../../lib/queries.js';
import { BackupsPart } from './backups-part.js';
import { ImportPart } from './import-part.js';
import { ResetPart } from './reset-part.js';

/** The person's data: where it lives, a copy out, a copy in, backups, and a reset. */
export function DataSection({ settings, onReplaced }: { settings: SettingsView; onReplaced: () => void }) {
  const { data } = settings;
  return (
    <section id="data" className="panel settings-section" aria-labelledby="data-title">
      <h2 id="data-title">Your data</h2>
      <dl className="settings-facts">
        <div>
          <dt>{data.folder ? 'Data folder' : 'Database'}</dt>
          <dd>
            <code data-testid="data-folder">{data.folder ?? data.database}</code>
          </dd>
        </div>
        {data.folder && (
          <div>
            <dt>Database file</dt>
            <dd>
              <code>{data.database}</code>
            </dd>
          </div>
        )}
      </dl>
      <h3>Export</h3>
      <p className="small muted">One JSON file with every answer, submission, review, plan, mock, story, setting and recording.</p>
      <a className="button" href={EXPORT_URL} download>
        Download an export
      </a>
      <ImportPart onImported={onReplaced} />
      {data.kind === 'sqlite' && <BackupsPart />}
      <ResetPart phrase={data.resetPhrase} onReset={onReplaced} />
    </section>
  );
}
