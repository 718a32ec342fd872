// The minutes flow in the aside: concept → verzonden (due D+5, counted down, flagged late) → vastgesteld.
import { Body1, Caption1, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { CheckmarkCircleFilled, CircleRegular } from '@fluentui/react-icons';
import type { MeetingDetail, MinutesStateView } from '../../../../shared/api/views';
import { localDateOf } from '../../../../shared/rules/clock';
import { nl } from '../../i18n/nl';
import { nlm } from '../../i18n/nl-meeting';
import { plainDate } from '../../lib/format';
import { useMinutesStyles } from './minutesStyles';

const useStyles = makeStyles({
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
  late: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  soon: { color: tokens.colorPaletteMarigoldForeground2, fontWeight: tokens.fontWeightSemibold },
  calm: { color: tokens.colorPaletteGreenForeground1 },
});

export function MinutesFlow({
  meeting,
  state,
  today,
}: {
  meeting: MeetingDetail;
  state: MinutesStateView;
  today: string;
}) {
  const s = useStyles();
  const m = useMinutesStyles();
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
    <section className={m.card} aria-label={nlm.flow.title} data-testid="minutes-flow">
      <h2 className={m.cardTitle}>{nlm.flow.title}</h2>
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
                <Caption1 key={line} className={m.muted}>
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
