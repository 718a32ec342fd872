// Benchmark: start-up time, from starting the process to the first screen with data ("Aandacht" showing the
// next meeting of the demo), for browser mode and — where it is available — the desktop app, on the same
// machine. In the workflow the desktop app is the packaged build exactly as it ships (REGIE_ELECTRON_EXE);
// it is driven over Chromium's `--remote-debugging-port` (no fuse governs that switch, unlike the Node
// inspector that Playwright's Electron support needs, see tests/e2e/harness.ts).
//
// Run: npm run bench:startup [-- --runs 5]
// Fails (exit 1) when a start does not reach that screen within 20 s: the workflow's start-up limit.
// Screenshots of the first screen go to REGIE_SCREENSHOTS (default: regie-screens in the temp folder).
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createInterface } from 'node:readline';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { openRegie } from '../../electron/services/index';
import type * as ElectronBinary from '../electron-binary.mjs';

/**
 * Loaded at run time, not bundled: it finds the project by its own place (import.meta), which a bundle
 * loses. `npm run` starts scripts in the project folder.
 */
const electronBinary = () =>
  import(pathToFileURL(resolve('scripts', 'electron-binary.mjs')).href) as Promise<typeof ElectronBinary>;

const LIMIT_MS = 20_000;
const NOW = '2026-11-23T08:00:00Z';
const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Math.max(1, Number(process.argv[runsArg + 1]) || 3) : 3;
const SHOTS = process.env.REGIE_SCREENSHOTS ?? join(tmpdir(), 'regie-screens');

/** "Aandacht" with the demo's next meeting: the first screen, with data. */
async function firstScreenWithData(page: Page, timeout: number): Promise<void> {
  await page.getByRole('heading', { name: 'Aandacht', level: 1 }).waitFor({ timeout });
  await page.getByTestId('upcoming-meeting').first().waitFor({ timeout });
}

/** The first line of a child's output that matches, or an error when the child ends or time runs out. */
function lineMatching(child: ChildProcess, stream: 'stdout' | 'stderr', pattern: RegExp, timeout: number) {
  return new Promise<RegExpMatchArray>((resolvePromise, reject) => {
    const source = child[stream];
    if (!source) return reject(new Error(`geen ${stream}`));
    const lines = createInterface({ input: source });
    const timer = setTimeout(() => reject(new Error(`niets binnen ${timeout} ms`)), timeout);
    const done = () => {
      clearTimeout(timer);
      lines.close();
    };
    lines.on('line', (line) => {
      const match = line.match(pattern);
      if (match) {
        done();
        resolvePromise(match);
      }
    });
    child.once('exit', (code) => {
      done();
      reject(new Error(`het proces stopte (code ${code})`));
    });
  });
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill();
  await exited;
}

async function demoFolder(): Promise<string> {
  const dataDir = mkdtempSync(join(tmpdir(), 'regie-bench-startup-'));
  const now = new Date(NOW);
  const regie = await openRegie({ dataDir, user: 'bench', now: () => now });
  await regie.dispatch('demo.load', {});
  await regie.close();
  return dataDir;
}

const childEnv = (dataDir: string): NodeJS.ProcessEnv => {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    REGIE_DATA_DIR: dataDir,
    REGIE_NOW: NOW,
    TZ: 'Europe/Amsterdam',
  };
  delete env.REGIE_DB;
  return env;
};

/** Browser mode: the server process, then the page in a browser that is already open. */
async function browserModeOnce(browser: Browser, dataDir: string, shot: string | null): Promise<number> {
  const t0 = performance.now();
  const server = spawn(process.execPath, [resolve('dist', 'bridge', 'browser-mode.cjs')], {
    env: childEnv(dataDir),
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  try {
    const [, url] = await lineMatching(server, 'stdout', /Open: (http:\/\/\S+)/, LIMIT_MS);
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 }, locale: 'nl-NL' });
    await page.goto(url!);
    await firstScreenWithData(page, Math.max(1, LIMIT_MS - (performance.now() - t0)));
    const ms = performance.now() - t0;
    if (shot) await page.screenshot({ path: shot });
    await page.close();
    return ms;
  } finally {
    await stop(server);
  }
}

