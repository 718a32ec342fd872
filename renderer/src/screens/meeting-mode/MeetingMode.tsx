// Meeting mode, for the chair on the laptop or the projector: the agenda large and readable, the current
// item with its type, proposed decision and documents, a clock per item against its planned minutes, the
// meeting's running delay, and handled / postponed. Keyboard driven (see the legend at the bottom);
// F5 shows the projector view: only the agenda, in big type, without controls (Escape leaves it).
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import {
  Badge,
  Body1,
  Button,
  Caption1,
  ProgressBar,
  Spinner,
  ToggleButton,
  Tooltip,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import {
  ArrowDownloadRegular,
  ArrowLeftRegular,
  ArrowRightRegular,
  CheckmarkCircleFilled,
  CheckmarkRegular,
  DismissRegular,
  DocumentRegular,
  NotepadRegular,
  OpenRegular,
  PauseCircleFilled,
  PauseRegular,
  PlayRegular,
  ShareScreenStartRegular,
  StopRegular,
} from '@fluentui/react-icons';
import type { BodyView, ItemView, MeetingDetail } from '../../../../shared/api/views';
import type { ItemStatus } from '../../../../shared/domain/types';
import { nl } from '../../i18n/nl';
import { nlm } from '../../i18n/nl-meeting';
import { LoadError, Loading, Page } from '../../components/Page';
import { queryKey, useApiMutation, useApiQuery } from '../../api/queries';
import { errorMessage } from '../../api/errors';
import { attachmentKey, useOpenAttachment } from '../documents/useOpenAttachment';
import { useAppState } from '../../app/state';
import { dialogOpen, isEditable } from '../../app/keys';
import { longDate, plainDate, truncate } from '../../lib/format';
import { clock, plannedEnd, runningDelay, shiftTime } from './timing';
import { useItemTimer, type ItemTimer } from './useItemTimer';
import type { MeetingRoute } from './routes';
import { KindLabel } from '../../components/KindLabel';

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
    fontSize: tokens.fontSizeBase500,
    fontWeight: tokens.fontWeightSemibold,
    lineHeight: tokens.lineHeightBase500,
    whiteSpace: 'nowrap',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
  },
  delay: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-end',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusLarge,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground2,
    flexShrink: 0,
  },
  delayValue: {
    fontWeight: tokens.fontWeightSemibold,
    fontSize: tokens.fontSizeBase300,
    fontVariantNumeric: 'tabular-nums',
  },
  late: {
    backgroundColor: tokens.colorPaletteMarigoldBackground1,
    border: `1px solid ${tokens.colorPaletteMarigoldBorder1}`,
  },
  veryLate: {
    backgroundColor: tokens.colorPaletteRedBackground1,
    border: `1px solid ${tokens.colorPaletteRedBorder1}`,
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
  agendaRow: {
    display: 'grid',
    gridTemplateColumns: '34px minmax(0, 1fr) auto',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusLarge,
    border: `1px solid transparent`,
    backgroundColor: tokens.colorNeutralBackground1,
    textAlign: 'left',
    font: 'inherit',
    color: 'inherit',
    cursor: 'pointer',
    width: '100%',
    ':hover': { border: `1px solid ${tokens.colorNeutralStroke1Hover}` },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '1px' },
  },
  current: {
    backgroundColor: tokens.colorBrandBackground,
    color: tokens.colorNeutralForegroundOnBrand,
    boxShadow: tokens.shadow8,
    ':hover': { border: `1px solid ${tokens.colorBrandBackground}` },
  },
  number: {
    width: '30px',
    height: '30px',
    borderRadius: '50%',
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'center',
    fontWeight: tokens.fontWeightSemibold,
    fontSize: tokens.fontSizeBase400,
    backgroundColor: tokens.colorNeutralBackground3,
    fontVariantNumeric: 'tabular-nums',
  },
  numberCurrent: { backgroundColor: tokens.colorNeutralBackground1, color: tokens.colorBrandForeground1 },
  rowText: { display: 'flex', flexDirection: 'column', minWidth: 0, gap: '1px' },
  rowTitle: {
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    fontWeight: tokens.fontWeightSemibold,
    overflow: 'hidden',
    display: '-webkit-box',
    WebkitLineClamp: 2,
    WebkitBoxOrient: 'vertical',
  },
  rowDone: {
    color: tokens.colorNeutralForeground3,
    textDecorationLine: 'line-through',
    textDecorationColor: tokens.colorNeutralStroke1,
  },
  rowPostponed: { color: tokens.colorNeutralForeground3, fontStyle: 'italic' },
  rowMeta: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3 },
  rowMetaCurrent: { color: tokens.colorNeutralForegroundOnBrand, opacity: 0.85 },
  rowEnd: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-end',
    gap: '2px',
    fontVariantNumeric: 'tabular-nums',
    fontSize: tokens.fontSizeBase200,
  },
  handledIcon: { color: tokens.colorPaletteGreenForeground1, fontSize: '22px' },
  postponedIcon: { color: tokens.colorPaletteMarigoldForeground1, fontSize: '22px' },
  onBrandIcon: { color: tokens.colorNeutralForegroundOnBrand },
  over: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  overOnBrand: { color: tokens.colorNeutralForegroundOnBrand, fontWeight: tokens.fontWeightBold },
  panel: {
    display: 'flex',
    flexDirection: 'column',
    minHeight: 0,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusXLarge,
    boxShadow: tokens.shadow4,
    overflow: 'hidden',
  },
  panelScroll: {
    flexGrow: 1,
    overflowY: 'auto',
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalXL}`,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
  },
  panelTop: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  position: { color: tokens.colorNeutralForeground3, fontWeight: tokens.fontWeightSemibold },
  title: { fontSize: '28px', lineHeight: '36px', fontWeight: tokens.fontWeightSemibold, margin: 0 },
  timerRow: {
    display: 'grid',
    gridTemplateColumns: 'auto minmax(0, 1fr) auto',
    alignItems: 'center',
    gap: tokens.spacingHorizontalL,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground3,
  },
  timerDigits: {
    fontSize: '34px',
    lineHeight: '40px',
    fontWeight: tokens.fontWeightSemibold,
    fontVariantNumeric: 'tabular-nums',
    minWidth: '110px',
  },
  timerRunning: { color: tokens.colorBrandForeground1 },
  timerOver: { color: tokens.colorPaletteRedForeground1 },
  timerInfo: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, minWidth: 0 },
  block: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  blockLabel: {
    color: tokens.colorNeutralForeground3,
    fontWeight: tokens.fontWeightSemibold,
    textTransform: 'uppercase',
    letterSpacing: '0.04em',
    fontSize: tokens.fontSizeBase100,
  },
  proposal: {
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
    borderLeft: `4px solid ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorBrandBackground2,
    borderRadius: tokens.borderRadiusMedium,
    whiteSpace: 'pre-wrap',
  },
  explanation: {
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    whiteSpace: 'pre-wrap',
    color: tokens.colorNeutralForeground2,
  },
  docs: {
    display: 'flex',
    flexDirection: 'column',
    gap: '6px',
    margin: 0,
    padding: 0,
    listStyleType: 'none',
  },
  doc: {
    display: 'grid',
    gridTemplateColumns: 'auto 20px minmax(0, 1fr) auto 20px',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    width: '100%',
    padding: `6px ${tokens.spacingHorizontalM} 6px 0`,
    borderRadius: tokens.borderRadiusMedium,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
    overflow: 'hidden',
    textAlign: 'left',
    font: 'inherit',
    color: 'inherit',
    cursor: 'pointer',
    ':hover': {
      border: `1px solid ${tokens.colorNeutralStroke1Hover}`,
      backgroundColor: tokens.colorNeutralBackground1Hover,
    },
    ':active': { backgroundColor: tokens.colorNeutralBackground1Pressed },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '1px' },
  },
  docAction: { color: tokens.colorBrandForeground1, fontSize: '20px', display: 'flex' },
  docLabel: {
    alignSelf: 'stretch',
    display: 'flex',
    alignItems: 'center',
    padding: `0 ${tokens.spacingHorizontalM}`,
    margin: '-6px 0',
    backgroundColor: tokens.colorBrandBackground2,
    color: tokens.colorBrandForeground2,
    fontWeight: tokens.fontWeightSemibold,
    minWidth: '20px',
    justifyContent: 'center',
  },
  docTitle: {
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
    fontSize: tokens.fontSizeBase300,
  },
  docMeta: { color: tokens.colorNeutralForeground3, whiteSpace: 'nowrap' },
  hint: { color: tokens.colorNeutralForeground3 },
  actionsList: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    display: 'flex',
    flexDirection: 'column',
    gap: '2px',
  },
  overdue: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  controls: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalXL}`,
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  spacer: { flexGrow: 1 },
  legend: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: `2px ${tokens.spacingHorizontalL}`,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXL} ${tokens.spacingVerticalS}`,
    color: tokens.colorNeutralForeground3,
    fontSize: tokens.fontSizeBase200,
    flexShrink: 0,
  },
  legendTitle: { fontWeight: tokens.fontWeightSemibold },
  legendItem: { display: 'inline-flex', alignItems: 'center', gap: '4px', whiteSpace: 'nowrap' },
  kbd: {
    display: 'inline-block',
    minWidth: '18px',
    padding: '0 5px',
    borderRadius: tokens.borderRadiusSmall,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderBottomWidth: '2px',
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground2,
    fontFamily: 'inherit',
    fontSize: tokens.fontSizeBase100,
    lineHeight: '16px',
    textAlign: 'center',
  },
  empty: { padding: tokens.spacingVerticalXXL, color: tokens.colorNeutralForeground3 },
});

