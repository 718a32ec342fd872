// "Aandacht", the opening screen: the coming meetings with the days left to submit and to send the agenda,
// and the signals, grouped per meeting (and the overdue actions per meeting they come from) with their counts,
// each with a link to the place where it is fixed.
import {
  Badge,
  Body1,
  Button,
  Caption1,
  Subtitle2,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import { CalendarAddRegular, CheckmarkCircleFilled } from '@fluentui/react-icons';
import { useMemo } from 'react';
import type { AttentionMeeting, BodyView, WarningView } from '../../../shared/api/views';
import { nl } from '../i18n/nl';
import { Page, Section, QueryStatus } from '../components/Page';
import { useApiQuery } from '../api/queries';
import { useAppState, type Route } from '../app/state';
import { deadlineTone, longDate, plainDate } from '../lib/format';
import { SignalGroup } from './attention/SignalGroup';

const useStyles = makeStyles({
  cards: {
    display: 'grid',
    gridTemplateColumns: 'repeat(3, minmax(0, 1fr))',
    gap: tokens.spacingHorizontalM,
  },
  card: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    textAlign: 'left',
    padding: tokens.spacingHorizontalL,
    borderRadius: tokens.borderRadiusLarge,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow2,
    cursor: 'pointer',
    font: 'inherit',
    color: 'inherit',
    ':hover': { boxShadow: tokens.shadow8, border: `1px solid ${tokens.colorNeutralStroke1Hover}` },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '2px' },
  },
  first: { borderTop: `3px solid ${tokens.colorBrandStroke1}` },
  cardHead: {
    display: 'flex',
    alignItems: 'baseline',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalS,
  },
  muted: { color: tokens.colorNeutralForeground3 },
  lines: {
    display: 'flex',
    flexDirection: 'column',
    gap: '6px',
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
    paddingTop: tokens.spacingVerticalS,
  },
  line: {
    display: 'grid',
    gridTemplateColumns: '130px minmax(0, 1fr)',
    gap: tokens.spacingHorizontalS,
    alignItems: 'baseline',
  },
  lineValue: { display: 'flex', flexDirection: 'column' },
  past: { color: tokens.colorNeutralForeground3 },
  soon: { color: tokens.colorPaletteMarigoldForeground2, fontWeight: tokens.fontWeightSemibold },
  calm: { color: tokens.colorPaletteGreenForeground1 },
  footer: {
    display: 'flex',
    gap: tokens.spacingHorizontalS,
    alignItems: 'center',
    color: tokens.colorNeutralForeground2,
  },
  warnings: { display: 'flex', flexDirection: 'column' },
  ok: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
    color: tokens.colorPaletteGreenForeground1,
  },
  empty: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM },
});

