// The ✕ that closes a message bar (its containerAction): one look and one accessible name everywhere.
import { Button } from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons';
import { nl } from '../i18n/nl';

export function DismissButton({ onDismiss }: { onDismiss: () => void }) {
  return (
    <Button
      appearance="transparent"
      icon={<DismissRegular />}
      aria-label={nl.common.dismiss}
      onClick={onDismiss}
    />
  );
}
