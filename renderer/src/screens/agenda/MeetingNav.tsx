// The previous and next meeting of the body, one click (or Tab, Enter) away from the agenda.
import { Button, Tooltip, makeStyles } from '@fluentui/react-components';
import { ChevronLeftRegular, ChevronRightRegular } from '@fluentui/react-icons';
import type { MeetingDetail } from '../../../../shared/api/views';
import { nl } from '../../i18n/nl';
import { useAppState } from '../../app/state';
import { longDate } from '../../lib/format';

const useStyles = makeStyles({ navButtons: { display: 'flex', gap: '2px' } });

export function MeetingNav({ meeting }: { meeting: MeetingDetail }) {
  const s = useStyles();
  const { navigate } = useAppState();
  return (
    <div className={s.navButtons}>
      <Tooltip
        content={
          meeting.previousMeeting
            ? `${nl.agenda.previous}: ${longDate(meeting.previousMeeting.date)}`
            : nl.agenda.previous
        }
        relationship="label"
      >
        <Button
          icon={<ChevronLeftRegular />}
          disabled={!meeting.previousMeeting}
          onClick={() =>
            meeting.previousMeeting && navigate({ screen: 'meeting', meetingId: meeting.previousMeeting.id })
          }
        />
      </Tooltip>
      <Tooltip
        content={
          meeting.nextMeeting ? `${nl.agenda.next}: ${longDate(meeting.nextMeeting.date)}` : nl.agenda.next
        }
        relationship="label"
      >
        <Button
          icon={<ChevronRightRegular />}
          disabled={!meeting.nextMeeting}
          onClick={() =>
            meeting.nextMeeting && navigate({ screen: 'meeting', meetingId: meeting.nextMeeting.id })
          }
        />
      </Tooltip>
    </div>
  );
}
