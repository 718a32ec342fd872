// Components get the API client (and the desktop shell, when there is one) from React context: production
// wraps the preload's object or the loopback bridge; tests hand in a fake typed as Partial<Api>.
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { Api } from '../../../shared/api/contract';
import type { ShellApi } from '../../../shared/api/shell';
import { createHttpApi } from './bridgeClient';
import { wrapPreloadApi } from './preload';
import { readToken } from './token';
import { regieWindow } from './globals';
import { ApiCallError } from './errors';
import { nl } from '../i18n/nl';

export interface Transport {
  api: Partial<Api>;
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

/** The typed API client. A call the (test) client lacks fails with a clear error instead of crashing. */
export function useApi(): Api {
  const { api } = useTransport();
  return useMemo(() => withFallbacks(api), [api]);
}

function withFallbacks(api: Partial<Api>): Api {
  return new Proxy(api as Api, {
    get: (target, name) => {
      const fn = (target as Record<string | symbol, unknown>)[name];
      if (typeof fn === 'function') return fn;
      return async () => {
        throw new ApiCallError({ code: 'internal', message: nl.errors.notAvailable(String(name)) });
      };
    },
  });
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
