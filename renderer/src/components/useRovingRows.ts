// Arrow-key navigation over table rows (one tab stop for the table, ↑/↓/Home/End between rows), as in
// Outlook's message list. The row keeps the focus ring; Tab moves on to the buttons inside the row.
import { useCallback, useRef, useState, type KeyboardEvent } from 'react';

/** What a row does with keys of its own, on the row itself (not on a button inside it). */
interface RowKeys {
  /** Enter: open or run the row. */
  onEnter?: () => void;
  /** The context-menu key or Shift+F10: the row's menu (its button marked data-row-menu), as a right click would. */
  menu?: boolean;
}

export function useRovingRows(ids: readonly string[]) {
  const [active, setActive] = useState<string | null>(null);
  const rows = useRef(new Map<string, HTMLElement>());
  const current = active && ids.includes(active) ? active : (ids[0] ?? null);

  const focusRow = useCallback((id: string) => {
    setActive(id);
    const el = rows.current.get(id);
    if (el) {
      el.focus();
      el.scrollIntoView({ block: 'nearest' });
    }
  }, []);

  const rowProps = (id: string, keys: RowKeys = {}) => ({
    ref: (el: HTMLElement | null) => {
      if (el) rows.current.set(id, el);
      else rows.current.delete(id);
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

  return { rowProps, focusRow, active: current };
}
