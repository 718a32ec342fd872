// The top of the renderer: first start (welcome, or setting up the first body), then the shell.
import { useCallback, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { Body1, Button, Spinner, Title2, makeStyles, tokens } from '@fluentui/react-components';
import { useApiQuery } from '../api/queries';
import { useApi } from '../api/context';
import { prefetchRoute } from '../api/prefetch';
import { errorMessage } from '../api/errors';
import { nl } from '../i18n/nl';
import { AppStateProvider, type Route } from './state';
import { Notifications } from './notify';
import { Shell } from './Shell';
import { Welcome } from '../screens/Welcome';
import { FirstStartProfile } from '../screens/profile/FirstStartProfile';
import { BodySetupScreen } from './screens';

const useStyles = makeStyles({
  center: {
    height: '100%',
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'center',
    justifyContent: 'center',
    gap: tokens.spacingVerticalL,
    padding: tokens.spacingHorizontalXXXL,
    textAlign: 'center',
  },
  message: { maxWidth: '560px', color: tokens.colorNeutralForeground2 },
});

export function FatalScreen({ message, onRetry }: { message: string; onRetry?: () => void }) {
  const s = useStyles();
  return (
    <div className={s.center} role="alert">
      <Title2>{nl.errors.title}</Title2>
      <Body1 className={s.message}>{message}</Body1>
      {onRetry ? <Button onClick={onRetry}>{nl.errors.retry}</Button> : null}
    </div>
  );
}

export function App() {
  const s = useStyles();
  const info = useApiQuery('app.info', {});
  const client = useQueryClient();
  const api = useApi();
  const prepare = useCallback(
    (route: Route, bodyId: string | null) => prefetchRoute(client, api, route, bodyId),
    [client, api],
  );
  if (info.isPending)
    return (
      <div className={s.center}>
        <Spinner label={nl.app.loading} />
      </div>
    );
  if (info.isError)
    return <FatalScreen message={errorMessage(info.error)} onRetry={() => void info.refetch()} />;
  return (
    <AppStateProvider today={info.data.today} onNavigate={prepare}>
      <Root />
      <FirstStartProfile />
      <Notifications />
    </AppStateProvider>
  );
}

function Root() {
  const s = useStyles();
  const bodies = useApiQuery('bodies.list', {});
  const [setup, setSetup] = useState(false);
  if (bodies.isPending)
    return (
      <div className={s.center}>
        <Spinner label={nl.app.loading} />
      </div>
    );
  if (bodies.isError)
    return <FatalScreen message={errorMessage(bodies.error)} onRetry={() => void bodies.refetch()} />;
  if (bodies.data.length === 0) {
    if (setup) return <BodySetupScreen onBack={() => setSetup(false)} />;
    return <Welcome onSetup={() => setSetup(true)} />;
  }
  return <Shell bodies={bodies.data} />;
}
