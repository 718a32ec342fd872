// The app shell: navigation on the left (body switcher, sections, undo), the current screen on the right.
import { Suspense, useEffect, type JSX, type ReactNode } from 'react';
import { useIsFetching } from '@tanstack/react-query';
import {
  Button,
  Caption1,
  Nav,
  NavItem,
  Tooltip,
  makeStyles,
  mergeClasses,
  tokens,
  Text,
} from '@fluentui/react-components';
import {
  AddRegular,
  AlertUrgentRegular,
  ArrowUndoRegular,
  CalendarLtrRegular,
  DeleteRegular,
  HistoryRegular,
  PeopleTeamRegular,
  SettingsRegular,
} from '@fluentui/react-icons';
import type { BodyView } from '../../../shared/api/views';
import { nl } from '../i18n/nl';
import { longDate } from '../lib/format';
import { sectionOf, useAppState, type Section } from './state';
import { useUndo } from './undo';
import { dialogOpen, isEditable } from './keys';
import { regieWindow } from '../api/globals';
import { AttentionScreen } from '../screens/Attention';
import {
  AgendaScreen,
  AuditScreen,
  BodySettingsScreen,
  DataScreen,
  HelpScreen,
  MeetingsScreen,
  TrashScreen,
  preloadScreens,
} from './screens';
import { Loading } from '../components/Page';
import { DocNav } from '../screens/sync/DocNav';
import { ShellEvents } from '../screens/sync/ShellEvents';
import { MEETING_SECTIONS, meetingScreen } from '../screens/meeting-mode/routing';

const useStyles = makeStyles({
  shell: { display: 'flex', height: '100%', overflow: 'hidden' },
  nav: {
    width: '232px',
    flexShrink: 0,
    display: 'flex',
    flexDirection: 'column',
    backgroundColor: tokens.colorNeutralBackground3,
    borderRight: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  navBody: {
    flexGrow: 1,
    overflowY: 'auto',
    display: 'flex',
    flexDirection: 'column',
    gap: '2px',
    padding: `0 ${tokens.spacingHorizontalS}`,
  },
  navHeader: {
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalS} ${tokens.spacingVerticalXS}`,
    color: tokens.colorNeutralForeground3,
    fontWeight: tokens.fontWeightSemibold,
    textTransform: 'uppercase',
    letterSpacing: '0.04em',
    fontSize: tokens.fontSizeBase100,
  },
  navDivider: {
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
    margin: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalXS}`,
  },
  sections: { backgroundColor: 'transparent', padding: 0, rowGap: '2px' },
  navItem: {
    backgroundColor: 'transparent',
    ':hover': { backgroundColor: tokens.colorNeutralBackground3Hover },
    ':active': { backgroundColor: tokens.colorNeutralBackground3Pressed },
  },
  itemLabel: { flexGrow: 1 },
  newBody: { color: tokens.colorNeutralForeground3 },
  main: { flexGrow: 1, minWidth: 0, height: '100%', backgroundColor: tokens.colorNeutralBackground2 },
  brand: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalL} ${tokens.spacingVerticalXS}`,
  },
  logo: {
    width: '28px',
    height: '28px',
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorBrandBackground,
    color: tokens.colorNeutralForegroundOnBrand,
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'center',
    fontWeight: tokens.fontWeightBold,
    fontSize: tokens.fontSizeBase400,
  },
  brandName: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase400 },
  bodies: { display: 'flex', flexDirection: 'column', gap: '2px' },
  bodyButton: {
    justifyContent: 'flex-start',
    textAlign: 'left',
    fontWeight: tokens.fontWeightRegular,
    minHeight: '32px',
    height: 'auto',
    alignItems: 'center',
    paddingLeft: tokens.spacingHorizontalS,
    width: '100%',
    overflow: 'hidden',
  },
  bodyLabel: {
    overflow: 'hidden',
    display: '-webkit-box',
    WebkitLineClamp: 2,
    WebkitBoxOrient: 'vertical',
    lineHeight: tokens.lineHeightBase200,
    fontSize: tokens.fontSizeBase200,
    padding: '3px 0',
  },
  bodySelected: {
    backgroundColor: tokens.colorBrandBackground2,
    color: tokens.colorBrandForeground2,
    fontWeight: tokens.fontWeightSemibold,
    ':hover': { backgroundColor: tokens.colorBrandBackground2Hover, color: tokens.colorBrandForeground2 },
  },
  footer: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'stretch',
    gap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS} ${tokens.spacingVerticalM}`,
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  today: { color: tokens.colorNeutralForeground3, paddingLeft: tokens.spacingHorizontalXS },
  undo: { justifyContent: 'flex-start', width: '100%', fontWeight: tokens.fontWeightRegular },
  shortcut: {
    marginLeft: 'auto',
    paddingLeft: tokens.spacingHorizontalS,
    // Foreground3: Foreground4 falls below 4.5:1 on the hovered and selected item.
    color: tokens.colorNeutralForeground3,
    fontSize: tokens.fontSizeBase100,
    fontWeight: tokens.fontWeightRegular,
  },
});

