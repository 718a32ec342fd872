// The frame of every dialog: a surface of a set width (never wider than the window), the title, the content as a
// column and the buttons at the bottom. Escape and a click on the backdrop go through onClose, so the caller
// decides what closing means; `dismissable={false}` holds the dialog while work runs that must finish.
import type { KeyboardEvent, ReactNode } from 'react';
import {
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';

const useStyles = makeStyles({
  // The width itself comes per dialog (inline); 48px keeps the backdrop visible on a narrow window.
  surface: { maxWidth: 'calc(100vw - 48px)' },
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

interface DialogFrameProps {
  /** Most dialogs exist only while open; those that stay mounted (and fade out) pass their state. */
  open?: boolean;
  title: ReactNode;
  /** In pixels: a dialog is sized to what it holds, not to the window. */
  width: number;
  onClose: () => void;
  dismissable?: boolean;
  /** 'alert' for a question that must be answered: the backdrop does not close it. */
  modalType?: 'modal' | 'alert';
  actions: ReactNode;
  /** The button row across the whole width, for a hint at its start. */
  fluidActions?: boolean;
  /** Added to the content's column, e.g. for a smaller gap. */
  contentClassName?: string;
  testId?: string;
  /** Makes the dialog a form: Enter in a field presses the submit button among the actions. */
  onSubmit?: () => void;
  onKeyDown?: (e: KeyboardEvent<HTMLFormElement>) => void;
  children: ReactNode;
}

export function DialogFrame({
  open = true,
  title,
  width,
  onClose,
  dismissable = true,
  modalType,
  actions,
  fluidActions,
  contentClassName,
  testId,
  onSubmit,
  onKeyDown,
  children,
}: DialogFrameProps) {
  const s = useStyles();
  const body = (
    <DialogBody>
      <DialogTitle>{title}</DialogTitle>
      <DialogContent className={mergeClasses(s.content, contentClassName)}>{children}</DialogContent>
      <DialogActions fluid={fluidActions}>{actions}</DialogActions>
    </DialogBody>
  );
  return (
    <Dialog
      open={open}
      modalType={modalType}
      onOpenChange={(_e, d) => (d.open || !dismissable ? undefined : onClose())}
    >
      <DialogSurface className={s.surface} style={{ width: `${width}px` }} data-testid={testId}>
        {onSubmit ? (
          <form
            onSubmit={(e) => {
              e.preventDefault();
              onSubmit();
            }}
            onKeyDown={onKeyDown}
            noValidate
          >
            {body}
          </form>
        ) : (
          body
        )}
      </DialogSurface>
    </Dialog>
  );
}
