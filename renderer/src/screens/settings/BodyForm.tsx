// The body's settings form: name, rotation, deadlines, closed days, fixed and recurring items.
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import {
  Badge,
  Body1,
  Button,
  Caption1,
  Dropdown,
  Field,
  Input,
  Option,
  Radio,
  RadioGroup,
  Select,
  SpinButton,
  Switch,
  makeStyles,
  tokens,
  type SpinButtonOnChangeData,
} from '@fluentui/react-components';
import {
  AddRegular,
  ArrowDownRegular,
  ArrowUpRegular,
  DeleteRegular,
  SaveRegular,
} from '@fluentui/react-icons';
import type { BodyView } from '../../../../shared/api/views';
import {
  DEFAULT_DEADLINES,
  DEFAULT_FIXED_WORDING,
  DEFAULT_RECURRING,
  ITEM_KINDS,
  type DeadlineSettings,
  type FixedItemWording,
  type ItemKind,
  type LocalDate,
  type RecurringItemSetting,
} from '../../../../shared/domain/types';
import { computeDeadlines } from '../../../../shared/rules/deadlines';
import { addDays, dayOfWeek, isValidLocalDate } from '../../../../shared/rules/calendar';
import { nl } from '../../i18n/nl';
import { Page, Section } from '../../components/Page';
import { ErrorBar } from '../../components/ErrorBar';
import { useFormErrors } from '../../components/useFormErrors';
import { issueAt, unplacedIssues } from '../../lib/issues';
import { longDate, plainDate, recurringKey } from '../../lib/format';
import { moveInList } from '../../lib/order';
import { useApiMutation } from '../../api/queries';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  grid3: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 2fr) minmax(0, 1fr) 180px',
    gap: tokens.spacingHorizontalL,
    alignItems: 'start',
  },
  grid3eq: {
    display: 'grid',
    gridTemplateColumns: 'repeat(3, 180px)',
    gap: tokens.spacingHorizontalL,
    alignItems: 'start',
  },
  twoCol: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1fr)',
    gap: tokens.spacingHorizontalL,
    alignItems: 'start',
  },
  list: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    margin: 0,
    padding: 0,
    listStyle: 'none',
  },
  rotationRow: { display: 'flex', alignItems: 'flex-start', gap: tokens.spacingHorizontalS },
  position: {
    width: '28px',
    height: '32px',
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'center',
    color: tokens.colorNeutralForeground3,
    fontVariantNumeric: 'tabular-nums',
    flexShrink: 0,
  },
  grow: { flexGrow: 1, minWidth: 0 },
  addRow: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'flex-end' },
  addInput: { width: '260px' },
  example: {
    backgroundColor: tokens.colorNeutralBackground3,
    borderRadius: tokens.borderRadiusMedium,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    color: tokens.colorNeutralForeground2,
  },
  closedRow: {
    display: 'grid',
    gridTemplateColumns: '170px minmax(0, 1fr) auto',
    gap: tokens.spacingHorizontalS,
    alignItems: 'start',
  },
  recurringRow: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr) 150px 110px 130px 170px auto',
    gap: tokens.spacingHorizontalS,
    alignItems: 'start',
  },
  empty: { color: tokens.colorNeutralForeground3 },
  smallSelect: { minWidth: 0 },
});

const FORM_ID = 'body-settings';
let rowSeq = 0;
const rowKey = () => `r${++rowSeq}`;

interface Draft {
  name: string;
  shortName: string;
  defaultStart: string;
  rotation: { key: string; name: string }[];
  deadlines: DeadlineSettings;
  closedDays: { key: string; date: LocalDate; reason: string }[];
  fixedWording: FixedItemWording;
  recurring: (RecurringItemSetting & { rowKey: string })[];
}

function draftOf(body: BodyView | null): Draft {
  return {
    name: body?.name ?? '',
    shortName: body?.shortName ?? '',
    defaultStart: body?.defaultStart ?? '09:30',
    rotation: (body?.rotation ?? []).map((m) => ({ key: rowKey(), name: m.name })),
    deadlines: { ...(body?.deadlines ?? DEFAULT_DEADLINES) },
    closedDays: (body?.closedDays ?? []).map((d) => ({ key: rowKey(), ...d })),
    fixedWording: { ...(body?.fixedWording ?? DEFAULT_FIXED_WORDING) },
    recurring: (body?.recurring ?? DEFAULT_RECURRING).map((r) => ({ ...r, rowKey: rowKey() })),
  };
}

