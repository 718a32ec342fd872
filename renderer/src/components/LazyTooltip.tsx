// A Fluent tooltip that costs nothing until someone points at or tabs to its element. Fluent's Tooltip runs its
// positioning, timer and focus hooks in every instance from the first render; the rows of a list carry several
// each (an agenda row four, a meeting row two to four), and on the archive's agenda of 20 items they were 35–70 ms
// of the screen's render (CPU profile, bench:ui). Until it wakes, the element carries the name or description the
// tooltip would give it (aria-label, aria-description), so nothing changes for a screen reader. It wakes when
// Fluent's own delay has passed, and then Fluent's Tooltip takes over, shown at once.
//
// Waking puts Fluent's Tooltip around the element, so React makes the element anew. That happens in one task
// (flushSync) and never while the element is pressed: a press that begins on the old element and ends on the new
// one clicks neither (seen on a loaded machine: a row's or a chip's click lost when the tooltip woke in between).
import {
  Children,
  cloneElement,
  isValidElement,
  useCallback,
  useEffect,
  useRef,
  useState,
  type FocusEvent,
  type KeyboardEvent,
  type PointerEvent,
  type Ref,
  type ReactElement,
} from 'react';
import { flushSync } from 'react-dom';
import { Tooltip, useMergedRefs } from '@fluentui/react-components';

/** Fluent's own delay before a tooltip shows. */
const SHOW_DELAY_MS = 250;

interface TriggerProps {
  onPointerEnter?: (e: PointerEvent<HTMLElement>) => void;
  onPointerLeave?: (e: PointerEvent<HTMLElement>) => void;
  onPointerDown?: (e: PointerEvent<HTMLElement>) => void;
  onKeyDown?: (e: KeyboardEvent<HTMLElement>) => void;
  onFocus?: (e: FocusEvent<HTMLElement>) => void;
  onBlur?: (e: FocusEvent<HTMLElement>) => void;
  'aria-label'?: string;
  'aria-description'?: string;
  ref?: Ref<HTMLElement>;
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
  const [live, setLive] = useState(false);
  const [visible, setVisible] = useState(false);
  const inside = useRef(false);
  const timer = useRef(0);
  useEffect(() => () => window.clearTimeout(timer.current), []);
  // The element made anew on waking takes the focus over when the old one had it (or a keyboard user's focus
  // would fall back to the page).
  const refocus = useRef(false);
  const child = Children.only(children);
  const ref = useMergedRefs(
    isValidElement<TriggerProps>(child) ? child.props.ref : undefined,
    useCallback((el: HTMLElement | null) => {
      if (el && refocus.current) {
        refocus.current = false;
        el.focus();
      }
    }, []),
  );
  if (!isValidElement<TriggerProps>(child)) return child;
  const own = child.props;

  const wake = (el: HTMLElement) => {
    if (live) return;
    inside.current = true;
    window.clearTimeout(timer.current);
    // The event that wakes it came before Fluent's listeners existed: shown as Fluent would, after its delay.
    timer.current = window.setTimeout(() => {
      if (!inside.current) return;
      refocus.current = el === document.activeElement;
      flushSync(() => {
        setLive(true);
        setVisible(true);
      });
    }, SHOW_DELAY_MS);
  };
  // Leaving, or pressing (a click, a key): no tooltip, and the element is not made anew under the press.
  const leave = () => {
    inside.current = false;
    window.clearTimeout(timer.current);
  };
  const trigger = cloneElement(child, {
    ref,
    onPointerEnter: (e: PointerEvent<HTMLElement>) => {
      own.onPointerEnter?.(e);
      wake(e.currentTarget);
    },
    onPointerLeave: (e: PointerEvent<HTMLElement>) => {
      own.onPointerLeave?.(e);
      leave();
    },
    onPointerDown: (e: PointerEvent<HTMLElement>) => {
      own.onPointerDown?.(e);
      leave();
    },
    onKeyDown: (e: KeyboardEvent<HTMLElement>) => {
      own.onKeyDown?.(e);
      leave();
    },
    onFocus: (e: FocusEvent<HTMLElement>) => {
      own.onFocus?.(e);
      // Only focus the user moved (the keyboard), as Fluent does: not focus a closing dialog gives back.
      if (e.currentTarget.matches(':focus-visible')) wake(e.currentTarget);
    },
    onBlur: (e: FocusEvent<HTMLElement>) => {
      own.onBlur?.(e);
      leave();
    },
    ...(live ? {} : relationship === 'label' ? { 'aria-label': content } : { 'aria-description': content }),
  });
  if (!live) return trigger;
  return (
    <Tooltip
      content={content}
      relationship={relationship}
      withArrow={withArrow}
      visible={visible}
      onVisibleChange={(_, data) => setVisible(data.visible)}
    >
      {trigger}
    </Tooltip>
  );
}

// Like Fluent's Tooltip, a trigger that passes a surrounding trigger's props (a MenuTrigger's) on to its element.
LazyTooltip.isFluentTriggerComponent = true;
