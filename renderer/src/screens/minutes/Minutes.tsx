// The notulist's record of one meeting: attendance, and per item the notes, decisions and actions. On the
// right the minutes flow — concept → verzonden (due D+5, counted down, flagged late) → vastgesteld — with what
// is still missing, sending (consciously past the warnings), and the export to Word. Adopted minutes are
// read-only, and the screen says so.
import { useEffect, useState } from 'react';
import {
  Badge,
  Button,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Tooltip,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import {
  ArrowLeftRegular,
  DocumentArrowDownRegular,
  LockClosedRegular,
  MailRegular,
  PresenterRegular,
  SendRegular,
} from '@fluentui/react-icons';
import type { BodyView, MeetingDetail, MinutesStateView } from '../../../../shared/api/views';
import { nl } from '../../i18n/nl';
import { nlm } from '../../i18n/nl-meeting';
import { LoadError, Loading, Page } from '../../components/Page';
import { useApiQuery } from '../../api/queries';
import { useApi } from '../../api/context';
import { errorMessage } from '../../api/errors';
import { useAppState } from '../../app/state';
import { longDate, plainDate } from '../../lib/format';
import type { MeetingRoute } from '../meeting-mode/routes';
import { Attendance } from './Attendance';
import { ItemRecord } from './ItemRecord';
import { useProgressiveCount } from '../../components/useProgressiveCount';
import { MinutesFlow } from './MinutesFlow';
import { MinutesTodo } from './MinutesTodo';
import { SendMinutesDialog } from './SendMinutesDialog';
import { ExportBar, useExport } from './useExport';
import { useMinutesMail } from './useMinutesMail';
import { scrollToRecord, scrollWithin } from './scroll';

const useStyles = makeStyles({
  noShrink: { flexShrink: 0 },
  layout: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr) 280px',
    gap: tokens.spacingHorizontalL,
    alignItems: 'start',
  },
  main: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, minWidth: 0 },
  aside: {
    position: 'sticky',
    top: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
  },
  buttons: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  wide: { width: '100%' },
});

export function MinutesScreen({
  body,
  meetingId,
  route,
}: {
  body: BodyView;
  meetingId: string;
  route: Extract<MeetingRoute, { screen: 'minutes' }>;
}) {
  const detail = useApiQuery('meetings.get', { id: meetingId });
  const state = useApiQuery('minutes.state', { meetingId });
  if (detail.isPending || state.isPending)
    return (
      <Page title={nlm.minutes.titlePlain}>
        <Loading />
      </Page>
    );
  if (detail.isError || state.isError || !detail.data || !state.data)
    return (
      <Page title={nlm.minutes.titlePlain}>
        <LoadError
          message={errorMessage(detail.error ?? state.error)}
          onRetry={() => void Promise.all([detail.refetch(), state.refetch()])}
        />
      </Page>
    );
  return <Minutes body={body} meeting={detail.data} state={state.data} focusItem={route.itemId ?? null} />;
}

/** Item records rendered before the first paint: more than fill the screen at 1366×768. */
const FIRST_RECORDS = 4;

