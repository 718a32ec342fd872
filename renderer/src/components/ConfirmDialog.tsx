import { useRef } from 'react';
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  makeStyles,
} from '@fluentui/react-components';
import { nl } from '../i18n/nl';

const useStyles = makeStyles({
  surface: { width: '480px', maxWidth: 'calc(100vw - 48px)' },
  nowrap: { whiteSpace: 'nowrap' },
});

/** A yes/no question. Enter confirms (the confirm button has focus), Escape cancels. */
export function ConfirmDialog({
  open,
  title,
  text,
  confirm,
  cancel = nl.common.cancel,
  busy,
  onConfirm,
  onClose,
}: {
  open: boolean;
  title: string;
  text: string;
  confirm: string;
  cancel?: string;
  busy?: boolean;
  onConfirm: () => void;
  onClose: () => void;
}) {
  const s = useStyles();
  // Keep showing the last question while the dialog fades out (the caller has already cleared it).
  const last = useRef({ title, text });
  if (open) last.current = { title, text };
  return (
    <Dialog open={open} onOpenChange={(_e, data) => (data.open ? undefined : onClose())} modalType="alert">
      <DialogSurface className={s.surface}>
        <DialogBody>
          <DialogTitle>{last.current.title}</DialogTitle>
          <DialogContent>{last.current.text}</DialogContent>
          <DialogActions>
            <Button appearance="secondary" className={s.nowrap} onClick={onClose}>
              {cancel}
            </Button>
            <Button appearance="primary" className={s.nowrap} onClick={onConfirm} disabled={busy} autoFocus>
              {confirm}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
