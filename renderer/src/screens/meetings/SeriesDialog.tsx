// Planning a series ("elke vierde dinsdag om 09:30"): the rule, a live preview with skipped dates and why,
// then one click to create them.
import { useState } from 'react';
import { keepPreviousData } from '@tanstack/react-query';
import {
  Badge,
  Body1,
  Caption1,
  Field,
  Input,
  Radio,
  RadioGroup,
  Select,
  SpinButton,
  Spinner,
  Subtitle2,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import type { BodyView } from '../../../../shared/api/views';
import { addDays, isValidLocalDate } from '../../../../shared/rules/calendar';
import { nl } from '../../i18n/nl';
import { useApiMutation, useApiQuery } from '../../api/queries';
import { errorMessage } from '../../api/errors';
import { longDate } from '../../lib/format';
import { useAppState } from '../../app/state';
import type { ChangeReport } from '../../components/ChangesBar';
import { ErrorBar } from '../../components/ErrorBar';
import { FormDialog } from '../../components/FormDialog';
import { DateField, TimeField } from '../../components/DateField';

const useStyles = makeStyles({
  layout: { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) 340px', gap: tokens.spacingHorizontalXL },
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  row3: {
    display: 'grid',
    gridTemplateColumns: '1fr 1fr 1fr',
    gap: tokens.spacingHorizontalM,
    alignItems: 'start',
  },
  row2: {
    display: 'grid',
    gridTemplateColumns: '1fr 1fr',
    gap: tokens.spacingHorizontalM,
    alignItems: 'start',
  },
  preview: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    backgroundColor: tokens.colorNeutralBackground3,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalM,
    minHeight: 0,
  },
  list: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
    overflowY: 'auto',
    maxHeight: '330px',
    display: 'flex',
    flexDirection: 'column',
    gap: '2px',
    borderRadius: tokens.borderRadiusMedium,
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '2px' },
  },
  item: {
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusSmall,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  skipped: { color: tokens.colorNeutralForeground3, '& .date': { textDecorationLine: 'line-through' } },
  exists: { color: tokens.colorNeutralForeground3 },
  muted: { color: tokens.colorNeutralForeground3 },
});

type Kind = 'nthWeekdayOfMonth' | 'everyWeeks';

