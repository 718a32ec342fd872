// Item 2 in the record: adopting the previous meeting's minutes (with the changes made at adoption, after
// which they are frozen), and going through the open actions — done or dropped, reported in this meeting.
import { Fragment, useRef, useState } from 'react';
import {
  Badge,
  Body1,
  Button,
  Caption1,
  Field,
  Textarea,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import { ArrowUndoRegular, CheckmarkRegular, DismissRegular, LockClosedRegular } from '@fluentui/react-icons';
import { LazyTooltip } from '../../components/LazyTooltip';
import type { ActionView, MeetingDetail } from '../../../../shared/api/views';
import { nl } from '../../i18n/nl';
import { nlm } from '../../i18n/nl-meeting';
import { useApiMutation, useApiQuery } from '../../api/queries';
import { notify } from '../../app/notify';
import { plainDate } from '../../lib/format';
import type { ActionStatus } from '../../../../shared/domain/types';
import { GapRow } from '../../components/GapRow';
import { useVirtualRows } from '../../components/useVirtualRows';

const useStyles = makeStyles({
  box: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  subhead: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase300 },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center', flexWrap: 'wrap' },
  muted: { color: tokens.colorNeutralForeground3 },
  table: { width: '100%', borderCollapse: 'collapse', tableLayout: 'fixed' },
  th: {
    textAlign: 'left',
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground3,
    fontSize: tokens.fontSizeBase200,
    padding: `0 ${tokens.spacingHorizontalS} 4px 0`,
  },
  td: {
    padding: `4px ${tokens.spacingHorizontalS} 4px 0`,
    borderTop: `1px solid ${tokens.colorNeutralStroke3}`,
    verticalAlign: 'middle',
  },
  closed: { color: tokens.colorNeutralForeground3, textDecorationLine: 'line-through' },
  overdue: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  buttons: { display: 'flex', gap: '2px', justifyContent: 'flex-end' },
  colNr: { width: '36px' },
  colWho: { width: '130px' },
  colDue: { width: '120px' },
  colCmd: { width: '200px' },
});

export function PreviousMinutes({ meeting, frozen }: { meeting: MeetingDetail; frozen: boolean }) {
  const s = useStyles();
  const previous = meeting.previousMeeting;
  // The running action list can be long after years of meetings: only the rows in view render.
  const table = useRef<HTMLTableElement | null>(null);
  const actions = meeting.openActions;
  const virtual = useVirtualRows({ count: actions.length, estimate: 45, listRef: table });
  return (
    <>
      {previous ? <Adoption meeting={meeting} previous={previous} frozen={frozen} /> : null}
      <div className={s.box} data-testid="record-open-actions">
        <span className={s.subhead}>
          {nlm.minutes.openActionsTitle(meeting.openActions.filter((a) => a.status === 'open').length)}
        </span>
        {meeting.openActions.length === 0 ? (
          <Caption1 className={s.muted}>{nl.agenda.openActionsNone}</Caption1>
        ) : (
          <table className={s.table} ref={table} aria-rowcount={actions.length + 1}>
            <thead>
              <tr>
                <th className={mergeClasses(s.th, s.colNr)}>{nl.agenda.colActionNr}</th>
                <th className={s.th}>{nl.agenda.colActionWhat}</th>
                <th className={mergeClasses(s.th, s.colWho)}>{nl.agenda.colActionWho}</th>
                <th className={mergeClasses(s.th, s.colDue)}>{nl.agenda.colActionDue}</th>
                <th className={mergeClasses(s.th, s.colCmd)}>
                  <span className="sr-only">{nlm.actions.status}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {virtual.rows.map(({ index, gapBefore }) => {
                const a = actions[index];
                if (!a) return null;
                return (
                  <Fragment key={a.id}>
                    <GapRow height={gapBefore} columns={5} />
                    <OpenActionRow
                      action={a}
                      meeting={meeting}
                      frozen={frozen}
                      index={index}
                      measure={virtual.measure}
                    />
                  </Fragment>
                );
              })}
              <GapRow height={virtual.gapAfter} columns={5} />
            </tbody>
          </table>
        )}
      </div>
    </>
  );
}

