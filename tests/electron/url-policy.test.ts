import { describe, expect, it } from 'vitest';
import {
  APP_ENTRY_URL,
  canOpenExternally,
  externalUrl,
  isAllowedRequestUrl,
  isAppUrl,
  isTrustedSenderUrl,
} from '../../electron/main/url-policy';

// [url, isAppUrl, canOpenExternally]
const table: [string, boolean, boolean][] = [
  [APP_ENTRY_URL, true, false],
  ['app://regie/', true, false],
  ['app://regie/assets/index-abc.js', true, false],
  // The URL parser removes dot segments: this is app://regie/etc/passwd, a path inside the app's origin
  // that the protocol handler answers with 404 (see app-protocol.test.ts).
  ['app://regie/../../etc/passwd', true, false],
  ['https://evil.example/?next=app://regie', false, true],
  ['https://evil.example/app://regie/index.html', false, true],
  ['app://regie.evil/', false, false],
  ['app://regie@evil/', false, false],
  ['app://evil@regie/', false, false],
  ['app://regie:8080/', false, false],
  ['app:regie', false, false],
  ['app://REGIE/', false, false],
  ['APP://regie/', true, false],
  ['javascript:alert(1)', false, false],
  ['JAVASCRIPT:alert(1)', false, false],
  ['file:///C:/Windows/System32/calc.exe', false, false],
  ['file:///etc/passwd', false, false],
  ['http://example.nl', false, false],
  ['ws://example.nl', false, false],
  ['ftp://example.nl', false, false],
  ['data:text/html,<script>alert(1)</script>', false, false],
  ['blob:app://regie/1234', false, false],
  ['HTTPS://example.nl', false, true],
  ['https://www.rijksoverheid.nl/onderwerpen', false, true],
  ['https://user:pass@example.nl/', false, false],
  ['https://', false, false],
  ['https:\\\\evil.example', false, true],
  ['mailto:x@y.nl', false, true],
  ['MAILTO:secretariaat@gemeente.nl?subject=Agenda', false, true],
  ['mailto:', false, false],
  ['ms-word:ofe|u|https://example.nl/a.docx', false, false],
  ['\\\\server\\share\\x.docx', false, false],
  ['', false, false],
  ['not a url', false, false],
  [`https://example.nl/${'a'.repeat(5000)}`, false, false],
];

describe('url policy', () => {
  it.each(table)('%s → app %s, external %s', (url, app, external) => {
    expect(isAppUrl(url)).toBe(app);
    expect(isTrustedSenderUrl(url)).toBe(app);
    expect(canOpenExternally(url)).toBe(external);
  });

  it('refuses non-strings', () => {
    for (const value of [undefined, null, 42, {}, ['https://example.nl']]) {
      expect(isAppUrl(value)).toBe(false);
      expect(canOpenExternally(value)).toBe(false);
    }
  });

  it('hands the normalised URL to the system, not the raw text', () => {
    expect(externalUrl('HTTPS://Example.NL')).toBe('https://example.nl/');
    expect(externalUrl('  https://example.nl/a b  ')).toBe('https://example.nl/a%20b');
    expect(externalUrl('https:\\\\evil.example')).toBe('https://evil.example/');
  });

  it('lets requests go only to the app and in-memory URLs', () => {
    expect(isAllowedRequestUrl('app://regie/assets/x.js')).toBe(true);
    expect(isAllowedRequestUrl('data:image/png;base64,AAAA')).toBe(true);
    expect(isAllowedRequestUrl('blob:app://regie/5d1e0c7a')).toBe(true);
    expect(isAllowedRequestUrl('devtools://devtools/bundled/inspector.html')).toBe(true);
    expect(isAllowedRequestUrl('blob:https://evil.example/5d1e0c7a')).toBe(false);
    expect(isAllowedRequestUrl('https://fonts.googleapis.com/css')).toBe(false);
    expect(isAllowedRequestUrl('http://127.0.0.1:8080/')).toBe(false);
    expect(isAllowedRequestUrl('file:///C:/x.png')).toBe(false);
    expect(isAllowedRequestUrl('app://regie.evil/x.js')).toBe(false);
    expect(isAllowedRequestUrl('wss://example.nl/')).toBe(false);
  });
});
