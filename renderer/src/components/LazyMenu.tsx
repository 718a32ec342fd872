// A row's menu, made when it is first opened. Fluent's Menu and MenuTrigger run their state, positioning and
// focus hooks in every instance from the first render; a list has one per row (an agenda row two: its "Meer
// acties" and each document), and on the archive they were the largest part of the agenda's and the meetings'
// render after the tooltips (25–45 ms in a CPU profile). Until it is opened, the button is only a button that
// says it opens a menu (aria-haspopup); its first click or ↓ makes the menu, open, and Fluent's Menu takes over.
import {
  Children,
  cloneElement,
  useEffect,
  useState,
  type KeyboardEvent,
  type MouseEvent,
  type ReactElement,
} from 'react';
import { Menu, MenuTrigger, type MenuProps } from '@fluentui/react-components';

interface TriggerProps {
  onClick?: (e: MouseEvent<HTMLElement>) => void;
  onKeyDown?: (e: KeyboardEvent<HTMLElement>) => void;
  children?: ReactElement<TriggerProps>;
}

/** Whether an element passes a trigger's props on to its child (Fluent's Tooltip, our LazyTooltip). */
function passesTriggerProps(el: ReactElement): boolean {
  return Boolean((el.type as { isFluentTriggerComponent?: boolean }).isFluentTriggerComponent);
}

/** The element that is the trigger's button (inside a tooltip, the tooltip's child). */
function buttonOf(el: ReactElement<TriggerProps>): ReactElement<TriggerProps> {
  return passesTriggerProps(el)
    ? buttonOf(Children.only(el.props.children) as ReactElement<TriggerProps>)
    : el;
}

/** The trigger with props given to its button. */
function withButtonProps(
  el: ReactElement<TriggerProps>,
  props: TriggerProps & Record<string, unknown>,
): ReactElement<TriggerProps> {
  if (!passesTriggerProps(el)) return cloneElement(el, props);
  const child = Children.only(el.props.children) as ReactElement<TriggerProps>;
  return cloneElement(el, undefined, withButtonProps(child, props));
}

export function LazyMenu({
  trigger,
  positioning,
  children,
}: {
  /** The button that opens the menu (it may sit inside a tooltip). */
  trigger: ReactElement<TriggerProps>;
  positioning?: MenuProps['positioning'];
  /** The menu's MenuPopover. */
  children: ReactElement;
}) {
  const [live, setLive] = useState(false);
  const [open, setOpen] = useState(false);
  // Opened once the menu exists (the commit after it was made): opened in the same commit, Fluent's Menu looks for
  // the first entry to focus before its popover is in the page, and the focus stays behind.
  useEffect(() => {
    if (live) setOpen(true);
  }, [live]);
  if (live)
    return (
      <Menu open={open} onOpenChange={(_, data) => setOpen(data.open)} positioning={positioning}>
        <MenuTrigger disableButtonEnhancement>{trigger}</MenuTrigger>
        {children}
      </Menu>
    );
  const own = buttonOf(trigger).props;
  const wake = () => setLive(true);
  return withButtonProps(trigger, {
    'aria-haspopup': 'menu',
    onClick: (e: MouseEvent<HTMLElement>) => {
      own.onClick?.(e);
      if (!e.defaultPrevented) wake();
    },
    // As Fluent's MenuTrigger: ↓ opens the menu too.
    onKeyDown: (e: KeyboardEvent<HTMLElement>) => {
      own.onKeyDown?.(e);
      if (e.key === 'ArrowDown' && !e.defaultPrevented) {
        e.preventDefault();
        wake();
      }
    },
  });
}
