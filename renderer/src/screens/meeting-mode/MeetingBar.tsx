// The way from an agenda into the meeting and its record: one slim bar under the agenda's header with the
// state of the minutes (concept / verzonden / vastgesteld, and the D+5 deadline) and the two buttons.
import {
  Badge,
  Body1,
  Button,
  Caption1,
  Tooltip,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import { NotepadRegular, PresenterRegular } from '@fluentui/react-icons';
import type { MeetingDetail } from '../../../../shared/api/views';
import { nl } from '../../i18n/nl';
import { nlm } from '../../i18n/nl-meeting';
import { useAppState } from '../../app/state';
import { daysFrom, plainDate } from '../../lib/format';

const useStyles = makeStyles({
  bar: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    borderRadius: tokens.borderRadiusLarge,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow2,
  },
  today: { border: `1px solid ${tokens.colorBrandStroke2}`, backgroundColor: tokens.colorBrandBackground2 },
  text: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    flexGrow: 1,
    minWidth: 0,
    flexWrap: 'wrap',
  },
  strong: { fontWeight: tokens.fontWeightSemibold },
  muted: { color: tokens.colorNeutralForeground3 },
  late: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  buttons: { display: 'flex', gap: tokens.spacingHorizontalS, flexShrink: 0 },
});

export function MeetingBar({ meeting }: { meeting: MeetingDetail }) {
  const s = useStyles();
  const { today, navigate } = useAppState();
  if (meeting.status === 'cancelled') return null;
  const days = daysFrom(today, meeting.date);
  const dueIn = daysFrom(today, meeting.deadlines.minutes);
  const when = days === 0 ? nlm.bar.today(meeting.start) : days > 0 ? nlm.bar.inDays(days) : nlm.bar.held;
  const minutes =
    meeting.minutesStatus === 'adopted'
      ? nlm.bar.adopted
      : meeting.minutesStatus === 'sent'
        ? nlm.bar.sent
        : days > 0
          ? nlm.bar.dueAfter(plainDate(meeting.deadlines.minutes))
          : dueIn < 0
            ? nlm.bar.overdue(plainDate(meeting.deadlines.minutes))
            : nlm.bar.due(plainDate(meeting.deadlines.minutes), nl.deadline.left(dueIn));
  return (
    <div className={mergeClasses(s.bar, days === 0 && s.today)} data-testid="meeting-bar">
      <div className={s.text}>
        <Body1 className={s.strong}>{when}</Body1>
        <Badge
          appearance="tint"
          shape="rounded"
          color={
            meeting.minutesStatus === 'adopted'
              ? 'success'
              : meeting.minutesStatus === 'sent'
                ? 'brand'
                : dueIn < 0 && days <= 0
                  ? 'danger'
                  : 'informative'
          }
        >
          {nlm.bar.minutes(nlm.flow.status[meeting.minutesStatus])}
        </Badge>
        <Caption1 className={meeting.minutesStatus === 'draft' && days <= 0 && dueIn < 0 ? s.late : s.muted}>
          {minutes}
        </Caption1>
      </div>
      <div className={s.buttons}>
        <Tooltip content={nlm.mode.openHint} relationship="description">
          <Button
            appearance={days === 0 ? 'primary' : 'secondary'}
            icon={<PresenterRegular />}
            onClick={() => navigate({ screen: 'meetingMode', meetingId: meeting.id })}
          >
            {nlm.mode.open}
          </Button>
        </Tooltip>
        <Button
          icon={<NotepadRegular />}
          onClick={() => navigate({ screen: 'minutes', meetingId: meeting.id })}
          data-testid="open-minutes"
        >
          {nlm.minutes.open}
        </Button>
      </div>
    </div>
  );
}
