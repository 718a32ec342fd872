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
  // Narrower than Fluent's 292px, to fit the navigation column (the toaster is as wide as its toasts' containers).
  toaster: { width: '216px' },
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
  // In the navigation column, just above "Ongedaan maken": there they cover no data or commands, and an
  // undo or restore is right at hand.
  return (
    <Toaster
      className={s.toaster}
      toasterId={toasterId}
      position="bottom-start"
      offset={{ horizontal: 8, vertical: 92 }}
      // Two at most: more would cover the navigation itself.
      limit={2}
    />
  );
}
