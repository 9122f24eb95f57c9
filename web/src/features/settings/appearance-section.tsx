import { useState } from 'react';
import type { SettingsView } from '@shared/api.js';
import { useSaveSettings } from '../../lib/queries.js';

type Theme = SettingsView['theme'];

/**
 * The theme saves as soon as it is picked: the page changes under the pointer, and a reload keeps it.
 * The pick is held in state in the same event, so the radio never springs back while the save is on
 * its way; a failed save lets go of it and shows the saved theme again.
 */
export function AppearanceSection({ settings }: { settings: SettingsView }) {
  const save = useSaveSettings();
  const [picked, setPicked] = useState<Theme | null>(null);
  const chosen = picked ?? settings.theme;
  const title = settings.choices.themes.find((t) => t.id === settings.theme)?.title ?? settings.theme;
  const pick = (theme: Theme) => {
    setPicked(theme);
    save.mutate({ theme }, { onSettled: () => setPicked(null) });
  };
  return (
    <section id="appearance" className="panel settings-section" aria-labelledby="appearance-title">
      <h2 id="appearance-title">Appearance</h2>
      <fieldset className="settings-choice" aria-describedby="theme-status">
        <legend>Theme</legend>
        {settings.choices.themes.map((t) => (
          <label key={t.id}>
            <input type="radio" name="theme" value={t.id} checked={chosen === t.id} disabled={save.isPending} onChange={() => pick(t.id as Theme)} /> {t.title}
          </label>
        ))}
      </fieldset>
      <p id="theme-status" role="status" aria-live="polite" className="small settings-saved">
        {save.isSuccess ? `Saved: ${title}.` : ''}
      </p>
      {save.error && (
        <p className="settings-error small" role="alert">
          Not saved: {save.error.message}
        </p>
      )}
    </section>
  );
}
