import type { Session, WebContents } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { hardenSession, hardenWebContents } from '../../electron/main/security';

type Handler = (...args: unknown[]) => unknown;

function fakeContents() {
  const listeners = new Map<string, Handler>();
  let windowOpenHandler: Handler | null = null;
  const contents = {
    on: (event: string, listener: Handler) => {
      listeners.set(event, listener);
      return contents;
    },
    setWindowOpenHandler: (handler: Handler) => {
      windowOpenHandler = handler;
    },
  };
  const navigate = (event: string, url: string, extra: Record<string, unknown> = {}) => {
    const preventDefault = vi.fn();
    listeners.get(event)?.({ url, preventDefault, ...extra });
    return preventDefault.mock.calls.length > 0;
  };
  return {
    contents: contents as unknown as WebContents,
    listeners,
    navigate,
    openWindow: (url: string) =>
      windowOpenHandler?.({ url, frameName: '', features: '', disposition: 'new-window' }),
  };
}

function harden() {
  const fake = fakeContents();
  const openExternal = vi.fn(async () => undefined);
  hardenWebContents(fake.contents, openExternal, vi.fn());
  return { ...fake, openExternal };
}

describe('navigation', () => {
  it('stays inside app://regie/', () => {
    const { navigate, openExternal } = harden();
    expect(navigate('will-navigate', 'app://regie/vergaderingen')).toBe(false);
    expect(navigate('will-redirect', 'app://regie/index.html')).toBe(false);
    expect(openExternal).not.toHaveBeenCalled();
  });

  it.each([
    'https://evil.example/?next=app://regie',
    'app://regie.evil/',
    'file:///C:/',
    'http://example.nl',
    'javascript:alert(1)',
  ])('blocks navigation to %s', (url) => {
    const { navigate } = harden();
    expect(navigate('will-navigate', url)).toBe(true);
    expect(navigate('will-redirect', url)).toBe(true);
  });

  it('opens an https: link in the browser instead of navigating', () => {
    const { navigate, openExternal } = harden();
    expect(navigate('will-navigate', 'https://www.vng.nl/')).toBe(true);
    expect(openExternal).toHaveBeenCalledWith('https://www.vng.nl/');
  });

  it('never opens file:, http: or javascript: externally', () => {
    const { navigate, openExternal } = harden();
    navigate('will-navigate', 'file:///C:/Windows/System32/calc.exe');
    navigate('will-navigate', 'http://example.nl/');
    navigate('will-navigate', 'javascript:alert(1)');
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('blocks sub-frames leaving the app, without opening anything', () => {
    const { navigate, openExternal } = harden();
    expect(navigate('will-frame-navigate', 'https://evil.example/', { isMainFrame: false })).toBe(true);
    expect(navigate('will-frame-navigate', 'app://regie/x', { isMainFrame: false })).toBe(false);
    expect(navigate('will-frame-navigate', 'https://evil.example/', { isMainFrame: true })).toBe(false); // will-navigate handles it
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('denies every new window; mailto:/https: go to the system', () => {
    const { openWindow, openExternal } = harden();
    expect(openWindow('mailto:secretariaat@gemeente.nl')).toEqual({ action: 'deny' });
    expect(openWindow('https://example.nl/')).toEqual({ action: 'deny' });
    expect(openWindow('app://regie/index.html')).toEqual({ action: 'deny' });
    expect(openWindow('file:///etc/passwd')).toEqual({ action: 'deny' });
    expect(openExternal.mock.calls).toEqual([['mailto:secretariaat@gemeente.nl'], ['https://example.nl/']]);
  });

  it('refuses <webview>', () => {
    const { listeners } = harden();
    const preventDefault = vi.fn();
    listeners.get('will-attach-webview')?.({ preventDefault }, {}, {});
    expect(preventDefault).toHaveBeenCalled();
  });
});

describe('session', () => {
  function fakeSession() {
    const handlers: Record<string, Handler> = {};
    const session = {
      setPermissionRequestHandler: (h: Handler) => (handlers.request = h),
      setPermissionCheckHandler: (h: Handler) => (handlers.check = h),
      setDevicePermissionHandler: (h: Handler) => (handlers.device = h),
      webRequest: { onBeforeRequest: (h: Handler) => (handlers.beforeRequest = h) },
    };
    hardenSession(session as unknown as Session);
    return handlers;
  }

  it('refuses every permission request and check', () => {
    const handlers = fakeSession();
    for (const permission of [
      'media',
      'notifications',
      'geolocation',
      'clipboard-read',
      'openExternal',
      'fullscreen',
    ]) {
      const callback = vi.fn();
      handlers.request?.({}, permission, callback, {});
      expect(callback).toHaveBeenCalledWith(false);
      expect(handlers.check?.({}, permission, 'app://regie', {})).toBe(false);
    }
    expect(handlers.device?.({ deviceType: 'usb' })).toBe(false);
  });

  it('cancels requests for remote content', () => {
    const handlers = fakeSession();
    const decide = (url: string) => {
      const callback = vi.fn();
      handlers.beforeRequest?.({ url }, callback);
      return callback.mock.calls[0]?.[0];
    };
    expect(decide('app://regie/assets/index.js')).toEqual({ cancel: false });
    expect(decide('data:image/png;base64,AA')).toEqual({ cancel: false });
    expect(decide('https://fonts.gstatic.com/x.woff2')).toEqual({ cancel: true });
    expect(decide('http://localhost:5173/')).toEqual({ cancel: true });
    expect(decide('file:///C:/Users/jan/x.png')).toEqual({ cancel: true });
  });
});
