// The body's recurring items (every two months the staffing dashboard, say): proposed on the agendas of the
// months they are due.
import {
  Body1,
  Button,
  Dropdown,
  Field,
  Input,
  Option,
  Select,
  SpinButton,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { AddRegular, DeleteRegular } from '@fluentui/react-icons';
import { ITEM_KINDS, type ItemKind, type RecurringItemSetting } from '../../../../shared/domain/types';
import { nl } from '../../i18n/nl';
import { Section } from '../../components/Page';
import { recurringKey } from '../../lib/format';
import { rowKey, spinValue, type SectionProps } from './bodyDraft';

const useStyles = makeStyles({
  recurringRow: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr) 150px 110px 130px 170px auto',
    gap: tokens.spacingHorizontalS,
    alignItems: 'start',
  },
  empty: { color: tokens.colorNeutralForeground3 },
  smallSelect: { minWidth: 0 },
});

export function RecurringSection({ draft, set, fieldState }: SectionProps) {
  const s = useStyles();
  return (
    <Section title={nl.settings.recurring} hint={nl.settings.recurringHint}>
      {draft.recurring.length === 0 ? <Body1 className={s.empty}>{nl.settings.noRecurring}</Body1> : null}
      {draft.recurring.map((r, index) => {
        const update = (patch: Partial<RecurringItemSetting>) =>
          set(
            'recurring',
            draft.recurring.map((x) => (x.rowKey === r.rowKey ? { ...x, ...patch } : x)),
          );
        const label = (text: string) => (index === 0 ? text : undefined);
        return (
          <div key={r.rowKey} className={s.recurringRow}>
            <Field label={label(nl.settings.recurringTitle)} {...fieldState(`recurring[${index}].title`)}>
              <Input
                aria-label={nl.settings.recurringTitle}
                value={r.title}
                onChange={(_e, d) => update({ title: d.value })}
              />
            </Field>
            <Field label={label(nl.settings.recurringKind)} {...fieldState(`recurring[${index}].kind`)}>
              <Select
                aria-label={nl.settings.recurringKind}
                value={r.kind}
                onChange={(_e, d) => update({ kind: d.value as ItemKind })}
              >
                {ITEM_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {nl.kinds[k]}
                  </option>
                ))}
              </Select>
            </Field>
            <Field
              label={label(nl.settings.recurringEvery)}
              {...fieldState(`recurring[${index}].everyMonths`)}
            >
              <SpinButton
                aria-label={nl.settings.recurringEvery}
                min={1}
                max={24}
                value={r.everyMonths}
                onChange={(_e, d) => update({ everyMonths: spinValue(d, r.everyMonths) })}
              />
            </Field>
            <Field
              label={label(nl.settings.recurringStart)}
              {...fieldState(`recurring[${index}].startMonth`)}
            >
              <Select
                aria-label={nl.settings.recurringStart}
                value={String(r.startMonth)}
                onChange={(_e, d) => update({ startMonth: Number(d.value) })}
              >
                {nl.months.map((m, i) => (
                  <option key={m} value={i + 1}>
                    {m}
                  </option>
                ))}
              </Select>
            </Field>
            <Field label={label(nl.settings.recurringMonths)} {...fieldState(`recurring[${index}].months`)}>
              <Dropdown
                aria-label={nl.settings.recurringMonths}
                className={s.smallSelect}
                multiselect
                placeholder={nl.settings.recurringMonthsAll}
                value={(r.months ?? []).map((m) => nl.months[m - 1]).join(', ')}
                selectedOptions={(r.months ?? []).map(String)}
                onOptionSelect={(_e, d) =>
                  update({ months: d.selectedOptions.map(Number).sort((a, b) => a - b) })
                }
              >
                {nl.months.map((m, i) => (
                  <Option key={m} value={String(i + 1)}>
                    {m}
                  </Option>
                ))}
              </Dropdown>
            </Field>
            <Button
              appearance="subtle"
              icon={<DeleteRegular />}
              aria-label={nl.settings.removeRecurring}
              title={nl.settings.removeRecurring}
              style={{ marginTop: index === 0 ? '26px' : 0 }}
              onClick={() =>
                set(
                  'recurring',
                  draft.recurring.filter((x) => x.rowKey !== r.rowKey),
                )
              }
            />
          </div>
        );
      })}
      <div>
        <Button
          icon={<AddRegular />}
          onClick={() =>
            set('recurring', [
              ...draft.recurring,
              {
                rowKey: rowKey(),
                key: recurringKey(
                  `punt-${draft.recurring.length + 1}`,
                  draft.recurring.map((x) => x.key),
                ),
                title: '',
                kind: 'informerend',
                everyMonths: 1,
                startMonth: 1,
              },
            ])
          }
        >
          {nl.settings.addRecurring}
        </Button>
      </div>
    </Section>
  );
}
