import { createContext, useContext } from 'react';
import type { Account } from '@shared/api.js';

/** Who is using the app: in the local app nobody signs in (hosted false, account null). */
export interface Session {
  hosted: boolean;
  account: Account | null;
}

export const SessionContext = createContext<Session>({ hosted: false, account: null });
export const useSession = (): Session => useContext(SessionContext);
