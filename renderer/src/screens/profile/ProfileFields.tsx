// Name and role of the person working with this installation, as fields: in the first-start dialog and in
// Instellingen.
import { Field, Input, Select, makeStyles, tokens } from '@fluentui/react-components';
import { USER_ROLES, type UserRole } from '../../../../shared/domain/types';
import { nl } from '../../i18n/nl';

const useStyles = makeStyles({
  row: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr) 200px',
    gap: tokens.spacingHorizontalM,
    alignItems: 'start',
  },
});

export interface ProfileDraft {
  name: string;
  role: UserRole;
}

export function ProfileFields({
  draft,
  onChange,
  fieldState,
  autoFocus,
}: {
  draft: ProfileDraft;
  onChange: (draft: ProfileDraft) => void;
  fieldState: (path: string) => { validationMessage?: string; validationState?: 'error' };
  autoFocus?: boolean;
}) {
  const s = useStyles();
  return (
    <div className={s.row}>
      <Field label={nl.profile.name} required {...fieldState('name')}>
        <Input
          value={draft.name}
          placeholder={nl.profile.namePlaceholder}
          autoFocus={autoFocus}
          autoComplete="name"
          data-testid="profile-name"
          onChange={(_e, d) => onChange({ ...draft, name: d.value })}
        />
      </Field>
      <Field label={nl.profile.role} {...fieldState('role')}>
        <Select
          value={draft.role}
          data-testid="profile-role"
          onChange={(_e, d) => onChange({ ...draft, role: d.value as UserRole })}
        >
          {USER_ROLES.map((r) => (
            <option key={r} value={r}>
              {nl.profile.roles[r]}
            </option>
          ))}
        </Select>
      </Field>
    </div>
  );
}

export const EMPTY_PROFILE: ProfileDraft = { name: '', role: 'ondersteuner' };
