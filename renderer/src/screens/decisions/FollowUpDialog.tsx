// Where one destination of an advice stands: open, geagendeerd (on a date), besloten (date, outcome, note) or
// aangehouden, with the B&W-voorstel number and the zaaknummer. A decided one is proposed as feedback on the
// next agenda; one forwarded to the stuurgroep in Regie is updated by the decision there.
import { useState } from 'react';
import {
  Body1,
  Caption1,
  Field,
  Input,
  Radio,
  RadioGroup,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { DecisionView, FollowUpView } from '../../../../shared/api/views';
import {
  FOLLOW_UP_RESULTS,
  FOLLOW_UP_STATUSES,
  type FollowUpResult,
  type FollowUpStatus,
} from '../../../../shared/domain/types';
import { nlc } from '../../i18n/nl-chain';
import { useApiMutation } from '../../api/queries';
import { useAppState } from '../../app/state';
import { notify } from '../../app/notify';
import { plainDate } from '../../lib/format';
import { FormDialog } from '../../components/FormDialog';
import { DateField } from '../../components/DateField';
import { useFormErrors } from '../../components/useFormErrors';

const useStyles = makeStyles({
  quote: {
    borderLeft: `3px solid ${tokens.colorBrandStroke2}`,
    paddingLeft: tokens.spacingHorizontalS,
    color: tokens.colorNeutralForeground2,
    whiteSpace: 'pre-wrap',
  },
  muted: { color: tokens.colorNeutralForeground3 },
  row: { display: 'grid', gridTemplateColumns: '1fr 1fr', gap: tokens.spacingHorizontalM },
  statuses: { display: 'grid', gridTemplateColumns: '1fr 1fr' },
});

const DECIDED_RESULTS = FOLLOW_UP_RESULTS.filter((r) => r !== 'aangehouden');

export function FollowUpDialog({
  decision,
  followUp,
  bodyName,
  onClose,
}: {
  decision: DecisionView;
  followUp: FollowUpView;
  bodyName: string;
  onClose: () => void;
}) {
  const s = useStyles();
  const { today } = useAppState();
  const save = useApiMutation('followUps.update', { quiet: true });
  const { error, fieldState, fail, clearError } = useFormErrors();
  const [status, setStatus] = useState<FollowUpStatus>(
    followUp.status === 'open' ? 'besloten' : followUp.status,
  );
  const [on, setOn] = useState(followUp.on ?? today);
  const [result, setResult] = useState<FollowUpResult>(
    followUp.result && followUp.result !== 'aangehouden' ? followUp.result : 'akkoord',
  );
  const [note, setNote] = useState(followUp.note);
  const [proposalNumber, setProposalNumber] = useState(followUp.proposalNumber);
  const [caseNumber, setCaseNumber] = useState(followUp.caseNumber);
  const who = followUp.byKind === 'stuurgroep' ? 'de stuurgroep' : `het college van ${followUp.byName}`;

  const submit = () => {
    clearError();
    save.mutate(
      {
        id: followUp.id,
        status,
        ...(status !== 'open' ? { on } : {}),
        ...(status === 'besloten' ? { result } : {}),
        note,
        proposalNumber,
        caseNumber,
      },
      {
        onSuccess: () => {
          notify({ intent: 'success', text: nlc.saved(who) });
          onClose();
        },
        onError: fail,
      },
    );
  };

  return (
    <FormDialog
      title={nlc.dialogTitle(who)}
      width={600}
      error={error}
      busy={save.isPending}
      submitLabel={nlc.save}
      onSubmit={submit}
      onClose={onClose}
    >
      <Caption1 className={s.muted}>
        {nlc.adviceOf(bodyName, plainDate(decision.meetingDate))}: {decision.itemTitle}
      </Caption1>
      <Body1 className={s.quote}>{decision.text}</Body1>
      {followUp.forwardedTo ? (
        <Caption1 className={s.muted}>{nlc.linkedHint(followUp.forwardedTo.bodyName)}</Caption1>
      ) : null}
      <Field label={nlc.statusLabel} {...fieldState('status')}>
        <RadioGroup
          className={s.statuses}
          value={status}
          onChange={(_e, d) => setStatus(d.value as FollowUpStatus)}
          data-testid="follow-up-status"
        >
          {FOLLOW_UP_STATUSES.map((st) => (
            <Radio key={st} value={st} label={nlc.status[st]} />
          ))}
        </RadioGroup>
      </Field>
      {status !== 'open' ? (
        <Field
          label={status === 'geagendeerd' ? nlc.onPlanned : nlc.onDecided}
          required
          {...fieldState('on')}
        >
          <DateField value={on} onChange={setOn} testId="follow-up-on" />
        </Field>
      ) : null}
      {status === 'besloten' ? (
        <Field label={nlc.resultLabel} required {...fieldState('result')}>
          <RadioGroup
            layout="horizontal"
            value={result}
            onChange={(_e, d) => setResult(d.value as FollowUpResult)}
            data-testid="follow-up-result"
          >
            {DECIDED_RESULTS.map((r) => (
              <Radio key={r} value={r} label={nlc.result[r]} />
            ))}
          </RadioGroup>
        </Field>
      ) : null}
      <Field
        label={nlc.noteLabel}
        required={status === 'besloten' && result === 'anders'}
        {...fieldState('note')}
      >
        <Textarea
          value={note}
          onChange={(_e, d) => setNote(d.value)}
          rows={2}
          resize="vertical"
          placeholder={nlc.notePlaceholder}
          data-testid="follow-up-note"
        />
      </Field>
      {followUp.byKind === 'college' ? (
        <div className={s.row}>
          <Field label={nlc.proposalNumber} hint={nlc.optional} {...fieldState('proposalNumber')}>
            <Input value={proposalNumber} onChange={(_e, d) => setProposalNumber(d.value)} />
          </Field>
          <Field label={nlc.caseNumber} hint={nlc.optional} {...fieldState('caseNumber')}>
            <Input value={caseNumber} onChange={(_e, d) => setCaseNumber(d.value)} />
          </Field>
        </div>
      ) : null}
      <Caption1 className={s.muted}>{nlc.feedbackHint}</Caption1>
    </FormDialog>
  );
}
