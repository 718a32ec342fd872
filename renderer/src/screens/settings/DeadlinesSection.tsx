// The body's deadlines: days before (submission, distribution) and after (minutes) a meeting, in calendar or
// working days, the shift off weekends and holidays, and what that means for an example meeting.
import {
  Caption1,
  Field,
  Radio,
  RadioGroup,
  SpinButton,
  Switch,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { DeadlineSettings, LocalDate } from '../../../../shared/domain/types';
import { computeDeadlines } from '../../../../shared/rules/deadlines';
import { isValidLocalDate } from '../../../../shared/rules/calendar';
import { nl } from '../../i18n/nl';
import { Section } from '../../components/Page';
import { longDate } from '../../lib/format';
import { exampleDate, spinValue, type SectionProps } from './bodyDraft';

const useStyles = makeStyles({
  grid3eq: {
    display: 'grid',
    // Three equal columns within the card: fixed 180px ones ran out of it on a 1366px screen.
    gridTemplateColumns: 'repeat(3, minmax(0, 1fr))',
    gap: tokens.spacingHorizontalL,
    alignItems: 'start',
  },
  example: {
    backgroundColor: tokens.colorNeutralBackground3,
    borderRadius: tokens.borderRadiusMedium,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    color: tokens.colorNeutralForeground2,
  },
});

export function DeadlinesSection({
  draft,
  set,
  fieldState,
  today,
  nextMeeting,
}: SectionProps & { today: LocalDate; nextMeeting: LocalDate | null }) {
  const s = useStyles();
  const setDeadline = <K extends keyof DeadlineSettings>(key: K, value: DeadlineSettings[K]) =>
    set('deadlines', { ...draft.deadlines, [key]: value });
  const example = exampleDate(today, nextMeeting);
  let exampleText: string | null;
  try {
    const cal = { closedDays: draft.closedDays.map((d) => d.date).filter(isValidLocalDate) };
    const d = computeDeadlines(example, draft.deadlines, cal);
    exampleText = nl.settings.example(
      longDate(example),
      longDate(d.submission),
      longDate(d.distribution),
      longDate(d.minutes),
    );
  } catch {
    exampleText = null;
  }
  return (
    <Section title={nl.settings.deadlines} hint={nl.settings.deadlinesHint}>
      <div className={s.grid3eq}>
        <Field label={nl.settings.submissionDays} {...fieldState('deadlines.submissionDays')}>
          <SpinButton
            min={0}
            max={60}
            value={draft.deadlines.submissionDays}
            onChange={(_e, d) => setDeadline('submissionDays', spinValue(d, draft.deadlines.submissionDays))}
          />
        </Field>
        <Field label={nl.settings.distributionDays} {...fieldState('deadlines.distributionDays')}>
          <SpinButton
            min={0}
            max={60}
            value={draft.deadlines.distributionDays}
            onChange={(_e, d) =>
              setDeadline('distributionDays', spinValue(d, draft.deadlines.distributionDays))
            }
          />
        </Field>
        <Field label={nl.settings.minutesDays} {...fieldState('deadlines.minutesDays')}>
          <SpinButton
            min={0}
            max={60}
            value={draft.deadlines.minutesDays}
            onChange={(_e, d) => setDeadline('minutesDays', spinValue(d, draft.deadlines.minutesDays))}
          />
        </Field>
      </div>
      <Field label={nl.settings.unit} {...fieldState('deadlines.unit')}>
        <RadioGroup
          value={draft.deadlines.unit}
          onChange={(_e, d) => setDeadline('unit', d.value === 'working' ? 'working' : 'calendar')}
        >
          <Radio value="calendar" label={nl.settings.unitCalendar} />
          <Radio value="working" label={nl.settings.unitWorking} />
        </RadioGroup>
      </Field>
      <Switch
        checked={draft.deadlines.shiftToWorkingDay}
        disabled={draft.deadlines.unit === 'working'}
        onChange={(_e, d) => setDeadline('shiftToWorkingDay', d.checked)}
        label={nl.settings.shift}
      />
      {exampleText ? (
        <Caption1 className={s.example} aria-live="polite">
          {exampleText}
        </Caption1>
      ) : null}
    </Section>
  );
}
