// The loopback bridge: the same API contract over HTTP for browser mode and the end-to-end tests.
// - binds 127.0.0.1 only, on a random port;
// - every API request must carry the per-run random token (header X-Regie-Token);
// - requests from another Origin are refused, and so is any Host but our own (DNS rebinding);
// - serves the built renderer with the same strict CSP as the desktop app.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { AddressInfo } from 'node:net';
import { isApiMethod } from '../../shared/api/contract';
import type { ApiErrorBody } from '../../shared/api/define';
import { toApiError } from '../services/dispatch';
import { CONTENT_SECURITY_POLICY } from '../../shared/content-security-policy';

const TOKEN_HEADER = 'x-regie-token';
const MAX_BODY_BYTES = 720 * 1024 * 1024; // a 500 MB document as base64, plus room

export { CONTENT_SECURITY_POLICY };

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
  '.md': 'text/markdown; charset=utf-8',
};

interface BridgeOptions {
  dispatch(name: string, payload: unknown): Promise<unknown>;
  /** The built renderer (dist/renderer); when absent only the API is served. */
  rendererDir?: string;
  port?: number;
  token?: string;
  /** Extra files the browser may download (exports in browser mode): path → absolute file. */
  downloads?: Map<string, string>;
  /** A folder whose files the browser may download by their relative name (the data folder's exports/). */
  downloadsDir?: string;
}

/** A file under `dir` by its relative name; never a path outside it. */
async function fileUnder(dir: string, name: string): Promise<string | undefined> {
  if (!name || name.includes('\0')) return undefined;
  const root = resolve(dir);
  const full = resolve(root, name);
  if (!full.startsWith(root + sep)) return undefined;
  try {
    return (await stat(full)).isFile() ? full : undefined;
  } catch {
    return undefined;
  }
}

export interface Bridge {
  url: string;
  /** The address to open: the page with its token. */
  openUrl: string;
  token: string;
  port: number;
  server: Server;
  close(): Promise<void>;
}

const STATUS: Record<ApiErrorBody['code'], number> = {
  invalid: 400,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  internal: 500,
};

function send(res: ServerResponse, status: number, body: unknown) {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  res.end(text);
}

/**
 * How long the browser may keep a file of the renderer. Vite names each script and style in assets/ after a hash
 * of its content, so such a file never changes under its name: the browser keeps it, and Chromium then also keeps
 * the compiled code of the scripts (V8's code cache), as the desktop app's app:// scheme does (codeCache). Without
 * it every start compiled the whole renderer anew: ~350 ms between the scripts' arrival and the first request for
 * data on the ten-year archive (bench:ui). index.html names the current files, so it is always asked anew; a
 * file whose name does not look content-named (another hash length in a later Vite) is asked anew as well.
 */
function cacheControlFor(relative: string): string {
  return /^assets\/[^/]+-[A-Za-z0-9_-]{8}\.(js|css)$/.test(relative)
    ? 'private, max-age=31536000, immutable'
    : 'no-store';
}

function refuse(res: ServerResponse, status: number, message: string) {
  send(res, status, { ok: false, error: { code: 'forbidden', message } satisfies ApiErrorBody });
}