function requestOf(draft: Draft, id: string | undefined) {
  return {
    ...(id ? { id } : {}),
    name: draft.name,
    shortName: draft.shortName.trim() || null,
    defaultStart: draft.defaultStart,
    rotation: draft.rotation.map((m) => m.name.trim()),
    deadlines: draft.deadlines,
    closedDays: draft.closedDays.map(({ date, reason }) => ({ date, reason })),
    fixedWording: draft.fixedWording,
    recurring: draft.recurring.map(({ rowKey: _k, months, ...r }) => ({
      ...r,
      ...(months && months.length ? { months } : {}),
    })),
  };
}

/** A date to show the deadline settings on: the body's next meeting, or a Tuesday about two weeks ahead. */
function exampleDate(today: LocalDate, nextMeeting: LocalDate | null): LocalDate {
  if (nextMeeting) return nextMeeting;
  let d = addDays(today, 14);
  while (dayOfWeek(d) !== 2) d = addDays(d, 1);
  return d;
}

function spinValue(data: SpinButtonOnChangeData, fallback: number): number {
  if (typeof data.value === 'number') return data.value;
  const parsed = Number.parseInt(data.displayValue ?? '', 10);
  return Number.isFinite(parsed) ? parsed : fallback;
}

/**
 * The settings page: renders the Page itself so that "Opslaan" sits in the page header, always in view
 * (Ctrl+S works too); `children` come after the form (the people, which save on their own).
 */
