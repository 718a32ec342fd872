// Planning one meeting, or moving/changing one (date, time, location, host).
import { useState } from 'react';
import { Caption1, Field, Input, Select, makeStyles, tokens } from '@fluentui/react-components';
import type { BodyView, MeetingSummary } from '../../../../shared/api/views';
import { computeDeadlines } from '../../../../shared/rules/deadlines';
import { isValidLocalDate } from '../../../../shared/rules/calendar';
import { nextHost } from '../../../../shared/rules/rotation';
import { nl } from '../../i18n/nl';
import { useApiMutation } from '../../api/queries';
import { longDate } from '../../lib/format';
import type { ChangeReport } from '../../components/ChangesBar';
import { FormDialog } from '../../components/FormDialog';
import { useFormErrors } from '../../components/useFormErrors';
import { DateField, TimeField } from '../../components/DateField';

const useStyles = makeStyles({
  row: { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) 120px 120px', gap: tokens.spacingHorizontalM },
  preview: {
    backgroundColor: tokens.colorNeutralBackground3,
    borderRadius: tokens.borderRadiusMedium,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    color: tokens.colorNeutralForeground2,
  },
});

export function MeetingDialog({
  body,
  meetings,
  meeting,
  onClose,
  onDone,
}: {
  body: BodyView;
  meetings: MeetingSummary[];
  meeting: MeetingSummary | null;
  onClose: () => void;
  onDone: (report: ChangeReport) => void;
}) {
  const s = useStyles();
  const [date, setDate] = useState(meeting?.date ?? '');
  const [start, setStart] = useState(meeting?.start ?? body.defaultStart);
  const [end, setEnd] = useState(meeting?.end ?? '');
  const [location, setLocation] = useState(meeting?.location ?? '');
  const [hostId, setHostId] = useState(meeting && !meeting.hostFromRotation ? (meeting.host?.id ?? '') : '');
  const { error, fieldState, fail, clearError } = useFormErrors();
  const create = useApiMutation('meetings.create', { quiet: true });
  const update = useApiMutation('meetings.update', { quiet: true });
  const busy = create.isPending || update.isPending;

  // What the rotation would give on this date: the host after the previous non-cancelled meeting.
  let rotationHost: string | null = null;
  if (isValidLocalDate(date)) {
    const previous = meetings
      .filter((m) => m.date < date && m.status !== 'cancelled' && m.id !== meeting?.id)
      .at(-1);
    const id = nextHost(
      body.rotation.map((m) => m.id),
      previous?.host?.id ?? null,
    );
    rotationHost = body.rotation.find((m) => m.id === id)?.name ?? null;
  }

  let preview: string | null = null;
  if (isValidLocalDate(date)) {
    try {
      const d = computeDeadlines(date, body.deadlines, { closedDays: body.closedDays.map((c) => c.date) });
      preview = nl.meetings.deadlinesPreview(
        longDate(d.submission),
        longDate(d.distribution),
        longDate(d.minutes),
      );
    } catch {
      preview = null;
    }
  }

  const submit = () => {
    clearError();
    if (!meeting) {
      create.mutate(
        { bodyId: body.id, date, start, end: end || null, location, hostId: hostId || null },
        {
          onSuccess: (r) =>
            onDone({ title: nl.meetings.created(longDate(r.meeting.date)), changes: r.changes }),
          onError: fail,
        },
      );
    } else {
      const hostChanged = (meeting.hostFromRotation ? '' : (meeting.host?.id ?? '')) !== hostId;
      update.mutate(
        {
          id: meeting.id,
          ...(date !== meeting.date ? { date } : {}),
          ...(start !== meeting.start ? { start } : {}),
          ...((end || null) !== meeting.end ? { end: end || null } : {}),
          ...(location !== meeting.location ? { location } : {}),
          ...(hostChanged ? { hostId: hostId || null } : {}),
        },
        {
          onSuccess: (r) =>
            onDone({ title: nl.meetings.updated(longDate(r.meeting.date)), changes: r.changes }),
          onError: fail,
        },
      );
    }
  };

  return (
    <FormDialog
      title={meeting ? nl.meetings.dialogEdit : nl.meetings.dialogNew}
      width={560}
      error={error}
      busy={busy}
      submitLabel={meeting ? nl.meetings.saveChanges : nl.meetings.plan}
      onSubmit={submit}
      onClose={onClose}
    >
      <div className={s.row}>
        <Field label={nl.meetings.date} required {...fieldState('date')}>
          <DateField fill value={date} onChange={setDate} autoFocus />
        </Field>
        <Field label={nl.meetings.start} required {...fieldState('start')}>
          <TimeField fill value={start} onChange={setStart} />
        </Field>
        <Field label={nl.meetings.end} {...fieldState('end')}>
          <TimeField fill value={end} onChange={setEnd} />
        </Field>
      </div>
      <Field label={nl.meetings.host} {...fieldState('hostId')}>
        <Select value={hostId} onChange={(_e, d) => setHostId(d.value)}>
          <option value="">{nl.meetings.hostRotation(rotationHost)}</option>
          {body.rotation.map((m) => (
            <option key={m.id} value={m.id}>
              {m.name}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={nl.meetings.location} {...fieldState('location')}>
        <Input
          value={location}
          onChange={(_e, d) => setLocation(d.value)}
          placeholder={nl.meetings.locationPlaceholder}
        />
      </Field>
      {preview ? (
        <Caption1 className={s.preview} aria-live="polite">
          {preview}
        </Caption1>
      ) : null}
    </FormDialog>
  );
}