/** The desktop app: its own process, its window found over the DevTools port. */
async function electronOnce(found: ElectronBinary.ElectronAppLaunch, dataDir: string, shot: string | null) {
  const sandbox = process.platform === 'linux' && !found.packaged ? ['--no-sandbox'] : [];
  const t0 = performance.now();
  const app = spawn(found.executablePath, [...sandbox, '--remote-debugging-port=0', ...found.args], {
    env: childEnv(dataDir),
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let cdp: Browser | null = null;
  try {
    const [, ws] = await lineMatching(app, 'stderr', /DevTools listening on (ws:\/\/\S+)/, LIMIT_MS);
    cdp = await chromium.connectOverCDP(ws!);
    let page: Page | undefined;
    while (!page) {
      if (performance.now() - t0 > LIMIT_MS) throw new Error('geen venster');
      page = cdp
        .contexts()
        .flatMap((c) => c.pages())
        .find((p) => p.url().startsWith('app://regie/'));
      if (!page) await new Promise((r) => setTimeout(r, 25));
    }
    await firstScreenWithData(page, Math.max(1, LIMIT_MS - (performance.now() - t0)));
    const ms = performance.now() - t0;
    if (shot) await page.screenshot({ path: shot });
    return ms;
  } finally {
    await cdp?.close().catch(() => undefined);
    await stop(app);
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

async function series(label: string, once: (run: number) => Promise<number>): Promise<boolean> {
  const times: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    try {
      times.push(await once(run));
    } catch (error) {
      console.log(`${label.padEnd(58)} NIET binnen ${LIMIT_MS / 1000} s: ${String(error)}`);
      return false;
    }
  }
  const each = times.map((t) => Math.round(t)).join(', ');
  console.log(`${label.padEnd(58)} ${String(Math.round(median(times))).padStart(6)} ms  (${each} ms)`);
  return times.every((t) => t <= LIMIT_MS);
}

async function main() {
  const { findElectronApp } = await electronBinary();
  if (!existsSync(resolve('dist', 'bridge', 'browser-mode.cjs')))
    throw new Error('dist/ ontbreekt: voer eerst `npm run build` uit.');
  mkdirSync(SHOTS, { recursive: true });
  const browserPath =
    process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
  console.log(
    `Start-up tot het eerste scherm met gegevens (Aandacht met de volgende vergadering), mediaan van ${RUNS}; ` +
      `de eerste start van een dag maakt ook de dagelijkse back-up.`,
  );
  let ok = true;

  const browserData = await demoFolder();
  // The hosted runners have Google Chrome rather than Debian's chromium: Playwright finds it by channel.
  const browser = await chromium.launch({
    ...(browserPath ? { executablePath: browserPath } : { channel: 'chrome' }),
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
    ],
  });
  try {
    ok =
      (await series('browsermodus (server starten, pagina in open browser)', (run) =>
        browserModeOnce(browser, browserData, run === 0 ? join(SHOTS, 'startup-browsermodus.png') : null),
      )) && ok;
  } finally {
    await browser.close();
    rmSync(browserData, { recursive: true, force: true });
  }

  const found = findElectronApp(process.env);
  if ('missing' in found) {
    console.log(`${'Electron'.padEnd(58)} niet gemeten: ${found.missing}`);
  } else {
    const electronData = await demoFolder();
    const which = found.packaged
      ? resolve(found.executablePath)
      : 'node_modules/electron + dist/main/main.cjs';
    try {
      ok =
        (await series(`Electron (${found.packaged ? 'verpakt' : 'ontwikkeling'})`, (run) =>
          electronOnce(found, electronData, run === 0 ? join(SHOTS, 'startup-electron.png') : null),
        )) && ok;
      console.log(`  ${which}`);
    } finally {
      rmSync(electronData, { recursive: true, force: true });
    }
  }
  console.log(`Grens: ${LIMIT_MS / 1000} s per start — ${ok ? 'gehaald' : 'NIET gehaald'}.`);
  if (!ok) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