const STORAGE = 'regie.meetingMode.';

function rememberedItem(meetingId: string): string | null {
  try {
    return window.sessionStorage.getItem(STORAGE + meetingId);
  } catch {
    return null;
  }
}

function remember(meetingId: string, itemId: string) {
  try {
    window.sessionStorage.setItem(STORAGE + meetingId, itemId);
  } catch {
    // private mode: the position just does not survive leaving meeting mode
  }
}

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
  const { navigate } = useAppState();
  const client = useQueryClient();
  const api = useApiMutation('items.addElapsed');
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

  const key = queryKey('meetings.get', { id: meeting.id });
  const book = useCallback(
    (itemId: string, seconds: number) => {
      // Show the booked time at once; the refetch after the change brings the same number.
      const data = client.getQueryData<MeetingDetail>(key);
      if (data)
        client.setQueryData<MeetingDetail>(key, {
          ...data,
          items: data.items.map((i) =>
            i.id === itemId ? { ...i, elapsedSeconds: i.elapsedSeconds + seconds } : i,
          ),
        });
      api.mutate({ id: itemId, seconds });
    },
    [client, meeting.id],
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
      const data = client.getQueryData<MeetingDetail>(key);
      if (data)
        client.setQueryData<MeetingDetail>(key, {
          ...data,
          items: data.items.map((i) => (i.id === current.id ? { ...i, status: next } : i)),
        });
      setStatus.mutate({ id: current.id, status: next });
    },
    [current, frozen, client, meeting.id, setStatus],
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

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey) return;
      if (isEditable(e.target) || dialogOpen()) return;
      const k = e.key;
      let handled = true;
      if (k === 'ArrowRight' || k === 'PageDown' || k === 'j') goTo(index + 1);
      else if (k === 'ArrowLeft' || k === 'PageUp' || k === 'k') goTo(index - 1);
      else if (k === 'Home') goTo(0);
      else if (k === 'End') goTo(items.length - 1);
      else if (k === ' ' || k === 'Spacebar') {
        if (current) timer.toggle(current.id);
      } else if (k === 'h') mark('handled');
      else if (k === 'p') mark('postponed');
      else if (k === 's' && !projector) {
        const first = document.querySelector<HTMLElement>('[data-testid="open-document"]');
        if (first) first.focus();
        else handled = false;
      } else if (k === 'F5') {
        if (projector) leaveProjector();
        else enterProjector();
      } else if (k === 'Escape' && projector) leaveProjector();
      else handled = false;
      if (handled) e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [goTo, index, items.length, current, timer, mark, projector, enterProjector, leaveProjector]);

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
          <span className={s.heading}>
            {longDate(meeting.date)} · {nl.time.at(meeting.start)}
          </span>
          <Caption1 className={s.hint}>
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
          <div className={mergeClasses(s.panel, s.empty)}>{nlm.mode.noItems}</div>
        )}
      </div>

      <Legend />
      <div className="sr-only" aria-live="polite">
        {current ? nl.agenda.row(current.number, current.title) : ''}
      </div>
    </div>
  );
}

