// The decisions of one item (besluitvormend), or its advice and where it goes (voorbereidend, which opens a
// follow-up): the ones recorded, and a form for the next (Ctrl+Enter adds; "Voorstel overnemen" copies the
// proposal).
import { useState } from 'react';
import {
  Badge,
  Body1,
  Button,
  Caption1,
  Field,
  Radio,
  RadioGroup,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { AddRegular, DeleteRegular, TextQuoteRegular } from '@fluentui/react-icons';
import { LazyTooltip } from '../../components/LazyTooltip';
import type { DecisionView, ItemView } from '../../../../shared/api/views';
import {
  FOLLOW_UP_RESULTS,
  TARGETS,
  type FollowUpResult,
  type Target,
} from '../../../../shared/domain/types';
import { nl } from '../../i18n/nl';
import { nlm } from '../../i18n/nl-meeting';
import { nlc } from '../../i18n/nl-chain';
import { plainDate } from '../../lib/format';
import { FollowUpChain } from '../decisions/FollowUpChain';
import { useApiMutation } from '../../api/queries';
import { notify } from '../../app/notify';
import { useRecordStyles } from './recordStyles';
import { kindRules } from '../../../../shared/domain/item-kinds';

const useStyles = makeStyles({
  decisions: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    margin: 0,
    padding: 0,
    listStyleType: 'none',
  },
  decision: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr) auto',
    gap: tokens.spacingHorizontalS,
    alignItems: 'start',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorPaletteGreenBackground1,
    border: `1px solid ${tokens.colorPaletteGreenBorder1}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  decisionText: { display: 'flex', flexDirection: 'column', gap: '4px', whiteSpace: 'pre-wrap' },
  decisionForm: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  formButtons: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center', flexWrap: 'wrap' },
  hint: { color: tokens.colorNeutralForeground3, marginLeft: 'auto' },
  muted: { color: tokens.colorNeutralForeground3 },
});

export function RecordDecisions({ item, frozen }: { item: ItemView; frozen: boolean }) {
  const s = useStyles();
  const r = useRecordStyles();
  const add = useApiMutation('decisions.add');
  const remove = useApiMutation('decisions.delete');
  const preparing = kindRules(item.kind)?.decidedElsewhere ?? false;
  const [text, setText] = useState('');
  const [destination, setDestination] = useState<Target>(item.target ?? 'stuurgroep');
  // A decision on advice forwarded from another body answers it: with which outcome.
  const forwarded = item.forwardedFrom;
  const [outcome, setOutcome] = useState<FollowUpResult>('akkoord');
  const [another, setAnother] = useState(false);
  const label = preparing ? nlm.minutes.advice : nlm.minutes.decision;
  // Once a decision is recorded, a further one is one click away instead of an open form.
  const showForm = !frozen && (item.decisions.length === 0 || another);

  const submit = () => {
    if (!text.trim()) return;
    add.mutate(
      {
        itemId: item.id,
        text: text.trim(),
        ...(preparing ? { destination } : {}),
        ...(forwarded ? { outcome } : {}),
      },
      {
        onSuccess: (d) => {
          setText('');
          setAnother(false);
          notify({
            intent: 'success',
            text: preparing
              ? nlm.minutes.adviceAdded(nlm.targetInSentence[d.destination ?? destination])
              : d.closes
                ? nlc.closedToast(d.closes.bodyName)
                : nlm.minutes.decisionAdded,
          });
        },
      },
    );
  };

  return (
    <div className={r.block} data-testid="decisions">
      <span className={r.subhead}>{preparing ? nlm.minutes.adviceTitle : nlm.minutes.decisionsTitle}</span>
      {forwarded ? (
        <Caption1 className={s.muted} data-testid="forwarded-from">
          {nlc.forwardedFrom(forwarded.bodyName, plainDate(forwarded.adviceDate))}: {forwarded.adviceText}
        </Caption1>
      ) : null}
      {item.decisions.length > 0 ? (
        <ul className={s.decisions}>
          {item.decisions.map((d) => (
            <DecisionRow
              key={d.id}
              decision={d}
              frozen={frozen}
              onDelete={() => remove.mutate({ id: d.id })}
            />
          ))}
        </ul>
      ) : null}
      {!frozen && !showForm ? (
        <Button
          className={r.addDecision}
          appearance="subtle"
          size="small"
          icon={<AddRegular />}
          onClick={() => setAnother(true)}
        >
          {preparing ? nlm.minutes.anotherAdvice : nlm.minutes.anotherDecision}
        </Button>
      ) : null}
      {showForm ? (
        <div className={s.decisionForm}>
          <Field label={label}>
            <Textarea
              value={text}
              onChange={(_e, d) => setText(d.value)}
              rows={2}
              resize="vertical"
              placeholder={preparing ? nlm.minutes.advicePlaceholder : nlm.minutes.decisionPlaceholder}
              data-testid="decision-text"
              onKeyDown={(e) => {
                if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
                  e.preventDefault();
                  submit();
                }
              }}
            />
          </Field>
          {preparing ? (
            <Field label={nlm.minutes.destination}>
              <RadioGroup
                layout="horizontal"
                value={destination}
                onChange={(_e, d) => setDestination(d.value as Target)}
              >
                {TARGETS.map((t) => (
                  <Radio key={t} value={t} label={nl.targets[t]} />
                ))}
              </RadioGroup>
            </Field>
          ) : null}
          {forwarded ? (
            <Field label={nlc.outcomeFor(forwarded.bodyName)}>
              <RadioGroup
                layout="horizontal"
                value={outcome}
                onChange={(_e, d) => setOutcome(d.value as FollowUpResult)}
                data-testid="decision-outcome"
              >
                {FOLLOW_UP_RESULTS.map((res) => (
                  <Radio key={res} value={res} label={nlc.result[res]} />
                ))}
              </RadioGroup>
            </Field>
          ) : null}
          <div className={s.formButtons}>
            <Button
              appearance="primary"
              size="small"
              icon={<AddRegular />}
              onClick={submit}
              disabled={!text.trim() || add.isPending}
              data-testid="decision-add"
            >
              {preparing ? nlm.minutes.adviceAdd : nlm.minutes.decisionAdd}
            </Button>
            {item.proposal ? (
              <Button size="small" icon={<TextQuoteRegular />} onClick={() => setText(item.proposal)}>
                {nlm.minutes.takeProposal}
              </Button>
            ) : null}
            <Caption1 className={s.hint}>{nlm.minutes.ctrlEnter}</Caption1>
          </div>
        </div>
      ) : null}
    </div>
  );
}

function DecisionRow({
  decision,
  frozen,
  onDelete,
}: {
  decision: DecisionView;
  frozen: boolean;
  onDelete: () => void;
}) {
  const s = useStyles();
  const r = useRecordStyles();
  return (
    <li className={s.decision} data-testid="decision">
      <div className={s.decisionText}>
        <Body1>{decision.text}</Body1>
        {decision.destination ? (
          <div className={r.flags}>
            <Badge appearance="tint" color="brand" shape="rounded">
              {nlm.minutes.goesTo(nlm.targetInSentence[decision.destination])}
            </Badge>
          </div>
        ) : null}
        {decision.followUps.length > 0 ? (
          <FollowUpChain followUps={decision.followUps} year={Number(decision.meetingDate.slice(0, 4))} />
        ) : null}
        {decision.closes ? (
          <Caption1 className={s.muted}>{nlc.closes(decision.closes.bodyName)}</Caption1>
        ) : null}
      </div>
      {!frozen ? (
        <LazyTooltip content={nlm.minutes.deleteDecision} relationship="label">
          <Button appearance="subtle" size="small" icon={<DeleteRegular />} onClick={onDelete} />
        </LazyTooltip>
      ) : null}
    </li>
  );
}
