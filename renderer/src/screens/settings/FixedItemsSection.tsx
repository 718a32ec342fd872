// The wording of the fixed items every agenda has: the opening, the previous minutes, the closing.
import { Field, Input } from '@fluentui/react-components';
import { nl } from '../../i18n/nl';
import { Section } from '../../components/Page';
import type { SectionProps } from './bodyDraft';

export function FixedItemsSection({ draft, set, fieldState }: SectionProps) {
  return (
    <Section title={nl.settings.fixedItems} hint={nl.settings.fixedItemsHint}>
      {(['opening', 'minutes', 'closing'] as const).map((key) => (
        <Field
          key={key}
          label={
            key === 'opening'
              ? nl.settings.fixedOpening
              : key === 'minutes'
                ? nl.settings.fixedMinutes
                : nl.settings.fixedClosing
          }
          {...fieldState(`fixedWording.${key}`)}
        >
          <Input
            value={draft.fixedWording[key]}
            onChange={(_e, d) => set('fixedWording', { ...draft.fixedWording, [key]: d.value })}
          />
        </Field>
      ))}
    </Section>
  );
}
