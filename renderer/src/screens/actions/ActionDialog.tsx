// One action: who, what, when done and where it came from; a status change with its date and the meeting
// where it was reported (actions.setStatus), and the history of every change (actions.history).
import { useState } from 'react';
import {
  Body1,
  Button,
  Caption1,
  Field,
  Input,
  Radio,
  RadioGroup,
  Select,
  Spinner,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { ActionView, MeetingSummary } from '../../../../shared/api/views';
import type { ActionStatus } from '../../../../shared/domain/types';
import { nl } from '../../i18n/nl';
import { nlm } from '../../i18n/nl-meeting';
import { useApiMutation, useApiQuery } from '../../api/queries';
import { notify } from '../../app/notify';
import { DialogFrame } from '../../components/DialogFrame';
import { moment, plainDate } from '../../lib/format';
import { StatusBadge } from './StatusBadge';
import { DateField } from '../../components/DateField';

const useStyles = makeStyles({
  facts: {
    display: 'grid',
    gridTemplateColumns: '140px minmax(0, 1fr)',
    gap: `4px ${tokens.spacingHorizontalM}`,
    alignItems: 'baseline',
  },
  label: { color: tokens.colorNeutralForeground3 },
  form: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  formRow: { display: 'grid', gridTemplateColumns: '160px minmax(0, 1fr)', gap: tokens.spacingHorizontalM },
  subhead: { fontWeight: tokens.fontWeightSemibold },
  history: {
    margin: 0,
    padding: 0,
    listStyleType: 'none',
    display: 'flex',
    flexDirection: 'column',
    gap: '6px',
  },
  event: {
    display: 'grid',
    gridTemplateColumns: '110px minmax(0, 1fr)',
    gap: tokens.spacingHorizontalM,
    borderLeft: `2px solid ${tokens.colorNeutralStroke2}`,
    paddingLeft: tokens.spacingHorizontalS,
  },
  muted: { color: tokens.colorNeutralForeground3 },
});

export function ActionDialog({
  action: a,
  meetings,
  today,
  onClose,
}: {
  action: ActionView;
  meetings: MeetingSummary[];
  today: string;
  onClose: () => void;
}) {
  const s = useStyles();
  const history = useApiQuery('actions.history', { id: a.id });
  const setStatus = useApiMutation('actions.setStatus');
  // The meeting where it is reported: the latest one up to today (usually the one just held).
  const reportedDefault = [...meetings].filter((m) => m.date <= today).at(-1)?.id ?? '';
  const [status, setNext] = useState<ActionStatus>(a.status === 'open' ? 'done' : 'open');
  const [onDate, setOnDate] = useState(today);
  const [meetingId, setMeetingId] = useState(reportedDefault);
  const [note, setNote] = useState('');

  const save = () =>
    setStatus.mutate(
      { id: a.id, status, onDate, meetingId: meetingId || null, note },
      {
        onSuccess: () => {
          notify({ intent: 'success', text: nlm.actions.statusSet(a.nr, nlm.actions.statuses[status]) });
          onClose();
        },
      },
    );

  return (
    <DialogFrame
      title={nlm.actions.dialogTitle(a.nr)}
      width={620}
      onClose={onClose}
      actions={
        <>
          <Button onClick={onClose}>{nl.common.close}</Button>
          <Button
            appearance="primary"
            onClick={save}
            disabled={setStatus.isPending || !onDate || status === a.status}
            data-testid="action-status-save"
          >
            {nlm.actions.saveStatus}
          </Button>
        </>
      }
    >
      <div className={s.facts}>
        <Caption1 className={s.label}>{nl.agenda.colActionWhat}</Caption1>
        <Body1>
          <strong>{a.what}</strong>
        </Body1>
        <Caption1 className={s.label}>{nl.agenda.colActionWho}</Caption1>
        <Body1>{a.who}</Body1>
        <Caption1 className={s.label}>{nl.agenda.colActionDue}</Caption1>
        <Body1>{a.due ? plainDate(a.due) : nl.common.none}</Body1>
        <Caption1 className={s.label}>{nlm.actions.origin}</Caption1>
        <Body1>{nlm.actions.from(plainDate(a.meetingDate), a.itemTitle)}</Body1>
        <Caption1 className={s.label}>{nlm.actions.status}</Caption1>
        <span>
          <StatusBadge action={a} />
        </span>
      </div>

      <div className={s.form} role="group" aria-label={nlm.actions.changeStatus}>
        <span className={s.subhead}>{nlm.actions.changeStatus}</span>
        <RadioGroup
          layout="horizontal"
          value={status}
          onChange={(_e, d) => setNext(d.value as ActionStatus)}
          aria-label={nlm.actions.newStatus}
        >
          <Radio value="done" label={nlm.actions.statuses.done} />
          <Radio value="dropped" label={nlm.actions.statuses.dropped} />
          <Radio value="open" label={nlm.actions.statuses.open} />
        </RadioGroup>
        <div className={s.formRow}>
          <Field label={nlm.actions.onDate}>
            <DateField value={onDate} onChange={setOnDate} />
          </Field>
          <Field label={nlm.actions.reportedIn}>
            <Select value={meetingId} onChange={(_e, d) => setMeetingId(d.value)}>
              <option value="">{nlm.actions.notInMeeting}</option>
              {meetings.map((m) => (
                <option key={m.id} value={m.id}>
                  {plainDate(m.date)}
                </option>
              ))}
            </Select>
          </Field>
        </div>
        <Field label={nlm.actions.note}>
          <Input
            value={note}
            onChange={(_e, d) => setNote(d.value)}
            placeholder={nlm.actions.notePlaceholder}
          />
        </Field>
      </div>

      <div>
        <span className={s.subhead}>{nlm.actions.history}</span>
        {history.isPending ? <Spinner size="tiny" /> : null}
        <ul className={s.history} data-testid="action-history">
          {(history.data ?? []).map((e) => (
            <li key={e.id} className={s.event}>
              <Caption1>{plainDate(e.onDate)}</Caption1>
              <span>
                <Body1>
                  {nlm.actions.statuses[e.status]}
                  {e.meetingDate ? ` · ${nlm.actions.inMeeting(plainDate(e.meetingDate))}` : ''}
                  {e.note ? ` · ${e.note}` : ''}
                </Body1>
                <Caption1 className={s.muted}> {nlm.actions.recordedAt(moment(e.at))}</Caption1>
              </span>
            </li>
          ))}
        </ul>
      </div>
    </DialogFrame>
  );
}
