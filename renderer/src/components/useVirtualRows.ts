// Long lists render only the rows in view (and a few either side), inside the screen's own scrolling body:
// ten years of actions rendered whole were 34,000 DOM nodes and 360 ms per change of filter. The rows keep
// their table semantics: the table states how many rows it has (aria-rowcount) and each row its place
// (aria-rowindex); the space of the rows not rendered is an empty, hidden row. The row the keyboard is on
// stays rendered, so the table always keeps its tab stop. Short lists render whole, so that the browser's
// find-in-page and printing see every row and nothing changes where there is nothing to gain.
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import { defaultRangeExtractor, useVirtualizer } from '@tanstack/react-virtual';

/** From this many rows a list renders only what is in view. */
export const VIRTUALIZE_FROM = 50;

export interface RenderedRow {
  index: number;
  /** Height of the rows left out just before this one (0: none). */
  gapBefore: number;
}

export interface VirtualRows {
  /** Whether rows are left out at all (a long list). */
  virtual: boolean;
  rows: RenderedRow[];
  /** Height of the rows left out after the last rendered one. */
  gapAfter: number;
  /** Ref for each rendered row (with data-index): its real height replaces the estimate. */
  measure: (el: Element | null) => void;
  /** Scrolls a row into view; it renders from then on. */
  reveal: (index: number, align?: 'auto' | 'center' | 'start') => void;
}

export function useVirtualRows({
  count,
  estimate,
  listRef,
  keep,
  sticky,
}: {
  count: number;
  /** Expected height of a row before it was measured. */
  estimate: number;
  /** The list's element in the page (its table or container): where the rows start. */
  listRef: RefObject<HTMLElement | null>;
  /** A row to keep rendered even when out of view (the keyboard's row). */
  keep?: number;
  /**
   * Group headers that stick to the top while their rows scroll by (ascending): the one of the rows in view
   * stays rendered.
   */
  sticky?: readonly number[];
}): VirtualRows {
  const virtual = count >= VIRTUALIZE_FROM;
  // The screen's scrolling body (Page), found from the list once it is in the page.
  const [scroller, setScroller] = useState<HTMLElement | null>(null);
  const [margin, setMargin] = useState(0);
  const keepRef = useRef(keep);
  keepRef.current = keep;
  const stickyRef = useRef(sticky);
  stickyRef.current = sticky;

  // The scrolling body, found once the list is in the page and painted — in a task after the next frame, not
  // while React commits nor in the effects that follow the commit (they often run before the frame): the
  // virtualizer starts by reading the body's size and scroll position, which forced the new screen's whole
  // layout there (35–85 ms on the archive's screens, CPU profile); after the paint that layout is done. Until
  // then the rows of one window height render (initialRect).
  useEffect(() => {
    const pane = listRef.current?.closest<HTMLElement>('[data-scroll-pane]') ?? null;
    if (pane === scroller) return;
    let timer = 0;
    const frame = window.requestAnimationFrame(() => {
      timer = window.setTimeout(() => setScroller(pane));
    });
    return () => {
      window.cancelAnimationFrame(frame);
      window.clearTimeout(timer);
    };
  });

  // Where the list starts inside the scrolling body; filters and bars above it may move it. Read once per frame,
  // in the frame's animation callback, not in every commit: reading positions in a layout effect forced a
  // layout of the whole screen in each of the commits that follow a click (the agenda and the minutes on the
  // archive: 80–130 ms of forced layouts in a CPU profile). A margin found a frame late only renders a few rows
  // more or fewer for that frame.
  const frame = useRef(0);
  useEffect(() => {
    if (!virtual || frame.current) return;
    frame.current = window.requestAnimationFrame(() => {
      frame.current = 0;
      const list = listRef.current;
      const pane = list?.closest<HTMLElement>('[data-scroll-pane]');
      if (!pane || !list) return;
      const top = list.getBoundingClientRect().top - pane.getBoundingClientRect().top + pane.scrollTop;
      setMargin((was) => (Math.abs(top - was) > 0.5 ? top : was));
    });
  });
  useEffect(
    () => () => {
      window.cancelAnimationFrame(frame.current);
      frame.current = 0;
    },
    [],
  );

  const virtualizer = useVirtualizer({
    count,
    enabled: virtual,
    getScrollElement: () => scroller,
    estimateSize: () => estimate,
    // Before the scrolling body is known, as many rows as fill the window (more than the body shows).
    initialRect: { width: 0, height: window.innerHeight },
    // A row's height comes from the ResizeObserver, which reports it after the browser's own layout; the library's
    // default also measures each new row at once (getBoundingClientRect while React commits), which forced a
    // layout of the whole screen per commit (40 ms on the Vergaderingen of the archive).
    measureElement: (element, entry, instance) => {
      const box = entry?.borderBoxSize[0];
      if (box) return Math.round(box.blockSize);
      const key = instance.options.getItemKey(instance.indexFromElement(element));
      return instance.itemSizeCache.get(key) ?? estimate;
    },
    overscan: 8,
    scrollMargin: margin,
    rangeExtractor: (range) => {
      const indexes = new Set(defaultRangeExtractor(range));
      const k = keepRef.current;
      if (k !== undefined && k >= 0 && k < range.count) indexes.add(k);
      const header = stickyRef.current?.findLast((i) => i <= range.startIndex);
      if (header !== undefined) indexes.add(header);
      return [...indexes].sort((a, b) => a - b);
    },
  });

  const reveal = useCallback(
    (index: number, align: 'auto' | 'center' | 'start' = 'auto') => {
      if (virtual) virtualizer.scrollToIndex(index, { align });
    },
    [virtual, virtualizer],
  );

  if (!virtual)
    return {
      virtual,
      rows: Array.from({ length: count }, (_, index) => ({ index, gapBefore: 0 })),
      gapAfter: 0,
      measure: noMeasure,
      reveal,
    };
  const items = virtualizer.getVirtualItems();
  let end = margin;
  const rows = items.map((item) => {
    const row = { index: item.index, gapBefore: Math.max(0, item.start - end) };
    end = item.end;
    return row;
  });
  return {
    virtual,
    rows,
    gapAfter: Math.max(0, virtualizer.getTotalSize() + margin - end),
    measure: virtualizer.measureElement,
    reveal,
  };
}

function noMeasure() {}
