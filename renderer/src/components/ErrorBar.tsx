// Why something failed, in Dutch, as the red bar above a form, in a dialog or on a screen. Multiline, so that a
// long message from the services wraps instead of being cut off.
import type { ReactNode } from 'react';
import { MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';

export function ErrorBar({
  title,
  children,
  actions,
}: {
  title?: ReactNode;
  children?: ReactNode;
  /** Buttons at the end of the bar, such as "Opnieuw proberen". */
  actions?: ReactNode;
}) {
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        {title ? <MessageBarTitle>{title}</MessageBarTitle> : null}
        {children}
      </MessageBarBody>
      {actions ? <MessageBarActions>{actions}</MessageBarActions> : null}
    </MessageBar>
  );
}