function Adoption({
  meeting,
  previous,
  frozen,
}: {
  meeting: MeetingDetail;
  previous: { id: string; date: string };
  frozen: boolean;
}) {
  const s = useStyles();
  const state = useApiQuery('minutes.state', { meetingId: previous.id });
  const adopt = useApiMutation('minutes.adopt');
  const [changes, setChanges] = useState('');
  const data = state.data;
  if (!data) return null;
  const date = plainDate(previous.date);
  return (
    <div className={s.box} data-testid="adopt-previous">
      <span className={s.subhead}>{nlm.minutes.previousTitle(date)}</span>
      {data.status === 'adopted' ? (
        <div className={s.row}>
          <LockClosedRegular aria-hidden />
          <Body1>
            {data.adoptedInMeeting?.id === meeting.id
              ? nlm.minutes.adoptedHere
              : nlm.minutes.adoptedIn(plainDate(data.adoptedInMeeting?.date ?? ''))}
            {data.adoptionChanges
              ? ` ${nlm.minutes.withChanges(data.adoptionChanges)}`
              : ` ${nlm.minutes.withoutChanges}`}
          </Body1>
        </div>
      ) : data.status === 'draft' ? (
        <Caption1 className={s.muted}>{nlm.minutes.previousNotSent(date)}</Caption1>
      ) : frozen ? (
        <Caption1 className={s.muted}>{nlm.minutes.previousSentNotAdopted}</Caption1>
      ) : (
        <>
          <Caption1 className={s.muted}>{nlm.minutes.previousSent}</Caption1>
          <Field label={nlm.minutes.adoptionChanges}>
            <Textarea
              value={changes}
              onChange={(_e, d) => setChanges(d.value)}
              rows={2}
              resize="vertical"
              placeholder={nlm.minutes.adoptionPlaceholder}
            />
          </Field>
          <div className={s.row}>
            <Button
              appearance="primary"
              size="small"
              icon={<LockClosedRegular />}
              disabled={adopt.isPending}
              data-testid="adopt"
              onClick={() =>
                adopt.mutate(
                  { meetingId: previous.id, inMeetingId: meeting.id, changes },
                  { onSuccess: () => notify({ intent: 'success', text: nlm.minutes.adopted(date) }) },
                )
              }
            >
              {nlm.minutes.adopt(date)}
            </Button>
            <Caption1 className={s.muted}>{nlm.minutes.adoptHint}</Caption1>
          </div>
        </>
      )}
    </div>
  );
}

function OpenActionRow({
  action: a,
  meeting,
  frozen,
  index,
  measure,
}: {
  action: ActionView;
  meeting: MeetingDetail;
  frozen: boolean;
  /** Its place in the list, and the ref that measures it (useVirtualRows). */
  index: number;
  measure: (el: Element | null) => void;
}) {
  const s = useStyles();
  const setStatus = useApiMutation('actions.setStatus');
  const closed = a.status !== 'open';
  const set = (status: ActionStatus) =>
    setStatus.mutate(
      { id: a.id, status, meetingId: meeting.id, onDate: meeting.date },
      {
        onSuccess: () =>
          notify({ intent: 'success', text: nlm.actions.statusSet(a.nr, nlm.actions.statuses[status]) }),
      },
    );
  return (
    <tr data-testid="record-open-action" ref={measure} data-index={index} aria-rowindex={index + 2}>
      <td className={s.td}>{a.nr}</td>
      <td className={mergeClasses(s.td, closed && s.closed)}>{a.what}</td>
      <td className={s.td}>{a.who}</td>
      <td className={mergeClasses(s.td, a.overdue && s.overdue)}>
        {a.due ? plainDate(a.due) : nl.common.none}
      </td>
      <td className={s.td}>
        <div className={s.buttons}>
          {closed ? (
            <>
              <Badge appearance="tint" color={a.status === 'done' ? 'success' : 'subtle'} shape="rounded">
                {nlm.actions.statuses[a.status]}
              </Badge>
              {!frozen && a.closedInMeetingId === meeting.id ? (
                <LazyTooltip content={nlm.actions.reopen} relationship="label">
                  <Button
                    appearance="subtle"
                    size="small"
                    icon={<ArrowUndoRegular />}
                    onClick={() => set('open')}
                  />
                </LazyTooltip>
              ) : null}
            </>
          ) : frozen ? null : (
            <>
              <Button
                size="small"
                icon={<CheckmarkRegular />}
                onClick={() => set('done')}
                disabled={setStatus.isPending}
              >
                {nlm.actions.markDone}
              </Button>
              <Button
                size="small"
                appearance="subtle"
                icon={<DismissRegular />}
                onClick={() => set('dropped')}
                disabled={setStatus.isPending}
              >
                {nlm.actions.markDropped}
              </Button>
            </>
          )}
        </div>
      </td>
    </tr>
  );
}
