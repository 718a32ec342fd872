// Scrolling an element into view inside its own scrolling pane only. Element.scrollIntoView also scrolls
// every ancestor, including the window (programmatically scrollable even with overflow hidden), which
// would push the screen's header and the navigation out of sight.
function scrollPane(el: HTMLElement): HTMLElement | null {
  for (let p = el.parentElement; p; p = p.parentElement) {
    const overflow = getComputedStyle(p).overflowY;
    if ((overflow === 'auto' || overflow === 'scroll') && p.scrollHeight > p.clientHeight) return p;
  }
  return null;
}

export function scrollWithin(el: HTMLElement | null, align: 'start' | 'center' = 'start', smooth = false) {
  if (!el) return;
  const pane = scrollPane(el);
  if (!pane) return;
  const offset = el.getBoundingClientRect().top - pane.getBoundingClientRect().top + pane.scrollTop;
  const top = align === 'start' ? offset - 12 : offset - (pane.clientHeight - el.offsetHeight) / 2;
  pane.scrollTo({ top: Math.max(0, top), behavior: smooth ? 'smooth' : 'auto' });
}

/** Scroll to an item's record in the minutes (or to the attendance for '') and put the cursor in its first field. */
export function scrollToRecord(itemId: string) {
  const el = document.getElementById(itemId ? `record-${itemId}` : 'record-attendance');
  scrollWithin(el, 'start', true);
  const field = el?.querySelector<HTMLElement>('textarea, input');
  field?.focus({ preventScroll: true });
}
