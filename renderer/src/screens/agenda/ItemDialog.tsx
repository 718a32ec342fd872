// Adding an item asks first for its type, then for what that type needs: the proposed decision for
// besluitvormend, where the decision goes for voorbereidend; submitter, moment of submission and time.
// Editing shows the same fields. Enter saves (Ctrl+Enter inside a text area), Escape cancels.
import { useRef, useState } from 'react';
import {
  Body1,
  Button,
  Caption1,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Select,
  SpinButton,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { ItemView, MeetingDetail, PersonView } from '../../../../shared/api/views';
import { ITEM_KINDS, TARGETS, type ItemKind, type Target } from '../../../../shared/domain/types';
import { isValidLocalDate } from '../../../../shared/rules/calendar';
import { nl } from '../../i18n/nl';
import { KIND_RULES, targetFor } from '../../../../shared/domain/item-kinds';
import { useApiMutation } from '../../api/queries';
import { longDate } from '../../lib/format';
import { FormDialog } from '../../components/FormDialog';
import { PersonCombobox, resolvePerson, type PersonChoice } from '../../components/PersonCombobox';
import { useFormErrors } from '../../components/useFormErrors';
import { DateField, TimeField } from '../../components/DateField';

const useStyles = makeStyles({
  kinds: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  kindOption: { alignItems: 'flex-start' },
  kindLabel: { display: 'flex', flexDirection: 'column', gap: '2px' },
  kindName: { fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground1 },
  muted: { color: tokens.colorNeutralForeground3 },
  row: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr) 150px',
    gap: tokens.spacingHorizontalM,
    alignItems: 'start',
  },
  moment: {
    display: 'grid',
    gridTemplateColumns: '170px 130px minmax(0, 1fr)',
    gap: tokens.spacingHorizontalM,
    alignItems: 'end',
  },
  momentHint: { color: tokens.colorNeutralForeground3, paddingBottom: '6px' },
  combo: { minWidth: 0, width: '100%' },
  footerHint: { marginRight: 'auto', color: tokens.colorNeutralForeground3, alignSelf: 'center' },
});

export interface ItemDraftSeed {
  kind?: ItemKind;
  title?: string;
  explanation?: string;
  proposal?: string;
  recurringKey?: string | null;
  postponedFromItemId?: string | null;
  /** Another body's advice taken up here (the stuurgroep's agenda): links the new item with it. */
  forwardFollowUpId?: string | null;
}

function nowLocal(): { time: string } {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return { time: `${pad(d.getHours())}:${pad(d.getMinutes())}` };
}

