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
