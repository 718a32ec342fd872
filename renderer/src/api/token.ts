// Browser mode: the per-run token arrives once in the address (`#token=…`). It is kept in sessionStorage
// (gone when the tab closes) and removed from the address bar so it does not end up in history or screenshots.
const KEY = 'regie.token';

export function readToken(
  loc: Location = window.location,
  storage: Storage = window.sessionStorage,
): string | null {
  const match = /(?:^#|&)token=([A-Za-z0-9_-]+)/.exec(loc.hash);
  if (match?.[1]) {
    storage.setItem(KEY, match[1]);
    window.history.replaceState(null, '', loc.pathname + loc.search);
    return match[1];
  }
  return storage.getItem(KEY);
}
