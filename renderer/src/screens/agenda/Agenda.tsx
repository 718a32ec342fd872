// The agenda builder of one meeting: the header (date, time, place, host, chair, notulist, the deadlines
// with days left), proposals, and the items with their documents.
import { useEffect, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import {
  Badge,
  Body1,
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  Tooltip,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import {
  AddRegular,
  ArrowLeftRegular,
  ChevronLeftRegular,
  ChevronRightRegular,
  SparkleRegular,
} from '@fluentui/react-icons';
import type { BodyView, ItemView, MeetingDetail, ProposalView } from '../../../../shared/api/views';
import type { LocalDate } from '../../../../shared/domain/types';
import { nl } from '../../i18n/nl';
import { Page, Section, Loading, LoadError } from '../../components/Page';
import { RoleHolder } from '../../components/RoleHolder';
import { useRovingRows } from '../../components/useRovingRows';
import { queryKey, useApiMutation, useApiQuery } from '../../api/queries';
import { errorMessage } from '../../api/errors';
import { useAppState, type Route } from '../../app/state';
import { notify } from '../../app/notify';
import { dialogOpen } from '../../app/keys';
import { daysFrom, deadlineLeft, deadlineTone, longDate } from '../../lib/format';
import { moveTyped } from '../../lib/order';
import { ItemsTable } from './ItemsTable';
import { ItemDialog, type ItemDraftSeed } from './ItemDialog';
import { useDocuments } from './useDocuments';
import { DocumentsMenu, SentState } from '../documents/DocumentsMenu';
import { MeetingBar } from '../meeting-mode/MeetingBar';

const useStyles = makeStyles({
  facts: {
    display: 'grid',
    gridTemplateColumns: 'repeat(4, minmax(0, 1fr))',
    gap: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
  },
  fact: { display: 'flex', flexDirection: 'column', gap: '2px', minWidth: 0 },
  factLabel: { color: tokens.colorNeutralForeground3 },
  factValue: { fontWeight: tokens.fontWeightSemibold, overflow: 'hidden', textOverflow: 'ellipsis' },
  factNote: {
    color: tokens.colorNeutralForeground3,
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
  },
  deadline: {
    borderLeft: `3px solid ${tokens.colorNeutralStroke1}`,
    paddingLeft: tokens.spacingHorizontalS,
  },
  past: { borderLeftColor: tokens.colorNeutralStroke1 },
  soon: { borderLeftColor: tokens.colorPaletteMarigoldBorderActive },
  calm: { borderLeftColor: tokens.colorPaletteGreenBorderActive },
  pastText: { color: tokens.colorNeutralForeground3 },
  soonText: { color: tokens.colorPaletteMarigoldForeground2, fontWeight: tokens.fontWeightSemibold },
  calmText: { color: tokens.colorPaletteGreenForeground1 },
  divider: { gridColumn: '1 / -1', borderTop: `1px solid ${tokens.colorNeutralStroke2}` },
  proposals: {
    backgroundColor: tokens.colorBrandBackground2,
    borderTopColor: tokens.colorBrandStroke2,
    borderRightColor: tokens.colorBrandStroke2,
    borderBottomColor: tokens.colorBrandStroke2,
    borderLeftColor: tokens.colorBrandStroke2,
  },
  proposalList: { display: 'flex', flexDirection: 'column', gap: '6px' },
  proposalsTitle: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXS,
    color: tokens.colorBrandForeground2,
    fontWeight: tokens.fontWeightSemibold,
  },
  proposal: {
    display: 'grid',
    gridTemplateColumns: '100px minmax(0, 1fr) auto',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalXS} 0 0`,
    borderTop: `1px solid ${tokens.colorBrandStroke2}`,
  },
  proposalText: {
    display: 'flex',
    flexDirection: 'column',
    minWidth: 0,
    overflow: 'hidden',
    whiteSpace: 'nowrap',
    textOverflow: 'ellipsis',
  },
  muted: { color: tokens.colorNeutralForeground3 },
  hint: {
    color: tokens.colorNeutralForeground3,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
  },
  navButtons: { display: 'flex', gap: '2px' },
  footer: {
    display: 'flex',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    alignItems: 'center',
  },
});

type DialogState = { kind: 'add'; seed?: ItemDraftSeed } | { kind: 'edit'; item: ItemView } | null;

export function AgendaScreen({
  body,
  meetingId,
  route,
}: {
  body: BodyView;
  meetingId: string;
  route: Extract<Route, { screen: 'meeting' }>;
}) {
  const s = useStyles();
  const { today, navigate } = useAppState();
  const client = useQueryClient();
  const detail = useApiQuery('meetings.get', { id: meetingId });
  const people = useApiQuery('people.list', { bodyId: body.id });
  const move = useApiMutation('items.move');
  const remove = useApiMutation('items.delete');
  const restore = useApiMutation('trash.restore');
  const resolve = useApiMutation('items.resolveLate');
  const addProposal = useApiMutation('items.add');
  const documents = useDocuments();
  const [dialog, setDialog] = useState<DialogState>(null);
  const [highlight, setHighlight] = useState<string | null>(route.itemId ?? null);
  const pendingFocus = useRef<string | null>(route.itemId ?? null);
  const openActionsEl = useRef<HTMLElement | null>(null);
  const meeting = detail.data;
  const items = meeting?.items ?? [];
  const roving = useRovingRows(items.map((i) => i.id));

  // Focus (and briefly highlight) a row once it is on screen: after a move, an add, or a link from "Aandacht".
  useLayoutEffect(() => {
    const id = pendingFocus.current;
    if (id && items.some((i) => i.id === id) && !dialogOpen()) {
      pendingFocus.current = null;
      roving.focusRow(id);
    }
  });

  useEffect(() => {
    if (route.focus === 'openActions' && meeting) {
      openActionsEl.current?.scrollIntoView({ block: 'center' });
      openActionsEl.current?.focus();
    }
  }, [route.focus, route.nonce, meeting]);

  useEffect(() => {
    if (!highlight) return;
    const t = window.setTimeout(() => setHighlight(null), 2600);
    return () => window.clearTimeout(t);
  }, [highlight]);

  // Alt+N: a new item, from anywhere on the agenda.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (
        e.altKey &&
        !e.ctrlKey &&
        !e.metaKey &&
        e.key.toLowerCase() === 'n' &&
        !dialogOpen() &&
        meeting?.status !== 'cancelled'
      ) {
        e.preventDefault();
        setDialog({ kind: 'add' });
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [meeting?.status]);

  if (detail.isPending) return <Page title={nl.agenda.title('')}>{<Loading />}</Page>;
  if (detail.isError || !meeting)
    return (
      <Page title={nl.meetings.title}>
        <LoadError message={errorMessage(detail.error)} onRetry={() => void detail.refetch()} />
      </Page>
    );

  const key = queryKey('meetings.get', { id: meetingId });
  const onMove = (item: ItemView, toIndex: number) => {
    // Show the new order at once; a refetch still on its way would bring back the old one.
    void client.cancelQueries({ queryKey: key });
    const current = client.getQueryData<MeetingDetail>(key);
    if (current) {
      const moved = moveTyped(current.items, item.id, toIndex).map((i, index) => ({
        ...i,
        number: index + 1,
      }));
      client.setQueryData<MeetingDetail>(key, { ...current, items: moved });
    }
    pendingFocus.current = item.id;
    move.mutate(
      { id: item.id, toIndex },
      {
        onSuccess: () => {
          // Only when the reordering cost the row its focus: never pull focus back from where the user went on to.
          if (!document.activeElement || document.activeElement === document.body)
            pendingFocus.current = item.id;
        },
        onError: () => void detail.refetch(),
      },
    );
  };

  const onDelete = (item: ItemView) => {
    const index = items.findIndex((i) => i.id === item.id);
    const neighbour = items[index + 1] ?? items[index - 1];
    remove.mutate(
      { id: item.id },
      {
        onSuccess: () => {
          if (neighbour) pendingFocus.current = neighbour.id;
          notify({
            intent: 'success',
            text: nl.agenda.itemDeleted(item.title),
            action: {
              label: nl.common.restore,
              run: () => restore.mutate({ table: 'agenda_items', id: item.id }),
            },
          });
        },
      },
    );
  };

  const onResolveLate = (item: ItemView, decision: 'admit' | 'moveToNext') => {
    pendingFocus.current = item.id;
    resolve.mutate(
      { id: item.id, decision },
      {
        onSuccess: () =>
          notify({
            intent: 'success',
            text:
              decision === 'admit'
                ? nl.agenda.admitted(item.title)
                : nl.agenda.movedToNext(item.title, longDate(meeting.nextMeeting?.date ?? '')),
          }),
      },
    );
  };

  const onAddProposal = (p: ProposalView) => {
    // A voorbereidend item needs its target: ask for it in the dialog, everything else is one click.
    if (p.itemKind === 'voorbereidend') {
      setDialog({
        kind: 'add',
        seed: {
          kind: p.itemKind,
          title: p.title,
          recurringKey: p.kind === 'recurring' ? p.key : null,
          postponedFromItemId: p.kind === 'postponed' ? p.fromItemId : null,
        },
      });
      return;
    }
    addProposal.mutate(
      {
        meetingId: meeting.id,
        kind: p.itemKind,
        title: p.title,
        ...(p.kind === 'recurring' ? { recurringKey: p.key } : {}),
        ...(p.kind === 'postponed' && p.fromItemId ? { postponedFromItemId: p.fromItemId } : {}),
        ...(p.kind === 'feedback' && p.decisionId ? { feedbackDecisionId: p.decisionId } : {}),
      },
      {
        onSuccess: (item) => {
          pendingFocus.current = item.id;
          setHighlight(item.id);
          notify({ intent: 'success', text: nl.agenda.proposalAdded(item.title) });
        },
      },
    );
  };

  const cancelled = meeting.status === 'cancelled';
  const lastItem = items.at(-1);

  return (
    <Page
      title={
        <>
          {nl.agenda.title(longDate(meeting.date))}{' '}
          {meeting.status !== 'planned' ? (
            <Badge
              appearance="tint"
              color={meeting.status === 'held' ? 'success' : 'danger'}
              shape="rounded"
              style={{ verticalAlign: 'middle' }}
            >
              {nl.status[meeting.status]}
            </Badge>
          ) : null}
        </>
      }
      subtitle={body.name}
      windowTitle={nl.agenda.title(longDate(meeting.date))}
      commands={
        <>
          <Button
            appearance="subtle"
            icon={<ArrowLeftRegular />}
            onClick={() => navigate({ screen: 'meetings' })}
          >
            {nl.agenda.back}
          </Button>
          <div className={s.navButtons}>
            <Tooltip
              content={
                meeting.previousMeeting
                  ? `${nl.agenda.previous}: ${longDate(meeting.previousMeeting.date)}`
                  : nl.agenda.previous
              }
              relationship="label"
            >
              <Button
                icon={<ChevronLeftRegular />}
                disabled={!meeting.previousMeeting}
                onClick={() =>
                  meeting.previousMeeting &&
                  navigate({ screen: 'meeting', meetingId: meeting.previousMeeting.id })
                }
              />
            </Tooltip>
            <Tooltip
              content={
                meeting.nextMeeting
                  ? `${nl.agenda.next}: ${longDate(meeting.nextMeeting.date)}`
                  : nl.agenda.next
              }
              relationship="label"
            >
              <Button
                icon={<ChevronRightRegular />}
                disabled={!meeting.nextMeeting}
                onClick={() =>
                  meeting.nextMeeting && navigate({ screen: 'meeting', meetingId: meeting.nextMeeting.id })
                }
              />
            </Tooltip>
          </div>
          <DocumentsMenu body={body} meeting={meeting} />
          <Tooltip content={nl.agenda.addItemShortcut} relationship="description">
            <Button
              appearance="primary"
              icon={<AddRegular />}
              onClick={() => setDialog({ kind: 'add' })}
              disabled={cancelled}
              aria-keyshortcuts="Alt+N"
            >
              {nl.agenda.addItem}
            </Button>
          </Tooltip>
        </>
      }
    >
      {cancelled ? (
        <MessageBar intent="warning">
          <MessageBarBody>{nl.agenda.cancelled}</MessageBarBody>
        </MessageBar>
      ) : null}
      <SentState meeting={meeting} />
      <MeetingBar meeting={meeting} />

      <Section dense>
        <div className={s.facts} data-testid="meeting-facts">
          <Fact
            label={nl.agenda.time}
            value={meeting.end ? nl.time.range(meeting.start, meeting.end) : nl.time.at(meeting.start)}
            note={meeting.location || nl.agenda.noLocation}
          />
          <Fact
            label={nl.agenda.host}
            value={meeting.host?.name ?? nl.meetings.unknown}
            note={meeting.hostFromRotation ? undefined : nl.meetings.hostManual}
          />
          <Fact
            label={nl.agenda.chair}
            value={<RoleHolder holder={meeting.chair} />}
            note={meeting.chair.overridden ? (meeting.chair.reason ?? undefined) : meeting.chair.explanation}
          />
          <Fact
            label={nl.agenda.notulist}
            value={<RoleHolder holder={meeting.notulist} />}
            note={
              meeting.notulist.overridden
                ? (meeting.notulist.reason ?? undefined)
                : meeting.notulist.explanation
            }
          />
          <div className={s.divider} />
          <DeadlineFact
            label={nl.deadline.submissionLong}
            date={meeting.deadlines.submission}
            today={today}
            testId="deadline-submission"
          />
          <DeadlineFact
            label={nl.deadline.distributionLong}
            date={meeting.deadlines.distribution}
            today={today}
            testId="deadline-distribution"
          />
          <DeadlineFact
            label={nl.deadline.minutesLong}
            date={meeting.deadlines.minutes}
            today={today}
            testId="deadline-minutes"
          />
          <Fact
            label={nl.meetings.colItems}
            value={nl.meetings.itemsCount(meeting.typedItemCount, meeting.pendingLateCount)}
            note={lastItem?.startsAt ? nl.agenda.totalTime(endOf(items)) : undefined}
          />
        </div>
      </Section>

      {meeting.proposals.length > 0 && !cancelled ? (
        <Section dense className={s.proposals}>
          <div
            className={s.proposalList}
            data-testid="proposals"
            role="group"
            aria-label={nl.agenda.proposals}
          >
            <Caption1 className={s.proposalsTitle}>
              <SparkleRegular aria-hidden /> {nl.agenda.proposals}
            </Caption1>
            {meeting.proposals.map((p) => (
              <div key={p.key} className={s.proposal}>
                <Badge appearance="tint" color="brand" shape="rounded">
                  {nl.agenda.proposalKind[p.kind] ?? p.kind}
                </Badge>
                <div className={s.proposalText}>
                  <Body1>
                    <strong>{p.title}</strong>{' '}
                    <span className={s.muted}>
                      · {nl.kinds[p.itemKind]} · {p.reason}
                    </span>
                  </Body1>
                </div>
                <Button
                  size="small"
                  icon={<AddRegular />}
                  onClick={() => onAddProposal(p)}
                  disabled={addProposal.isPending}
                  aria-label={`${nl.agenda.proposalAdd}: ${p.title}`}
                >
                  {nl.agenda.proposalAdd}
                </Button>
              </div>
            ))}
          </div>
        </Section>
      ) : null}

      <Section flush>
        <ItemsTable
          meeting={meeting}
          activeId={roving.active}
          highlightId={highlight}
          rowProps={roving.rowProps}
          documents={documents}
          onMove={onMove}
          onEdit={(item) => setDialog({ kind: 'edit', item })}
          onDelete={onDelete}
          onResolveLate={onResolveLate}
          openActionsRef={(el) => {
            openActionsEl.current = el;
          }}
        />
        <Caption1 className={s.hint}>{nl.agenda.keyboardHint}</Caption1>
      </Section>
      <input {...documents.inputProps} />

      {dialog ? (
        <ItemDialog
          meeting={meeting}
          item={dialog.kind === 'edit' ? dialog.item : null}
          seed={dialog.kind === 'add' ? dialog.seed : undefined}
          people={people.data ?? []}
          today={today}
          onClose={() => setDialog(null)}
          onSaved={(item, created) => {
            setDialog(null);
            pendingFocus.current = item.id;
            if (created) setHighlight(item.id);
            notify({
              intent: 'success',
              text: created ? nl.item.added(item.title, item.number) : nl.item.saved(item.title),
            });
          }}
        />
      ) : null}
    </Page>
  );
}

function endOf(items: ItemView[]): string {
  const last = items.at(-1);
  if (!last?.startsAt) return '';
  const [h, m] = last.startsAt.split(':').map(Number) as [number, number];
  const total = h * 60 + m + (last.durationMinutes ?? 0);
  return `${String(Math.floor(total / 60) % 24).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}

function Fact({ label, value, note }: { label: string; value: ReactNode; note?: string }) {
  const s = useStyles();
  return (
    <div className={s.fact}>
      <Caption1 className={s.factLabel}>{label}</Caption1>
      <Body1 className={s.factValue}>{value}</Body1>
      {note ? (
        <Caption1 className={s.factNote} title={note}>
          {note}
        </Caption1>
      ) : null}
    </div>
  );
}

function DeadlineFact({
  label,
  date,
  today,
  testId,
}: {
  label: string;
  date: LocalDate;
  today: LocalDate;
  testId: string;
}) {
  const s = useStyles();
  const tone = deadlineTone(today, date);
  return (
    <div
      className={mergeClasses(s.fact, s.deadline, s[tone])}
      data-testid={testId}
      data-days={daysFrom(today, date)}
    >
      <Caption1 className={s.factLabel}>{label}</Caption1>
      <Body1 className={s.factValue}>{longDate(date)}</Body1>
      <Caption1 className={tone === 'past' ? s.pastText : tone === 'soon' ? s.soonText : s.calmText}>
        {deadlineLeft(today, date)}
      </Caption1>
    </div>
  );
}
