// A Fluent tooltip that costs nothing until someone points at or tabs to its element. Fluent's Tooltip runs its
// positioning, timer and focus hooks in every instance from the first render; the rows of a list carry several
// each (an agenda row four, a meeting row two to four), and on the archive's agenda of 20 items they were 35–70 ms
// of the screen's render (CPU profile, bench:ui).
//
// The element itself carries the name or description the tooltip gives it (aria-label, aria-description), so
// nothing changes for a screen reader. The element is never made anew: Fluent's Tooltip is made beside it, the first
// time it is to show, pointed at the element (positioning target) and shown and hidden from here, with Fluent's
// delays. (An earlier version put Fluent's Tooltip around the element on waking, which made the element anew under a
// resting pointer; the browser then sent the new element no pointerleave, and its tooltip stayed up, taking the
// next Escape from a dialog. Seen in the sweep on a loaded machine.)
import {
  Children,
  cloneElement,
  isValidElement,
  useEffect,
  useRef,
  useState,
  type FocusEvent,
  type KeyboardEvent,
  type PointerEvent,
  type ReactElement,
} from 'react';
import { Tooltip } from '@fluentui/react-components';

/** Fluent's own delays before a tooltip shows and hides. */
const SHOW_DELAY_MS = 250;
const HIDE_DELAY_MS = 250;

interface TriggerProps {
  onPointerEnter?: (e: PointerEvent<HTMLElement>) => void;
  onPointerLeave?: (e: PointerEvent<HTMLElement>) => void;
  onPointerDown?: (e: PointerEvent<HTMLElement>) => void;
  onKeyDown?: (e: KeyboardEvent<HTMLElement>) => void;
  onFocus?: (e: FocusEvent<HTMLElement>) => void;
  onBlur?: (e: FocusEvent<HTMLElement>) => void;
  'aria-label'?: string;
  'aria-description'?: string;
  'aria-haspopup'?: unknown;
  'aria-expanded'?: unknown;
}

export function LazyTooltip({
  content,
  relationship,
  withArrow,
  children,
}: {
  content: string;
  /** As Fluent's: the text is the element's accessible name (label) or its description. */
  relationship: 'label' | 'description';
  withArrow?: boolean;
  children: ReactElement<TriggerProps>;
}) {
  // The element the tooltip points at, from the first time it was reached; until then no Fluent Tooltip exists.
  const [target, setTarget] = useState<HTMLElement | null>(null);
  const [visible, setVisible] = useState(false);
  const timer = useRef(0);
  useEffect(() => () => window.clearTimeout(timer.current), []);
  const child = Children.only(children);
  if (!isValidElement<TriggerProps>(child)) return child;
  const own = child.props;
  // As Fluent's: no tooltip over the menu its button opened.
  const popupOpen =
    Boolean(own['aria-haspopup']) && (own['aria-expanded'] === true || own['aria-expanded'] === 'true');

  const later = (show: boolean, delay: number) => {
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => setVisible(show), delay);
  };
  const show = (el: HTMLElement) => {
    setTarget(el);
    later(true, SHOW_DELAY_MS);
  };
  const hideNow = () => {
    window.clearTimeout(timer.current);
    setVisible(false);
  };
  const trigger = cloneElement(child, {
    onPointerEnter: (e: PointerEvent<HTMLElement>) => {
      own.onPointerEnter?.(e);
      show(e.currentTarget);
    },
    onPointerLeave: (e: PointerEvent<HTMLElement>) => {
      own.onPointerLeave?.(e);
      later(false, HIDE_DELAY_MS);
    },
    // A press (a click, a key) means the user is acting, not reading: no tooltip comes up under it.
    onPointerDown: (e: PointerEvent<HTMLElement>) => {
      own.onPointerDown?.(e);
      hideNow();
    },
    onKeyDown: (e: KeyboardEvent<HTMLElement>) => {
      own.onKeyDown?.(e);
      if (!visible) window.clearTimeout(timer.current);
    },
    onFocus: (e: FocusEvent<HTMLElement>) => {
      own.onFocus?.(e);
      // Only focus the user moved (the keyboard), as Fluent does: not focus a closing dialog gives back.
      if (e.currentTarget.matches(':focus-visible')) show(e.currentTarget);
    },
    onBlur: (e: FocusEvent<HTMLElement>) => {
      own.onBlur?.(e);
      hideNow();
    },
    ...(relationship === 'label' ? { 'aria-label': content } : { 'aria-description': content }),
  });
  if (!target) return trigger;
  return (
    <>
      {trigger}
      {/* The element carries the text itself (above), so Fluent's Tooltip adds no aria attributes of its own. */}
      <Tooltip
        content={{
          children: content,
          // The pointer may move onto the tooltip and read it there (WCAG 1.4.13): it stays up.
          onPointerEnter: () => window.clearTimeout(timer.current),
        }}
        relationship="inaccessible"
        withArrow={withArrow}
        positioning={{ target }}
        visible={visible && !popupOpen}
        onVisibleChange={(_, data) => {
          if (!data.visible) hideNow();
        }}
      >
        {() => null}
      </Tooltip>
    </>
  );
}

// Like Fluent's Tooltip, a trigger that passes a surrounding trigger's props (a MenuTrigger's) on to its element.
LazyTooltip.isFluentTriggerComponent = true;
