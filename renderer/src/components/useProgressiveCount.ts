// A long screen renders the first screenful at once and the rest right after it shows, in a transition that
// React interrupts for anything the user does. The minutes of a 20-item meeting are ~2,500 DOM nodes (120 per
// item: notes, decisions, the action form with its person and date fields); at 1366×768 two or three items are
// in view, and making all twenty before the first paint took the Verslag to 350 ms on the archive (bench:ui).
import { startTransition, useEffect, useState } from 'react';

/** How many of `total` rows to render now: `first` on the first render, all of them from the next one on. */
export function useProgressiveCount(total: number, first: number): number {
  const [all, setAll] = useState(false);
  useEffect(() => {
    if (!all) startTransition(() => setAll(true));
  }, [all]);
  return all ? total : Math.min(total, first);
}