export function BodyForm({
  body,
  today,
  nextMeeting,
  onSaved,
  title,
  subtitle,
  before,
  extraCommands,
  children,
}: {
  body: BodyView | null;
  today: LocalDate;
  nextMeeting: LocalDate | null;
  onSaved: (saved: BodyView, created: boolean) => void;
  title: ReactNode;
  subtitle?: ReactNode;
  before?: ReactNode;
  extraCommands?: ReactNode;
  children?: ReactNode;
}) {
  const s = useStyles();
  // Reset the form only when the stored settings really change (not on every refetch).
  const bodyJson = JSON.stringify(body);
  const initial = useMemo(() => draftOf(body), [bodyJson]);
  const [draft, setDraft] = useState<Draft>(initial);
  const { error: formError, issues, fieldState, fail, clearError, clearIssues } = useFormErrors();
  const [newMunicipality, setNewMunicipality] = useState('');
  const save = useApiMutation('bodies.save', { quiet: true });

  useEffect(() => setDraft(initial), [initial]);

  const dirty = JSON.stringify(requestOf(draft, body?.id)) !== JSON.stringify(requestOf(initial, body?.id));
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const setDeadline = <K extends keyof DeadlineSettings>(key: K, value: DeadlineSettings[K]) =>
    setDraft((d) => ({ ...d, deadlines: { ...d.deadlines, [key]: value } }));
  const issue = (path: string) => issueAt(issues, path);

  const submit = () => {
    clearError();
    save.mutate(requestOf(draft, body?.id), {
      onSuccess: (saved) => {
        clearIssues();
        onSaved(saved, !body);
      },
      onError: fail,
    });
  };

  // Ctrl+S saves, as in Office.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (
        (e.ctrlKey || e.metaKey) &&
        e.key.toLowerCase() === 's' &&
        !document.querySelector('[role="dialog"]')
      ) {
        e.preventDefault();
        submit();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  const addMunicipality = () => {
    const name = newMunicipality.trim();
    if (!name) return;
    set('rotation', [...draft.rotation, { key: rowKey(), name }]);
    setNewMunicipality('');
  };

  const example = exampleDate(today, nextMeeting);
  let exampleText: string | null;
  try {
    const cal = { closedDays: draft.closedDays.map((d) => d.date).filter(isValidLocalDate) };
    const d = computeDeadlines(example, draft.deadlines, cal);
    exampleText = nl.settings.example(
      longDate(example),
      longDate(d.submission),
      longDate(d.distribution),
      longDate(d.minutes),
    );
  } catch {
    exampleText = null;
  }

  const leftover = unplacedIssues(issues, [
    'name',
    'shortName',
    'defaultStart',
    'rotation',
    'deadlines',
    'closedDays',
    'fixedWording',
    'recurring',
  ]);

  return (
    <Page
      title={title}
      subtitle={subtitle}
      commands={
        <>
          {dirty && body ? (
            <Badge appearance="tint" color="warning" shape="rounded">
              {nl.settings.unsaved}
            </Badge>
          ) : null}
          {extraCommands}
          <Button
            appearance="primary"
            type="submit"
            form={FORM_ID}
            icon={<SaveRegular />}
            disabled={save.isPending}
            aria-keyshortcuts="Control+S"
          >
            {save.isPending ? nl.common.saving : body ? nl.settings.saveBody : nl.settings.createBody}
          </Button>
        </>
      }
    >
      {before}
      <form
        id={FORM_ID}
        className={s.form}
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
        aria-label={body ? nl.settings.title : nl.settings.titleNew}
        noValidate
      >
        {formError ? (
          <ErrorBar title={formError}>{leftover.length ? leftover.join(' · ') : null}</ErrorBar>
        ) : null}

        <Section title={nl.settings.general}>
          <div className={s.grid3}>
            <Field label={nl.settings.name} required {...fieldState('name')}>
              <Input
                value={draft.name}
                onChange={(_e, d) => set('name', d.value)}
                placeholder={nl.settings.namePlaceholder}
                autoFocus={!body}
              />
            </Field>
            <Field
              label={nl.settings.shortName}
              hint={nl.settings.shortNameHint}
              {...fieldState('shortName')}
            >
              <Input value={draft.shortName} onChange={(_e, d) => set('shortName', d.value)} />
            </Field>
            <Field label={nl.settings.defaultStart} {...fieldState('defaultStart')}>
              <Input
                type="time"
                value={draft.defaultStart}
                onChange={(_e, d) => set('defaultStart', d.value)}
              />
            </Field>
          </div>
        </Section>

        <div className={s.twoCol}>
          <Section title={nl.settings.rotation} hint={nl.settings.rotationHint}>
            {issue('rotation') && !draft.rotation.some((_m, i) => issues.has(`rotation[${i}]`)) ? (
              <Body1 role="alert" style={{ color: tokens.colorPaletteRedForeground1 }}>
                {issue('rotation')}
              </Body1>
            ) : null}
            {draft.rotation.length === 0 ? (
              <Body1 className={s.empty}>{nl.settings.noMunicipalities}</Body1>
            ) : null}
            <ol className={s.list} aria-label={nl.settings.rotation}>
              {draft.rotation.map((m, index) => (
                <li key={m.key} className={s.rotationRow}>
                  <span className={s.position} aria-hidden>
                    {index + 1}.
                  </span>
                  <Field className={s.grow} {...fieldState(`rotation[${index}]`)}>
                    <Input
                      aria-label={`${nl.settings.municipality} ${index + 1}`}
                      value={m.name}
                      onChange={(_e, d) =>
                        set(
                          'rotation',
                          draft.rotation.map((r) => (r.key === m.key ? { ...r, name: d.value } : r)),
                        )
                      }
                    />
                  </Field>
                  <Button
                    appearance="subtle"
                    icon={<ArrowUpRegular />}
                    aria-label={nl.settings.moveMunicipalityUp(m.name)}
                    title={nl.common.moveUp}
                    disabled={index === 0}
                    onClick={() => set('rotation', moveInList(draft.rotation, index, index - 1))}
                  />
                  <Button
                    appearance="subtle"
                    icon={<ArrowDownRegular />}
                    aria-label={nl.settings.moveMunicipalityDown(m.name)}
                    title={nl.common.moveDown}
                    disabled={index === draft.rotation.length - 1}
                    onClick={() => set('rotation', moveInList(draft.rotation, index, index + 1))}
                  />
                  <Button
                    appearance="subtle"
                    icon={<DeleteRegular />}
                    aria-label={nl.settings.removeMunicipality(m.name)}
                    title={nl.common.remove}
                    onClick={() =>
                      set(
                        'rotation',
                        draft.rotation.filter((r) => r.key !== m.key),
                      )
                    }
                  />
                </li>
              ))}
            </ol>
            <div className={s.addRow}>
              <Field label={nl.settings.newMunicipality} className={s.addInput}>
                <Input
                  value={newMunicipality}
                  onChange={(_e, d) => setNewMunicipality(d.value)}
                  onKeyDown={(e) => {
                    if (e.key === 'Enter') {
                      e.preventDefault();
                      addMunicipality();
                    }
                  }}
                />
              </Field>
              <Button icon={<AddRegular />} onClick={addMunicipality} disabled={!newMunicipality.trim()}>
                {nl.settings.addMunicipality}
              </Button>
            </div>
          </Section>

          <Section title={nl.settings.deadlines} hint={nl.settings.deadlinesHint}>
            <div className={s.grid3eq}>
              <Field label={nl.settings.submissionDays} {...fieldState('deadlines.submissionDays')}>
                <SpinButton
                  min={0}
                  max={60}
                  value={draft.deadlines.submissionDays}
                  onChange={(_e, d) =>
                    setDeadline('submissionDays', spinValue(d, draft.deadlines.submissionDays))
                  }
                />
              </Field>
              <Field label={nl.settings.distributionDays} {...fieldState('deadlines.distributionDays')}>
                <SpinButton
                  min={0}
                  max={60}
                  value={draft.deadlines.distributionDays}
                  onChange={(_e, d) =>
                    setDeadline('distributionDays', spinValue(d, draft.deadlines.distributionDays))
                  }
                />
              </Field>
              <Field label={nl.settings.minutesDays} {...fieldState('deadlines.minutesDays')}>
                <SpinButton
                  min={0}
                  max={60}
                  value={draft.deadlines.minutesDays}
                  onChange={(_e, d) => setDeadline('minutesDays', spinValue(d, draft.deadlines.minutesDays))}
                />
              </Field>
            </div>
            <Field label={nl.settings.unit} {...fieldState('deadlines.unit')}>
              <RadioGroup
                value={draft.deadlines.unit}
                onChange={(_e, d) => setDeadline('unit', d.value === 'working' ? 'working' : 'calendar')}
              >
                <Radio value="calendar" label={nl.settings.unitCalendar} />
                <Radio value="working" label={nl.settings.unitWorking} />
              </RadioGroup>
            </Field>
            <Switch
              checked={draft.deadlines.shiftToWorkingDay}
              disabled={draft.deadlines.unit === 'working'}
              onChange={(_e, d) => setDeadline('shiftToWorkingDay', d.checked)}
              label={nl.settings.shift}
            />
            {exampleText ? (
              <Caption1 className={s.example} aria-live="polite">
                {exampleText}
              </Caption1>
            ) : null}
          </Section>
        </div>

        <div className={s.twoCol}>
          <Section title={nl.settings.closedDays} hint={nl.settings.closedDaysHint}>
            {draft.closedDays.length === 0 ? (
              <Body1 className={s.empty}>{nl.settings.noClosedDays}</Body1>
            ) : null}
            {draft.closedDays.map((day, index) => (
              <div key={day.key} className={s.closedRow}>
                <Field
                  label={index === 0 ? nl.settings.closedDate : undefined}
                  {...fieldState(`closedDays[${index}].date`)}
                >
                  <Input
                    type="date"
                    aria-label={nl.settings.closedDate}
                    value={day.date}
                    onChange={(_e, d) =>
                      set(
                        'closedDays',
                        draft.closedDays.map((c) => (c.key === day.key ? { ...c, date: d.value } : c)),
                      )
                    }
                  />
                </Field>
                <Field
                  label={index === 0 ? nl.settings.closedReason : undefined}
                  {...fieldState(`closedDays[${index}].reason`)}
                >
                  <Input
                    aria-label={nl.settings.closedReason}
                    value={day.reason}
                    placeholder={nl.settings.closedReasonPlaceholder}
                    onChange={(_e, d) =>
                      set(
                        'closedDays',
                        draft.closedDays.map((c) => (c.key === day.key ? { ...c, reason: d.value } : c)),
                      )
                    }
                  />
                </Field>
                <Button
                  appearance="subtle"
                  icon={<DeleteRegular />}
                  aria-label={nl.settings.removeClosedDay}
                  title={day.date && isValidLocalDate(day.date) ? plainDate(day.date) : nl.common.remove}
                  style={{ marginTop: index === 0 ? '26px' : 0 }}
                  onClick={() =>
                    set(
                      'closedDays',
                      draft.closedDays.filter((c) => c.key !== day.key),
                    )
                  }
                />
              </div>
            ))}
            <div>
              <Button
                icon={<AddRegular />}
                onClick={() =>
                  set('closedDays', [...draft.closedDays, { key: rowKey(), date: '', reason: '' }])
                }
              >
                {nl.settings.addClosedDay}
              </Button>
            </div>
          </Section>

          <Section title={nl.settings.fixedItems} hint={nl.settings.fixedItemsHint}>
            {(['opening', 'minutes', 'closing'] as const).map((key) => (
              <Field
                key={key}
                label={
                  key === 'opening'
                    ? nl.settings.fixedOpening
                    : key === 'minutes'
                      ? nl.settings.fixedMinutes
                      : nl.settings.fixedClosing
                }
                {...fieldState(`fixedWording.${key}`)}
              >
                <Input
                  value={draft.fixedWording[key]}
                  onChange={(_e, d) => set('fixedWording', { ...draft.fixedWording, [key]: d.value })}
                />
              </Field>
            ))}
          </Section>
        </div>

        <Section title={nl.settings.recurring} hint={nl.settings.recurringHint}>
          {draft.recurring.length === 0 ? <Body1 className={s.empty}>{nl.settings.noRecurring}</Body1> : null}
          {draft.recurring.map((r, index) => {
            const update = (patch: Partial<RecurringItemSetting>) =>
              set(
                'recurring',
                draft.recurring.map((x) => (x.rowKey === r.rowKey ? { ...x, ...patch } : x)),
              );
            const label = (text: string) => (index === 0 ? text : undefined);
            return (
              <div key={r.rowKey} className={s.recurringRow}>
                <Field label={label(nl.settings.recurringTitle)} {...fieldState(`recurring[${index}].title`)}>
                  <Input
                    aria-label={nl.settings.recurringTitle}
                    value={r.title}
                    onChange={(_e, d) => update({ title: d.value })}
                  />
                </Field>
                <Field label={label(nl.settings.recurringKind)} {...fieldState(`recurring[${index}].kind`)}>
                  <Select
                    aria-label={nl.settings.recurringKind}
                    value={r.kind}
                    onChange={(_e, d) => update({ kind: d.value as ItemKind })}
                  >
                    {ITEM_KINDS.map((k) => (
                      <option key={k} value={k}>
                        {nl.kinds[k]}
                      </option>
                    ))}
                  </Select>
                </Field>
                <Field
                  label={label(nl.settings.recurringEvery)}
                  {...fieldState(`recurring[${index}].everyMonths`)}
                >
                  <SpinButton
                    aria-label={nl.settings.recurringEvery}
                    min={1}
                    max={24}
                    value={r.everyMonths}
                    onChange={(_e, d) => update({ everyMonths: spinValue(d, r.everyMonths) })}
                  />
                </Field>
                <Field
                  label={label(nl.settings.recurringStart)}
                  {...fieldState(`recurring[${index}].startMonth`)}
                >
                  <Select
                    aria-label={nl.settings.recurringStart}
                    value={String(r.startMonth)}
                    onChange={(_e, d) => update({ startMonth: Number(d.value) })}
                  >
                    {nl.months.map((m, i) => (
                      <option key={m} value={i + 1}>
                        {m}
                      </option>
                    ))}
                  </Select>
                </Field>
                <Field
                  label={label(nl.settings.recurringMonths)}
                  {...fieldState(`recurring[${index}].months`)}
                >
                  <Dropdown
                    aria-label={nl.settings.recurringMonths}
                    className={s.smallSelect}
                    multiselect
                    placeholder={nl.settings.recurringMonthsAll}
                    value={(r.months ?? []).map((m) => nl.months[m - 1]).join(', ')}
                    selectedOptions={(r.months ?? []).map(String)}
                    onOptionSelect={(_e, d) =>
                      update({ months: d.selectedOptions.map(Number).sort((a, b) => a - b) })
                    }
                  >
                    {nl.months.map((m, i) => (
                      <Option key={m} value={String(i + 1)}>
                        {m}
                      </Option>
                    ))}
                  </Dropdown>
                </Field>
                <Button
                  appearance="subtle"
                  icon={<DeleteRegular />}
                  aria-label={nl.settings.removeRecurring}
                  title={nl.settings.removeRecurring}
                  style={{ marginTop: index === 0 ? '26px' : 0 }}
                  onClick={() =>
                    set(
                      'recurring',
                      draft.recurring.filter((x) => x.rowKey !== r.rowKey),
                    )
                  }
                />
              </div>
            );
          })}
          <div>
            <Button
              icon={<AddRegular />}
              onClick={() =>
                set('recurring', [
                  ...draft.recurring,
                  {
                    rowKey: rowKey(),
                    key: recurringKey(
                      `punt-${draft.recurring.length + 1}`,
                      draft.recurring.map((x) => x.key),
                    ),
                    title: '',
                    kind: 'informerend',
                    everyMonths: 1,
                    startMonth: 1,
                  },
                ])
              }
            >
              {nl.settings.addRecurring}
            </Button>
          </div>
        </Section>
      </form>
      {children}
    </Page>
  );
}