export function ItemDialog({
  meeting,
  item,
  seed,
  people,
  today,
  onClose,
  onSaved,
}: {
  meeting: MeetingDetail;
  item: ItemView | null;
  seed?: ItemDraftSeed;
  people: PersonView[];
  today: string;
  onClose: () => void;
  onSaved: (item: ItemView, created: boolean) => void;
}) {
  const s = useStyles();
  const fixed = item?.kind === 'vast';
  const [step, setStep] = useState<'kind' | 'fields'>(item || seed?.kind ? 'fields' : 'kind');
  const [kind, setKind] = useState<ItemKind>(
    item && item.kind !== 'vast' ? item.kind : (seed?.kind ?? 'informerend'),
  );
  const [title, setTitle] = useState(item?.title ?? seed?.title ?? '');
  const [explanation, setExplanation] = useState(item?.explanation ?? seed?.explanation ?? '');
  const [proposal, setProposal] = useState(item?.proposal ?? seed?.proposal ?? '');
  const [target, setTarget] = useState<Target | ''>(item?.target ?? '');
  const [submitter, setSubmitter] = useState<PersonChoice>({
    personId: item?.submitter?.personId ?? null,
    name: item?.submitter?.name ?? '',
  });
  // Default "now": the form shows today and the current time; untouched, the services stamp their own now.
  const [initialMoment] = useState(() =>
    item?.submittedAt
      ? { date: item.submittedAt.slice(0, 10), time: item.submittedAt.slice(11, 16) }
      : { date: today, time: nowLocal().time },
  );
  const [submittedDate, setSubmittedDate] = useState(initialMoment.date);
  const [submittedTime, setSubmittedTime] = useState(initialMoment.time);
  const [duration, setDuration] = useState<number | null>(item?.durationMinutes ?? (item ? null : 15));
  const { error, fieldState, fail, clearError } = useFormErrors();
  const add = useApiMutation('items.add', { quiet: true });
  const update = useApiMutation('items.update', { quiet: true });
  const busy = add.isPending || update.isPending;
  const titleRef = useRef<HTMLInputElement | null>(null);

  const momentTouched = submittedDate !== initialMoment.date || submittedTime !== initialMoment.time;
  const submittedAt =
    isValidLocalDate(submittedDate) && /^\d{2}:\d{2}$/.test(submittedTime)
      ? `${submittedDate}T${submittedTime}`
      : null;
  const lateByForm =
    !fixed && submittedDate > meeting.deadlines.submission && isValidLocalDate(submittedDate);

  const submit = () => {
    if (step === 'kind') {
      setStep('fields');
      return;
    }
    clearError();
    const chosen = resolvePerson(people, submitter);
    const submitterFields = { submitterPersonId: chosen.personId, submitterName: chosen.name };
    if (item) {
      update.mutate(
        fixed
          ? { id: item.id, title, durationMinutes: duration }
          : {
              id: item.id,
              kind,
              target: targetFor(kind, target || null),
              title,
              explanation,
              proposal,
              ...submitterFields,
              ...(momentTouched ? { submittedAt } : {}),
              durationMinutes: duration,
            },
        { onSuccess: (saved) => onSaved(saved, false), onError: fail },
      );
    } else {
      add.mutate(
        {
          meetingId: meeting.id,
          kind,
          target: targetFor(kind, target || null),
          title,
          explanation,
          proposal,
          ...submitterFields,
          ...(momentTouched && submittedAt ? { submittedAt } : {}),
          durationMinutes: duration,
          ...(seed?.recurringKey ? { recurringKey: seed.recurringKey } : {}),
          ...(seed?.postponedFromItemId ? { postponedFromItemId: seed.postponedFromItemId } : {}),
          ...(seed?.forwardFollowUpId ? { forwardFollowUpId: seed.forwardFollowUpId } : {}),
        },
        { onSuccess: (saved) => onSaved(saved, true), onError: fail },
      );
    }
  };

  const rules = KIND_RULES[kind];
  // Beside the submitter for a typed item; alone for a fixed one.
  const durationField = (
    <Field label={nl.item.duration} {...fieldState('durationMinutes')}>
      <SpinButton
        min={0}
        max={600}
        step={5}
        value={duration}
        onChange={(_e, d) => {
          const v = d.value ?? (d.displayValue ? Number.parseInt(d.displayValue, 10) : null);
          setDuration(v === null || Number.isNaN(v) ? null : v);
        }}
      />
    </Field>
  );

  return (
    <FormDialog
      title={item ? nl.item.dialogEdit : nl.item.dialogNew}
      width={640}
      error={error}
      busy={busy}
      submitLabel={step === 'kind' ? nl.common.next : item ? nl.item.save : nl.item.add}
      onSubmit={submit}
      onClose={onClose}
      onKeyDown={(e) => {
        const onRadio = e.target instanceof HTMLInputElement && e.target.type === 'radio';
        if (e.key === 'Enter' && (e.ctrlKey || e.metaKey || onRadio)) {
          e.preventDefault();
          submit();
        }
      }}
      footerStart={
        <>
          <Caption1 className={s.footerHint}>
            {step === 'kind' ? nl.item.nextHint : nl.item.submitHint}
          </Caption1>
          {step === 'fields' && !item && !seed?.kind ? (
            <Button appearance="secondary" onClick={() => setStep('kind')}>
              {nl.item.changeKind}
            </Button>
          ) : null}
        </>
      }
    >
      {step === 'kind' ? (
        <Field label={nl.item.stepKind}>
          <RadioGroup
            value={kind}
            onChange={(_e, d) => setKind(d.value as ItemKind)}
            className={s.kinds}
            aria-label={nl.item.stepKind}
          >
            {ITEM_KINDS.map((k, i) => (
              <Radio
                key={k}
                value={k}
                className={s.kindOption}
                autoFocus={k === kind || (i === 0 && !kind)}
                label={
                  <span className={s.kindLabel}>
                    <span className={s.kindName}>{nl.kinds[k]}</span>
                    <Caption1 className={s.muted}>{nl.kindHelp[k]}</Caption1>
                  </span>
                }
              />
            ))}
          </RadioGroup>
        </Field>
      ) : (
        <>
          {!fixed && item ? (
            <Field label={nl.item.kind} {...fieldState('kind')}>
              <Select value={kind} onChange={(_e, d) => setKind(d.value as ItemKind)}>
                {ITEM_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {nl.kinds[k]}
                  </option>
                ))}
              </Select>
            </Field>
          ) : !fixed ? (
            <Body1>
              <strong>{nl.kinds[kind]}</strong> <span className={s.muted}>— {nl.kindHelp[kind]}</span>
            </Body1>
          ) : null}
          <Field label={nl.item.title} required {...fieldState('title')}>
            <Input
              ref={titleRef}
              value={title}
              onChange={(_e, d) => setTitle(d.value)}
              placeholder={nl.item.titlePlaceholder}
              autoFocus
            />
          </Field>
          {!fixed && rules.decidedElsewhere ? (
            <Field label={nl.item.target} required {...fieldState('target')}>
              <RadioGroup
                value={target}
                onChange={(_e, d) => setTarget(d.value as Target)}
                layout="horizontal"
              >
                {TARGETS.map((t) => (
                  <Radio key={t} value={t} label={nl.targets[t]} />
                ))}
              </RadioGroup>
            </Field>
          ) : null}
          {!fixed && rules.proposal ? (
            <Field label={nl.item.proposalLabel[rules.proposal.role]} {...fieldState('proposal')}>
              <Textarea
                value={proposal}
                onChange={(_e, d) => setProposal(d.value)}
                placeholder={nl.item.proposalPlaceholder}
                rows={2}
                resize="vertical"
              />
            </Field>
          ) : null}
          {!fixed ? (
            <Field label={nl.item.explanation} hint={nl.common.optional} {...fieldState('explanation')}>
              <Textarea
                value={explanation}
                onChange={(_e, d) => setExplanation(d.value)}
                rows={2}
                resize="vertical"
              />
            </Field>
          ) : null}
          {!fixed ? (
            <>
              <div className={s.row}>
                <Field label={nl.item.submitter} {...fieldState('submitterName')}>
                  <PersonCombobox
                    className={s.combo}
                    people={people}
                    value={submitter}
                    onChange={setSubmitter}
                    placeholder={nl.item.submitterPlaceholder}
                    testId="submitter"
                  />
                </Field>
                {durationField}
              </div>
              <div className={s.moment}>
                <Field label={nl.item.submittedDate} {...fieldState('submittedAt')}>
                  <DateField fill value={submittedDate} onChange={setSubmittedDate} />
                </Field>
                <Field label={nl.item.submittedTime}>
                  <TimeField fill value={submittedTime} onChange={setSubmittedTime} />
                </Field>
                {!lateByForm ? <Caption1 className={s.momentHint}>{nl.item.submittedHint}</Caption1> : null}
              </div>
            </>
          ) : (
            durationField
          )}
          {lateByForm ? (
            <MessageBar intent="warning" layout="multiline">
              <MessageBarBody>{nl.item.lateWarning(longDate(meeting.deadlines.submission))}</MessageBarBody>
            </MessageBar>
          ) : null}
        </>
      )}
    </FormDialog>
  );
}
