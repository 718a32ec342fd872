// The agenda's header facts: time and place, host, chair and notulist (with why), the three deadlines with
// the days left, and the number of items with the expected end.
import type { ReactNode } from 'react';
import { Body1, Caption1, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { ItemView, MeetingDetail } from '../../../../shared/api/views';
import type { LocalDate } from '../../../../shared/domain/types';
import { nl } from '../../i18n/nl';
import { Section } from '../../components/Page';
import { RoleHolder } from '../../components/RoleHolder';
import { daysFrom, deadlineLeft, deadlineTone, longDate } from '../../lib/format';

const useStyles = makeStyles({
  facts: {
    display: 'grid',
    gridTemplateColumns: 'repeat(4, minmax(0, 1fr))',
    gap: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
  },
  fact: { display: 'flex', flexDirection: 'column', gap: '2px', minWidth: 0 },
  factLabel: { color: tokens.colorNeutralForeground3 },
  factValue: { fontWeight: tokens.fontWeightSemibold, overflow: 'hidden', textOverflow: 'ellipsis' },
  factNote: {
    color: tokens.colorNeutralForeground3,
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
  },
  deadline: {
    borderLeft: `3px solid ${tokens.colorNeutralStroke1}`,
    paddingLeft: tokens.spacingHorizontalS,
  },
  past: { borderLeftColor: tokens.colorNeutralStroke1 },
  soon: { borderLeftColor: tokens.colorPaletteMarigoldBorderActive },
  calm: { borderLeftColor: tokens.colorPaletteGreenBorderActive },
  pastText: { color: tokens.colorNeutralForeground3 },
  soonText: { color: tokens.colorPaletteMarigoldForeground2, fontWeight: tokens.fontWeightSemibold },
  calmText: { color: tokens.colorPaletteGreenForeground1 },
  divider: { gridColumn: '1 / -1', borderTop: `1px solid ${tokens.colorNeutralStroke2}` },
});

export function MeetingFacts({ meeting, today }: { meeting: MeetingDetail; today: LocalDate }) {
  const s = useStyles();
  const items = meeting.items;
  const lastItem = items.at(-1);
  return (
    <Section dense>
      <div className={s.facts} data-testid="meeting-facts">
        <Fact
          label={nl.agenda.time}
          value={meeting.end ? nl.time.range(meeting.start, meeting.end) : nl.time.at(meeting.start)}
          note={
            meeting.place
              ? meeting.place.source === 'host'
                ? nl.agenda.locationFromHost(
                    [meeting.place.name, meeting.place.address].filter(Boolean).join(', '),
                  )
                : [meeting.place.name, meeting.place.address].filter(Boolean).join(', ')
              : nl.agenda.noLocation
          }
        />
        <Fact
          label={nl.agenda.host}
          value={meeting.host?.name ?? nl.meetings.unknown}
          note={meeting.hostFromRotation ? undefined : nl.meetings.hostManual}
        />
        <Fact
          label={nl.agenda.chair}
          value={<RoleHolder holder={meeting.chair} />}
          note={meeting.chair.overridden ? (meeting.chair.reason ?? undefined) : meeting.chair.explanation}
        />
        <Fact
          label={nl.agenda.notulist}
          value={<RoleHolder holder={meeting.notulist} />}
          note={
            meeting.notulist.overridden
              ? (meeting.notulist.reason ?? undefined)
              : meeting.notulist.explanation
          }
        />
        <div className={s.divider} />
        <DeadlineFact
          label={nl.deadline.submissionLong}
          date={meeting.deadlines.submission}
          today={today}
          testId="deadline-submission"
        />
        <DeadlineFact
          label={nl.deadline.distributionLong}
          date={meeting.deadlines.distribution}
          today={today}
          testId="deadline-distribution"
        />
        <DeadlineFact
          label={nl.deadline.minutesLong}
          date={meeting.deadlines.minutes}
          today={today}
          testId="deadline-minutes"
        />
        <Fact
          label={nl.meetings.colItems}
          value={nl.meetings.itemsCount(meeting.typedItemCount, meeting.pendingLateCount)}
          note={lastItem?.startsAt ? nl.agenda.totalTime(endOf(items)) : undefined}
        />
      </div>
    </Section>
  );
}

function endOf(items: ItemView[]): string {
  const last = items.at(-1);
  if (!last?.startsAt) return '';
  const [h, m] = last.startsAt.split(':').map(Number) as [number, number];
  const total = h * 60 + m + (last.durationMinutes ?? 0);
  return `${String(Math.floor(total / 60) % 24).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}

function Fact({ label, value, note }: { label: string; value: ReactNode; note?: string }) {
  const s = useStyles();
  return (
    <div className={s.fact}>
      <Caption1 className={s.factLabel}>{label}</Caption1>
      <Body1 className={s.factValue}>{value}</Body1>
      {note ? (
        <Caption1 className={s.factNote} title={note}>
          {note}
        </Caption1>
      ) : null}
    </div>
  );
}

function DeadlineFact({
  label,
  date,
  today,
  testId,
}: {
  label: string;
  date: LocalDate;
  today: LocalDate;
  testId: string;
}) {
  const s = useStyles();
  const tone = deadlineTone(today, date);
  return (
    <div
      className={mergeClasses(s.fact, s.deadline, s[tone])}
      data-testid={testId}
      data-days={daysFrom(today, date)}
    >
      <Caption1 className={s.factLabel}>{label}</Caption1>
      <Body1 className={s.factValue}>{longDate(date)}</Body1>
      <Caption1 className={tone === 'past' ? s.pastText : tone === 'soon' ? s.soonText : s.calmText}>
        {deadlineLeft(today, date)}
      </Caption1>
    </div>
  );
}
