import { useEffect } from 'react';
import type { SettingsView } from '@shared/api.js';
import { navigate } from '../lib/router.js';

export const WELCOME_PATH = '/welcome';
/** Settings stay open before the welcome is answered: importing an export into a fresh folder starts there. */
const OPEN_BEFORE_WELCOME = new Set([WELCOME_PATH, '/settings']);

/** Until the server says the first run is done (answered or skipped), every other page leads to the welcome. */
export function useWelcomeRedirect(settings: SettingsView | undefined, path: string): boolean {
  const redirect = settings !== undefined && !settings.firstRunDone && !OPEN_BEFORE_WELCOME.has(path);
  useEffect(() => {
    if (redirect) navigate(WELCOME_PATH, { replace: true });
  }, [redirect]);
  return redirect;
}
