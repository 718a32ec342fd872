// Attendance: every invitee present or absent with notice, and substitutes ("vervangt …") or guests added by
// name. Each change is saved at once (minutes.setAttendance takes the whole list).
import { useEffect, useRef, useState } from 'react';
import {
  Badge,
  Button,
  Caption1,
  Input,
  Radio,
  RadioGroup,
  Select,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import { AddRegular, DeleteRegular, PeopleCheckmarkRegular } from '@fluentui/react-icons';
import { LazyTooltip } from '../../components/LazyTooltip';
import type { AttendanceView, MeetingDetail } from '../../../../shared/api/views';
import type { AttendanceStatus } from '../../../../shared/domain/types';
import { nl } from '../../i18n/nl';
import { nlm } from '../../i18n/nl-meeting';
import { useApiMutation } from '../../api/queries';

const useStyles = makeStyles({
  card: {
    backgroundColor: tokens.colorNeutralBackground1,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusLarge,
    boxShadow: tokens.shadow2,
    display: 'flex',
    flexDirection: 'column',
    scrollMarginTop: tokens.spacingVerticalL,
  },
  head: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  title: {
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    fontWeight: tokens.fontWeightSemibold,
    margin: 0,
  },
  summary: { color: tokens.colorNeutralForeground3, flexGrow: 1 },
  table: { width: '100%', borderCollapse: 'collapse', tableLayout: 'fixed' },
  td: {
    padding: `2px ${tokens.spacingHorizontalL}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
    verticalAlign: 'middle',
  },
  name: { display: 'flex', flexDirection: 'column', minWidth: 0 },
  strong: { fontWeight: tokens.fontWeightSemibold },
  muted: { color: tokens.colorNeutralForeground3 },
  absent: { color: tokens.colorNeutralForeground3 },
  colStatus: { width: '270px' },
  colCmd: { width: '48px' },
  add: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr) 220px auto',
    gap: tokens.spacingHorizontalS,
    alignItems: 'center',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL} ${tokens.spacingVerticalM}`,
  },
});

interface Entry {
  personId: string | null;
  name: string;
  status: AttendanceStatus;
  substituteFor: string | null;
}

const toEntries = (list: AttendanceView[]): Entry[] =>
  list.map((a) => ({ personId: a.personId, name: a.name, status: a.status, substituteFor: a.substituteFor }));

export function Attendance({ meeting, frozen }: { meeting: MeetingDetail; frozen: boolean }) {
  const s = useStyles();
  const save = useApiMutation('minutes.setAttendance');
  const [entries, setEntries] = useState<Entry[]>(() => toEntries(meeting.attendance));
  const pending = useRef(0);
  const [name, setName] = useState('');
  const [replaces, setReplaces] = useState('');

  const serverKey = JSON.stringify(toEntries(meeting.attendance));
  useEffect(() => {
    if (pending.current === 0) setEntries(JSON.parse(serverKey) as Entry[]);
  }, [serverKey]);

  const invitees = meeting.invitees;
  const entryOf = (personId: string, personName: string) =>
    entries.find(
      (e) => (e.personId ? e.personId === personId : e.name === personName) && e.status !== 'substitute',
    );
  const extras = entries.filter(
    (e) =>
      !invitees.some((i) =>
        e.personId ? e.personId === i.personId : e.name === i.name && e.status !== 'substitute',
      ),
  );

  const commit = (next: Entry[]) => {
    // Invitees first, in their order; then substitutes and guests.
    const ordered = [
      ...invitees.flatMap((i) =>
        next.filter((e) =>
          e.personId ? e.personId === i.personId : e.name === i.name && e.status !== 'substitute',
        ),
      ),
      ...next.filter(
        (e) =>
          !invitees.some((i) =>
            e.personId ? e.personId === i.personId : e.name === i.name && e.status !== 'substitute',
          ),
      ),
    ];
    setEntries(ordered);
    pending.current += 1;
    save.mutate(
      { meetingId: meeting.id, entries: ordered },
      {
        onSettled: () => {
          pending.current -= 1;
        },
      },
    );
  };

  const setStatus = (personId: string, personName: string, status: AttendanceStatus) => {
    const existing = entryOf(personId, personName);
    commit(
      existing
        ? entries.map((e) => (e === existing ? { ...e, status } : e))
        : [...entries, { personId, name: personName, status, substituteFor: null }],
    );
  };

  const everyonePresent = () => {
    const next = [...entries];
    for (const i of invitees)
      if (!entryOf(i.personId, i.name))
        next.push({ personId: i.personId, name: i.name, status: 'present', substituteFor: null });
    commit(next);
  };

  const addPerson = () => {
    const who = name.trim();
    if (!who) return;
    let next: Entry[] = [
      ...entries,
      {
        personId: null,
        name: who,
        status: replaces ? 'substitute' : 'present',
        substituteFor: replaces || null,
      },
    ];
    // Whoever is replaced is absent (with notice).
    const replaced = invitees.find((i) => i.name === replaces);
    if (replaced) {
      const existing = next.find((e) => e.personId === replaced.personId);
      next = existing
        ? next.map((e) => (e === existing ? { ...e, status: 'absent' as const } : e))
        : [
            ...next,
            {
              personId: replaced.personId,
              name: replaced.name,
              status: 'absent' as const,
              substituteFor: null,
            },
          ];
    }
    commit(next);
    setName('');
    setReplaces('');
  };

  const counts = { present: 0, absent: 0, substitute: 0 };
  for (const e of entries) counts[e.status] += 1;
  const unset = invitees.filter((i) => !entryOf(i.personId, i.name)).length;

  return (
    <section
      className={s.card}
      id="record-attendance"
      aria-label={nlm.attendance.title}
      data-testid="attendance"
    >
      <div className={s.head}>
        <h2 className={s.title}>{nlm.attendance.title}</h2>
        <Caption1 className={s.summary} data-testid="attendance-summary">
          {entries.length === 0
            ? nlm.attendance.none
            : nlm.attendance.summary(counts.present, counts.absent, counts.substitute, unset)}
        </Caption1>
        {!frozen && unset > 0 ? (
          <Button size="small" icon={<PeopleCheckmarkRegular />} onClick={everyonePresent}>
            {nlm.attendance.everyonePresent}
          </Button>
        ) : null}
      </div>
      <table className={s.table}>
        <tbody>
          {invitees.map((i) => {
            const entry = entryOf(i.personId, i.name);
            return (
              <tr key={i.personId}>
                <td className={s.td}>
                  <span className={s.name}>
                    <span className={mergeClasses(s.strong, entry?.status === 'absent' && s.absent)}>
                      {i.name}
                    </span>
                    <Caption1 className={s.muted}>
                      {[
                        i.role ? nl.roles[i.role] : null,
                        i.meetingRole ? nlm.attendance.meetingRole(i.meetingRole, i.replaces) : null,
                        i.municipality,
                      ]
                        .filter(Boolean)
                        .join(' · ')}
                    </Caption1>
                  </span>
                </td>
                <td className={mergeClasses(s.td, s.colStatus)}>
                  <RadioGroup
                    layout="horizontal"
                    aria-label={i.name}
                    value={entry?.status ?? ''}
                    disabled={frozen}
                    onChange={(_e, d) => setStatus(i.personId, i.name, d.value as AttendanceStatus)}
                  >
                    <Radio value="present" label={nlm.attendance.statuses.present} />
                    <Radio value="absent" label={nlm.attendance.statuses.absent} />
                  </RadioGroup>
                </td>
                <td className={mergeClasses(s.td, s.colCmd)} />
              </tr>
            );
          })}
          {extras.map((e, index) => (
            <tr key={`${e.name}-${index}`} data-testid="attendance-extra">
              <td className={s.td}>
                <span className={s.name}>
                  <span className={s.strong}>{e.name}</span>
                  <Caption1 className={s.muted}>
                    {e.status === 'substitute'
                      ? nlm.attendance.substituteFor(e.substituteFor ?? '')
                      : nlm.attendance.guest}
                  </Caption1>
                </span>
              </td>
              <td className={mergeClasses(s.td, s.colStatus)}>
                <Badge
                  appearance="tint"
                  color={e.status === 'substitute' ? 'brand' : 'informative'}
                  shape="rounded"
                >
                  {e.status === 'substitute'
                    ? nlm.attendance.statuses.substitute
                    : nlm.attendance.statuses.present}
                </Badge>
              </td>
              <td className={mergeClasses(s.td, s.colCmd)}>
                {!frozen ? (
                  <LazyTooltip content={nlm.attendance.remove(e.name)} relationship="label">
                    <Button
                      appearance="subtle"
                      size="small"
                      icon={<DeleteRegular />}
                      onClick={() => commit(entries.filter((x) => x !== e))}
                    />
                  </LazyTooltip>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {!frozen ? (
        <div
          className={s.add}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              addPerson();
            }
          }}
        >
          <Input
            value={name}
            onChange={(_e, d) => setName(d.value)}
            placeholder={nlm.attendance.addPlaceholder}
            aria-label={nlm.attendance.addName}
          />
          <Select
            value={replaces}
            onChange={(_e, d) => setReplaces(d.value)}
            aria-label={nlm.attendance.replaces}
          >
            <option value="">{nlm.attendance.asGuest}</option>
            {invitees.map((i) => (
              <option key={i.personId} value={i.name}>
                {nlm.attendance.replacesOption(i.name)}
              </option>
            ))}
          </Select>
          <Button icon={<AddRegular />} onClick={addPerson} disabled={!name.trim()}>
            {nl.common.add}
          </Button>
        </div>
      ) : null}
    </section>
  );
}