export function SeriesDialog({
  body,
  onClose,
  onDone,
}: {
  body: BodyView;
  onClose: () => void;
  onDone: (report: ChangeReport) => void;
}) {
  const s = useStyles();
  const { today } = useAppState();
  const [kind, setKind] = useState<Kind>('nthWeekdayOfMonth');
  const [nth, setNth] = useState<1 | 2 | 3 | 4 | 5 | -1>(4);
  const [weekday, setWeekday] = useState(2);
  const [everyMonths, setEveryMonths] = useState(1);
  const [weeks, setWeeks] = useState(4);
  const [from, setFrom] = useState(today);
  const [until, setUntil] = useState(addDays(today, 364));
  const [start, setStart] = useState(body.defaultStart);
  const [location, setLocation] = useState('');
  const [error, setError] = useState<string | null>(null);
  const create = useApiMutation('meetings.createSeries', { quiet: true });

  const valid =
    isValidLocalDate(from) && isValidLocalDate(until) && from <= until && /^\d{2}:\d{2}$/.test(start);
  const rule =
    kind === 'nthWeekdayOfMonth'
      ? { kind, weekday, nth, everyMonths, from, until }
      : { kind, weeks, from, until };
  const request = { bodyId: body.id, rule, start, location };
  const preview = useApiQuery('meetings.previewSeries', request, {
    enabled: valid,
    placeholderData: keepPreviousData,
  });
  const dates = valid ? (preview.data?.dates ?? []) : [];
  const newCount = dates.filter((d) => !d.skipped && !d.exists).length;
  const skippedCount = dates.filter((d) => d.skipped).length;

  const submit = () => {
    if (newCount === 0) return;
    setError(null);
    create.mutate(request, {
      onSuccess: (r) => onDone({ title: nl.meetings.seriesCreated(r.created.length), changes: r.changes }),
      onError: (e) => setError(errorMessage(e)),
    });
  };

  return (
    <FormDialog
      title={nl.series.dialog}
      width={880}
      busy={create.isPending}
      submitLabel={nl.series.create(newCount)}
      submitDisabled={newCount === 0 || !valid}
      onSubmit={submit}
      onClose={onClose}
    >
      <div className={s.layout}>
        <div className={s.form}>
          {/* Why it failed stays with the rule, in its column; the preview keeps its place. */}
          {error ? <ErrorBar>{error}</ErrorBar> : null}
          <Field label={nl.series.kind}>
            <RadioGroup value={kind} onChange={(_e, d) => setKind(d.value as Kind)} layout="horizontal">
              <Radio value="nthWeekdayOfMonth" label={nl.series.kindNth} />
              <Radio value="everyWeeks" label={nl.series.kindWeeks} />
            </RadioGroup>
          </Field>
          {kind === 'nthWeekdayOfMonth' ? (
            <div className={s.row3}>
              <Field label={nl.series.nth}>
                <Select
                  value={String(nth)}
                  onChange={(_e, d) => setNth(Number(d.value) as 1 | 2 | 3 | 4 | 5 | -1)}
                >
                  {['1', '2', '3', '4', '5', '-1'].map((n) => (
                    <option key={n} value={n}>
                      {nl.series.nthOptions[n]}
                    </option>
                  ))}
                </Select>
              </Field>
              <Field label={nl.series.weekday}>
                <Select value={String(weekday)} onChange={(_e, d) => setWeekday(Number(d.value))}>
                  {[1, 2, 3, 4, 5, 6, 0].map((w) => (
                    <option key={w} value={w}>
                      {nl.weekdays[w]}
                    </option>
                  ))}
                </Select>
              </Field>
              <Field label={nl.series.everyMonths}>
                <SpinButton
                  min={1}
                  max={12}
                  value={everyMonths}
                  onChange={(_e, d) => setEveryMonths(d.value ?? (Number(d.displayValue) || everyMonths))}
                />
              </Field>
            </div>
          ) : (
            <div className={s.row3}>
              <Field label={nl.series.everyWeeks}>
                <SpinButton
                  min={1}
                  max={26}
                  value={weeks}
                  onChange={(_e, d) => setWeeks(d.value ?? (Number(d.displayValue) || weeks))}
                />
              </Field>
            </div>
          )}
          <div className={s.row2}>
            <Field label={nl.series.from} required>
              <DateField fill value={from} onChange={setFrom} />
            </Field>
            <Field label={nl.series.until} required>
              <DateField fill value={until} onChange={setUntil} />
            </Field>
          </div>
          <div className={s.row2}>
            <Field label={nl.series.start} required>
              <TimeField fill value={start} onChange={setStart} />
            </Field>
            <Field label={nl.series.location} hint={nl.series.locationHint}>
              <Input value={location} onChange={(_e, d) => setLocation(d.value)} />
            </Field>
          </div>
        </div>
        <div className={s.preview} aria-live="polite" data-testid="series-preview">
          <Subtitle2 as="h3">
            {nl.series.preview}
            {preview.isFetching ? (
              <Spinner size="extra-tiny" style={{ display: 'inline-flex', marginLeft: 8 }} />
            ) : null}
          </Subtitle2>
          {valid && preview.data ? (
            <Body1>{`${preview.data.description}, ${nl.time.at(start)}`}</Body1>
          ) : null}
          {!valid ? <Caption1 className={s.muted}>{nl.series.previewEmpty}</Caption1> : null}
          {preview.isError ? <Caption1>{errorMessage(preview.error)}</Caption1> : null}
          {valid && preview.data ? (
            <Caption1 className={s.muted}>{nl.series.count(newCount, skippedCount)}</Caption1>
          ) : null}
          {/* A list that scrolls is a tab stop of its own, so the keyboard can scroll it too. */}
          <ul className={s.list} tabIndex={0} aria-label={nl.series.preview}>
            {dates.map((d) => (
              <li
                key={d.date}
                className={mergeClasses(s.item, d.skipped ? s.skipped : undefined, d.exists && s.exists)}
              >
                <span className="date">{longDate(d.date)}</span>
                {d.skipped ? (
                  <Badge appearance="tint" color="warning" size="small">
                    {nl.series.skipped(d.skipped)}
                  </Badge>
                ) : d.exists ? (
                  <Badge appearance="tint" color="subtle" size="small">
                    {nl.series.exists}
                  </Badge>
                ) : null}
              </li>
            ))}
          </ul>
        </div>
      </div>
    </FormDialog>
  );
}
