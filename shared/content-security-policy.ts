// The Content-Security-Policy of every page of the app: sent by the app:// protocol in Electron and by the
// loopback bridge in browser mode.
/**
 * The Content Security Policy sent with every response.
 *
 * `style-src 'unsafe-inline'`: Fluent UI v9 styles components with Griffel, a CSS-in-JS engine that
 * inserts <style> elements at run time (and Fluent's positioning sets style attributes). Without
 * 'unsafe-inline' (or a per-response nonce threaded into Griffel's renderer) the UI renders unstyled.
 * The risk is limited: scripts stay 'self' only, so injected markup cannot run code, and there is no
 * remote content to exfiltrate styles to (connect-src, img-src and font-src are local only).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'none'",
].join('; ');
