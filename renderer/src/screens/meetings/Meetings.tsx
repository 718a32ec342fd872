// "Vergaderingen": the body's meetings with host, chair, notulist, status and the three deadlines; planning
// one meeting or a series, moving, cancelling, and overriding chair or notulist.
import { Fragment, useMemo, useRef, useState } from 'react';
import {
  Badge,
  Body1,
  Button,
  Caption1,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuDivider,
  Switch,
  TableCell,
  makeStyles,
  mergeClasses,
  tokens,
  useRestoreFocusTarget,
} from '@fluentui/react-components';
import {
  ArrowUndoRegular,
  CalendarAddRegular,
  CalendarCancelRegular,
  CalendarMultipleRegular,
  DeleteRegular,
  EditRegular,
  MoreHorizontalRegular,
  OpenRegular,
  PersonSwapRegular,
} from '@fluentui/react-icons';
import { LazyMenu } from '../../components/LazyMenu';
import { LazyTooltip } from '../../components/LazyTooltip';
import type { BodyView, MeetingSummary } from '../../../../shared/api/views';
import { nl } from '../../i18n/nl';
import { Page, Section, QueryStatus } from '../../components/Page';
import { ChangesBar, type ChangeReport } from '../../components/ChangesBar';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { RoleHolder } from '../../components/RoleHolder';
import { useTableRows } from '../../components/useTableRows';
import { GapRow } from '../../components/GapRow';
import { DataRow, DataTable } from '../../components/DataTable';
import { useApiMutation, useApiQuery } from '../../api/queries';
import { useAppState } from '../../app/state';
import { longDate, shortDate } from '../../lib/format';
import { MeetingDialog } from './MeetingDialog';
import { SeriesDialog } from './SeriesDialog';
import { OverrideDialog } from './OverrideDialog';
import type { MeetingRole } from '../../../../shared/domain/types';

const useStyles = makeStyles({
  row: { cursor: 'pointer' },
  past: { color: tokens.colorNeutralForeground3 },
  cancelled: { color: tokens.colorNeutralForeground3, '& .date': { textDecorationLine: 'line-through' } },
  next: {
    backgroundColor: tokens.colorBrandBackground2,
    ':hover': { backgroundColor: tokens.colorBrandBackground2Hover },
  },
  dateCell: { display: 'flex', flexDirection: 'column', gap: '2px', padding: `${tokens.spacingVerticalS} 0` },
  dateLine: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXS,
    fontWeight: tokens.fontWeightSemibold,
  },
  sub: {
    color: tokens.colorNeutralForeground3,
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
  },
  nextBadge: { marginRight: tokens.spacingHorizontalXS, verticalAlign: 'text-bottom' },
  nowrap: { whiteSpace: 'nowrap' },
  muted: { color: tokens.colorNeutralForeground3 },
  // Widths of the content box (cells add 2 × 8px padding); the date column takes the rest.
  colHost: { width: '100px' },
  colRole: { width: '96px' },
  colStatus: { width: '80px' },
  colDeadline: { width: '84px' },
  colItems: { width: '64px' },
  colMenu: { width: '32px' },
  items: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS, whiteSpace: 'nowrap' },
  empty: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
  },
  toolbar: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM },
  deadline: { fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' },
});

type Dialog =
  | { kind: 'create' }
  | { kind: 'series' }
  | { kind: 'edit'; meeting: MeetingSummary }
  | { kind: 'override'; meeting: MeetingSummary; role: MeetingRole }
  | { kind: 'cancel'; meeting: MeetingSummary }
  | { kind: 'delete'; meeting: MeetingSummary };

