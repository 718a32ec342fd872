// The first screen's data, asked for all at once when the renderer starts instead of one answer after the
// other (app.info, then the bodies, then "Aandacht" of the body last used): on ten years of data that
// waterfall was a third of the first second (bench:ui). The screens' own queries then find it in the cache.
import type { QueryClient } from '@tanstack/react-query';
import type { Api, ApiMethod, ApiRequest } from '../../../shared/api/contract';
import { storedBody } from '../app/state';
import { queryKey } from './queries';

export function prefetchFirstScreen(client: QueryClient, api: Api): void {
  const prefetch = <K extends ApiMethod>(method: K, request: ApiRequest<K>) => {
    const call = api[method] as (req: ApiRequest<K>) => Promise<unknown>;
    void client.prefetchQuery({ queryKey: queryKey(method, request), queryFn: () => call(request) });
  };
  prefetch('app.info', {});
  prefetch('bodies.list', {});
  const bodyId = storedBody();
  if (bodyId) {
    prefetch('attention.get', { bodyId });
    prefetch('audit.list', { limit: 25, bodyId });
  }
}
