// The screens other than the first one ("Aandacht") load on first use, so that starting Regie waits only for
// the code it shows: parsing the whole renderer before the first screen took ~0.4 s (bench:ui). Once the first
// screen shows its data, the rest loads in the background (not sooner: it would compete with that data); a screen whose code is there renders at once — not through
// React.lazy, whose first render suspends even then, and React shows suspended content only every 300 ms.
import { lazy, type ComponentType } from 'react';

const preloads: (() => Promise<unknown>)[] = [];

function screen<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  let loaded: ComponentType<P> | null = null;
  const loadOnce = () =>
    load().then((component) => {
      loaded = component;
      return component;
    });
  const Lazy = lazy(async () => ({ default: await loadOnce() }));
  preloads.push(loadOnce);
  return function Screen(props: P) {
    const Loaded = loaded;
    return Loaded ? <Loaded {...props} /> : <Lazy {...props} />;
  };
}

export const MeetingsScreen = screen(() =>
  import('../screens/meetings/Meetings').then((m) => m.MeetingsScreen),
);
export const AgendaScreen = screen(() => import('../screens/agenda/Agenda').then((m) => m.AgendaScreen));
export const BodySettingsScreen = screen(() =>
  import('../screens/settings/BodySettings').then((m) => m.BodySettingsScreen),
);
export const BodySetupScreen = screen(() =>
  import('../screens/settings/BodySettings').then((m) => m.BodySetupScreen),
);
export const TrashScreen = screen(() => import('../screens/Trash').then((m) => m.TrashScreen));
export const AuditScreen = screen(() => import('../screens/Audit').then((m) => m.AuditScreen));
export const DataScreen = screen(() => import('../screens/sync/DataScreen').then((m) => m.DataScreen));
export const HelpScreen = screen(() => import('../screens/help/Help').then((m) => m.HelpScreen));
export const MeetingModeScreen = screen(() =>
  import('../screens/meeting-mode/MeetingMode').then((m) => m.MeetingModeScreen),
);
export const MinutesScreen = screen(() => import('../screens/minutes/Minutes').then((m) => m.MinutesScreen));
export const ActionsScreen = screen(() => import('../screens/actions/Actions').then((m) => m.ActionsScreen));
export const DecisionsScreen = screen(() =>
  import('../screens/decisions/Decisions').then((m) => m.DecisionsScreen),
);
export const SearchScreen = screen(() => import('../screens/search/Search').then((m) => m.SearchScreen));
export const DossierScreen = screen(() =>
  import('../screens/decisions/Dossier').then((m) => m.DossierScreen),
);

let preloaded = false;

/** Loads every screen's code while the user reads the first one (once). */
export function preloadScreens(): void {
  if (preloaded) return;
  preloaded = true;
  window.requestIdleCallback(
    () => {
      for (const preload of preloads) void preload().catch(() => undefined);
    },
    { timeout: 2000 },
  );
}
