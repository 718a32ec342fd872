// Data asked for before the screen that shows it has rendered. The first screen's data all at once when the
// renderer starts, instead of one answer after the other (app.info, then the bodies, then "Aandacht" of the body
// last used): on ten years of data that waterfall was a third of the first second (bench:ui). A screen's own
// data when the user goes there: a query starts only after its screen's first render has been committed
// (~45 ms after the click on the archive), and the answer (~100 ms for the 250 meetings) can be on its way
// meanwhile. The screens' own queries then find it in the cache, or join the request under way.
import type { QueryClient } from '@tanstack/react-query';
import type { Api, ApiMethod, ApiRequest } from '../../../shared/api/contract';
import { storedBody, type Route } from '../app/state';
import { queryKey } from './queries';

type Prefetch = <K extends ApiMethod>(method: K, request: ApiRequest<K>) => void;

function prefetcher(client: QueryClient, api: Api): Prefetch {
  return (method, request) => {
    const call = api[method] as (req: typeof request) => Promise<unknown>;
    void client.prefetchQuery({ queryKey: queryKey(method, request), queryFn: () => call(request) });
  };
}

export function prefetchFirstScreen(client: QueryClient, api: Api): void {
  const prefetch = prefetcher(client, api);
  prefetch('app.info', {});
  prefetch('bodies.list', {});
  const bodyId = storedBody();
  if (bodyId) {
    prefetch('attention.get', { bodyId });
    prefetch('audit.list', { limit: 25, bodyId });
  }
}

/**
 * Starts the data of the screen the user goes to: the queries its screen asks for before anything the user does
 * on it, each exactly as that screen asks (the same method and request, so the same query key). A screen not
 * listed starts its own.
 */
export function prefetchRoute(client: QueryClient, api: Api, route: Route, bodyId: string | null): void {
  if (!bodyId) return;
  const prefetch = prefetcher(client, api);
  switch (route.screen) {
    case 'meetings':
      prefetch('meetings.list', { bodyId });
      return;
    case 'meeting':
      prefetch('meetings.get', { id: route.meetingId });
      prefetch('people.list', { bodyId });
      return;
    case 'minutes':
      prefetch('meetings.get', { id: route.meetingId });
      prefetch('minutes.state', { meetingId: route.meetingId });
      prefetch('people.list', { bodyId });
      return;
    case 'actions':
      prefetch('people.list', { bodyId });
      prefetch('meetings.list', { bodyId });
      return;
    case 'trash':
      prefetch('trash.list', { bodyId });
      return;
    default:
      return;
  }
}
