// The `app://regie/` protocol: serves the built renderer (dist/renderer) with a strict Content Security
// Policy. A custom protocol instead of file:// gives the pages a real origin and lets us send headers.
import nodePath from 'node:path';
import { readFile as fsReadFile } from 'node:fs/promises';
import type { Protocol } from 'electron';
import { APP_HOST, APP_SCHEME } from './url-policy';

// The CSP is defined once, with the reasons, beside the services (the loopback bridge sends it too).
import { CONTENT_SECURITY_POLICY } from '../../shared/content-security-policy';

export { CONTENT_SECURITY_POLICY };

/** Headers on every app:// response, errors included. */
const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cache-Control': 'no-cache',
};

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
};

function contentTypeFor(filePath: string): string {
  return CONTENT_TYPES[nodePath.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

type PathModule = typeof nodePath.posix;

/** Windows device names (CON, NUL, COM1, ...) open devices, not files, whatever the folder. */
const WINDOWS_DEVICE = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$/i;

/**
 * The file under `rootDir` that a URL path names, or null when the path is not acceptable: undecodable,
 * containing NUL, backslashes, colons (drive letters, NTFS streams), `..`/`.` segments (also when
 * they were percent-encoded, e.g. `..%2f`) or Windows device names, or resolving outside the root.
 */
export function resolveAppFile(
  rootDir: string,
  urlPathname: string,
  p: PathModule = nodePath,
): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPathname);
  } catch {
    return null;
  }
  if (/[\0\\:]/.test(decoded)) return null;
  const segments = decoded.split('/').filter((segment) => segment !== '');
  if (segments.some((segment) => segment === '..' || segment === '.' || WINDOWS_DEVICE.test(segment)))
    return null;
  const relative = segments.length === 0 ? 'index.html' : segments.join('/');
  const root = p.resolve(rootDir);
  const resolved = p.resolve(root, relative);
  const fromRoot = p.relative(root, resolved);
  if (fromRoot === '' || fromRoot.startsWith('..') || p.isAbsolute(fromRoot)) return null;
  return resolved;
}

interface AppProtocolOptions {
  /** The built renderer, e.g. <app>/dist/renderer. */
  rootDir: string;
  readFile?: (filePath: string) => Promise<Uint8Array>;
  path?: PathModule;
}

function textResponse(status: number, text: string): Response {
  return new Response(text, {
    status,
    headers: { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' },
  });
}

function isMissing(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'ENOENT' || code === 'EISDIR' || code === 'ENOTDIR';
}

/** The handler for protocol.handle('app', ...). */
export function createAppProtocolHandler(
  options: AppProtocolOptions,
): (request: Request) => Promise<Response> {
  const p = options.path ?? nodePath;
  const readFile = options.readFile ?? ((filePath: string) => fsReadFile(filePath));
  const root = p.resolve(options.rootDir);

  const serve = async (filePath: string, method: string): Promise<Response> => {
    const body = await readFile(filePath);
    // Copy into a fresh ArrayBuffer-backed array: a Buffer may sit on a shared pool.
    const bytes = new Uint8Array(body.byteLength);
    bytes.set(body);
    return new Response(method === 'HEAD' ? null : bytes, {
      status: 200,
      headers: { ...SECURITY_HEADERS, 'Content-Type': contentTypeFor(filePath) },
    });
  };

  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return textResponse(405, 'Method not allowed');
    let url: URL;
    try {
      url = new URL(request.url);
    } catch {
      return textResponse(400, 'Bad request');
    }
    if (
      url.protocol !== `${APP_SCHEME}:` ||
      url.hostname !== APP_HOST ||
      url.port !== '' ||
      url.username !== '' ||
      url.password !== ''
    ) {
      return textResponse(404, 'Not found');
    }
    const filePath = resolveAppFile(root, url.pathname, p);
    if (filePath === null) return textResponse(403, 'Forbidden');
    try {
      return await serve(filePath, request.method);
    } catch (error) {
      if (!isMissing(error)) return textResponse(500, 'Internal error');
      // Client-side routes (no file extension) get the app shell; missing assets stay 404.
      if (p.extname(filePath) === '') {
        try {
          return await serve(p.join(root, 'index.html'), request.method);
        } catch {
          return textResponse(404, 'Not found');
        }
      }
      return textResponse(404, 'Not found');
    }
  };
}

/**
 * Must run before app 'ready'. `standard` gives app://regie a real origin (relative URLs, storage);
 * `secure` makes it a secure context; `supportFetchAPI` and `corsEnabled` let Chromium load the ES module
 * scripts Vite emits (`<script type="module" crossorigin>`) — same-origin only, since the handler sends
 * no Access-Control-Allow-Origin header; `codeCache` lets V8 cache the compiled bundle.
 */
export function registerAppScheme(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true, codeCache: true },
    },
  ]);
}

/** After 'ready': serve dist/renderer on app://regie/. */
export function installAppProtocol(protocol: Pick<Protocol, 'handle'>, rootDir: string): void {
  protocol.handle(APP_SCHEME, createAppProtocolHandler({ rootDir }));
}
