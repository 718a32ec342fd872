// Which URLs belong to the app, which may be opened outside it, and which requests may leave the renderer.
// Pure (no electron import) so the policy can be tested as a table. Every decision parses with `new URL`
// and compares exact components; nothing here looks for substrings ("app://regie" inside a query string
// of an https URL is just text).

export const APP_SCHEME = 'app';
export const APP_HOST = 'regie';
const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** Longer URLs are refused outright: nothing this app shows or opens needs more. */
const MAX_URL_LENGTH = 4096;

/** Schemes the system may open for the user (browser, mail program). Exact protocol match only. */
const EXTERNAL_PROTOCOLS: ReadonlySet<string> = new Set(['https:', 'mailto:']);

/** Parses a URL, or null when it is not a string, too long, or not a URL at all. */
function parseUrl(raw: unknown): URL | null {
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > MAX_URL_LENGTH) return null;
  try {
    return new URL(raw);
  } catch {
    return null;
  }
}

function isAppOrigin(url: URL): boolean {
  return (
    url.protocol === `${APP_SCHEME}:` &&
    url.hostname === APP_HOST &&
    url.port === '' &&
    url.username === '' &&
    url.password === ''
  );
}

/**
 * True for URLs of the app itself (`app://regie/...`). The path does not matter here: the URL parser
 * already removed dot segments, and the protocol handler decides which file (if any) a path names.
 */
export function isAppUrl(raw: unknown): boolean {
  const url = parseUrl(raw);
  return url !== null && isAppOrigin(url);
}

/**
 * The normalised URL to hand to the operating system, or null when the app must not open it:
 * only `https:` (with a host and without credentials) and `mailto:` (with an address) are allowed.
 */
export function externalUrl(raw: unknown): string | null {
  const url = parseUrl(raw);
  if (url === null || !EXTERNAL_PROTOCOLS.has(url.protocol)) return null;
  if (url.username !== '' || url.password !== '') return null;
  if (url.protocol === 'https:' && url.hostname === '') return null;
  if (url.protocol === 'mailto:' && url.pathname.trim() === '') return null;
  return url.href;
}

export function canOpenExternally(raw: unknown): boolean {
  return externalUrl(raw) !== null;
}

/**
 * Requests the renderer's session may make: the app's own files, and in-memory data/blob URLs. Everything
 * else (http, https, ws, file, ftp, ...) is cancelled, so no remote content is ever loaded.
 */
export function isAllowedRequestUrl(raw: unknown): boolean {
  const url = parseUrl(raw);
  if (url === null) return false;
  if (isAppOrigin(url)) return true;
  if (url.protocol === 'data:' || url.protocol === 'devtools:') return true;
  // blob: URLs carry their creator's origin: blob:app://regie/<uuid>.
  if (url.protocol === 'blob:') return isAppUrl(url.pathname);
  return false;
}

/** The frame that sent an IPC message must show the app itself (not any page that mentions it). */
export function isTrustedSenderUrl(raw: unknown): boolean {
  return isAppUrl(raw);
}