const SECTIONS: { section: Section; label: string; icon: JSX.Element; key: string }[] = [
  { section: 'attention', label: nl.nav.attention, icon: <AlertUrgentRegular />, key: '1' },
  { section: 'meetings', label: nl.nav.meetings, icon: <CalendarLtrRegular />, key: '2' },
  ...MEETING_SECTIONS,
  { section: 'settings', label: nl.nav.settings, icon: <SettingsRegular />, key: '6' },
  { section: 'trash', label: nl.nav.trash, icon: <DeleteRegular />, key: '7' },
  { section: 'audit', label: nl.nav.audit, icon: <HistoryRegular />, key: '8' },
];

export function Shell({ bodies }: { bodies: BodyView[] }) {
  const s = useStyles();
  const { route, navigate, bodyId, setBodyId, today } = useAppState();
  const undo = useUndo();
  const body = bodies.find((b) => b.id === bodyId) ?? bodies[0] ?? null;

  useEffect(() => {
    if (body && body.id !== bodyId) setBodyId(body.id);
  }, [body, bodyId, setBodyId]);

  // The other screens' code, once the first screen has its data.
  const fetching = useIsFetching();
  useEffect(() => {
    if (fetching === 0) preloadScreens();
  }, [fetching]);

  // Page-level shortcuts: Alt+1…8 for the sections, Ctrl+Z to undo the last change (not inside a text field).
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented) return;
      if (e.altKey && !e.ctrlKey && !e.metaKey && /^[1-8]$/.test(e.key)) {
        if (dialogOpen()) return;
        const target = SECTIONS.find((entry) => entry.key === e.key);
        if (target) {
          e.preventDefault();
          navigate({ screen: target.section });
        }
      } else if ((e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey && e.key.toLowerCase() === 'z') {
        if (isEditable(e.target) || dialogOpen()) return;
        e.preventDefault();
        undo.run();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [navigate, undo]);

  // The desktop menu's "Nieuwe vergadering" (Ctrl+N) opens the meeting list's planning dialog.
  useEffect(() => {
    const events = regieWindow().regieEvents;
    if (!events) return;
    return events.onCommand((command) => {
      if (command === 'new-meeting') navigate({ screen: 'meetings', plan: true });
    });
  }, [navigate]);

  const current = sectionOf(route);
  let screen: ReactNode = null;
  if (body) {
    switch (route.screen) {
      case 'attention':
        screen = <AttentionScreen body={body} />;
        break;
      case 'meetings':
        screen = <MeetingsScreen key={body.id} body={body} plan={route.plan === true} />;
        break;
      case 'meeting':
        screen = <AgendaScreen key={route.meetingId} body={body} meetingId={route.meetingId} route={route} />;
        break;
      case 'settings':
        screen = (
          <BodySettingsScreen
            key={route.newBody ? 'new' : body.id}
            body={route.newBody ? null : body}
            created={route.created === true}
          />
        );
        break;
      case 'trash':
        screen = <TrashScreen body={body} />;
        break;
      case 'audit':
        screen = <AuditScreen />;
        break;
      case 'data':
        screen = (
          <DataScreen
            key={route.nonce ?? 'data'}
            backupNow={route.backup}
            openPath={route.openPath ?? null}
          />
        );
        break;
      case 'help':
        screen = <HelpScreen about={route.about === true} />;
        break;
      default:
        screen = meetingScreen(route, body);
    }
  }

  return (
    <div className={s.shell}>
      <nav className={s.nav} aria-label={nl.nav.label}>
        <div className={s.brand}>
          <div className={s.logo} aria-hidden>
            R
          </div>
          <Text className={s.brandName}>{nl.app.name}</Text>
        </div>
        <div className={s.navBody}>
          <Caption1 className={s.navHeader}>{nl.nav.bodies}</Caption1>
          <div className={s.bodies} role="group" aria-label={nl.nav.bodies}>
            {bodies.map((b) => {
              const selected = b.id === body?.id && !(route.screen === 'settings' && route.newBody);
              return (
                <Tooltip key={b.id} content={b.name} relationship="description" positioning="after">
                  <Button
                    appearance="subtle"
                    className={mergeClasses(s.bodyButton, selected && s.bodySelected)}
                    icon={<PeopleTeamRegular />}
                    aria-pressed={selected}
                    data-testid="body-switch"
                    onClick={() => {
                      setBodyId(b.id);
                      if (
                        route.screen === 'meeting' ||
                        route.screen === 'meetingMode' ||
                        route.screen === 'minutes'
                      )
                        navigate({ screen: 'meetings' });
                      else if (route.screen === 'settings' && route.newBody) navigate({ screen: 'settings' });
                    }}
                  >
                    <span className={s.bodyLabel}>{b.shortName || b.name}</span>
                  </Button>
                </Tooltip>
              );
            })}
            <Button
              appearance="subtle"
              className={mergeClasses(s.bodyButton, s.newBody)}
              icon={<AddRegular />}
              onClick={() => navigate({ screen: 'settings', newBody: true })}
            >
              {nl.nav.newBody}
            </Button>
          </div>
          <div className={s.navDivider} />
          <Nav
            className={s.sections}
            selectedValue={route.screen === 'settings' && route.newBody ? '' : current}
            onNavItemSelect={(_e, data) => navigate({ screen: data.value as Section })}
            density="medium"
          >
            {SECTIONS.map((item) => (
              <NavItem
                className={s.navItem}
                key={item.section}
                value={item.section}
                icon={item.icon}
                aria-keyshortcuts={`Alt+${item.key}`}
                data-section={item.section}
              >
                <span className={s.itemLabel}>{item.label}</span>
                <span className={s.shortcut} aria-hidden>
                  {nl.nav.shortcut(item.key)}
                </span>
              </NavItem>
            ))}
          </Nav>
          <DocNav />
        </div>
        <div className={s.footer}>
          <Tooltip
            content={undo.label ? nl.nav.undoTitle(undo.label) : nl.nav.nothingToUndo}
            relationship="description"
            positioning="after"
          >
            <Button
              className={s.undo}
              appearance="subtle"
              icon={<ArrowUndoRegular />}
              onClick={undo.run}
              disabledFocusable={!undo.label || undo.busy}
              aria-keyshortcuts="Control+Z"
            >
              <span className={s.itemLabel}>{nl.nav.undo}</span>
              <span className={s.shortcut} aria-hidden>
                {nl.shortcuts.undo}
              </span>
            </Button>
          </Tooltip>
          <Caption1 className={s.today}>{nl.nav.today(longDate(today))}</Caption1>
        </div>
      </nav>
      <main className={s.main}>
        <Suspense fallback={<Loading />}>{screen}</Suspense>
      </main>
      <ShellEvents />
    </div>
  );
}