function DelayPill({ delay, end }: { delay: number; end: string | null }) {
  const s = useStyles();
  const minutes = Math.round(delay / 60);
  return (
    <div
      className={mergeClasses(s.delay, minutes >= 10 ? s.veryLate : minutes >= 3 ? s.late : undefined)}
      data-testid="delay"
      data-minutes={minutes}
    >
      <span className={s.delayValue}>{nlm.mode.delay(minutes)}</span>
      {end ? (
        <Caption1 className={s.hint}>{nlm.mode.expectedEnd(shiftTime(end, delay), end)}</Caption1>
      ) : null}
    </div>
  );
}

function AgendaRow({
  item,
  current,
  seconds,
  running,
  onClick,
}: {
  item: ItemView;
  current: boolean;
  seconds: number;
  running: boolean;
  onClick: () => void;
}) {
  const s = useStyles();
  const planned = (item.durationMinutes ?? 0) * 60;
  const over = planned > 0 && seconds > planned;
  const ref = useRef<HTMLButtonElement | null>(null);
  // Keep the current item in sight when the agenda is longer than the screen.
  useEffect(() => {
    if (current) ref.current?.scrollIntoView({ block: 'nearest' });
  }, [current]);
  const meta = [
    item.kind !== 'vast' ? nl.kinds[item.kind] : null,
    item.startsAt,
    item.durationMinutes ? nl.time.minutes(item.durationMinutes) : null,
  ]
    .filter(Boolean)
    .join(' · ');
  return (
    <button
      ref={ref}
      type="button"
      className={mergeClasses(s.agendaRow, current && s.current)}
      onClick={onClick}
      aria-current={current ? 'step' : undefined}
      data-testid="mode-row"
      data-status={item.status}
      data-current={current ? 'true' : undefined}
      tabIndex={-1}
    >
      <span className={mergeClasses(s.number, current && s.numberCurrent)}>{item.number}</span>
      <span className={s.rowText}>
        <span
          className={mergeClasses(
            s.rowTitle,
            !current && item.status === 'handled' && s.rowDone,
            !current && item.status === 'postponed' && s.rowPostponed,
          )}
        >
          {item.title}
        </span>
        {meta ? <span className={mergeClasses(s.rowMeta, current && s.rowMetaCurrent)}>{meta}</span> : null}
      </span>
      <span className={s.rowEnd}>
        {item.status === 'handled' ? (
          <CheckmarkCircleFilled
            className={mergeClasses(s.handledIcon, current && s.onBrandIcon)}
            aria-label={nlm.itemStatus.handled}
          />
        ) : item.status === 'postponed' ? (
          <PauseCircleFilled
            className={mergeClasses(s.postponedIcon, current && s.onBrandIcon)}
            aria-label={nlm.itemStatus.postponed}
          />
        ) : null}
        {seconds > 0 || running ? (
          <span className={over ? (current ? s.overOnBrand : s.over) : undefined}>
            {running ? '▶ ' : ''}
            {clock(seconds)}
          </span>
        ) : null}
      </span>
    </button>
  );
}

