// Arrow-key navigation over table rows (one tab stop for the table, ↑/↓/Home/End between rows), as in
// Outlook's message list. The row keeps the focus ring; Tab moves on to the buttons inside the row.
// In a long list that renders only the rows in view (useVirtualRows), a row the keys go to that is not
// rendered is first brought into view (`reveal`) and focused as soon as it renders.
import { useCallback, useRef, useState, type KeyboardEvent } from 'react';

/** What a row does with keys of its own, on the row itself (not on a button inside it). */
export interface RowKeys {
  /** Enter: open or run the row. */
  onEnter?: () => void;
  /** The context-menu key or Shift+F10: the row's menu (its button marked data-row-menu), as a right click would. */
  menu?: boolean;
}

export function useRovingRows(ids: readonly string[], reveal?: (index: number) => void) {
  const [active, setActive] = useState<string | null>(null);
  const rows = useRef(new Map<string, HTMLElement>());
  /** A row to focus once it renders. */
  const pending = useRef<string | null>(null);
  const current = active && ids.includes(active) ? active : (ids[0] ?? null);
  const revealRef = useRef(reveal);
  revealRef.current = reveal;
  const idsRef = useRef(ids);
  idsRef.current = ids;

  const focusRow = useCallback((id: string) => {
    setActive(id);
    const el = rows.current.get(id);
    if (el) {
      pending.current = null;
      el.focus();
      el.scrollIntoView({ block: 'nearest' });
    } else if (revealRef.current) {
      pending.current = id;
      revealRef.current(idsRef.current.indexOf(id));
    }
  }, []);

  const rowProps = (id: string, keys: RowKeys = {}) => ({
    ref: (el: HTMLElement | null) => {
      if (el) {
        rows.current.set(id, el);
        if (pending.current === id) {
          pending.current = null;
          el.focus();
        }
      } else rows.current.delete(id);
    },
    tabIndex: id === current ? 0 : -1,
    onFocus: (e: { target: EventTarget; currentTarget: EventTarget }) => {
      if (e.target === e.currentTarget) setActive(id);
    },
    onKeyDown: (e: KeyboardEvent<HTMLElement>) => {
      if (e.target !== e.currentTarget) return;
      if (keys.onEnter && e.key === 'Enter') {
        e.preventDefault();
        keys.onEnter();
        return;
      }
      if (keys.menu && (e.key === 'ContextMenu' || (e.shiftKey && e.key === 'F10'))) {
        e.preventDefault();
        e.currentTarget.querySelector<HTMLButtonElement>('[data-row-menu]')?.click();
        return;
      }
      if (e.altKey || e.ctrlKey || e.metaKey) return;
      const index = ids.indexOf(id);
      let next: string | undefined;
      if (e.key === 'ArrowDown') next = ids[index + 1];
      else if (e.key === 'ArrowUp') next = ids[index - 1];
      else if (e.key === 'Home') next = ids[0];
      else if (e.key === 'End') next = ids[ids.length - 1];
      else return;
      e.preventDefault();
      if (next) focusRow(next);
    },
  });

  return {
    rowProps,
    focusRow,
    active: current,
    /** The index of the row with the tab stop (to keep it rendered in a long list). */
    activeIndex: current ? ids.indexOf(current) : -1,
  };
}
