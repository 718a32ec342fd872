// A body's settings for the decision chain: after how many weeks an advice still waiting for the stuurgroep or
// a college is signalled in Aandacht, and which body in Regie is its stuurgroep (advice for the stuurgroep is
// proposed on that body's next agenda; without a choice, the one other body named "stuurgroep").
import { Field, Select, SpinButton, makeStyles, tokens } from '@fluentui/react-components';
import type { BodyView } from '../../../../shared/api/views';
import { nlc } from '../../i18n/nl-chain';
import { useApiQuery } from '../../api/queries';
import { Section } from '../../components/Page';
import { VoorstelTemplates } from './VoorstelTemplates';

const useStyles = makeStyles({
  grid: {
    display: 'grid',
    gridTemplateColumns: '180px minmax(0, 1fr)',
    gap: tokens.spacingHorizontalL,
    alignItems: 'start',
  },
});

const AUTO = '';

export function ChainSettings({
  body,
  followUpWeeks,
  stuurgroepBodyId,
  onWeeks,
  onStuurgroep,
  fieldState,
}: {
  body: BodyView | null;
  followUpWeeks: number;
  stuurgroepBodyId: string | null;
  onWeeks: (weeks: number) => void;
  onStuurgroep: (id: string | null) => void;
  fieldState: (path: string) => object;
}) {
  const s = useStyles();
  const bodies = useApiQuery('bodies.list', {});
  const others = (bodies.data ?? []).filter((b) => b.id !== body?.id);
  const automatic = body && !body.stuurgroepBodyId ? body.stuurgroep : null;
  return (
    <Section title={nlc.settingsTitle}>
      <div className={s.grid}>
        <Field label={nlc.followUpWeeks} hint={nlc.followUpWeeksHint} {...fieldState('followUpWeeks')}>
          <SpinButton
            min={1}
            max={104}
            value={followUpWeeks}
            onChange={(_e, d) => {
              const v = d.value ?? Number.parseInt(d.displayValue ?? '', 10);
              if (typeof v === 'number' && Number.isFinite(v)) onWeeks(v);
            }}
          />
        </Field>
        <Field label={nlc.stuurgroepBody} hint={nlc.stuurgroepHint} {...fieldState('stuurgroepBodyId')}>
          <Select
            value={stuurgroepBodyId ?? AUTO}
            onChange={(_e, d) => onStuurgroep(d.value === AUTO ? null : d.value)}
            data-testid="stuurgroep-body"
          >
            <option value={AUTO}>
              {automatic ? nlc.stuurgroepAuto(automatic.name) : nlc.stuurgroepNone}
            </option>
            {others.map((b) => (
              <option key={b.id} value={b.id}>
                {b.name}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      {body ? <VoorstelTemplates bodyId={body.id} /> : null}
    </Section>
  );
}
