// The item clock of meeting mode. It runs in the renderer; the seconds go to the services
// (items.addElapsed) when the clock stops, when the chair moves on to another item while it runs (the
// clock then keeps running for the new item), and when meeting mode closes.
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

export function useItemTimer(
  book: (itemId: string, seconds: number) => void,
  now: () => number = Date.now,
): ItemTimer {
  const [running, setRunning] = useState<Running | null>(null);
  const ref = useRef<Running | null>(null);
  const bookRef = useRef(book);
  bookRef.current = book;
  const [, setTick] = useState(0);

  const set = useCallback((next: Running | null) => {
    ref.current = next;
    setRunning(next);
  }, []);

  const flush = useCallback(() => {
    const r = ref.current;
    if (!r) return;
    const seconds = Math.round((now() - r.since) / 1000);
    ref.current = { ...r, since: now() };
    if (seconds >= 1) bookRef.current(r.itemId, seconds);
  }, [now]);

  useEffect(() => {
    if (!running) return;
    const t = window.setInterval(() => setTick((n) => n + 1), 250);
    return () => window.clearInterval(t);
  }, [running]);

  // Leaving meeting mode with the clock running books the time so far.
  useEffect(
    () => () => {
      flush();
      ref.current = null;
    },
    [flush],
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
