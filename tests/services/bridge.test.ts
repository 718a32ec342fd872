// The loopback bridge refuses requests without the token, with a wrong token, from another Origin or
// for another Host, and serves the API and the renderer otherwise.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { request } from 'node:http';
import { mkdirSync, mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startBridge, type Bridge } from '../../electron/bridge/server';
import { openTestRegie, type TestRegie } from '../helpers/regie';

let regie: TestRegie;
let bridge: Bridge;
let rendererDir: string;

beforeAll(async () => {
  regie = await openTestRegie();
  rendererDir = mkdtempSync(join(tmpdir(), 'regie-renderer-'));
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Regie</title>');
  mkdirSync(join(rendererDir, 'assets'));
  writeFileSync(join(rendererDir, 'assets', 'index-BchZNH5T.js'), 'export {};');
  writeFileSync(join(rendererDir, 'assets', 'notes.js'), 'export {};');
  bridge = await startBridge({ dispatch: regie.dispatch, rendererDir });
});
afterAll(async () => {
  await bridge.close();
  await regie.cleanup();
  rmSync(rendererDir, { recursive: true, force: true });
});

function call(
  path: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
) {
  return new Promise<{ status: number; body: string; headers: Record<string, unknown> }>((done, fail) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: bridge.port,
        path,
        method: options.method ?? 'POST',
        headers: options.headers,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          done({
            status: res.statusCode ?? 0,
            body: Buffer.concat(chunks).toString('utf8'),
            headers: res.headers,
          }),
        );
      },
    );
    req.on('error', fail);
    if (options.body) req.write(options.body);
    req.end();
  });
}

describe('loopback bridge', () => {
  it('binds to 127.0.0.1 only, on a random port', () => {
    const address = bridge.server.address();
    expect(address).toMatchObject({ address: '127.0.0.1' });
    expect(bridge.port).toBeGreaterThan(0);
    expect(bridge.openUrl).toBe(`http://127.0.0.1:${bridge.port}/#token=${bridge.token}`);
    expect(bridge.token).toMatch(/^[0-9a-f]{48}$/);
  });

  it('answers a call with the right token', async () => {
    const res = await call('/api/app.info', {
      headers: { 'x-regie-token': bridge.token, 'content-type': 'application/json' },
      body: '{}',
    });
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toMatchObject({ ok: true, value: { empty: true, user: 'test' } });
  });

  it('refuses a call without the token, or with a wrong one', async () => {
    const none = await call('/api/app.info', { body: '{}' });
    expect(none.status).toBe(401);
    expect(JSON.parse(none.body).error.message).toContain('Toegangssleutel');
    const wrong = await call('/api/app.info', { headers: { 'x-regie-token': 'x'.repeat(48) }, body: '{}' });
    expect(wrong.status).toBe(401);
  });

  it('refuses another Origin, even with the token', async () => {
    const res = await call('/api/bodies.list', {
      headers: { 'x-regie-token': bridge.token, origin: 'https://evil.example' },
      body: '{}',
    });
    expect(res.status).toBe(403);
    const ok = await call('/api/bodies.list', {
      headers: { 'x-regie-token': bridge.token, origin: bridge.url },
      body: '{}',
    });
    expect(ok.status).toBe(200);
  });

  it('refuses a foreign Host header (DNS rebinding)', async () => {
    const res = await call('/api/app.info', {
      headers: { 'x-regie-token': bridge.token, host: 'evil.example' },
      body: '{}',
    });
    expect(res.status).toBe(403);
  });

  it('returns validation errors with the field path, and changes nothing', async () => {
    const res = await call('/api/meetings.create', {
      headers: { 'x-regie-token': bridge.token },
      body: JSON.stringify({ bodyId: 'x', date: '2027-02-30', start: '25:00' }),
    });
    expect(res.status).toBe(400);
    const error = JSON.parse(res.body).error;
    expect(error.code).toBe('invalid');
    expect(error.issues.map((i: { path: string }) => i.path)).toEqual(['date', 'start']);
    expect(error.message).toContain('date: de datum "2027-02-30" bestaat niet');
  });

  it('serves the renderer with the strict CSP and refuses paths outside it', async () => {
    const page = await call('/', { method: 'GET' });
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect(page.headers['content-security-policy']).toContain("object-src 'none'");
    const escape = await call('/..%2f..%2fetc%2fpasswd', { method: 'GET' });
    expect([403, 404]).toContain(escape.status);
    expect(escape.body).not.toContain('root:');
  });

  // Vite names its scripts after their content: the browser may keep them (and V8 their compiled code), while
  // index.html, which names the current ones, and every other file are asked anew each time.
  it('lets the browser keep the content-named scripts, and nothing else', async () => {
    const script = await call('/assets/index-BchZNH5T.js', { method: 'GET' });
    expect(script.status).toBe(200);
    expect(script.headers['cache-control']).toBe('private, max-age=31536000, immutable');
    expect(script.headers['content-security-policy']).toContain("script-src 'self'");
    for (const path of ['/', '/index.html', '/assets/notes.js']) {
      const other = await call(path, { method: 'GET' });
      expect(other.status, path).toBe(200);
      expect(other.headers['cache-control'], path).toBe('no-store');
    }
  });
});

describe('downloads from the exports folder (browser mode)', () => {
  let dir: string;
  let withDownloads: Bridge;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'regie-downloads-'));
    const exports = join(dir, 'exports');
    mkdirSync(join(exports, 'pakket'), { recursive: true });
    writeFileSync(join(exports, 'Agenda 2027-04-01.docx'), 'agenda');
    writeFileSync(join(exports, 'pakket', 'B - Stavaza.pdf'), 'stuk');
    writeFileSync(join(dir, 'regie.sqlite'), 'geheim');
    withDownloads = await startBridge({ dispatch: regie.dispatch, downloadsDir: exports });
  });
  afterAll(async () => {
    await withDownloads.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const get = (path: string) =>
    new Promise<{ status: number; body: string; headers: Record<string, unknown> }>((done, fail) => {
      const req = request({ host: '127.0.0.1', port: withDownloads.port, path, method: 'GET' }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          done({
            status: res.statusCode ?? 0,
            body: Buffer.concat(chunks).toString('utf8'),
            headers: res.headers,
          }),
        );
      });
      req.on('error', fail);
      req.end();
    });
  const url = (name: string, token = withDownloads.token) =>
    `/download/${encodeURIComponent(name)}?token=${token}`;

  it('serves a file written after the start, also in a subfolder, as an attachment', async () => {
    writeFileSync(join(dir, 'exports', 'later.regie'), 'pakket');
    const later = await get(url('later.regie'));
    expect(later.status).toBe(200);
    expect(later.body).toBe('pakket');
    expect(later.headers['content-disposition']).toContain("filename*=UTF-8''later.regie");
    expect((await get(url('Agenda 2027-04-01.docx'))).body).toBe('agenda');
    expect((await get(url('pakket/B - Stavaza.pdf'))).body).toBe('stuk');
  });

  it('requires the token and refuses anything outside the folder', async () => {
    expect((await get(url('later.regie', 'x'.repeat(48)))).status).toBe(401);
    expect((await get(`/download/${encodeURIComponent('later.regie')}`)).status).toBe(401);
    for (const name of [
      '../regie.sqlite',
      '..\\regie.sqlite',
      join(dir, 'regie.sqlite'),
      'pakket',
      '',
      'nope.docx',
      'a\0b',
    ]) {
      const res = await get(url(name));
      expect(res.status, name).toBe(404);
      expect(res.body).not.toContain('geheim');
    }
  });
});
