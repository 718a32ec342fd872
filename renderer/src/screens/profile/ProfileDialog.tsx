// First start: who works with this installation of Regie. Asked once; "Later" leaves the operating-system
// account as the signature for this session, and the question comes back at the next start.
import { useState } from 'react';
import { Body1 } from '@fluentui/react-components';
import { nl } from '../../i18n/nl';
import { useApiMutation, useApiQuery } from '../../api/queries';
import { FormDialog } from '../../components/FormDialog';
import { useFormErrors } from '../../components/useFormErrors';
import { notify } from '../../app/notify';
import { EMPTY_PROFILE, ProfileFields, type ProfileDraft } from './ProfileFields';

const LATER = 'regie.profileLater';

function askedLater(): boolean {
  try {
    return window.sessionStorage.getItem(LATER) === '1';
  } catch {
    return false;
  }
}

export function FirstStartProfile() {
  const profile = useApiQuery('profile.get', {});
  const [later, setLater] = useState(askedLater);
  if (!profile.data || profile.data.name !== null || later) return null;
  return (
    <ProfileDialog
      onDone={() => setLater(true)}
      onLater={() => {
        try {
          window.sessionStorage.setItem(LATER, '1');
        } catch {
          // private mode: asked again after a reload, no harm
        }
        setLater(true);
      }}
    />
  );
}

function ProfileDialog({ onDone, onLater }: { onDone: () => void; onLater: () => void }) {
  const [draft, setDraft] = useState<ProfileDraft>(EMPTY_PROFILE);
  const { error, fieldState, fail, clearError } = useFormErrors();
  const save = useApiMutation('profile.save', { quiet: true });
  return (
    <FormDialog
      title={nl.profile.dialogTitle}
      width={560}
      error={error}
      busy={save.isPending}
      submitLabel={nl.profile.save}
      cancelLabel={nl.profile.later}
      onSubmit={() => {
        clearError();
        save.mutate(draft, {
          onSuccess: (p) => {
            onDone();
            notify({ intent: 'success', text: nl.profile.saved(p.author) });
          },
          onError: fail,
        });
      }}
      onClose={onLater}
    >
      <Body1>{nl.profile.intro}</Body1>
      <ProfileFields draft={draft} onChange={setDraft} fieldState={fieldState} autoFocus />
    </FormDialog>
  );
}