function CurrentItem({
  meeting,
  item,
  index,
  total,
  timer,
  seconds,
  frozen,
  onPrevious,
  onNext,
  onMark,
}: {
  meeting: MeetingDetail;
  item: ItemView;
  index: number;
  total: number;
  timer: ItemTimer;
  seconds: number;
  frozen: boolean;
  onPrevious: () => void;
  onNext: () => void;
  onMark: (status: 'handled' | 'postponed') => void;
}) {
  const s = useStyles();
  const opener = useOpenAttachment();
  const running = timer.runningFor === item.id;
  const planned = (item.durationMinutes ?? 0) * 60;
  const over = planned > 0 && seconds > planned;
  const typed = item.fixedRole === null;
  const proposalLabel = item.kind === 'voorbereidend' ? nl.item.proposalAdvice : nl.item.proposal;
  const scroll = useRef<HTMLDivElement | null>(null);
  useLayoutEffect(() => {
    scroll.current?.scrollTo({ top: 0 });
  }, [item.id]);

  return (
    <section
      className={s.panel}
      aria-label={nlm.mode.currentItem}
      data-testid="current-item"
      data-item-id={item.id}
    >
      <div className={s.panelScroll} ref={scroll}>
        <div className={s.panelTop}>
          <Caption1 className={s.position}>{nlm.mode.position(item.number, total)}</Caption1>
          <KindLabel kind={item.kind} />
          {item.target ? (
            <Badge appearance="outline" color="informative" shape="rounded">
              {nl.agenda.target(nl.targets[item.target])}
            </Badge>
          ) : null}
          {item.status !== 'open' ? (
            <Badge
              appearance="filled"
              color={item.status === 'handled' ? 'success' : 'warning'}
              shape="rounded"
              data-testid="current-status"
            >
              {nlm.itemStatus[item.status]}
            </Badge>
          ) : null}
          {item.postponedFrom ? (
            <Badge appearance="tint" color="subtle" shape="rounded">
              {nl.agenda.postponedBadge(plainDate(item.postponedFrom.meetingDate))}
            </Badge>
          ) : null}
        </div>
        <h2 className={s.title} data-testid="current-title">
          {item.title}
        </h2>

        <div className={s.timerRow}>
          <span
            className={mergeClasses(s.timerDigits, running && s.timerRunning, over && s.timerOver)}
            data-testid="timer"
            aria-live="off"
          >
            {clock(seconds)}
          </span>
          <div className={s.timerInfo}>
            <Body1>
              {item.durationMinutes
                ? nlm.mode.planned(item.durationMinutes, item.startsAt)
                : nlm.mode.noPlanned}
              {over ? (
                <strong className={s.over}> · {nlm.mode.over(Math.ceil((seconds - planned) / 60))}</strong>
              ) : null}
            </Body1>
            {planned > 0 ? (
              <ProgressBar
                value={Math.min(1, seconds / planned)}
                color={over ? 'error' : seconds / planned > 0.85 ? 'warning' : 'brand'}
                thickness="large"
              />
            ) : null}
          </div>
          <Tooltip content={nlm.mode.timerHint} relationship="description">
            <Button
              appearance={running ? 'primary' : 'secondary'}
              size="large"
              icon={running ? <StopRegular /> : <PlayRegular />}
              onClick={() => timer.toggle(item.id)}
              aria-keyshortcuts="Space"
              data-testid="timer-toggle"
            >
              {running ? nlm.mode.stop : nlm.mode.start}
            </Button>
          </Tooltip>
        </div>

        {typed && item.proposal ? (
          <div className={s.block}>
            <span className={s.blockLabel}>{proposalLabel}</span>
            <div className={s.proposal} data-testid="current-proposal">
              {item.proposal}
            </div>
          </div>
        ) : null}
        {item.explanation ? (
          <div className={s.block}>
            <span className={s.blockLabel}>{nl.item.explanation}</span>
            <Body1 className={s.explanation}>{item.explanation}</Body1>
          </div>
        ) : null}

        {item.fixedRole === 'minutes' ? <OpenActionsBlock meeting={meeting} /> : null}

        <div className={s.block}>
          <span className={s.blockLabel}>{nlm.mode.documents(item.attachments.length)}</span>
          {item.attachments.length === 0 ? (
            <Caption1 className={s.hint}>{nlm.mode.noDocuments}</Caption1>
          ) : (
            <>
              <ul className={s.docs} data-testid="current-documents">
                {item.attachments.map((a, i) => (
                  <li key={attachmentKey(item.id, a)}>
                    <button
                      type="button"
                      className={s.doc}
                      onClick={() => void opener.open(item.id, a)}
                      aria-label={(opener.desktop ? nlm.mode.openDocument : nlm.mode.downloadDocument)(
                        a.label,
                        a.title,
                      )}
                      aria-busy={opener.opening === attachmentKey(item.id, a) ? true : undefined}
                      aria-keyshortcuts={i === 0 ? 's' : undefined}
                      title={`${a.title} — ${a.fileName}`}
                      data-testid="open-document"
                      data-label={a.label}
                    >
                      <span className={s.docLabel}>{a.label}</span>
                      <DocumentRegular aria-hidden />
                      <span className={s.docTitle}>{a.title}</span>
                      <Caption1 className={s.docMeta}>
                        {a.size > 0
                          ? `${truncate(a.fileName, 40)} · ${fileSize(a.size)}`
                          : truncate(a.fileName, 40)}
                      </Caption1>
                      <span className={s.docAction} aria-hidden>
                        {opener.opening === attachmentKey(item.id, a) ? (
                          <Spinner size="extra-tiny" />
                        ) : opener.desktop ? (
                          <OpenRegular />
                        ) : (
                          <ArrowDownloadRegular />
                        )}
                      </span>
                    </button>
                  </li>
                ))}
              </ul>
              <Caption1 className={s.hint}>
                {opener.desktop ? nlm.mode.openHintDesktop : nlm.mode.openHintBrowser}
              </Caption1>
            </>
          )}
        </div>
        {typed && item.submitter ? (
          <Caption1 className={s.hint}>{nl.agenda.submitter(item.submitter.name)}</Caption1>
        ) : null}
      </div>

      <div className={s.controls}>
        <Button
          icon={<ArrowLeftRegular />}
          onClick={onPrevious}
          disabled={index === 0}
          aria-keyshortcuts="ArrowLeft PageUp k"
        >
          {nlm.mode.previous}
        </Button>
        <div className={s.spacer} />
        {typed ? (
          <>
            <ToggleButton
              icon={<CheckmarkRegular />}
              appearance={item.status === 'handled' ? 'primary' : 'secondary'}
              checked={item.status === 'handled'}
              onClick={() => onMark('handled')}
              disabled={frozen}
              aria-keyshortcuts="h"
              data-testid="mark-handled"
            >
              {nlm.mode.handled}
            </ToggleButton>
            <ToggleButton
              icon={<PauseRegular />}
              appearance={item.status === 'postponed' ? 'primary' : 'secondary'}
              checked={item.status === 'postponed'}
              onClick={() => onMark('postponed')}
              disabled={frozen}
              aria-keyshortcuts="p"
              data-testid="mark-postponed"
            >
              {nlm.mode.postpone}
            </ToggleButton>
          </>
        ) : null}
        <div className={s.spacer} />
        <Button
          appearance="primary"
          icon={<ArrowRightRegular />}
          iconPosition="after"
          onClick={onNext}
          disabled={index >= total - 1}
          aria-keyshortcuts="ArrowRight PageDown j"
        >
          {nlm.mode.next}
        </Button>
      </div>
    </section>
  );
}