export function MeetingsScreen({ body, plan }: { body: BodyView; plan?: boolean }) {
  const s = useStyles();
  const { today, navigate } = useAppState();
  const meetings = useApiQuery('meetings.list', { bodyId: body.id });
  const [showPast, setShowPast] = useState(false);
  const [dialog, setDialog] = useState<Dialog | null>(plan ? { kind: 'create' } : null);
  const [report, setReport] = useState<ChangeReport | null>(null);
  const update = useApiMutation('meetings.update');
  const remove = useApiMutation('meetings.delete');

  const all = useMemo(() => meetings.data ?? [], [meetings.data]);
  const nextId = all.find((m) => m.date >= today && m.status !== 'cancelled')?.id ?? null;
  const pastCount = all.filter((m) => m.date < today).length;
  const visible = useMemo(
    () => (showPast ? all : all.filter((m) => m.date >= today)),
    [all, showPast, today],
  );
  const ids = useMemo(() => visible.map((m) => m.id), [visible]);
  const table = useRef<HTMLTableElement | null>(null);
  const { roving, virtual, rowProps } = useTableRows(ids, { estimate: 61, listRef: table });
  // Dialogs opened from a row give the focus back to it when they close.
  const restoreFocus = useRestoreFocusTarget();
  const open = (m: MeetingSummary) => navigate({ screen: 'meeting', meetingId: m.id });

  const done = (next: ChangeReport) => {
    setDialog(null);
    setReport(next);
  };

  return (
    <Page
      title={nl.meetings.title}
      subtitle={`${body.name} · ${nl.meetings.subtitle(all.length)}`}
      commands={
        <>
          <Button icon={<CalendarMultipleRegular />} onClick={() => setDialog({ kind: 'series' })}>
            {nl.meetings.planSeries}
          </Button>
          <Button
            appearance="primary"
            icon={<CalendarAddRegular />}
            onClick={() => setDialog({ kind: 'create' })}
          >
            {nl.meetings.planOne}
          </Button>
        </>
      }
    >
      {report ? <ChangesBar report={report} onDismiss={() => setReport(null)} /> : null}
      <QueryStatus query={meetings} />
      {meetings.data ? (
        <Section
          flush
          title={showPast ? nl.meetings.allTitle : nl.meetings.upcomingTitle}
          actions={
            pastCount > 0 ? (
              <Switch
                checked={showPast}
                onChange={(_e, d) => setShowPast(d.checked)}
                label={`${nl.meetings.showPast} (${pastCount})`}
              />
            ) : undefined
          }
        >
          {visible.length === 0 ? (
            <div className={s.empty}>
              <Body1>{nl.meetings.none}</Body1>
              <Caption1 className={s.muted}>{nl.meetings.noneHint}</Caption1>
            </div>
          ) : (
            <DataTable
              label={nl.meetings.title}
              size="medium"
              tableRef={table}
              rowCount={visible.length}
              columns={[
                { label: nl.meetings.colDate },
                { label: nl.meetings.colHost, className: s.colHost },
                { label: nl.meetings.colChair, className: s.colRole },
                { label: nl.meetings.colNotulist, className: s.colRole },
                { label: nl.meetings.colStatus, className: s.colStatus },
                { label: nl.meetings.colSubmission, className: s.colDeadline },
                { label: nl.meetings.colDistribution, className: s.colDeadline },
                { label: nl.meetings.colMinutes, className: s.colDeadline },
                { label: nl.meetings.colItems, className: s.colItems },
                { label: nl.common.more, className: s.colMenu, hidden: true },
              ]}
            >
              {virtual.rows.map(({ index, gapBefore }) => {
                const m = visible[index];
                if (!m) return null;
                const isPast = m.date < today;
                const rowClass = mergeClasses(
                  s.row,
                  isPast && s.past,
                  m.status === 'cancelled' && s.cancelled,
                  m.id === nextId && s.next,
                );
                return (
                  <Fragment key={m.id}>
                    <GapRow height={gapBefore} columns={10} />
                    <DataRow
                      className={rowClass}
                      data-meeting={m.date}
                      data-testid="meeting-row"
                      data-next={m.id === nextId ? 'true' : undefined}
                      {...restoreFocus}
                      aria-label={longDate(m.date)}
                      {...rowProps(m.id, index, { onEnter: () => open(m), menu: true })}
                      onClick={(e) => {
                        if ((e.target as HTMLElement).closest('button, a, [role="menu"]')) return;
                        open(m);
                      }}
                    >
                      <TableCell>
                        <div className={s.dateCell}>
                          <span className={s.dateLine}>
                            <span className="date">{longDate(m.date)}</span>
                          </span>
                          <Caption1 className={s.sub}>
                            {m.id === nextId ? (
                              <Badge appearance="filled" color="brand" size="small" className={s.nextBadge}>
                                {nl.meetings.next}
                              </Badge>
                            ) : null}
                            {m.end ? nl.time.range(m.start, m.end) : nl.time.at(m.start)}
                            {m.location ? ` · ${m.location}` : ''}
                          </Caption1>
                        </div>
                      </TableCell>
                      <TableCell>
                        {m.host ? (
                          m.hostFromRotation ? (
                            m.host.name
                          ) : (
                            <LazyTooltip content={nl.meetings.hostManual} relationship="description">
                              <span>{m.host.name} *</span>
                            </LazyTooltip>
                          )
                        ) : (
                          <span className={s.muted}>{nl.meetings.unknown}</span>
                        )}
                      </TableCell>
                      <TableCell>
                        <RoleHolder holder={m.chair} />
                      </TableCell>
                      <TableCell>
                        <RoleHolder holder={m.notulist} />
                      </TableCell>
                      <TableCell>
                        <StatusBadge meeting={m} />
                      </TableCell>
                      <DeadlineCell date={m.deadlines.submission} label={nl.deadline.submissionLong} />
                      <DeadlineCell date={m.deadlines.distribution} label={nl.deadline.distributionLong} />
                      <DeadlineCell date={m.deadlines.minutes} label={nl.deadline.minutesLong} />
                      <TableCell>
                        {m.status === 'cancelled' ? null : (
                          <span className={s.items}>
                            {m.typedItemCount}
                            {m.pendingLateCount > 0 ? (
                              <LazyTooltip
                                content={nl.meetings.lateTitle(m.pendingLateCount)}
                                relationship="description"
                              >
                                <Badge appearance="tint" color="warning" size="small" shape="rounded">
                                  {nl.meetings.lateBadge(m.pendingLateCount)}
                                </Badge>
                              </LazyTooltip>
                            ) : null}
                          </span>
                        )}
                      </TableCell>
                      <TableCell>
                        <LazyMenu
                          trigger={
                            <Button
                              appearance="subtle"
                              icon={<MoreHorizontalRegular />}
                              aria-label={nl.meetings.actions(longDate(m.date))}
                              tabIndex={roving.active === m.id ? 0 : -1}
                              data-row-menu
                            />
                          }
                          positioning="below-end"
                        >
                          <MenuPopover>
                            <MenuList>
                              <MenuItem icon={<OpenRegular />} onClick={() => open(m)}>
                                {nl.meetings.openAgenda}
                              </MenuItem>
                              <MenuItem
                                icon={<EditRegular />}
                                onClick={() => setDialog({ kind: 'edit', meeting: m })}
                              >
                                {nl.meetings.edit}
                              </MenuItem>
                              <MenuItem
                                icon={<PersonSwapRegular />}
                                onClick={() => setDialog({ kind: 'override', meeting: m, role: 'chair' })}
                              >
                                {nl.meetings.overrideChair}
                              </MenuItem>
                              <MenuItem
                                icon={<PersonSwapRegular />}
                                onClick={() => setDialog({ kind: 'override', meeting: m, role: 'notulist' })}
                              >
                                {nl.meetings.overrideNotulist}
                              </MenuItem>
                              <MenuDivider />
                              {m.status === 'cancelled' ? (
                                <MenuItem
                                  icon={<ArrowUndoRegular />}
                                  onClick={() =>
                                    update.mutate(
                                      { id: m.id, status: 'planned' },
                                      {
                                        onSuccess: (r) =>
                                          setReport({
                                            title: nl.meetings.updated(longDate(r.meeting.date)),
                                            changes: r.changes,
                                          }),
                                      },
                                    )
                                  }
                                >
                                  {nl.meetings.reinstate}
                                </MenuItem>
                              ) : (
                                <MenuItem
                                  icon={<CalendarCancelRegular />}
                                  onClick={() => setDialog({ kind: 'cancel', meeting: m })}
                                >
                                  {nl.meetings.cancel}
                                </MenuItem>
                              )}
                              <MenuItem
                                icon={<DeleteRegular />}
                                onClick={() => setDialog({ kind: 'delete', meeting: m })}
                              >
                                {nl.meetings.delete}
                              </MenuItem>
                            </MenuList>
                          </MenuPopover>
                        </LazyMenu>
                      </TableCell>
                    </DataRow>
                  </Fragment>
                );
              })}
              <GapRow height={virtual.gapAfter} columns={10} />
            </DataTable>
          )}
        </Section>
      ) : null}

      {dialog?.kind === 'create' ? (
        <MeetingDialog
          body={body}
          meetings={all}
          meeting={null}
          onClose={() => setDialog(null)}
          onDone={done}
        />
      ) : null}
      {dialog?.kind === 'edit' ? (
        <MeetingDialog
          body={body}
          meetings={all}
          meeting={dialog.meeting}
          onClose={() => setDialog(null)}
          onDone={done}
        />
      ) : null}
      {dialog?.kind === 'series' ? (
        <SeriesDialog body={body} onClose={() => setDialog(null)} onDone={done} />
      ) : null}
      {dialog?.kind === 'override' ? (
        <OverrideDialog
          body={body}
          meeting={dialog.meeting}
          role={dialog.role}
          onClose={() => setDialog(null)}
          onDone={done}
        />
      ) : null}
      <ConfirmDialog
        open={dialog?.kind === 'cancel'}
        title={nl.meetings.cancelTitle}
        text={dialog?.kind === 'cancel' ? nl.meetings.cancelText(longDate(dialog.meeting.date)) : ''}
        confirm={nl.meetings.cancelConfirm}
        cancel={nl.meetings.keep}
        busy={update.isPending}
        onClose={() => setDialog(null)}
        onConfirm={() => {
          if (dialog?.kind !== 'cancel') return;
          const date = longDate(dialog.meeting.date);
          update.mutate(
            { id: dialog.meeting.id, status: 'cancelled' },
            { onSuccess: (r) => done({ title: nl.meetings.cancelled(date), changes: r.changes }) },
          );
        }}
      />
      <ConfirmDialog
        open={dialog?.kind === 'delete'}
        title={nl.meetings.deleteTitle}
        text={dialog?.kind === 'delete' ? nl.meetings.deleteText(longDate(dialog.meeting.date)) : ''}
        confirm={nl.meetings.deleteConfirm}
        busy={remove.isPending}
        onClose={() => setDialog(null)}
        onConfirm={() => {
          if (dialog?.kind !== 'delete') return;
          const date = longDate(dialog.meeting.date);
          remove.mutate(
            { id: dialog.meeting.id },
            { onSuccess: (r) => done({ title: nl.meetings.deleted(date), changes: r.changes }) },
          );
        }}
      />
    </Page>
  );
}

function DeadlineCell({ date, label }: { date: string; label: string }) {
  const s = useStyles();
  return (
    <TableCell className={s.deadline} title={`${label} ${longDate(date)}`}>
      {shortDate(date)}
    </TableCell>
  );
}

function StatusBadge({ meeting }: { meeting: MeetingSummary }) {
  const color =
    meeting.status === 'planned' ? 'informative' : meeting.status === 'held' ? 'success' : 'danger';
  return (
    <Badge appearance="tint" color={color} shape="rounded">
      {nl.status[meeting.status]}
    </Badge>
  );
}
