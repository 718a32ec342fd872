// The body's own closed days (between Christmas and New Year, say), on top of the public holidays.
import { Body1, Button, Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import { AddRegular, DeleteRegular } from '@fluentui/react-icons';
import { isValidLocalDate } from '../../../../shared/rules/calendar';
import { nl } from '../../i18n/nl';
import { Section } from '../../components/Page';
import { plainDate } from '../../lib/format';
import { rowKey, type SectionProps } from './bodyDraft';
import { DateField } from '../../components/DateField';

const useStyles = makeStyles({
  closedRow: {
    display: 'grid',
    gridTemplateColumns: '170px minmax(0, 1fr) auto',
    gap: tokens.spacingHorizontalS,
    alignItems: 'start',
  },
  empty: { color: tokens.colorNeutralForeground3 },
});

export function ClosedDaysSection({ draft, set, fieldState }: SectionProps) {
  const s = useStyles();
  return (
    <Section title={nl.settings.closedDays} hint={nl.settings.closedDaysHint}>
      {draft.closedDays.length === 0 ? <Body1 className={s.empty}>{nl.settings.noClosedDays}</Body1> : null}
      {draft.closedDays.map((day, index) => (
        <div key={day.key} className={s.closedRow}>
          <Field
            label={index === 0 ? nl.settings.closedDate : undefined}
            {...fieldState(`closedDays[${index}].date`)}
          >
            <DateField
              fill
              aria-label={nl.settings.closedDate}
              value={day.date}
              onChange={(v) =>
                set(
                  'closedDays',
                  draft.closedDays.map((c) => (c.key === day.key ? { ...c, date: v } : c)),
                )
              }
            />
          </Field>
          <Field
            label={index === 0 ? nl.settings.closedReason : undefined}
            {...fieldState(`closedDays[${index}].reason`)}
          >
            <Input
              aria-label={nl.settings.closedReason}
              value={day.reason}
              placeholder={nl.settings.closedReasonPlaceholder}
              onChange={(_e, d) =>
                set(
                  'closedDays',
                  draft.closedDays.map((c) => (c.key === day.key ? { ...c, reason: d.value } : c)),
                )
              }
            />
          </Field>
          <Button
            appearance="subtle"
            icon={<DeleteRegular />}
            aria-label={nl.settings.removeClosedDay}
            title={day.date && isValidLocalDate(day.date) ? plainDate(day.date) : nl.common.remove}
            style={{ marginTop: index === 0 ? '26px' : 0 }}
            onClick={() =>
              set(
                'closedDays',
                draft.closedDays.filter((c) => c.key !== day.key),
              )
            }
          />
        </div>
      ))}
      <div>
        <Button
          icon={<AddRegular />}
          onClick={() => set('closedDays', [...draft.closedDays, { key: rowKey(), date: '', reason: '' }])}
        >
          {nl.settings.addClosedDay}
        </Button>
      </div>
    </Section>
  );
}
