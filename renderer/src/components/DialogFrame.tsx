// The frame of every dialog: a surface of a set width (never wider than the window), the title, the content as a
// column and the buttons at the bottom. Escape and a click on the backdrop go through onClose, so the caller
// decides what closing means; `dismissable={false}` holds the dialog while work runs that must finish.
//
// Nothing typed is lost by a stray Escape: when the user has changed a field since the dialog opened, closing
// it (Escape, the backdrop, a cancel button through useDialogClose) first asks whether to throw that away.
import {
  createContext,
  useContext,
  useRef,
  useState,
  type KeyboardEvent,
  type ReactNode,
  type SyntheticEvent,
} from 'react';
import {
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Button,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import { nl } from '../i18n/nl';

const useStyles = makeStyles({
  // The width itself comes per dialog (inline); 48px keeps the backdrop visible on a narrow window.
  surface: { maxWidth: 'calc(100vw - 48px)' },
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  // Only there to watch the fields: no box of its own.
  fields: { display: 'contents' },
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
  /**
   * Whether closing now would throw away input. Left out, the frame decides by itself: the user changed a
   * field since the dialog opened and it does not hold its first value any more.
   */
  dirty?: boolean;
  children: ReactNode;
}

const CloseContext = createContext<(() => void) | null>(null);

/** For a dialog's own cancel button: closes the dialog, asking first when input would be lost. */
export function useDialogClose(fallback: () => void): () => void {
  return useContext(CloseContext) ?? fallback;
}

/** Every field's value in the dialog, to tell whether anything changed. */
function fieldValues(root: HTMLElement | null): string {
  if (!root) return '';
  return Array.from(root.querySelectorAll<HTMLInputElement>('input, textarea, select'))
    .map((el) => `${el.type}:${el.type === 'checkbox' || el.type === 'radio' ? el.checked : el.value}`)
    .join('\u0000');
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
  dirty,
  children,
}: DialogFrameProps) {
  const s = useStyles();
  const surface = useRef<HTMLDivElement | null>(null);
  // The fields as they were just before the user's first key press or click in this dialog.
  const before = useRef<string | null>(null);
  const changed = useRef(false);
  const [asking, setAsking] = useState(false);
  if (!open && (before.current !== null || changed.current)) {
    before.current = null;
    changed.current = false;
  }
  const firstTouch = () => {
    if (before.current === null) before.current = fieldValues(surface.current);
  };
  const onChanged = (e: SyntheticEvent) => {
    if (e.nativeEvent.isTrusted) changed.current = true;
  };
  const unsaved = () =>
    dirty ?? (changed.current && before.current !== null && fieldValues(surface.current) !== before.current);
  // Where the user was when the question came: "Verder invullen" puts the cursor back there.
  const resume = useRef<HTMLElement | null>(null);
  const requestClose = () => {
    if (!dismissable) return;
    if (unsaved()) {
      resume.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      setAsking(true);
    } else onClose();
  };
  const keepEditing = () => {
    setAsking(false);
    const el = resume.current;
    // After the question's own focus handling has run.
    window.setTimeout(() => el?.focus(), 0);
  };

  const body = (
    <DialogBody>
      <DialogTitle>{title}</DialogTitle>
      <DialogContent className={mergeClasses(s.content, contentClassName)}>{children}</DialogContent>
      <DialogActions fluid={fluidActions}>{actions}</DialogActions>
    </DialogBody>
  );
  return (
    <Dialog open={open} modalType={modalType} onOpenChange={(_e, d) => (d.open ? undefined : requestClose())}>
      <DialogSurface className={s.surface} style={{ width: `${width}px` }} data-testid={testId}>
        <div
          ref={surface}
          className={s.fields}
          onKeyDownCapture={firstTouch}
          onPointerDownCapture={firstTouch}
          onInputCapture={onChanged}
          onChangeCapture={onChanged}
        >
          <CloseContext.Provider value={requestClose}>
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
          </CloseContext.Provider>
        </div>
        <UnsavedQuestion
          open={asking}
          onKeep={keepEditing}
          onDiscard={() => {
            setAsking(false);
            onClose();
          }}
        />
      </DialogSurface>
    </Dialog>
  );
}

/**
 * "Throw away what was typed?", over the dialog it belongs to. Focus starts on "Verder invullen" and Escape
 * means the same: only a deliberate choice loses the input.
 */
function UnsavedQuestion({
  open,
  onKeep,
  onDiscard,
}: {
  open: boolean;
  onKeep: () => void;
  onDiscard: () => void;
}) {
  const s = useStyles();
  return (
    <Dialog open={open} modalType="alert" onOpenChange={(_e, d) => (d.open ? undefined : onKeep())}>
      <DialogSurface className={s.surface} style={{ width: '460px' }} data-testid="unsaved-question">
        <DialogBody>
          <DialogTitle>{nl.unsaved.title}</DialogTitle>
          <DialogContent className={s.content}>{nl.unsaved.text}</DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={onKeep}>
              {nl.unsaved.keep}
            </Button>
            <Button appearance="secondary" onClick={onDiscard}>
              {nl.unsaved.discard}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
