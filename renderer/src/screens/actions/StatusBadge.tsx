// An action's status as a badge; overdue open actions in red.
import { Badge } from '@fluentui/react-components';
import type { ActionView } from '../../../../shared/api/views';
import { nlm } from '../../i18n/nl-meeting';

export function StatusBadge({ action: a }: { action: ActionView }) {
  if (a.overdue)
    return (
      <Badge appearance="filled" color="danger" shape="rounded">
        {nlm.actions.overdue}
      </Badge>
    );
  return (
    <Badge
      appearance="tint"
      color={a.status === 'done' ? 'success' : a.status === 'dropped' ? 'subtle' : 'brand'}
      shape="rounded"
    >
      {nlm.actions.statuses[a.status]}
    </Badge>
  );
}
