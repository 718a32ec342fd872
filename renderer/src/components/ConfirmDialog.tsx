import { useRef } from 'react';
import { Button, makeStyles } from '@fluentui/react-components';
import { nl } from '../i18n/nl';
import { DialogFrame } from './DialogFrame';

const useStyles = makeStyles({
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
    <DialogFrame
      open={open}
      modalType="alert"
      width={480}
      title={last.current.title}
      onClose={onClose}
      actions={
        <>
          <Button appearance="secondary" className={s.nowrap} onClick={onClose}>
            {cancel}
          </Button>
          <Button appearance="primary" className={s.nowrap} onClick={onConfirm} disabled={busy} autoFocus>
            {confirm}
          </Button>
        </>
      }
    >
      {last.current.text}
    </DialogFrame>
  );
}
