// In Instellingen: the name and role this installation signs changes and sendings with.
import { useEffect, useState } from 'react';
import { Button, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { SaveRegular } from '@fluentui/react-icons';
import { nl } from '../../i18n/nl';
import { useApiMutation, useApiQuery } from '../../api/queries';
import { Section } from '../../components/Page';
import { ErrorBar } from '../../components/ErrorBar';
import { useFormErrors } from '../../components/useFormErrors';
import { notify } from '../../app/notify';
import { EMPTY_PROFILE, ProfileFields, type ProfileDraft } from './ProfileFields';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  foot: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM },
  muted: { color: tokens.colorNeutralForeground3 },
});

export function ProfileSection() {
  const s = useStyles();
  const profile = useApiQuery('profile.get', {});
  const save = useApiMutation('profile.save', { quiet: true });
  const { error, fieldState, fail, clearError, clearIssues } = useFormErrors();
  const [draft, setDraft] = useState<ProfileDraft>(EMPTY_PROFILE);
  const name = profile.data?.name ?? '';
  const role = profile.data?.role ?? EMPTY_PROFILE.role;
  useEffect(() => setDraft({ name, role }), [name, role]);
  return (
    <Section title={nl.profile.sectionTitle} hint={nl.profile.sectionHint}>
      <form
        id="profile"
        className={s.form}
        aria-label={nl.profile.sectionTitle}
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          clearError();
          save.mutate(draft, {
            onSuccess: (p) => {
              clearIssues();
              notify({ intent: 'success', text: nl.profile.saved(p.author) });
            },
            onError: fail,
          });
        }}
      >
        {error ? <ErrorBar>{error}</ErrorBar> : null}
        <ProfileFields draft={draft} onChange={setDraft} fieldState={fieldState} />
        <div className={s.foot}>
          <Button type="submit" icon={<SaveRegular />} disabled={save.isPending} data-testid="profile-save">
            {nl.profile.save}
          </Button>
          {profile.data ? (
            <Caption1 className={s.muted} data-testid="profile-author">
              {profile.data.name
                ? nl.profile.signsAs(profile.data.author)
                : nl.profile.notGiven(profile.data.account)}
            </Caption1>
          ) : null}
        </div>
      </form>
    </Section>
  );
}
