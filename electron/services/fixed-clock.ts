// REGIE_NOW: an ISO moment that fixes "today" for demonstrations and end-to-end tests, read the same way by
// the desktop app and browser mode (the rules never read the clock themselves; they get `now`).

/** The fixed clock REGIE_NOW asks for; undefined (the real clock) when it is empty. Throws when invalid. */
export function clockFromEnv(value: string | undefined): (() => Date) | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  const moment = new Date(text);
  if (Number.isNaN(moment.getTime())) throw new Error(`REGIE_NOW is geen geldig tijdstip: ${text}`);
  return () => moment;
}

/**
 * The name under which the desktop app's main process keeps the mover of its fixed clock. Only the end-to-end
 * tests call it (e2e.setNow: "the item came in later"), evaluating in main over the Node inspector, which a
 * shipped build has fused off; the renderer cannot reach main's globals. Without REGIE_NOW there is nothing to
 * move: the real clock is never touched.
 */
export const MOVE_FIXED_CLOCK = '__regieMoveFixedClock';

/** A REGIE_NOW clock that can be moved (see MOVE_FIXED_CLOCK); undefined when REGIE_NOW is empty. */
export function movableClockFromEnv(
  value: string | undefined,
): { now: () => Date; move(iso: string): void } | undefined {
  const fixed = clockFromEnv(value);
  if (!fixed) return undefined;
  let moment = fixed();
  return {
    now: () => moment,
    move(iso: string) {
      const next = new Date(iso);
      if (Number.isNaN(next.getTime())) throw new Error(`Geen geldig tijdstip: ${iso}`);
      moment = next;
    },
  };
}