/** decodeURIComponent, or null for a malformed escape ('%E0%A4%A'): the caller answers 400, not a URIError. */
function decodedPath(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

function malformed(res: ServerResponse) {
  send(res, 400, {
    ok: false,
    error: {
      code: 'invalid',
      message: 'Het adres van dit verzoek is ongeldig (een onjuiste %-codering).',
    } satisfies ApiErrorBody,
  });
}

function tokenMatches(given: string | undefined, token: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new Error('too large');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

export async function startBridge(options: BridgeOptions): Promise<Bridge> {
  const token = options.token ?? randomBytes(24).toString('hex');
  let origin = '';
  let allowedHosts: string[] = [];
  const rendererRoot = options.rendererDir ? resolve(options.rendererDir) : null;

  const server = createServer(async (req, res) => {
    try {
      // DNS rebinding: only our own host names.
      if (!allowedHosts.includes(req.headers.host ?? '')) return refuse(res, 403, 'Onbekende host.');
      const requestOrigin = req.headers.origin;
      if (
        requestOrigin !== undefined &&
        requestOrigin !== origin &&
        requestOrigin !== origin.replace('127.0.0.1', 'localhost')
      )
        return refuse(res, 403, 'Verzoeken van een andere herkomst worden geweigerd.');
      let url: URL;
      try {
        url = new URL(req.url ?? '/', origin);
      } catch {
        return malformed(res);
      }

      if (url.pathname.startsWith('/api/')) {
        if (req.method !== 'POST') return refuse(res, 405, 'Alleen POST.');
        const given = req.headers[TOKEN_HEADER];
        if (!tokenMatches(Array.isArray(given) ? given[0] : given, token))
          return refuse(res, 401, 'Toegangssleutel ontbreekt of klopt niet.');
        const name = decodedPath(url.pathname.slice('/api/'.length));
        if (name === null) return malformed(res);
        if (!isApiMethod(name))
          return send(res, 404, {
            ok: false,
            error: { code: 'not_found', message: `Onbekende opdracht: ${name}` },
          });
        let payload: unknown;
        try {
          const text = await readBody(req);
          payload = text ? JSON.parse(text) : {};
        } catch {
          return send(res, 400, {
            ok: false,
            error: { code: 'invalid', message: 'Het verzoek is geen geldige JSON of is te groot.' },
          });
        }
        try {
          const value = await options.dispatch(name, payload);
          return send(res, 200, { ok: true, value: value ?? null });
        } catch (error) {
          const apiError = toApiError(error);
          return send(res, STATUS[apiError.body.code], { ok: false, error: apiError.body });
        }
      }

      if (url.pathname.startsWith('/download/')) {
        if (!tokenMatches(url.searchParams.get('token') ?? undefined, token))
          return refuse(res, 401, 'Toegangssleutel ontbreekt of klopt niet.');
        const wanted = decodedPath(url.pathname.slice('/download/'.length));
        if (wanted === null) return malformed(res);
        const file =
          options.downloads?.get(wanted) ??
          (options.downloadsDir ? await fileUnder(options.downloadsDir, wanted) : undefined);
        if (!file) return refuse(res, 404, 'Bestand niet gevonden.');
        const data = await readFile(file);
        const name = file.split(/[\\/]/).pop() ?? 'bestand';
        res.writeHead(200, {
          'content-type': 'application/octet-stream',
          'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent(name)}`,
          'cache-control': 'no-store',
        });
        return res.end(data);
      }

      if (req.method !== 'GET' || !rendererRoot) return refuse(res, 404, 'Niet gevonden.');
      const relative = url.pathname === '/' ? 'index.html' : decodedPath(url.pathname.slice(1));
      if (relative === null) return malformed(res);
      const full = normalize(join(rendererRoot, relative));
      if (!full.startsWith(rendererRoot + sep)) return refuse(res, 403, 'Buiten de map van de app.');
      let data: Buffer;
      try {
        data = await readFile(full);
      } catch {
        return refuse(res, 404, 'Niet gevonden.');
      }
      res.writeHead(200, {
        'content-type': MIME[extname(full)] ?? 'application/octet-stream',
        'content-security-policy': CONTENT_SECURITY_POLICY,
        'x-content-type-options': 'nosniff',
        'cache-control': cacheControlFor(relative),
      });
      res.end(data);
    } catch (error) {
      send(res, 500, { ok: false, error: toApiError(error).body });
    }
  });

  await new Promise<void>((ready, fail) => {
    server.once('error', fail);
    server.listen(options.port ?? 0, '127.0.0.1', () => ready());
  });
  const port = (server.address() as AddressInfo).port;
  origin = `http://127.0.0.1:${port}`;
  allowedHosts = [`127.0.0.1:${port}`, `localhost:${port}`];
  return {
    url: origin,
    openUrl: `${origin}/#token=${token}`,
    token,
    port,
    server,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
