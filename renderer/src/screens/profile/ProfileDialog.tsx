// First start: who works with this installation of Regie. Asked once; "Later" leaves the operating-system
// account as the signature for this session, and the question comes back at the next start. Its code (a form
// dialog with fields: ~100 kB of the renderer) loads only when the question is asked (FirstStartProfile).
import { useState } from 'react';
import { Body1 } from '@fluentui/react-components';
import { nl } from '../../i18n/nl';
import { useApiMutation } from '../../api/queries';
import { FormDialog } from '../../components/FormDialog';
import { useFormErrors } from '../../components/useFormErrors';
import { notify } from '../../app/notify';
import { EMPTY_PROFILE, ProfileFields, type ProfileDraft } from './ProfileFields';

/** The first-start question (FirstStartProfile decides when it is asked). */
export function ProfileDialog({ onDone, onLater }: { onDone: () => void; onLater: () => void }) {
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
