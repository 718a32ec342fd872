// The security policy applied to every session and every web contents (Electron security checklist:
// electronjs.org/docs/latest/tutorial/security). Electron objects come in as parameters (type-only
// imports), so tests hand in fakes.
import type { Session, WebContents } from 'electron';
import { externalUrl, isAllowedRequestUrl, isAppUrl } from './url-policy';

type OpenExternal = (url: string) => Promise<void>;

/**
 * Refuses every permission (camera, microphone, notifications, clipboard-read, geolocation, HID, USB,
 * serial, ...): Regie needs none. Keyboard and menu copy/paste do not go through permissions.
 * Cancels every request that is not for the app itself or an in-memory data:/blob: URL.
 */
export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  session.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isAllowedRequestUrl(details.url) });
  });
}

/** Opens an https:/mailto: link with the system (browser, mail program); refuses anything else. */
function openIfExternal(url: string, openExternal: OpenExternal, log: (message: string) => void): boolean {
  const target = externalUrl(url);
  if (target === null) {
    log(`Regie: link geweigerd: ${url.slice(0, 200)}`);
    return false;
  }
  openExternal(target).catch((error: unknown) => log(`Regie: link openen mislukt: ${String(error)}`));
  return true;
}

/**
 * Navigation stays inside app://regie/. A link to an https:/mailto: address opens in the system's
 * browser or mail program instead; everything else is blocked. No new windows, no <webview>.
 */
export function hardenWebContents(
  contents: WebContents,
  openExternal: OpenExternal,
  log: (message: string) => void = console.warn,
): void {
  contents.on('will-navigate', (event) => {
    if (isAppUrl(event.url)) return;
    event.preventDefault();
    openIfExternal(event.url, openExternal, log);
  });
  // Sub-frames (main-frame navigations are handled above, so nothing is opened twice here).
  contents.on('will-frame-navigate', (event) => {
    if (event.isMainFrame || isAppUrl(event.url)) return;
    event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.setWindowOpenHandler(({ url }) => {
    openIfExternal(url, openExternal, log);
    return { action: 'deny' };
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}
