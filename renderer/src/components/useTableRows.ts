// A list's rows for the keyboard (useRovingRows) and for rendering only what is in view (useVirtualRows),
// tied together: the keyboard's row stays rendered, and a row the keys go to is brought into view first.
import { useRef, type RefObject } from 'react';
import { useRovingRows, type RowKeys } from './useRovingRows';
import { useVirtualRows } from './useVirtualRows';

export function useTableRows(
  ids: readonly string[],
  options: { estimate: number; listRef: RefObject<HTMLElement | null> },
) {
  const reveal = useRef<(index: number) => void>(() => undefined);
  const roving = useRovingRows(ids, (index) => reveal.current(index));
  const virtual = useVirtualRows({
    count: ids.length,
    estimate: options.estimate,
    listRef: options.listRef,
    keep: roving.activeIndex,
  });
  reveal.current = virtual.reveal;
  /** A rendered row's props: the keyboard's, its measured height, and its place in the whole table. */
  const rowProps = (id: string, index: number, keys?: RowKeys) => {
    const own = roving.rowProps(id, keys);
    return {
      ...own,
      ref: (el: HTMLElement | null) => {
        own.ref(el);
        virtual.measure(el);
      },
      'data-index': index,
      // The header row is row 1.
      'aria-rowindex': index + 2,
    };
  };
  return { roving, virtual, rowProps };
}

/** What useTableRows gives each rendered row. */
export type TableRowProps = ReturnType<ReturnType<typeof useTableRows>['rowProps']>;
