// Global notices as Fluent toasts: successes, and every error with the services' Dutch message. Code outside
// React (the query cache) reaches the toaster through this small bus.
import { useEffect } from 'react';
import {
  Link,
  Toast,
  ToastBody,
  ToastTitle,
  ToastTrigger,
  Toaster,
  useId,
  makeStyles,
  useToastController,
} from '@fluentui/react-components';

interface Notice {
  intent: 'success' | 'error' | 'info' | 'warning';
  text: string;
  title?: string;
  action?: { label: string; run: () => void };
}

type Listener = (notice: Notice) => void;
const listeners = new Set<Listener>();

export function notify(notice: Notice): void {
  for (const listener of listeners) listener(notice);
}

const useStyles = makeStyles({
  // Wide enough that a title like "Aanschaf informatieplatform" never breaks inside a word.
  toaster: { width: '360px' },
});

export function Notifications() {
  const s = useStyles();
  const toasterId = useId('toaster');
  const { dispatchToast } = useToastController(toasterId);
  useEffect(() => {
    const listener: Listener = (n) => {
      dispatchToast(
        <Toast aria-live={n.intent === 'error' ? 'assertive' : 'polite'}>
          <ToastTitle
            action={
              n.action ? (
                <ToastTrigger>
                  <Link onClick={n.action.run}>{n.action.label}</Link>
                </ToastTrigger>
              ) : undefined
            }
          >
            {n.title ?? n.text}
          </ToastTitle>
          {n.title ? <ToastBody>{n.text}</ToastBody> : null}
        </Toast>,
        {
          intent: n.intent,
          timeout: n.intent === 'error' ? 9000 : n.action ? 7000 : 4000,
          pauseOnHover: true,
        },
      );
    };
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
    };
  }, [dispatchToast]);
  // At the bottom right of the screen: there they cover no navigation, no page header with its commands and
  // no form being filled in (dialogs sit in the middle); an undo or restore in the toast is one click away.
  return (
    <Toaster
      className={s.toaster}
      toasterId={toasterId}
      position="bottom-end"
      offset={{ horizontal: 16, vertical: 16 }}
      // Two at most: more would climb up over the page.
      limit={2}
    />
  );
}
