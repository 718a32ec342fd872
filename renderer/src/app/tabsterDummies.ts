// Fluent UI's focus manager (tabster, with Fluent's `controlTab: false`) puts an empty `<i tabindex="0"
// aria-hidden="true" data-tabster-dummy>` before and after every arrow-key group (navigation, tab lists,
// menus, the toaster …). Sequential Tab navigation lands on such an element for an instant and tabster moves
// the focus on from there. At rest, though, the page then holds focusable elements hidden from assistive
// technology, which is what WCAG's "aria-hidden-focus" forbids (axe: serious) — reported upstream as
// microsoft/tabster#288 and microsoft/fluentui#25133, #27517, #30433, closed "by design".
//
// Our fix, without touching the scan: the dummies leave the tab order (tabindex -1) and get back the tabindex
// tabster gave them only while a Tab key press is being handled. The browser picks the next element after the
// keydown listeners ran, so restoring it in a capturing listener is in time; the next task takes them out
// again. What tabster sets meanwhile (it makes a group's dummies tabbable or not as the focus moves) is kept
// as the value to restore. Tabster's own `focus()` calls on a dummy work with tabindex -1 as well.
const DUMMY = '[data-tabster-dummy]';

/** Installs the fix on a document; returns how to remove it (for tests). */
export function keepTabsterDummiesOutOfTabOrder(doc: Document = document): () => void {
  /** The tabindex tabster wants for a dummy. */
  const intended = new WeakMap<HTMLElement, number>();
  /** The tabindex we wrote last, to tell our own changes from tabster's. */
  const written = new WeakMap<HTMLElement, number>();
  let tabbing = false;

  const write = (el: HTMLElement, value: number) => {
    written.set(el, value);
    if (el.tabIndex !== value) el.tabIndex = value;
  };
  /** Takes note of what tabster set (anything we did not write) and applies `value`. */
  const settle = (el: HTMLElement, value: (wanted: number) => number) => {
    if (written.get(el) !== el.tabIndex) intended.set(el, el.tabIndex);
    write(el, value(intended.get(el) ?? 0));
  };
  const all = () => Array.from(doc.querySelectorAll<HTMLElement>(DUMMY));

  const observer = new MutationObserver((records) => {
    if (tabbing) return;
    for (const r of records) {
      if (r.type === 'attributes') {
        const el = r.target as HTMLElement;
        if (el.matches(DUMMY)) settle(el, () => -1);
        continue;
      }
      for (const node of Array.from(r.addedNodes)) {
        if (!(node instanceof HTMLElement)) continue;
        if (node.matches(DUMMY)) settle(node, () => -1);
        else if (node.firstElementChild)
          for (const el of Array.from(node.querySelectorAll<HTMLElement>(DUMMY))) settle(el, () => -1);
      }
    }
  });
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Tab' || e.ctrlKey || e.altKey || e.metaKey || tabbing) return;
    tabbing = true;
    for (const el of all()) settle(el, (wanted) => wanted);
    window.setTimeout(() => {
      tabbing = false;
      for (const el of all()) settle(el, () => -1);
    }, 0);
  };
  for (const el of all()) settle(el, () => -1);
  observer.observe(doc.body, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: ['tabindex'],
  });
  doc.addEventListener('keydown', onKeyDown, true);
  return () => {
    observer.disconnect();
    doc.removeEventListener('keydown', onKeyDown, true);
  };
}
