// The notulist's record of one meeting: attendance, and per item the notes, decisions and actions. On the
// right the minutes flow — concept → verzonden (due D+5, counted down, flagged late) → vastgesteld — with what
// is still missing, sending (consciously past the warnings), and the export to Word. Adopted minutes are
// read-only, and the screen says so.
import { useEffect, useState } from 'react';
import {
  Badge,
  Body1,
  Button,
  Caption1,
  Checkbox,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Tooltip,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import {
  ArrowLeftRegular,
  CheckmarkCircleFilled,
  CircleRegular,
  DocumentArrowDownRegular,
  LockClosedRegular,
  PresenterRegular,
  SendRegular,
  WarningFilled,
} from '@fluentui/react-icons';
import type { BodyView, MeetingDetail, MinutesStateView } from '../../../../shared/api/views';
import { localDateOf } from '../../../../shared/rules/clock';
import { nl } from '../../i18n/nl';
import { nlm } from '../../i18n/nl-meeting';
import { LoadError, Loading, Page } from '../../components/Page';
import { DialogFrame } from '../../components/DialogFrame';
import { ErrorBar } from '../../components/ErrorBar';
import { useApiMutation, useApiQuery } from '../../api/queries';
import { useApi } from '../../api/context';
import { errorMessage } from '../../api/errors';
import { useAppState } from '../../app/state';
import { notify } from '../../app/notify';
import { longDate, plainDate } from '../../lib/format';
import type { MeetingRoute } from '../meeting-mode/routes';
import { Attendance } from './Attendance';
import { ItemRecord } from './ItemRecord';
import { ExportBar, useExport } from './useExport';
import { scrollWithin } from './scroll';

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
  card: {
    backgroundColor: tokens.colorNeutralBackground1,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusLarge,
    boxShadow: tokens.shadow2,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  cardTitle: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase300, margin: 0 },
  steps: { display: 'flex', flexDirection: 'column', margin: 0, padding: 0, listStyleType: 'none' },
  step: {
    display: 'grid',
    gridTemplateColumns: '22px minmax(0, 1fr)',
    gap: tokens.spacingHorizontalS,
    position: 'relative',
    paddingBottom: tokens.spacingVerticalM,
  },
  stepLine: {
    '::before': {
      content: '""',
      position: 'absolute',
      left: '10px',
      top: '22px',
      bottom: '2px',
      borderLeft: `2px solid ${tokens.colorNeutralStroke2}`,
    },
  },
  stepIcon: { fontSize: '22px', display: 'flex', color: tokens.colorNeutralForeground4 },
  stepDone: { color: tokens.colorPaletteGreenForeground1 },
  stepCurrent: { color: tokens.colorBrandForeground1 },
  stepText: { display: 'flex', flexDirection: 'column', gap: '1px' },
  stepName: { fontWeight: tokens.fontWeightSemibold },
  muted: { color: tokens.colorNeutralForeground3 },
  late: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  soon: { color: tokens.colorPaletteMarigoldForeground2, fontWeight: tokens.fontWeightSemibold },
  calm: { color: tokens.colorPaletteGreenForeground1 },
  warnings: {
    display: 'flex',
    flexDirection: 'column',
    gap: '2px',
    margin: 0,
    padding: 0,
    listStyleType: 'none',
  },
  warning: {
    display: 'grid',
    gridTemplateColumns: '18px minmax(0, 1fr)',
    gap: tokens.spacingHorizontalXS,
    alignItems: 'start',
    width: '100%',
    padding: `4px ${tokens.spacingHorizontalXS}`,
    border: 'none',
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: 'transparent',
    textAlign: 'left',
    font: 'inherit',
    fontSize: tokens.fontSizeBase200,
    color: 'inherit',
    cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  warnIcon: { color: tokens.colorPaletteMarigoldForeground1, fontSize: '16px', marginTop: '1px' },
  ok: {
    display: 'flex',
    gap: tokens.spacingHorizontalXS,
    alignItems: 'center',
    color: tokens.colorPaletteGreenForeground1,
  },
  buttons: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  wide: { width: '100%' },
  dialogList: {
    margin: `${tokens.spacingVerticalS} 0`,
    paddingLeft: tokens.spacingHorizontalXL,
    display: 'flex',
    flexDirection: 'column',
    gap: '2px',
  },
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

function scrollToRecord(itemId: string) {
  const el = document.getElementById(itemId ? `record-${itemId}` : 'record-attendance');
  scrollWithin(el, 'start', true);
  const field = el?.querySelector<HTMLElement>('textarea, input');
  field?.focus({ preventScroll: true });
}

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
  const [sending, setSending] = useState(false);
  const [flash, setFlash] = useState<string | null>(focusItem);
  const frozen = state.frozen;

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
          {meeting.items.map((item) => (
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
          <Flow meeting={meeting} state={state} today={today} />
          {state.status === 'draft' ? (
            <section className={s.card} aria-label={nlm.flow.todo} data-testid="minutes-warnings">
              <h2 className={s.cardTitle}>{nlm.flow.todo}</h2>
              {state.warnings.length === 0 ? (
                <span className={s.ok}>
                  <CheckmarkCircleFilled /> <Caption1>{nlm.flow.complete}</Caption1>
                </span>
              ) : (
                <ul className={s.warnings}>
                  {state.warnings.map((w, i) => (
                    <li key={i}>
                      <button type="button" className={s.warning} onClick={() => scrollToRecord(w.itemId)}>
                        <WarningFilled className={s.warnIcon} aria-hidden />
                        <span>{w.message}</span>
                      </button>
                    </li>
                  ))}
                </ul>
              )}
            </section>
          ) : null}
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
            ) : null}
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
        <SendDialog
          meeting={meeting}
          state={state}
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

function Flow({ meeting, state, today }: { meeting: MeetingDetail; state: MinutesStateView; today: string }) {
  const s = useStyles();
  const sent = state.status !== 'draft';
  const adopted = state.status === 'adopted';
  const dueTone = state.overdue ? s.late : state.daysLeft <= 2 ? s.soon : s.calm;
  const steps = [
    {
      key: 'draft',
      name: nlm.flow.status.draft,
      done: sent,
      current: !sent,
      lines: [meeting.date > today ? nlm.flow.notHeldYet : nlm.flow.draftText],
    },
    {
      key: 'sent',
      name: nlm.flow.sentStep,
      done: sent,
      current: false,
      // The day counts (the D+5 rule); minutes of a plan's earlier meeting may have no known day.
      lines: sent
        ? [
            state.sentAt
              ? nlm.flow.sentOn(plainDate(localDateOf(new Date(state.sentAt))))
              : nlm.flow.sentOnUnknown,
          ]
        : [nlm.flow.due(plainDate(state.due))],
      due: !sent,
    },
    {
      key: 'adopted',
      name: nlm.flow.status.adopted,
      done: adopted,
      current: sent && !adopted,
      lines: adopted
        ? [nlm.flow.adoptedIn(plainDate(state.adoptedInMeeting?.date ?? ''))]
        : [
            meeting.nextMeeting
              ? nlm.flow.adoptNext(plainDate(meeting.nextMeeting.date))
              : nlm.flow.adoptLater,
          ],
    },
  ];
  return (
    <section className={s.card} aria-label={nlm.flow.title} data-testid="minutes-flow">
      <h2 className={s.cardTitle}>{nlm.flow.title}</h2>
      <ol className={s.steps}>
        {steps.map((step, i) => (
          <li
            key={step.key}
            className={mergeClasses(s.step, i < steps.length - 1 && s.stepLine)}
            data-step={step.key}
            data-done={step.done ? 'true' : undefined}
          >
            <span
              className={mergeClasses(
                s.stepIcon,
                step.done ? s.stepDone : step.current ? s.stepCurrent : undefined,
              )}
              aria-hidden
            >
              {step.done ? <CheckmarkCircleFilled /> : <CircleRegular />}
            </span>
            <span className={s.stepText}>
              <Body1 className={s.stepName}>{step.name}</Body1>
              {step.lines.map((line) => (
                <Caption1 key={line} className={s.muted}>
                  {line}
                </Caption1>
              ))}
              {step.due ? (
                <Caption1 className={dueTone} data-testid="minutes-due">
                  {state.overdue ? nlm.flow.overdue(-state.daysLeft) : nl.deadline.left(state.daysLeft)}
                </Caption1>
              ) : null}
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}

function SendDialog({
  meeting,
  state,
  onClose,
  onGoTo,
}: {
  meeting: MeetingDetail;
  state: MinutesStateView;
  onClose: () => void;
  onGoTo: (itemId: string) => void;
}) {
  const s = useStyles();
  const send = useApiMutation('minutes.send', { quiet: true });
  const [acknowledged, setAcknowledged] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const warnings = state.warnings;
  const submit = () =>
    send.mutate(
      { meetingId: meeting.id, acknowledgeWarnings: warnings.length > 0 && acknowledged },
      {
        onSuccess: () => {
          onClose();
          notify({
            intent: 'success',
            title: nlm.flow.sentTitle,
            text: nlm.flow.sent(plainDate(meeting.date)),
          });
        },
        onError: (e) => setError(e.body.message),
      },
    );
  return (
    <DialogFrame
      title={warnings.length ? nlm.flow.incompleteTitle : nlm.flow.sendTitle}
      width={600}
      onClose={onClose}
      modalType="alert"
      actions={
        <>
          {warnings.length ? (
            <Button onClick={() => onGoTo(warnings[0]?.itemId ?? '')}>{nlm.flow.complete_}</Button>
          ) : (
            <Button onClick={onClose}>{nl.common.cancel}</Button>
          )}
          <Button
            appearance="primary"
            icon={<SendRegular />}
            onClick={submit}
            disabled={send.isPending || (warnings.length > 0 && !acknowledged)}
            data-testid="send-confirm"
          >
            {warnings.length ? nlm.flow.sendAnyway : nlm.flow.send}
          </Button>
        </>
      }
    >
      {warnings.length ? (
        <>
          <Body1>{nlm.flow.incompleteText(warnings.length)}</Body1>
          <ul className={s.dialogList} data-testid="send-warnings">
            {warnings.map((w, i) => (
              <li key={i}>
                <Body1>{w.message}</Body1>
              </li>
            ))}
          </ul>
          <Checkbox
            checked={acknowledged}
            onChange={(_e, d) => setAcknowledged(d.checked === true)}
            label={nlm.flow.acknowledge}
          />
        </>
      ) : (
        <Body1>{nlm.flow.sendText(plainDate(state.due))}</Body1>
      )}
      {error ? <ErrorBar>{error}</ErrorBar> : null}
    </DialogFrame>
  );
}
