// The body's settings form: name, rotation, deadlines, closed days, fixed and recurring items.
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { Badge, Button, Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import { SaveRegular } from '@fluentui/react-icons';
import type { BodyView } from '../../../../shared/api/views';
import type { LocalDate } from '../../../../shared/domain/types';
import { nl } from '../../i18n/nl';
import { Page, Section } from '../../components/Page';
import { ErrorBar } from '../../components/ErrorBar';
import { useFormErrors } from '../../components/useFormErrors';
import { unplacedIssues } from '../../lib/issues';
import { useApiMutation } from '../../api/queries';
import { draftOf, requestOf, type Draft } from './bodyDraft';
import { RotationSection } from './RotationSection';
import { DeadlinesSection } from './DeadlinesSection';
import { ClosedDaysSection } from './ClosedDaysSection';
import { FixedItemsSection } from './FixedItemsSection';
import { RecurringSection } from './RecurringSection';
import { TimeField } from '../../components/DateField';
import { ChainSettings } from './ChainSettings';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  grid3: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 2fr) minmax(0, 1fr) 180px',
    gap: tokens.spacingHorizontalL,
    alignItems: 'start',
  },
  twoCol: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1fr)',
    gap: tokens.spacingHorizontalL,
    alignItems: 'start',
  },
});

const FORM_ID = 'body-settings';

/**
 * The settings page: renders the Page itself so that "Opslaan" sits in the page header, always in view
 * (Ctrl+S works too); `children` come after the form (the people, which save on their own).
 */
export function BodyForm({
  body,
  today,
  nextMeeting,
  onSaved,
  title,
  subtitle,
  before,
  extraCommands,
  children,
}: {
  body: BodyView | null;
  today: LocalDate;
  nextMeeting: LocalDate | null;
  onSaved: (saved: BodyView, created: boolean) => void;
  title: ReactNode;
  subtitle?: ReactNode;
  before?: ReactNode;
  extraCommands?: ReactNode;
  children?: ReactNode;
}) {
  const s = useStyles();
  // Reset the form only when the stored settings really change (not on every refetch).
  const bodyJson = JSON.stringify(body);
  const initial = useMemo(() => draftOf(body), [bodyJson]);
  const [draft, setDraft] = useState<Draft>(initial);
  const { error: formError, issues, fieldState, fail, clearError, clearIssues } = useFormErrors();
  const save = useApiMutation('bodies.save', {
    quiet: true,
    onSuccess: (saved) => {
      clearIssues();
      onSaved(saved, !body);
    },
  });

  useEffect(() => setDraft(initial), [initial]);

  const dirty = JSON.stringify(requestOf(draft, body?.id)) !== JSON.stringify(requestOf(initial, body?.id));
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const submit = () => {
    clearError();
    save.mutate(requestOf(draft, body?.id), { onError: fail });
  };

  // Ctrl+S saves, as in Office.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (
        (e.ctrlKey || e.metaKey) &&
        e.key.toLowerCase() === 's' &&
        !document.querySelector('[role="dialog"]')
      ) {
        e.preventDefault();
        submit();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  const leftover = unplacedIssues(issues, [
    'name',
    'shortName',
    'defaultStart',
    'rotation',
    'deadlines',
    'closedDays',
    'fixedWording',
    'recurring',
  ]);

  return (
    <Page
      title={title}
      subtitle={subtitle}
      commands={
        <>
          {dirty && body ? (
            <Badge appearance="tint" color="warning" shape="rounded">
              {nl.settings.unsaved}
            </Badge>
          ) : null}
          {extraCommands}
          <Button
            appearance="primary"
            type="submit"
            form={FORM_ID}
            icon={<SaveRegular />}
            disabled={save.isPending}
            aria-keyshortcuts="Control+S"
          >
            {save.isPending ? nl.common.saving : body ? nl.settings.saveBody : nl.settings.createBody}
          </Button>
        </>
      }
    >
      {before}
      <form
        id={FORM_ID}
        className={s.form}
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
        aria-label={body ? nl.settings.title : nl.settings.titleNew}
        noValidate
      >
        {formError ? (
          <ErrorBar title={formError}>{leftover.length ? leftover.join(' · ') : null}</ErrorBar>
        ) : null}

        <Section title={nl.settings.general}>
          <div className={s.grid3}>
            <Field label={nl.settings.name} required {...fieldState('name')}>
              <Input
                value={draft.name}
                onChange={(_e, d) => set('name', d.value)}
                placeholder={nl.settings.namePlaceholder}
                autoFocus={!body}
              />
            </Field>
            <Field
              label={nl.settings.shortName}
              hint={nl.settings.shortNameHint}
              {...fieldState('shortName')}
            >
              <Input value={draft.shortName} onChange={(_e, d) => set('shortName', d.value)} />
            </Field>
            <Field label={nl.settings.defaultStart} {...fieldState('defaultStart')}>
              <TimeField value={draft.defaultStart} onChange={(v) => set('defaultStart', v)} />
            </Field>
          </div>
        </Section>

        <div className={s.twoCol}>
          <RotationSection draft={draft} set={set} fieldState={fieldState} issues={issues} />

          <DeadlinesSection
            draft={draft}
            set={set}
            fieldState={fieldState}
            today={today}
            nextMeeting={nextMeeting}
          />
        </div>

        <div className={s.twoCol}>
          <ClosedDaysSection draft={draft} set={set} fieldState={fieldState} />

          <FixedItemsSection draft={draft} set={set} fieldState={fieldState} />
        </div>

        <RecurringSection draft={draft} set={set} fieldState={fieldState} />
        <ChainSettings
          body={body}
          followUpWeeks={draft.followUpWeeks}
          stuurgroepBodyId={draft.stuurgroepBodyId}
          onWeeks={(weeks) => set('followUpWeeks', weeks)}
          onStuurgroep={(id) => set('stuurgroepBodyId', id)}
          fieldState={fieldState}
        />
      </form>
      {children}
    </Page>
  );
}
