// The agenda builder of one meeting: the header (date, time, place, host, chair, notulist, the deadlines
// with days left), proposals, and the items with their documents.
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import {
  Badge,
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  Tooltip,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { AddRegular, ArrowLeftRegular } from '@fluentui/react-icons';
import type { BodyView, ItemView, ProposalView } from '../../../../shared/api/views';
import { nl } from '../../i18n/nl';
import { Page, Section, Loading, LoadError } from '../../components/Page';
import { useRovingRows } from '../../components/useRovingRows';
import { useApiMutation, useApiQuery } from '../../api/queries';
import { useOptimisticMeeting } from '../../api/useOptimisticMeeting';
import { errorMessage } from '../../api/errors';
import { useAppState, type Route } from '../../app/state';
import { notify } from '../../app/notify';
import { dialogOpen } from '../../app/keys';
import { longDate } from '../../lib/format';
import { moveTyped } from '../../lib/order';
import { ItemsTable } from './ItemsTable';
import { ItemDialog, type ItemDraftSeed } from './ItemDialog';
import { useDocuments } from './useDocuments';
import { MeetingFacts } from './MeetingFacts';
import { MeetingNav } from './MeetingNav';
import { Proposals } from './Proposals';
import { DocumentsMenu, SentState } from '../documents/DocumentsMenu';
import { MeetingBar } from '../meeting-mode/MeetingBar';
import type { LateResolution } from '../../../../shared/domain/types';
import { KIND_RULES } from '../../../../shared/domain/item-kinds';

const useStyles = makeStyles({
  hint: {
    color: tokens.colorNeutralForeground3,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
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
  const optimistic = useOptimisticMeeting(meetingId);
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

  const onMove = (item: ItemView, toIndex: number) => {
    // Show the new order at once.
    optimistic.update((current) => ({
      ...current,
      items: moveTyped(current.items, item.id, toIndex).map((i, index) => ({ ...i, number: index + 1 })),
    }));
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

  const onResolveLate = (item: ItemView, decision: LateResolution) => {
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
    // Advice forwarded from another body: its type is chosen here, so the dialog asks for it first.
    if (p.kind === 'forwarded' && p.followUpId) {
      setDialog({
        kind: 'add',
        seed: {
          title: p.title,
          explanation: p.explanation,
          proposal: p.proposal,
          forwardFollowUpId: p.followUpId,
        },
      });
      return;
    }
    // A voorbereidend item needs its target: ask for it in the dialog, everything else is one click.
    if (KIND_RULES[p.itemKind].decidedElsewhere) {
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
        ...(p.kind === 'feedback' && p.followUpId
          ? { feedbackFollowUpId: p.followUpId, explanation: p.explanation }
          : {}),
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
          <MeetingNav meeting={meeting} />
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

      <MeetingFacts meeting={meeting} today={today} />

      {meeting.proposals.length > 0 && !cancelled ? (
        <Proposals proposals={meeting.proposals} busy={addProposal.isPending} onAdd={onAddProposal} />
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
