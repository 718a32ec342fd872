// Sending the minutes to the ondersteuner: with what is still missing listed, sending goes only past an
// explicit "toch versturen".
import { useState } from 'react';
import { Body1, Button, Checkbox, makeStyles, tokens } from '@fluentui/react-components';
import { SendRegular } from '@fluentui/react-icons';
import type { MeetingDetail, MinutesStateView } from '../../../../shared/api/views';
import { nl } from '../../i18n/nl';
import { nlm } from '../../i18n/nl-meeting';
import { DialogFrame } from '../../components/DialogFrame';
import { ErrorBar } from '../../components/ErrorBar';
import { useApiMutation } from '../../api/queries';
import { notify } from '../../app/notify';
import { plainDate } from '../../lib/format';

const useStyles = makeStyles({
  dialogList: {
    margin: `${tokens.spacingVerticalS} 0`,
    paddingLeft: tokens.spacingHorizontalXL,
    display: 'flex',
    flexDirection: 'column',
    gap: '2px',
  },
});

export function SendMinutesDialog({
  meeting,
  state,
  onSent,
  onClose,
  onGoTo,
}: {
  meeting: MeetingDetail;
  state: MinutesStateView;
  /** After sending: the e-mail draft to the ondersteuner (useMinutesMail). */
  onSent: () => void;
  onClose: () => void;
  onGoTo: (itemId: string) => void;
}) {
  const s = useStyles();
  const send = useApiMutation('minutes.send', { quiet: true });
  const [acknowledged, setAcknowledged] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const warnings = state.warnings;
  const submit = () =>
    send.mutate(
      { meetingId: meeting.id, acknowledgeWarnings: warnings.length > 0 && acknowledged },
      {
        onSuccess: () => {
          onClose();
          notify({
            intent: 'success',
            title: nlm.flow.sentTitle,
            text: nlm.flow.sent(plainDate(meeting.date)),
          });
          onSent();
        },
        onError: (e) => setError(e.body.message),
      },
    );
  return (
    <DialogFrame
      title={warnings.length ? nlm.flow.incompleteTitle : nlm.flow.sendTitle}
      width={600}
      onClose={onClose}
      modalType="alert"
      actions={
        <>
          {warnings.length ? (
            <Button onClick={() => onGoTo(warnings[0]?.itemId ?? '')}>{nlm.flow.complete_}</Button>
          ) : (
            <Button onClick={onClose}>{nl.common.cancel}</Button>
          )}
          <Button
            appearance="primary"
            icon={<SendRegular />}
            onClick={submit}
            disabled={send.isPending || (warnings.length > 0 && !acknowledged)}
            data-testid="send-confirm"
          >
            {warnings.length ? nlm.flow.sendAnyway : nlm.flow.send}
          </Button>
        </>
      }
    >
      {warnings.length ? (
        <>
          <Body1>{nlm.flow.incompleteText(warnings.length)}</Body1>
          <ul className={s.dialogList} data-testid="send-warnings">
            {warnings.map((w, i) => (
              <li key={i}>
                <Body1>{w.message}</Body1>
              </li>
            ))}
          </ul>
          <Checkbox
            checked={acknowledged}
            onChange={(_e, d) => setAcknowledged(d.checked === true)}
            label={nlm.flow.acknowledge}
          />
        </>
      ) : (
        <Body1>{nlm.flow.sendText(plainDate(state.due))}</Body1>
      )}
      {error ? <ErrorBar>{error}</ErrorBar> : null}
    </DialogFrame>
  );
}