function OpenActionsBlock({ meeting }: { meeting: MeetingDetail }) {
  const s = useStyles();
  const open = meeting.openActions.filter((a) => a.status === 'open');
  return (
    <div className={s.block}>
      <span className={s.blockLabel}>{nl.agenda.openActions}</span>
      {open.length === 0 ? (
        <Caption1 className={s.hint}>{nl.agenda.openActionsNone}</Caption1>
      ) : (
        <ul className={s.actionsList} data-testid="mode-open-actions">
          {open.slice(0, 8).map((a) => (
            <li key={a.id}>
              <Body1>
                {a.nr}. {a.what} — {a.who}
                {a.due ? (
                  <span className={a.overdue ? s.overdue : s.hint}>
                    {' '}
                    ({plainDate(a.due)}
                    {a.overdue ? `, ${nl.agenda.overdue}` : ''})
                  </span>
                ) : null}
              </Body1>
            </li>
          ))}
          {open.length > 8 ? (
            <Caption1 className={s.hint}>{nlm.mode.moreActions(open.length - 8)}</Caption1>
          ) : null}
        </ul>
      )}
    </div>
  );
}

function Legend() {
  const s = useStyles();
  const entry = (keys: string[], label: string) => (
    <span className={s.legendItem} key={label}>
      {keys.map((k) => (
        <kbd key={k} className={s.kbd}>
          {k}
        </kbd>
      ))}
      <span>{label}</span>
    </span>
  );
  return (
    <div className={s.legend} aria-label={nlm.mode.legend} data-testid="shortcut-legend">
      <span className={s.legendTitle}>{nlm.mode.legend}:</span>
      {nlm.mode.keys.map((k) => entry([...k.keys], k.label))}
    </div>
  );
}

function fileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} kB`;
  return `${(bytes / (1024 * 1024)).toFixed(1).replace('.', ',')} MB`;
}

// ——— The projector view ———

const useProjectorStyles = makeStyles({
  root: {
    position: 'fixed',
    inset: 0,
    zIndex: 1000,
    display: 'flex',
    flexDirection: 'column',
    backgroundColor: '#ffffff',
    color: tokens.colorNeutralForeground1,
    padding: '3vh 4vw',
    gap: '2.2vh',
    cursor: 'none',
    overflow: 'hidden',
  },
  header: {
    display: 'flex',
    alignItems: 'baseline',
    justifyContent: 'space-between',
    gap: '2vw',
    borderBottom: `3px solid ${tokens.colorBrandStroke1}`,
    paddingBottom: '1.6vh',
  },
  body: {
    fontSize: 'clamp(18px, 2.6vh, 30px)',
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorBrandForeground1,
  },
  date: { fontSize: 'clamp(16px, 2.4vh, 28px)', color: tokens.colorNeutralForeground2, whiteSpace: 'nowrap' },
  list: {
    display: 'flex',
    flexDirection: 'column',
    gap: '1vh',
    margin: 0,
    padding: 0,
    listStyleType: 'none',
    flexGrow: 1,
    minHeight: 0,
    overflow: 'hidden',
  },
  row: {
    display: 'grid',
    gridTemplateColumns: '1.5em minmax(0, 1fr) auto',
    alignItems: 'center',
    gap: '1.2vw',
    padding: '1.1vh 1.4vw',
    borderRadius: '10px',
    fontSize: 'var(--projector-size)',
    lineHeight: 1.25,
  },
  current: { backgroundColor: tokens.colorBrandBackground, color: '#ffffff' },
  done: { color: tokens.colorNeutralForeground4 },
  number: { fontWeight: tokens.fontWeightBold, fontVariantNumeric: 'tabular-nums', textAlign: 'right' },
  title: {
    fontWeight: tokens.fontWeightSemibold,
    overflow: 'hidden',
    display: '-webkit-box',
    WebkitLineClamp: 2,
    WebkitBoxOrient: 'vertical',
  },
  titleLine: { display: 'flex', alignItems: 'baseline', gap: '0.5em', minWidth: 0 },
  titleDone: { textDecorationLine: 'line-through', textDecorationThickness: '2px' },
  side: {
    fontSize: '0.7em',
    fontVariantNumeric: 'tabular-nums',
    whiteSpace: 'nowrap',
    display: 'flex',
    alignItems: 'center',
    gap: '0.5em',
  },
  kind: { fontSize: '0.55em', fontWeight: tokens.fontWeightRegular, opacity: 0.8, whiteSpace: 'nowrap' },
  postponedRow: { color: tokens.colorNeutralForeground3, fontStyle: 'italic' },
  icon: { fontSize: '1.1em' },
  handled: { color: tokens.colorPaletteGreenForeground1 },
  postponed: { color: tokens.colorPaletteMarigoldForeground1 },
  footer: {
    display: 'flex',
    justifyContent: 'space-between',
    color: tokens.colorNeutralForeground3,
    fontSize: 'clamp(13px, 1.8vh, 20px)',
  },
});

function ProjectorView({
  meeting,
  body,
  currentId,
  live,
  running,
}: {
  meeting: MeetingDetail;
  body: BodyView;
  currentId: string | null;
  live: (item: ItemView) => number;
  running: string | null;
}) {
  const s = useProjectorStyles();
  const items = meeting.items;
  // Big type that still fits: fewer items, bigger letters.
  const size = `clamp(20px, min(${Math.min(6, 62 / Math.max(items.length, 1)).toFixed(2)}vh, 3.6vw), 60px)`;
  const currentRef = useRef<HTMLLIElement | null>(null);
  useEffect(() => {
    currentRef.current?.scrollIntoView({ block: 'nearest' });
  }, [currentId]);
  return (
    <div
      className={s.root}
      data-testid="projector"
      role="presentation"
      style={{ ['--projector-size' as string]: size }}
    >
      <div className={s.header}>
        <span className={s.body}>{body.name}</span>
        <span className={s.date}>
          {longDate(meeting.date)} · {nl.time.at(meeting.start)}
        </span>
      </div>
      <ol className={s.list} aria-label={nlm.mode.agenda}>
        {items.map((item) => {
          const isCurrent = item.id === currentId;
          const done = !isCurrent && item.status === 'handled';
          const postponed = !isCurrent && item.status === 'postponed';
          return (
            <li
              key={item.id}
              ref={isCurrent ? currentRef : undefined}
              className={mergeClasses(
                s.row,
                isCurrent && s.current,
                done && s.done,
                postponed && s.postponedRow,
              )}
              aria-current={isCurrent ? 'step' : undefined}
              data-testid="projector-row"
              data-current={isCurrent ? 'true' : undefined}
            >
              <span className={s.number}>{item.number}.</span>
              <span className={s.titleLine}>
                <span className={mergeClasses(s.title, done && s.titleDone)}>{item.title}</span>
                {item.kind !== 'vast' ? (
                  <span className={s.kind}>{nl.kinds[item.kind].toLowerCase()}</span>
                ) : null}
              </span>
              <span className={s.side}>
                {item.status === 'handled' ? (
                  <CheckmarkCircleFilled
                    className={mergeClasses(s.icon, !isCurrent && s.handled)}
                    aria-label={nlm.itemStatus.handled}
                  />
                ) : null}
                {item.status === 'postponed' ? (
                  <PauseCircleFilled
                    className={mergeClasses(s.icon, !isCurrent && s.postponed)}
                    aria-label={nlm.itemStatus.postponed}
                  />
                ) : null}
                {isCurrent && (running === item.id || live(item) > 0)
                  ? clock(live(item))
                  : (item.startsAt ?? '')}
              </span>
            </li>
          );
        })}
      </ol>
      <div className={s.footer}>
        <span>{meeting.location}</span>
        <span>{nlm.mode.projectorLeave}</span>
      </div>
    </div>
  );
}
