// Components get the API client (and the desktop shell, when there is one) from React context: production
// wraps the preload's object or the loopback bridge. Every transport is the whole Api, so a call missing in
// one is a compile error (a test fake fills the calls it does not use with stubs that throw).
import { createContext, useContext, type ReactNode } from 'react';
import type { Api } from '../../../shared/api/contract';
import type { ShellApi } from '../../../shared/api/shell';
import { createHttpApi } from './bridgeClient';
import { wrapPreloadApi } from './preload';
import { readToken } from './token';
import { regieWindow } from './globals';
import { nl } from '../i18n/nl';

interface Transport {
  api: Api;
  shell: ShellApi | null;
}

const ApiContext = createContext<Transport | null>(null);

export function ApiProvider({ transport, children }: { transport: Transport; children: ReactNode }) {
  return <ApiContext.Provider value={transport}>{children}</ApiContext.Provider>;
}

function useTransport(): Transport {
  const transport = useContext(ApiContext);
  if (!transport) throw new Error('ApiProvider ontbreekt');
  return transport;
}

/** The typed API client. */
export function useApi(): Api {
  return useTransport().api;
}

/** The desktop shell (native dialogs, dropped-file paths); null in browser mode. */
export function useShell(): ShellApi | null {
  return useTransport().shell;
}

/** Picks the transport for where we run: the Electron preload, or the loopback bridge with its token. */
export function transportFromEnvironment(): Transport | { error: string } {
  const w = regieWindow();
  if (w.regie) return { api: wrapPreloadApi(w.regie), shell: w.regieShell ?? null };
  const token = readToken();
  if (!token) return { error: nl.errors.noToken };
  return { api: createHttpApi(token), shell: null };
}
