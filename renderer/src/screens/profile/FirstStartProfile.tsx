// Whether to ask who works with Regie (the name is not known yet, and "Later" was not chosen in this session).
// The question's code loads only then: every later start no longer parses a form dialog before its first screen.
import { lazy, Suspense, useState } from 'react';
import { useApiQuery } from '../../api/queries';

const ProfileDialog = lazy(() => import('./ProfileDialog').then((m) => ({ default: m.ProfileDialog })));

const LATER = 'regie.profileLater';

function askedLater(): boolean {
  try {
    return window.sessionStorage.getItem(LATER) === '1';
  } catch {
    return false;
  }
}

export function FirstStartProfile() {
  const profile = useApiQuery('profile.get', {});
  const [later, setLater] = useState(askedLater);
  if (!profile.data || profile.data.name !== null || later) return null;
  return (
    <Suspense fallback={null}>
      <ProfileDialog
        onDone={() => setLater(true)}
        onLater={() => {
          try {
            window.sessionStorage.setItem(LATER, '1');
          } catch {
            // private mode: asked again after a reload, no harm
          }
          setLater(true);
        }}
      />
    </Suspense>
  );
}
