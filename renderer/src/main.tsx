import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { FluentProvider } from '@fluentui/react-components';
import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { ApiProvider, transportFromEnvironment } from './api/context';
import { prefetchFirstScreen } from './api/prefetch';
import { errorMessage } from './api/errors';
import { App, FatalScreen } from './app/App';
import { notify } from './app/notify';
import { regieTheme } from './app/theme';
import { keepTabsterDummiesOutOfTabOrder } from './app/tabsterDummies';

const client: QueryClient = new QueryClient({
  queryCache: new QueryCache({
    // A failing refetch of data already on screen: say so, keep showing what we have. First loads show their own error.
    onError: (error, query) => {
      if (query.state.data !== undefined) notify({ intent: 'error', text: errorMessage(error) });
    },
  }),
  mutationCache: new MutationCache({
    // After a change everything on screen is refetched: letters, times, deadlines and warnings come from the
    // rules. While more changes are still on their way (quick Alt+↑ presses) only the last one refetches, so an
    // intermediate answer never overwrites the newer optimistic order.
    onSettled: () => (client.isMutating() > 1 ? undefined : client.invalidateQueries()),
    onError: (error, _variables, _context, mutation) => {
      if (!(mutation.meta as { quiet?: boolean } | undefined)?.quiet)
        notify({ intent: 'error', text: errorMessage(error) });
    },
  }),
  defaultOptions: {
    // Regie is offline by nature: never wait for the operating system to report a network.
    queries: { networkMode: 'always', retry: false, refetchOnWindowFocus: true, staleTime: 1000 },
    mutations: { networkMode: 'always', retry: false },
  },
});

keepTabsterDummiesOutOfTabOrder();

const transport = transportFromEnvironment();
if (!('error' in transport)) prefetchFirstScreen(client, transport.api);
const root = document.getElementById('root');
if (!root) throw new Error('#root ontbreekt');

createRoot(root).render(
  <StrictMode>
    <FluentProvider theme={regieTheme} style={{ height: '100%' }} lang="nl">
      {'error' in transport ? (
        <FatalScreen message={transport.error} />
      ) : (
        <ApiProvider transport={transport}>
          <QueryClientProvider client={client}>
            <App />
          </QueryClientProvider>
        </ApiProvider>
      )}
    </FluentProvider>
  </StrictMode>,
);
