// The desktop client: the preload's `window.regie` (one function per call), with its failures (plain
// objects carrying the error body, see electron/preload/bridge.ts) turned into ApiCallError.
import type { Api, ApiMethod } from '../../../shared/api/contract';
import { toApiCallError } from './errors';
import type { PreloadApi } from './globals';

export function wrapPreloadApi(raw: PreloadApi): Api {
  return new Proxy({} as Api, {
    get: (_target, name) => {
      if (typeof name !== 'string') return undefined;
      return async (request: unknown) => {
        const fn = raw[name as ApiMethod];
        if (typeof fn !== 'function') throw toApiCallError(null);
        try {
          return await fn(request);
        } catch (error) {
          throw toApiCallError(error);
        }
      };
    },
  });
}
