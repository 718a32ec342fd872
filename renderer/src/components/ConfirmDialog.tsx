import { useRef } from 'react';
import { Button, makeStyles } from '@fluentui/react-components';
import { nl } from '../i18n/nl';
import { DialogFrame } from './DialogFrame';

const useStyles = makeStyles({
  nowrap: { whiteSpace: 'nowrap' },
});

/**
 * A yes/no question. Focus starts on Annuleren, so Enter or Escape right away cancel: a safe default for
 * deleting and sending. The confirm button is one Tab away.
 */
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
          <Button appearance="primary" className={s.nowrap} onClick={onConfirm} disabled={busy}>
            {confirm}
          </Button>
        </>
      }
    >
      {last.current.text}
    </DialogFrame>
  );
}
