import nodePath from 'node:path';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  CONTENT_SECURITY_POLICY,
  createAppProtocolHandler,
  registerAppScheme,
  resolveAppFile,
} from '../../electron/main/app-protocol';

let base: string;
let root: string;

beforeAll(async () => {
  base = await mkdtemp(nodePath.join(os.tmpdir(), 'regie-protocol-'));
  root = nodePath.join(base, 'dist', 'renderer');
  await mkdir(nodePath.join(root, 'assets'), { recursive: true });
  await writeFile(nodePath.join(root, 'index.html'), '<!doctype html><title>Regie</title>');
  await writeFile(nodePath.join(root, 'assets', 'index.js'), 'console.log(1)');
  await writeFile(nodePath.join(root, 'assets', 'style.css'), 'body{}');
  await writeFile(nodePath.join(base, 'secret.txt'), 'geheim');
  await writeFile(nodePath.join(base, 'dist', 'secret.txt'), 'geheim');
});

afterAll(async () => {
  await rm(base, { recursive: true, force: true });
});

const get = (url: string, method = 'GET') =>
  createAppProtocolHandler({ rootDir: root })(new Request(url, { method }));

describe('app:// protocol handler', () => {
  it('serves the app with the CSP and nosniff headers', async () => {
    const response = await get('app://regie/index.html');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toContain('<title>Regie</title>');
  });

  it('has the policy the issue asks for', () => {
    expect(CONTENT_SECURITY_POLICY).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
        "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; " +
        "form-action 'none'",
    );
  });

  it('serves / as index.html and assets with their types', async () => {
    expect(await (await get('app://regie/')).text()).toContain('Regie');
    const js = await get('app://regie/assets/index.js');
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    const css = await get('app://regie/assets/style.css');
    expect(css.headers.get('content-type')).toBe('text/css; charset=utf-8');
  });

  it('answers HEAD without a body', async () => {
    const response = await get('app://regie/index.html', 'HEAD');
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('');
  });

  it.each([
    'app://regie/..%2f..%2fsecret.txt',
    'app://regie/..%2Fsecret.txt',
    'app://regie/assets/..%2f..%2f..%2fsecret.txt',
    'app://regie/%2e%2e%2fsecret.txt',
    'app://regie/..%5c..%5csecret.txt',
    'app://regie/%252e%252e/secret.txt',
    'app://regie/index.html%00.js',
    'app://regie/C:%5cWindows%5cwin.ini',
    'app://regie/assets/CON',
    'app://regie/%E0%A4%A',
  ])('refuses traversal and odd paths: %s', async (url) => {
    const response = await get(url);
    expect([403, 404]).toContain(response.status);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await response.text()).not.toContain('geheim');
  });

  it('dot segments are removed by the URL parser before the handler sees them', async () => {
    // new URL('app://regie/../../secret.txt') is app://regie/secret.txt: inside the root, and missing.
    const response = await get('app://regie/../../secret.txt');
    expect(response.status).toBe(404);
  });

  it('refuses other hosts and methods', async () => {
    expect((await get('app://evil/index.html')).status).toBe(404);
    expect((await get('app://regie.evil/index.html')).status).toBe(404);
    // A real Request refuses credentials in the URL; the handler refuses them anyway.
    const withCredentials = { url: 'app://regie@evil/index.html', method: 'GET' } as Request;
    expect((await createAppProtocolHandler({ rootDir: root })(withCredentials)).status).toBe(404);
    expect((await get('app://regie/index.html', 'POST')).status).toBe(405);
  });

  it('gives client-side routes the app shell, missing assets a 404', async () => {
    expect((await get('app://regie/vergaderingen/123')).status).toBe(200);
    expect((await get('app://regie/assets/missing.js')).status).toBe(404);
  });

  it('resolves Windows paths safely too', () => {
    const w = nodePath.win32;
    expect(resolveAppFile('C:\\Regie\\dist\\renderer', '/assets/x.js', w)).toBe(
      'C:\\Regie\\dist\\renderer\\assets\\x.js',
    );
    expect(resolveAppFile('C:\\Regie\\dist\\renderer', '/..%5c..%5cwin.ini', w)).toBeNull();
    expect(resolveAppFile('C:\\Regie\\dist\\renderer', '/C:/Windows/win.ini', w)).toBeNull();
    expect(resolveAppFile('C:\\Regie\\dist\\renderer', '/%2e%2e/win.ini', w)).toBeNull();
    expect(resolveAppFile('C:\\Regie\\dist\\renderer', '/', w)).toBe('C:\\Regie\\dist\\renderer\\index.html');
  });

  it('reads nothing for a refused path', async () => {
    const readFile = vi.fn(async () => new Uint8Array());
    const handler = createAppProtocolHandler({ rootDir: root, readFile });
    await handler(new Request('app://regie/..%2f..%2fsecret.txt'));
    expect(readFile).not.toHaveBeenCalled();
  });

  it('registers app: as a standard, secure scheme', () => {
    const registerSchemesAsPrivileged = vi.fn();
    registerAppScheme({ registerSchemesAsPrivileged });
    expect(registerSchemesAsPrivileged).toHaveBeenCalledWith([
      expect.objectContaining({
        scheme: 'app',
        privileges: expect.objectContaining({ standard: true, secure: true }),
      }),
    ]);
  });
});
