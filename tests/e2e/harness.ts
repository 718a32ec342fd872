// End-to-end harness: the real services and the built renderer on the loopback bridge, driven in Debian's
// Chromium through playwright-core. Each test file gets a fresh data folder and a fixed clock.
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect } from 'vitest';
import { chromium, type Browser, type CDPSession, type Page } from 'playwright-core';
import { openRegie, type Regie } from '../../electron/services/index';
import { startBridge, type Bridge } from '../../electron/bridge/server';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const RENDERER_DIR = resolve(__dirname, '../../dist/renderer');

export interface E2E {
  regie: Regie;
  bridge: Bridge;
  browser: Browser;
  page: Page;
  dataDir: string;
  screenshot(name: string): Promise<string>;
  /** A screenshot once the toasts (which fade after a few seconds) are gone and colour transitions ended. */
  quietScreenshot(name: string): Promise<string>;
  /**
   * The window's size in CSS pixels and its scale (1.5 = Windows at 150 %): 1366×768 at 1 and 1280×720 at 1.5
   * are the two the desk is checked at.
   */
  resize(size: WindowSize): Promise<void>;
  /** Moves the services' clock (e.g. to record something that happened later than the test's start). */
  setNow(iso: string): void;
  close(): Promise<void>;
}

export interface WindowSize {
  width: number;
  height: number;
  scale: number;
}

export const SIZES: { name: string; size: WindowSize }[] = [
  { name: '1366x768', size: { width: 1366, height: 768, scale: 1 } },
  { name: '150pct', size: { width: 1280, height: 720, scale: 1.5 } },
];

export async function startE2E(
  options: {
    now?: string;
    width?: number;
    height?: number;
    /**
     * Who works with this installation. By default 'e2e' without a role (so changes are signed 'e2e', as the
     * account would); null leaves it unset, so the app asks on first start.
     */
    profile?: { name: string; role: string } | null;
  } = {},
): Promise<E2E> {
  if (!existsSync(join(RENDERER_DIR, 'index.html')))
    throw new Error('dist/renderer ontbreekt: voer eerst `npm run build` uit.');
  const dataDir = mkdtempSync(join(tmpdir(), 'regie-e2e-'));
  let now = new Date(options.now ?? '2026-11-23T08:00:00Z');
  const regie = await openRegie({ dataDir, user: 'e2e', now: () => now });
  const profile = options.profile === undefined ? { name: 'e2e', role: 'anders' } : options.profile;
  if (profile) await regie.dispatch('profile.save', profile);
  const bridge = await startBridge({
    dispatch: regie.dispatch,
    rendererDir: RENDERER_DIR,
    downloadsDir: join(dataDir, 'exports'),
  });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const page = await browser.newPage({
    viewport: { width: options.width ?? 1366, height: options.height ?? 768 },
    locale: 'nl-NL',
    timezoneId: 'Europe/Amsterdam',
  });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.goto(bridge.openUrl);
  const shots = process.env.REGIE_SCREENSHOTS ?? join(tmpdir(), 'regie-screens');
  // Kept open: Chromium drops a session's emulation when the session ends.
  let cdp: CDPSession | undefined;
  const screenshot = async (name: string) => {
    const { mkdirSync, writeFileSync } = await import('node:fs');
    mkdirSync(shots, { recursive: true });
    const path = join(shots, `${name}.png`);
    if (cdp) {
      // After resize(): Playwright would cut the picture to the viewport it set itself; Chromium takes it whole.
      const { data } = await cdp.send('Page.captureScreenshot', { format: 'png' });
      writeFileSync(path, Buffer.from(data, 'base64'));
    } else await page.screenshot({ path });
    return path;
  };
  return {
    regie,
    bridge,
    browser,
    page,
    dataDir,
    screenshot,
    setNow(iso: string) {
      now = new Date(iso);
    },
    async quietScreenshot(name: string) {
      await expect
        .poll(() => page.locator('.fui-Toast').count(), { timeout: 10_000 })
        .toBe(0)
        .catch(() => undefined);
      await page.waitForTimeout(250);
      return screenshot(name);
    },
    async resize({ width, height, scale }: WindowSize) {
      // Chromium's device metrics: the same page at another size and scale, without reloading it.
      cdp ??= await page.context().newCDPSession(page);
      await cdp.send('Emulation.setDeviceMetricsOverride', {
        width,
        height,
        deviceScaleFactor: scale,
        mobile: false,
      });
    },
    async close() {
      await browser.close();
      await bridge.close();
      await regie.close();
      rmSync(dataDir, { recursive: true, force: true });
      if (errors.length) console.warn('Fouten in de pagina:\n' + errors.join('\n'));
    },
  };
}