function Minutes({
  body,
  meeting,
  state,
  focusItem,
}: {
  body: BodyView;
  meeting: MeetingDetail;
  state: MinutesStateView;
  focusItem: string | null;
}) {
  const s = useStyles();
  const { navigate, today } = useAppState();
  const api = useApi();
  const people = useApiQuery('people.list', { bodyId: body.id });
  const exporter = useExport();
  const mail = useMinutesMail();
  const [sending, setSending] = useState(false);
  const [flash, setFlash] = useState<string | null>(focusItem);
  const frozen = state.frozen;
  // The items in view first (down to the one asked for), the rest right after.
  const focusIndex = focusItem ? meeting.items.findIndex((i) => i.id === focusItem) : -1;
  const shown = useProgressiveCount(meeting.items.length, Math.max(FIRST_RECORDS, focusIndex + 1));

  useEffect(() => {
    if (!focusItem) return;
    scrollWithin(document.getElementById(`record-${focusItem}`));
    const t = window.setTimeout(() => setFlash(null), 2200);
    return () => window.clearTimeout(t);
  }, [focusItem]);

  const exportMinutes = () =>
    void exporter.run(
      (outPath) => api['export.minutes']({ meetingId: meeting.id, ...(outPath ? { outPath } : {}) }),
      nlm.exporting.minutesDialog,
      nlm.exporting.minutesName(body.shortName || body.name, meeting.date),
    );

  return (
    <Page
      title={
        <>
          {nlm.minutes.title(longDate(meeting.date))}{' '}
          <Badge
            appearance="tint"
            shape="rounded"
            color={
              state.status === 'adopted'
                ? 'success'
                : state.status === 'sent'
                  ? 'brand'
                  : state.overdue
                    ? 'danger'
                    : 'informative'
            }
            style={{ verticalAlign: 'middle' }}
            data-testid="minutes-status"
          >
            {nlm.flow.status[state.status]}
          </Badge>
        </>
      }
      subtitle={`${body.name} · ${nlm.minutes.notulist(meeting.notulist.name ?? nl.meetings.unknown)}`}
      commands={
        <>
          <Button
            appearance="subtle"
            icon={<ArrowLeftRegular />}
            onClick={() => navigate({ screen: 'meeting', meetingId: meeting.id })}
          >
            {nlm.minutes.toAgenda}
          </Button>
          <Button
            icon={<PresenterRegular />}
            onClick={() => navigate({ screen: 'meetingMode', meetingId: meeting.id })}
          >
            {nlm.mode.open}
          </Button>
        </>
      }
    >
      {frozen ? (
        <MessageBar
          intent="info"
          layout="multiline"
          icon={<LockClosedRegular />}
          className={s.noShrink}
          data-testid="frozen"
        >
          <MessageBarBody>
            <MessageBarTitle>{nlm.flow.frozenTitle}</MessageBarTitle>
            {nlm.flow.frozenText(plainDate(state.adoptedInMeeting?.date ?? ''), state.adoptionChanges)}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {exporter.done ? <ExportBar done={exporter.done} onDismiss={exporter.dismiss} /> : null}
      <div className={s.layout}>
        <div className={s.main}>
          <Attendance meeting={meeting} frozen={frozen} />
          {meeting.items.slice(0, shown).map((item) => (
            <ItemRecord
              key={item.id}
              meeting={meeting}
              item={item}
              people={people.data ?? []}
              frozen={frozen}
              flash={flash === item.id}
            />
          ))}
        </div>
        <aside className={s.aside} aria-label={nlm.flow.title}>
          <MinutesFlow meeting={meeting} state={state} today={today} />
          {state.status === 'draft' ? <MinutesTodo state={state} /> : null}
          <div className={s.buttons}>
            {state.status === 'draft' ? (
              <Button
                appearance="primary"
                className={s.wide}
                icon={<SendRegular />}
                onClick={() => setSending(true)}
                data-testid="send-minutes"
              >
                {nlm.flow.send}
              </Button>
            ) : (
              <Tooltip content={nlm.flow.mailHint} relationship="description">
                <Button
                  className={s.wide}
                  icon={<MailRegular />}
                  onClick={() => void mail.run(meeting.id)}
                  disabled={mail.busy}
                  data-testid="minutes-mail"
                >
                  {nlm.flow.mail}
                </Button>
              </Tooltip>
            )}
            <Tooltip content={nlm.exporting.minutesHint} relationship="description">
              <Button
                className={s.wide}
                icon={<DocumentArrowDownRegular />}
                onClick={exportMinutes}
                disabled={exporter.busy}
                data-testid="export-minutes"
              >
                {exporter.busy ? nlm.exporting.busy : nlm.exporting.minutes}
              </Button>
            </Tooltip>
          </div>
        </aside>
      </div>
      {sending ? (
        <SendMinutesDialog
          meeting={meeting}
          state={state}
          onSent={() => void mail.run(meeting.id)}
          onClose={() => setSending(false)}
          onGoTo={(itemId) => {
            setSending(false);
            window.setTimeout(() => scrollToRecord(itemId), 50);
          }}
        />
      ) : null}
    </Page>
  );
}
