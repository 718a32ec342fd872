// Another chair or notulist for one meeting (absence): the person and a required reason, shown with the meeting.
import { useState } from 'react';
import { Body1, Field, Input, Select, makeStyles, tokens } from '@fluentui/react-components';
import type { BodyView, MeetingSummary } from '../../../../shared/api/views';
import { nl } from '../../i18n/nl';
import { useApiMutation, useApiQuery } from '../../api/queries';
import { errorMessage } from '../../api/errors';
import { longDate } from '../../lib/format';
import type { ChangeReport } from '../../components/ChangesBar';
import { FormDialog } from '../../components/FormDialog';
import type { MeetingRole } from '../../../../shared/domain/types';

const useStyles = makeStyles({
  muted: { color: tokens.colorNeutralForeground3 },
});

export function OverrideDialog({
  body,
  meeting,
  role,
  onClose,
  onDone,
}: {
  body: BodyView;
  meeting: MeetingSummary;
  role: MeetingRole;
  onClose: () => void;
  onDone: (report: ChangeReport) => void;
}) {
  const s = useStyles();
  const holder = role === 'chair' ? meeting.chair : meeting.notulist;
  const people = useApiQuery('people.list', { bodyId: body.id });
  const [personId, setPersonId] = useState(holder.overridden ? (holder.personId ?? '') : '');
  const [reason, setReason] = useState(holder.reason ?? '');
  const [reasonMissing, setReasonMissing] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const save = useApiMutation('meetings.setOverride', { quiet: true });
  const roleName = role === 'chair' ? nl.meetings.roleChair : nl.meetings.roleNotulist;

  const submit = () => {
    setError(null);
    if (personId && !reason.trim()) {
      setReasonMissing(true);
      return;
    }
    save.mutate(
      { id: meeting.id, role, personId: personId || null, reason: personId ? reason.trim() : '' },
      {
        onSuccess: (r) =>
          onDone({ title: nl.meetings.updated(longDate(r.meeting.date)), changes: r.changes }),
        onError: (e) => setError(errorMessage(e)),
      },
    );
  };

  return (
    <FormDialog
      title={`${nl.meetings.overrideDialog(roleName)} — ${longDate(meeting.date)}`}
      width={520}
      error={error}
      busy={save.isPending}
      submitLabel={nl.meetings.overrideSave}
      onSubmit={submit}
      onClose={onClose}
    >
      <Body1 className={s.muted}>
        {nl.meetings.overrideCurrent(holder.name ?? nl.meetings.unknown, holder.explanation)}
      </Body1>
      <Field label={nl.meetings.overridePerson}>
        <Select value={personId} onChange={(_e, d) => setPersonId(d.value)} autoFocus>
          <option value="">{nl.meetings.overrideDefault}</option>
          {(people.data ?? []).map((p) => (
            <option key={p.id} value={p.id}>
              {p.municipality ? `${p.name} (${p.municipality.name})` : p.name}
            </option>
          ))}
        </Select>
      </Field>
      {personId ? (
        <Field
          label={nl.meetings.overrideReason}
          required
          validationMessage={reasonMissing && !reason.trim() ? nl.meetings.overrideReasonRequired : undefined}
          validationState={reasonMissing && !reason.trim() ? 'error' : 'none'}
        >
          <Input
            value={reason}
            onChange={(_e, d) => setReason(d.value)}
            placeholder={nl.meetings.overrideReasonPlaceholder}
          />
        </Field>
      ) : null}
    </FormDialog>
  );
}