export function AttentionScreen({ body }: { body: BodyView }) {
  const s = useStyles();
  const { today, navigate } = useAppState();
  const attention = useApiQuery('attention.get', { bodyId: body.id });
  const data = attention.data;
  const byGroup = useMemo(() => {
    const map = new Map<string, WarningView[]>();
    for (const w of data?.warnings ?? []) map.set(w.group, [...(map.get(w.group) ?? []), w]);
    return map;
  }, [data]);
  const total = (data?.groups ?? []).reduce(
    (n, g) => n + g.counts.error + g.counts.warning + g.counts.info,
    0,
  );

  const go = (w: WarningView) => {
    const link = w.link;
    let route: Route;
    if (link.screen === 'actions')
      route = {
        screen: 'actions',
        status: 'overdue',
        ...(link.meetingId ? { meetingId: link.meetingId } : {}),
      };
    else if (link.screen === 'decisions')
      route = {
        screen: 'decisions',
        followUpOnly: true,
        ...(link.decisionId ? { decisionId: link.decisionId } : {}),
      };
    else if (link.screen === 'minutes' && link.meetingId)
      route = {
        screen: 'minutes',
        meetingId: link.meetingId,
        ...(link.itemId ? { itemId: link.itemId } : {}),
      };
    else if (link.meetingId)
      route = {
        screen: 'meeting',
        meetingId: link.meetingId,
        ...(link.itemId ? { itemId: link.itemId } : {}),
      };
    else route = { screen: 'meetings' };
    navigate(route);
  };

  return (
    <Page title={nl.attention.title} subtitle={`${body.name} · ${nl.attention.subtitle(longDate(today))}`}>
      <QueryStatus query={attention} />
      {data ? (
        <>
          <Section title={nl.attention.upcoming}>
            {data.upcoming.length === 0 ? (
              <div className={s.empty}>
                <Body1 className={s.muted}>{nl.attention.noUpcoming}</Body1>
                <Button icon={<CalendarAddRegular />} onClick={() => navigate({ screen: 'meetings' })}>
                  {nl.attention.planMeetings}
                </Button>
              </div>
            ) : (
              <div className={s.cards}>
                {data.upcoming.slice(0, 3).map((u, i) => (
                  <MeetingCard
                    key={u.meeting.id}
                    entry={u}
                    first={i === 0}
                    today={today}
                    onOpen={() => navigate({ screen: 'meeting', meetingId: u.meeting.id })}
                  />
                ))}
              </div>
            )}
          </Section>
          <Section
            title={nl.attention.warnings}
            hint={data.warnings.length ? nl.attention.total(total) : undefined}
            flush
          >
            {data.warnings.length === 0 ? (
              <div className={s.ok}>
                <CheckmarkCircleFilled /> {nl.attention.noWarnings}
              </div>
            ) : (
              <div className={s.warnings} data-testid="warnings">
                {data.groups.map((g) => (
                  <SignalGroup
                    key={g.key}
                    group={g}
                    signals={byGroup.get(g.key) ?? []}
                    onGo={go}
                    onAllOverdue={() => navigate({ screen: 'actions', status: 'overdue' })}
                  />
                ))}
              </div>
            )}
          </Section>
        </>
      ) : null}
    </Page>
  );
}

function MeetingCard({
  entry,
  first,
  today,
  onOpen,
}: {
  entry: AttentionMeeting;
  first: boolean;
  today: string;
  onOpen: () => void;
}) {
  const s = useStyles();
  const m = entry.meeting;
  const tone = (date: string) => s[deadlineTone(today, date)];
  return (
    <button
      type="button"
      className={mergeClasses(s.card, first && s.first)}
      onClick={onOpen}
      data-testid="upcoming-meeting"
    >
      <div className={s.cardHead}>
        <Subtitle2>{longDate(m.date)}</Subtitle2>
        <Badge appearance={first ? 'filled' : 'tint'} color="brand" shape="rounded">
          {nl.attention.daysToMeeting(entry.daysToMeeting)}
        </Badge>
      </div>
      <Caption1 className={s.muted}>
        {nl.time.at(m.start)}
        {m.location ? ` · ${m.location}` : ''}
        {m.host ? ` · ${m.host.name}` : ''}
      </Caption1>
      <Caption1>
        {nl.attention.chairNotulist(
          m.chair.name ?? nl.meetings.unknown,
          m.notulist.name ?? nl.meetings.unknown,
        )}
      </Caption1>
      <div className={s.lines}>
        <div className={s.line}>
          <Caption1 className={s.muted}>{nl.attention.submission}</Caption1>
          <span className={s.lineValue}>
            <Caption1>{plainDate(m.deadlines.submission)}</Caption1>
            <Caption1 className={tone(m.deadlines.submission)} data-testid="days-to-submission">
              {nl.deadline.left(entry.daysToSubmission)}
            </Caption1>
          </span>
        </div>
        <div className={s.line}>
          <Caption1 className={s.muted}>{nl.attention.distribution}</Caption1>
          <span className={s.lineValue}>
            <Caption1>{plainDate(m.deadlines.distribution)}</Caption1>
            {m.agendaSent ? (
              <Caption1 className={s.calm}>{nl.attention.agendaSent}</Caption1>
            ) : (
              <Caption1 className={tone(m.deadlines.distribution)} data-testid="days-to-distribution">
                {nl.deadline.left(entry.daysToDistribution)}
              </Caption1>
            )}
          </span>
        </div>
      </div>
      <div className={s.footer}>
        <Caption1>{nl.attention.items(m.typedItemCount)}</Caption1>
        {m.pendingLateCount > 0 ? (
          <Badge appearance="tint" color="warning" size="small" shape="rounded">
            {nl.attention.late(m.pendingLateCount)}
          </Badge>
        ) : null}
      </div>
    </button>
  );
}
