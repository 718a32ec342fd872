// The item clock of meeting mode. It runs in the renderer; the seconds go to the services
// (items.addElapsed) when the clock stops, when the chair moves on to another item while it runs (the
// clock then keeps running for the new item), and when meeting mode closes.
//
// A running clock is also kept in localStorage (which item, since when): if the window crashes or the laptop
// restarts mid-item, meeting mode picks the clock up again where it was — the meeting went on meanwhile, so
// that time counts — instead of losing the seconds not yet booked. Booking every few seconds instead would
// fill the audit log and the undo stack with clock entries.
import { useCallback, useEffect, useRef, useState } from 'react';

interface Running {
  itemId: string;
  since: number;
}

export interface ItemTimer {
  runningFor: string | null;
  /** Seconds on the running clock for this item (0 when it does not run for it). */
  liveSeconds(itemId: string): number;
  start(itemId: string): void;
  stop(): void;
  toggle(itemId: string): void;
  /** The current item changed: a running clock books its time and goes on for the new item. */
  follow(itemId: string): void;
}

function saved(storageKey: string | null): Running | null {
  if (!storageKey) return null;
  try {
    const value = JSON.parse(window.localStorage.getItem(storageKey) ?? 'null') as Partial<Running> | null;
    return value && typeof value.itemId === 'string' && typeof value.since === 'number'
      ? { itemId: value.itemId, since: value.since }
      : null;
  } catch {
    return null;
  }
}

function save(storageKey: string | null, running: Running | null): void {
  if (!storageKey) return;
  try {
    if (running) window.localStorage.setItem(storageKey, JSON.stringify(running));
    else window.localStorage.removeItem(storageKey);
  } catch {
    // storage unavailable: the clock still works, it just does not survive a crash
  }
}

/** `storageKey`: where a running clock is kept for crash recovery (one per meeting); null keeps nothing. */
export function useItemTimer(
  book: (itemId: string, seconds: number) => void,
  storageKey: string | null = null,
  now: () => number = Date.now,
): ItemTimer {
  const [running, setRunning] = useState<Running | null>(() => saved(storageKey));
  const ref = useRef<Running | null>(running);
  const bookRef = useRef(book);
  bookRef.current = book;
  const [, setTick] = useState(0);

  const set = useCallback(
    (next: Running | null) => {
      ref.current = next;
      save(storageKey, next);
      setRunning(next);
    },
    [storageKey],
  );

  const flush = useCallback(() => {
    const r = ref.current;
    if (!r) return;
    const seconds = Math.round((now() - r.since) / 1000);
    ref.current = { ...r, since: now() };
    save(storageKey, ref.current);
    if (seconds >= 1) bookRef.current(r.itemId, seconds);
  }, [now, storageKey]);

  useEffect(() => {
    if (!running) return;
    const t = window.setInterval(() => setTick((n) => n + 1), 250);
    return () => window.clearInterval(t);
  }, [running]);

  // Leaving meeting mode with the clock running books the time so far (a crash skips this: see above).
  useEffect(
    () => () => {
      flush();
      ref.current = null;
      save(storageKey, null);
    },
    [flush, storageKey],
  );

  const start = useCallback((itemId: string) => set({ itemId, since: now() }), [now, set]);
  const stop = useCallback(() => {
    flush();
    set(null);
  }, [flush, set]);

  return {
    runningFor: running?.itemId ?? null,
    liveSeconds: (itemId) =>
      running && running.itemId === itemId ? Math.max(0, Math.floor((now() - running.since) / 1000)) : 0,
    start,
    stop,
    toggle: (itemId) => (ref.current ? stop() : start(itemId)),
    follow: (itemId) => {
      const r = ref.current;
      if (!r || r.itemId === itemId) return;
      flush();
      set({ itemId, since: now() });
    },
  };
}
