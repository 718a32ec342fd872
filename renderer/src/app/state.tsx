// Where the user is: the chosen body and the screen. A desktop app has no address bar to keep in sync,
// so this is plain React state (the body choice survives a restart in localStorage).
import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react';
import type { LocalDate } from '../../../shared/domain/types';
import type { MeetingRoute, MeetingSection } from '../screens/meeting-mode/routes';

export type Route =
  | { screen: 'attention' }
  | { screen: 'meetings'; plan?: boolean }
  | { screen: 'meeting'; meetingId: string; itemId?: string; focus?: 'openActions'; nonce?: number }
  | { screen: 'settings'; newBody?: boolean; created?: boolean }
  | { screen: 'trash' }
  | { screen: 'audit' }
  | { screen: 'data'; backup?: number; openPath?: string; nonce?: number }
  | { screen: 'help'; about?: boolean }
  | MeetingRoute;

export type Section =
  'attention' | 'meetings' | 'settings' | 'trash' | 'audit' | 'data' | 'help' | MeetingSection;

export function sectionOf(route: Route): Section {
  if (route.screen === 'dossier') return 'decisions';
  return route.screen === 'meeting' || route.screen === 'meetingMode' || route.screen === 'minutes'
    ? 'meetings'
    : route.screen;
}

interface AppState {
  route: Route;
  navigate(route: Route): void;
  bodyId: string | null;
  setBodyId(id: string | null): void;
  today: LocalDate;
}

const StateContext = createContext<AppState | null>(null);
const BODY_KEY = 'regie.bodyId';

/** The body chosen last time (it survives a restart). */
export function storedBody(): string | null {
  try {
    return window.localStorage.getItem(BODY_KEY);
  } catch {
    return null;
  }
}

export function AppStateProvider({
  today,
  initialRoute,
  onNavigate,
  children,
}: {
  today: LocalDate;
  initialRoute?: Route;
  /** Called as the user goes to `route`, before its screen renders: to start asking for its data. */
  onNavigate?: (route: Route, bodyId: string | null) => void;
  children: ReactNode;
}) {
  const [route, setRoute] = useState<Route>(initialRoute ?? { screen: 'attention' });
  const [bodyId, setBody] = useState<string | null>(storedBody);
  const navigating = useRef(onNavigate);
  navigating.current = onNavigate;
  const body = useRef(bodyId);
  body.current = bodyId;
  const navigate = useCallback((next: Route) => {
    navigating.current?.(next, body.current);
    setRoute(next.screen === 'meeting' ? { ...next, nonce: Date.now() } : next);
  }, []);
  const setBodyId = useCallback((id: string | null) => {
    setBody(id);
    try {
      if (id) window.localStorage.setItem(BODY_KEY, id);
      else window.localStorage.removeItem(BODY_KEY);
    } catch {
      // private mode: the choice just does not survive a restart
    }
  }, []);
  const value = useMemo(
    () => ({ route, navigate, bodyId, setBodyId, today }),
    [route, navigate, bodyId, setBodyId, today],
  );
  return <StateContext.Provider value={value}>{children}</StateContext.Provider>;
}

export function useAppState(): AppState {
  const state = useContext(StateContext);
  if (!state) throw new Error('AppStateProvider ontbreekt');
  return state;
}
