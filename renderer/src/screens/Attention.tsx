// "Aandacht", the opening screen: the coming meetings with the days left to submit and to send the agenda,
// and every warning with a link to the place where it is fixed.
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
import {
  CalendarAddRegular,
  CheckmarkCircleFilled,
  ChevronRightRegular,
  ErrorCircleFilled,
  InfoFilled,
  WarningFilled,
} from '@fluentui/react-icons';
import type { AttentionMeeting, BodyView, WarningView } from '../../../shared/api/views';
import { nl } from '../i18n/nl';
import { Page, Section, QueryStatus } from '../components/Page';
import { useApiQuery } from '../api/queries';
import { useAppState, type Route } from '../app/state';
import { deadlineTone, longDate, plainDate } from '../lib/format';

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
  warning: {
    display: 'grid',
    gridTemplateColumns: '24px 84px minmax(0, 1fr) auto',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    border: 'none',
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: 'transparent',
    textAlign: 'left',
    font: 'inherit',
    color: 'inherit',
    cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '-2px' },
  },
  icon: { fontSize: '20px', display: 'flex' },
  error: { color: tokens.colorPaletteRedForeground1 },
  warn: { color: tokens.colorPaletteMarigoldForeground1 },
  info: { color: tokens.colorBrandForeground1 },
  go: {
    display: 'flex',
    alignItems: 'center',
    gap: '2px',
    color: tokens.colorBrandForeground1,
    whiteSpace: 'nowrap',
  },
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

  const go = (w: WarningView) => {
    const link = w.link;
    let route: Route;
    if (link.screen === 'actions') route = { screen: 'actions', status: 'overdue' };
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
          <Section title={`${nl.attention.warnings} (${data.warnings.length})`} flush>
            {data.warnings.length === 0 ? (
              <div className={s.ok}>
                <CheckmarkCircleFilled /> {nl.attention.noWarnings}
              </div>
            ) : (
              <div className={s.warnings} role="list" data-testid="warnings">
                {data.warnings.map((w, i) => (
                  <button
                    key={i}
                    type="button"
                    role="listitem"
                    className={s.warning}
                    onClick={() => go(w)}
                    data-kind={w.kind}
                  >
                    <span
                      className={mergeClasses(
                        s.icon,
                        w.severity === 'error' ? s.error : w.severity === 'warning' ? s.warn : s.info,
                      )}
                      aria-hidden
                    >
                      {w.severity === 'error' ? (
                        <ErrorCircleFilled />
                      ) : w.severity === 'warning' ? (
                        <WarningFilled />
                      ) : (
                        <InfoFilled />
                      )}
                    </span>
                    <Caption1
                      className={
                        w.severity === 'error' ? s.error : w.severity === 'warning' ? s.warn : s.info
                      }
                    >
                      <strong>{nl.attention.severity[w.severity]}</strong>
                    </Caption1>
                    <Body1>{w.message}</Body1>
                    <Caption1 className={s.go}>
                      {nl.attention.goTo[w.link.screen] ?? nl.attention.go}{' '}
                      <ChevronRightRegular aria-hidden />
                    </Caption1>
                  </button>
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
      aria-label={longDate(m.date)}
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
