// Meeting mode, for the chair on the laptop or the projector: the agenda large and readable, the current
// item with its type, proposed decision and documents, a clock per item against its planned minutes, the
// meeting's running delay, and handled / postponed. Keyboard driven (see the legend at the bottom);
// F5 shows the projector view: only the agenda, in big type, without controls (Escape leaves it).
import { useCallback, useEffect, useState } from 'react';
import { Button, Caption1, Tooltip, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { DismissRegular, NotepadRegular, ShareScreenStartRegular } from '@fluentui/react-icons';
import type { BodyView, MeetingDetail } from '../../../../shared/api/views';
import type { ItemStatus } from '../../../../shared/domain/types';
import { nl } from '../../i18n/nl';
import { nlm } from '../../i18n/nl-meeting';
import { LoadError, Loading, Page } from '../../components/Page';
import { useApiMutation, useApiQuery } from '../../api/queries';
import { useOptimisticMeeting } from '../../api/useOptimisticMeeting';
import { errorMessage } from '../../api/errors';
import { useAppState } from '../../app/state';
import { longDate } from '../../lib/format';
import { plannedEnd, runningDelay } from './timing';
import { useItemTimer } from './useItemTimer';
import type { MeetingRoute } from './routes';
import { rememberedItem, remember } from './position';
import { useModeKeys } from './useModeKeys';
import { AgendaRow } from './AgendaRow';
import { CurrentItem } from './CurrentItem';
import { DelayPill } from './DelayPill';
import { Legend } from './Legend';
import { ProjectorView } from './ProjectorView';
import { useModeStyles } from './styles';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    height: '100%',
    minWidth: 0,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  header: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalL,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalXL}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    flexShrink: 0,
  },
  headings: { display: 'flex', flexDirection: 'column', minWidth: 0, flexGrow: 1 },
  overline: {
    color: tokens.colorBrandForeground1,
    fontWeight: tokens.fontWeightSemibold,
    textTransform: 'uppercase',
    letterSpacing: '0.05em',
    fontSize: tokens.fontSizeBase100,
  },
  heading: {
    margin: 0,
    fontSize: tokens.fontSizeBase500,
    fontWeight: tokens.fontWeightSemibold,
    lineHeight: tokens.lineHeightBase500,
    whiteSpace: 'nowrap',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
  },
  commands: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center', flexShrink: 0 },
  body: {
    flexGrow: 1,
    minHeight: 0,
    display: 'grid',
    gridTemplateColumns: 'minmax(300px, 36%) minmax(0, 1fr)',
    gap: tokens.spacingHorizontalL,
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalXL}`,
  },
  agenda: {
    display: 'flex',
    flexDirection: 'column',
    gap: '4px',
    overflowY: 'auto',
    minHeight: 0,
    padding: '2px',
    margin: 0,
    listStyleType: 'none',
  },
  empty: { padding: tokens.spacingVerticalXXL, color: tokens.colorNeutralForeground3 },
});

export function MeetingModeScreen({
  body,
  meetingId,
  route,
}: {
  body: BodyView;
  meetingId: string;
  route: Extract<MeetingRoute, { screen: 'meetingMode' }>;
}) {
  const detail = useApiQuery('meetings.get', { id: meetingId });
  if (detail.isPending)
    return (
      <Page title={nlm.mode.title}>
        <Loading />
      </Page>
    );
  if (detail.isError || !detail.data)
    return (
      <Page title={nlm.mode.title}>
        <LoadError message={errorMessage(detail.error)} onRetry={() => void detail.refetch()} />
      </Page>
    );
  return <MeetingMode body={body} meeting={detail.data} route={route} />;
}

function MeetingMode({
  body,
  meeting,
  route,
}: {
  body: BodyView;
  meeting: MeetingDetail;
  route: Extract<MeetingRoute, { screen: 'meetingMode' }>;
}) {
  const s = useStyles();
  const m = useModeStyles();
  const { navigate } = useAppState();
  const optimistic = useOptimisticMeeting(meeting.id);
  const addElapsed = useApiMutation('items.addElapsed');
  const setStatus = useApiMutation('items.setStatus');
  const items = meeting.items;
  const [currentId, setCurrentId] = useState<string | null>(() => {
    const wanted = route.itemId ?? rememberedItem(meeting.id);
    if (wanted && items.some((i) => i.id === wanted)) return wanted;
    return (items.find((i) => i.status === 'open') ?? items[0])?.id ?? null;
  });
  const [projector, setProjector] = useState(route.projector === true);
  const index = Math.max(
    0,
    items.findIndex((i) => i.id === currentId),
  );
  const current = items[index] ?? null;
  const frozen = meeting.minutesStatus === 'adopted';

  const book = useCallback(
    (itemId: string, seconds: number) => {
      // Show the booked time at once; the refetch after the change brings the same number.
      optimistic.updateItem(itemId, (i) => ({ ...i, elapsedSeconds: i.elapsedSeconds + seconds }));
      addElapsed.mutate({ id: itemId, seconds });
    },
    [optimistic, addElapsed],
  );
  const timer = useItemTimer(book, `regie.meetingClock.${meeting.id}`);

  const goTo = useCallback(
    (next: number) => {
      const item = items[Math.min(items.length - 1, Math.max(0, next))];
      if (!item) return;
      setCurrentId(item.id);
      remember(meeting.id, item.id);
      timer.follow(item.id);
    },
    [items, meeting.id, timer],
  );

  const mark = useCallback(
    (status: Exclude<ItemStatus, 'open'>) => {
      if (!current || frozen || current.fixedRole !== null) return;
      const next: ItemStatus = current.status === status ? 'open' : status;
      optimistic.updateItem(current.id, (i) => ({ ...i, status: next }));
      setStatus.mutate({ id: current.id, status: next });
    },
    [current, frozen, optimistic, setStatus],
  );

  const enterProjector = useCallback(() => {
    setProjector(true);
    // F5 style: full screen when the browser or the desktop window allows it.
    document.documentElement.requestFullscreen?.().catch(() => undefined);
  }, []);
  const leaveProjector = useCallback(() => {
    setProjector(false);
    if (document.fullscreenElement) void document.exitFullscreen?.().catch(() => undefined);
  }, []);

  // Leaving full screen (the browser's own Escape) also leaves the projector view.
  useEffect(() => {
    const onChange = () => {
      if (!document.fullscreenElement) setProjector(false);
    };
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, []);

  useModeKeys({
    index,
    count: items.length,
    goTo,
    toggleClock: () => {
      if (current) timer.toggle(current.id);
    },
    mark,
    projector,
    enterProjector,
    leaveProjector,
  });

  const live = (item: { id: string; elapsedSeconds: number }) =>
    item.elapsedSeconds + timer.liveSeconds(item.id);
  const delay = runningDelay(items, index, live);
  const end = plannedEnd(items);

  if (projector)
    return (
      <ProjectorView
        meeting={meeting}
        body={body}
        currentId={current?.id ?? null}
        live={live}
        running={timer.runningFor}
      />
    );

  return (
    <div className={s.root} data-testid="meeting-mode">
      <header className={s.header}>
        <div className={s.headings}>
          <span className={s.overline}>{nlm.mode.title}</span>
          <h1 className={s.heading}>
            {longDate(meeting.date)} · {nl.time.at(meeting.start)}
          </h1>
          <Caption1 className={m.hint}>
            {[
              meeting.location,
              nlm.mode.roles(
                meeting.chair.name ?? nl.meetings.unknown,
                meeting.notulist.name ?? nl.meetings.unknown,
              ),
            ]
              .filter(Boolean)
              .join(' · ')}
          </Caption1>
        </div>
        <DelayPill delay={delay} end={end} />
        <div className={s.commands}>
          <Tooltip content={nlm.mode.projectorHint} relationship="description">
            <Button icon={<ShareScreenStartRegular />} onClick={enterProjector} aria-keyshortcuts="F5">
              {nlm.mode.projector}
            </Button>
          </Tooltip>
          <Button
            icon={<NotepadRegular />}
            onClick={() =>
              navigate({
                screen: 'minutes',
                meetingId: meeting.id,
                ...(current ? { itemId: current.id } : {}),
              })
            }
          >
            {nlm.mode.toMinutes}
          </Button>
          <Tooltip content={nlm.mode.close} relationship="label">
            <Button
              appearance="subtle"
              icon={<DismissRegular />}
              onClick={() => navigate({ screen: 'meeting', meetingId: meeting.id })}
            />
          </Tooltip>
        </div>
      </header>

      <div className={s.body}>
        <ol className={s.agenda} aria-label={nlm.mode.agenda} data-testid="mode-agenda">
          {items.map((item, i) => (
            <li key={item.id}>
              <AgendaRow
                item={item}
                current={i === index}
                seconds={live(item)}
                running={timer.runningFor === item.id}
                onClick={() => goTo(i)}
              />
            </li>
          ))}
        </ol>

        {current ? (
          <CurrentItem
            meeting={meeting}
            item={current}
            index={index}
            total={items.length}
            timer={timer}
            seconds={live(current)}
            frozen={frozen}
            onPrevious={() => goTo(index - 1)}
            onNext={() => goTo(index + 1)}
            onMark={mark}
          />
        ) : (
          <div className={mergeClasses(m.panel, s.empty)}>{nlm.mode.noItems}</div>
        )}
      </div>

      <Legend />
      <div className="sr-only" aria-live="polite">
        {current ? nl.agenda.row(current.number, current.title) : ''}
      </div>
    </div>
  );
}
