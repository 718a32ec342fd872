// The desktop client: the preload's `window.regie` (one function per call), with its failures (plain
// objects carrying the error body, see electron/preload/bridge.ts) turned into ApiCallError.
import { apiClient, type Api } from '../../../shared/api/contract';
import { toApiCallError } from './errors';
import type { PreloadApi } from './globals';

export function wrapPreloadApi(raw: PreloadApi): Api {
  return apiClient(async (method, request) => {
    try {
      // One method of the raw client for one name: its request type is that method's (checked at the edge).
      return await (raw[method] as (request: unknown) => Promise<unknown>)(request);
    } catch (error) {
      throw toApiCallError(error);
    }
  });
}
