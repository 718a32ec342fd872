// A dialog that edits something and saves it: the fields, the reason a save failed above them, and Annuleren /
// the save button at the bottom. Enter in a field saves; while saving the button says so and cannot be pressed
// twice.
import type { KeyboardEvent, ReactNode } from 'react';
import { Button } from '@fluentui/react-components';
import { nl } from '../i18n/nl';
import { DialogFrame, useDialogClose } from './DialogFrame';
import { ErrorBar } from './ErrorBar';

export function FormDialog({
  title,
  width,
  error,
  busy,
  submitLabel,
  cancelLabel,
  submitDisabled,
  onSubmit,
  onClose,
  onKeyDown,
  dirty,
  footerStart,
  contentClassName,
  children,
}: {
  title: ReactNode;
  width: number;
  /** Why the last save failed; shown above the fields. */
  error?: string | null;
  busy: boolean;
  submitLabel: string;
  /** The cancel button's text (default "Annuleren"). */
  cancelLabel?: string;
  /** Not ready to save (besides busy). */
  submitDisabled?: boolean;
  onSubmit: () => void;
  onClose: () => void;
  onKeyDown?: (e: KeyboardEvent<HTMLFormElement>) => void;
  /** See DialogFrame: left out, the frame tells by itself whether input would be lost. */
  dirty?: boolean;
  /** A hint or extra buttons at the start of the button row (which then spans the dialog). */
  footerStart?: ReactNode;
  contentClassName?: string;
  children: ReactNode;
}) {
  return (
    <DialogFrame
      title={title}
      width={width}
      onClose={onClose}
      onSubmit={onSubmit}
      onKeyDown={onKeyDown}
      dirty={dirty}
      contentClassName={contentClassName}
      fluidActions={footerStart !== undefined}
      actions={
        <>
          {footerStart}
          <CancelButton onClose={onClose} label={cancelLabel} />
          <Button appearance="primary" type="submit" disabled={busy || submitDisabled}>
            {busy ? nl.common.saving : submitLabel}
          </Button>
        </>
      }
    >
      {error ? <ErrorBar>{error}</ErrorBar> : null}
      {children}
    </DialogFrame>
  );
}

/** Annuleren: asks first when something typed would be lost (see DialogFrame). */
export function CancelButton({ onClose, label = nl.common.cancel }: { onClose: () => void; label?: string }) {
  const close = useDialogClose(onClose);
  return (
    <Button appearance="secondary" onClick={close}>
      {label}
    </Button>
  );
}
