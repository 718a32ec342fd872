// Benchmark of the desk as users feel it: the built renderer in Chromium through the loopback bridge, on the
// ten-year archive of `bench:archive` and on the demo, side by side, so that the ratio shows.
//
// Per data set, RUNS times (fresh page, cold query cache): the first screen with its data visible, every
// screen the navigation reaches (and a meeting's agenda and minutes) with its data visible after the click,
// the DOM nodes each screen holds, and typing in search until the results for the last key show. Medians.
// The server keeps what it reads until the next change; so the meeting screens are also timed right after a
// change (an item of another meeting edited before each click), when the server reads them anew.
//
// Run: npm run bench:ui [-- PATH/regie.sqlite]
//   PATH: the archive `REGIE_BENCH_KEEP=1 npm run bench:archive` kept ("Database bewaard: PATH"); without it
//   an archive is built first (as bench:archive does). REGIE_BENCH_RUNS sets the runs (default 5).
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { openRegie, type Regie } from '../../electron/services/index';
import { apiClient } from '../../shared/api/contract';
import { startBridge, type Bridge } from '../../electron/bridge/server';
import { ARCHIVE_NOW, buildArchiveAt } from './archive-data';

const RUNS = Number(process.env.REGIE_BENCH_RUNS ?? 5);
const RENDERER_DIR = resolve('dist/renderer');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** What a user types, one key at a time (about 8 keys a second: a fluent typist). */
const TYPED = ['beschermd', 'informatieplatform'];
const KEY_GAP_MS = 120;

/** A screen, how to reach it (a click on `open`), and what shows that its data is on screen. */
interface Screen {
  name: string;
  open: string;
  /** How the screen's heading (h1) begins. */
  title: string;
  ready: string;
}

const SCREENS: Screen[] = [
  {
    name: 'Vergaderingen',
    open: '[data-section="meetings"]',
    title: 'Vergaderingen',
    ready: '[data-testid="meeting-row"]',
  },
  {
    name: 'Agenda (volgende vergadering)',
    open: '[data-testid="meeting-row"][data-next="true"]',
    title: 'Agenda',
    ready: '[data-testid="agenda-row"]',
  },
  {
    name: 'Verslag (volgende vergadering)',
    open: '[data-testid="open-minutes"]',
    title: 'Verslag',
    ready: '[data-testid="record-item"]',
  },
  {
    name: 'Acties',
    open: '[data-section="actions"]',
    title: 'Acties',
    ready: '[data-testid="action-list-row"]',
  },
  {
    name: 'Besluitenlijst',
    open: '[data-section="decisions"]',
    title: 'Besluitenlijst',
    ready: '[data-testid="decision-row"]',
  },
  { name: 'Zoeken', open: '[data-section="search"]', title: 'Zoeken', ready: '[data-testid="search-box"]' },
  // Its heading is the body's name.
  { name: 'Instellingen', open: '[data-section="settings"]', title: '', ready: 'main form' },
  { name: 'Prullenbak', open: '[data-section="trash"]', title: 'Prullenbak', ready: 'main h1' },
  { name: 'Logboek', open: '[data-section="audit"]', title: 'Logboek', ready: '[data-testid="audit-row"]' },
  {
    name: 'Gegevens',
    open: '[data-section="data"]',
    title: 'Gegevens',
    ready: '[data-testid="backup-create"]',
  },
  {
    name: 'Handleiding',
    open: '[data-section="help"]',
    title: 'Handleiding',
    ready: '[data-testid="user-guide"]',
  },
  {
    name: 'Aandacht',
    open: '[data-section="attention"]',
    title: 'Aandacht',
    ready: '[data-testid="upcoming-meeting"]',
  },
];
const FIRST_SCREEN = '[data-testid="upcoming-meeting"]';
/** The first screen's key among the times after a change. */
const FIRST = 'Eerste scherm';
/** The screens timed again right after a change: the meetings, the next one's agenda and its minutes. */
const MEETING_SCREENS = SCREENS.slice(0, 3);

// Runs in the page. `ready(selector, since, title)` resolves, at the first animation frame where the screen's
// heading begins with `title`, the selector matches and no spinner shows in the main area, with the
// milliseconds since `since` (performance.now() time).
const PAGE_HELPERS = `
window.__bench = {
  lastKey: 0,
  ready(selector, since, title) {
    return new Promise((resolveReady, rejectReady) => {
      const give = performance.now() + 20000;
      const tick = () => {
        const main = document.querySelector('main');
        const busy = main && main.querySelector('.fui-Spinner');
        const heading = main && main.querySelector('h1');
        const titled = !title || (heading && heading.textContent.startsWith(title));
        if (titled && document.querySelector(selector) && !busy) resolveReady(performance.now() - since);
        else if (performance.now() > give) rejectReady(new Error('niet verschenen: ' + selector));
        else requestAnimationFrame(tick);
      };
      tick();
    });
  },
  nodes() {
    return document.getElementsByTagName('*').length;
  },
};
window.addEventListener('keydown', (e) => { window.__bench.lastKey = e.timeStamp; }, true);
`;

interface RunResult {
  first: number;
  firstNodes: number;
  screens: Map<string, { ms: number; nodes: number }>;
  typing: number[];
  signals: number;
  groups: number;
}

interface Dataset {
  label: string;
  regie: Regie;
  bridge: Bridge;
  dir: string;
  /** A change to the data (an item of the last meeting edited): what the server read is read anew after it. */
  touch: () => Promise<void>;
}

async function openDataset(label: string, archive: string | null): Promise<Dataset> {
  const dir = mkdtempSync(join(tmpdir(), 'regie-bench-ui-'));
  if (archive) copyFileSync(archive, join(dir, 'regie.sqlite'));
  const regie = await openRegie({ dataDir: dir, user: 'bench', now: () => ARCHIVE_NOW });
  if (!archive) await regie.dispatch('demo.load', {});
  // Who works with Regie is asked on first start (a dialog over the desk): answered here, as a user would once.
  await regie.dispatch('profile.save', { name: 'bench', role: 'anders' });
  const bridge = await startBridge({
    dispatch: regie.dispatch,
    rendererDir: RENDERER_DIR,
    downloadsDir: join(dir, 'exports'),
  });
  // An item of another meeting than the one the screens show, edited back and forth: the latest meeting with a
  // typed item whose item takes the edit.
  const api = apiClient((method, req) => regie.dispatch(method, req));
  const [body] = await api['bodies.list']({});
  if (!body) throw new Error('geen overleg in de gegevens');
  const meetings = await api['meetings.list']({ bodyId: body.id });
  const today = ARCHIVE_NOW.toISOString().slice(0, 10);
  const shown = meetings.find((m) => m.date >= today && m.status !== 'cancelled');
  let edits = 0;
  let touch: (() => Promise<void>) | null = null;
  for (const meeting of [...meetings].reverse()) {
    if (meeting.id === shown?.id || touch) continue;
    const item = (await api['meetings.get']({ id: meeting.id })).items.find((i) => i.fixedRole === null);
    if (!item) continue;
    const edit = async () => {
      edits++;
      await api['items.update']({
        id: item.id,
        explanation: `Gewijzigd voor de meting (${edits})`,
      });
    };
    try {
      await edit();
      touch = edit;
    } catch {
      // This meeting's items are fixed (its minutes were adopted): the one before it.
    }
  }
  if (!touch) throw new Error('geen agendapunt van een andere vergadering dat gewijzigd kan worden');
  return { label, regie, bridge, dir, touch };
}

async function closeDataset(d: Dataset) {
  await d.bridge.close();
  await d.regie.close();
  rmSync(d.dir, { recursive: true, force: true });
}

async function ready(page: Page, selector: string, since: number, title = ''): Promise<number> {
  return page.evaluate(([sel, t, h]) => (window as unknown as BenchWindow).__bench.ready(sel, t, h), [
    selector,
    since,
    title,
  ] as const);
}

interface BenchWindow {
  __bench: {
    lastKey: number;
    watched: Promise<number>;
    ready(selector: string, since: number, title: string): Promise<number>;
    nodes(): number;
  };
}

async function oneRun(context: BrowserContext, d: Dataset, touched = false): Promise<RunResult> {
  const page = await context.newPage();
  await page.addInitScript(PAGE_HELPERS);
  try {
    if (touched) await d.touch();
    await page.goto(d.bridge.openUrl);
    // From the start of navigation (performance.now() = 0) to the first screen with its data.
    const first = await ready(page, FIRST_SCREEN, 0, 'Aandacht');
    await page.waitForTimeout(300);
    const firstNodes = await page.evaluate(() => (window as unknown as BenchWindow).__bench.nodes());
    const signals = await page.locator('[data-testid="warnings"] [role="listitem"]').count();
    const groups = await page.locator('[data-testid="signal-group"]').count();
    const screens = new Map<string, { ms: number; nodes: number }>();
    for (const screen of touched ? MEETING_SCREENS : SCREENS) {
      if (touched) await d.touch();
      const ms = await page.evaluate(
        ([open, sel, title]) => {
          const target = document.querySelector<HTMLElement>(open);
          if (!target) throw new Error('niet gevonden: ' + open);
          const since = performance.now();
          target.click();
          return (window as unknown as BenchWindow).__bench.ready(sel, since, title);
        },
        [screen.open, screen.ready, screen.title] as const,
      );
      await page.waitForTimeout(300);
      const nodes = await page.evaluate(() => (window as unknown as BenchWindow).__bench.nodes());
      screens.set(screen.name, { ms, nodes });
    }
    if (touched) return { first, firstNodes, screens, typing: [], signals, groups };
    // Typing in search: from the last key to the results of the whole word.
    await page.click('[data-section="search"]');
    const box = page.locator('[data-testid="search-box"] input, input[data-testid="search-box"]').first();
    const typing: number[] = [];
    for (const word of TYPED) {
      await box.fill('');
      await page.waitForTimeout(200);
      for (const ch of word.slice(0, -1)) {
        await page.keyboard.type(ch);
        await page.waitForTimeout(KEY_GAP_MS);
      }
      // The watch starts before the last key (its results cannot show before it), so that the time from the
      // key to the results is measured in the page, not after a pause of the script.
      const selector = `[data-testid="search-results"][data-query="${word}"]`;
      await page.evaluate((sel) => {
        const bench = (window as unknown as BenchWindow).__bench;
        bench.watched = bench.ready(sel, 0, '');
      }, selector);
      await page.keyboard.type(word.slice(-1));
      typing.push(
        await page.evaluate(async () => {
          const bench = (window as unknown as BenchWindow).__bench;
          return (await bench.watched) - bench.lastKey;
        }),
      );
    }
    return { first, firstNodes, screens, typing, signals, groups };
  } finally {
    await page.close();
  }
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

async function measure(browser: Browser, d: Dataset) {
  // One browser profile per data set, as on a user's machine: each run is a fresh start of the renderer (a new
  // page: no code or data in memory), with what persists between starts (the body last used, the page cache).
  const context = await browser.newContext({
    viewport: { width: 1366, height: 768 },
    locale: 'nl-NL',
    timezoneId: 'Europe/Amsterdam',
  });
  const runs: RunResult[] = [];
  const touchedRuns: RunResult[] = [];
  try {
    await oneRun(context, d); // warm-up: the bridge, SQLite's page cache and Chromium's code cache
    for (let i = 0; i < RUNS; i++) runs.push(await oneRun(context, d));
    for (let i = 0; i < RUNS; i++) touchedRuns.push(await oneRun(context, d, true));
  } finally {
    await context.close();
  }
  const afterChange = new Map<string, number>();
  afterChange.set(FIRST, median(touchedRuns.map((r) => r.first)));
  for (const screen of MEETING_SCREENS)
    afterChange.set(screen.name, median(touchedRuns.map((r) => r.screens.get(screen.name)?.ms ?? NaN)));
  const screens = new Map<string, { ms: number; nodes: number }>();
  for (const screen of SCREENS)
    screens.set(screen.name, {
      ms: median(runs.map((r) => r.screens.get(screen.name)?.ms ?? NaN)),
      nodes: Math.max(...runs.map((r) => r.screens.get(screen.name)?.nodes ?? 0)),
    });
  return {
    first: median(runs.map((r) => r.first)),
    firstNodes: Math.max(...runs.map((r) => r.firstNodes)),
    screens,
    typing: median(runs.flatMap((r) => r.typing)),
    signals: runs[0]?.signals ?? 0,
    groups: runs[0]?.groups ?? 0,
    afterChange,
  };
}

const ms = (n: number) => `${Math.round(n)} ms`.padStart(8);
const verdict = (ok: boolean) => (ok ? 'GEHAALD' : 'NIET GEHAALD');

async function main() {
  if (!existsSync(join(RENDERER_DIR, 'index.html')))
    throw new Error('dist/renderer ontbreekt: voer eerst `npm run build` uit.');
  let archive = process.argv[2] ?? process.env.REGIE_BENCH_DB ?? null;
  let builtDir: string | null = null;
  if (!archive) {
    builtDir = mkdtempSync(join(tmpdir(), 'regie-bench-archive-'));
    console.log('Geen archief opgegeven: een archief wordt opgebouwd (zoals bench:archive)…');
    archive = await buildArchiveAt(builtDir);
  }
  if (!existsSync(archive)) throw new Error(`Archief niet gevonden: ${archive}`);
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
    ],
  });
  const results: Record<'archive' | 'demo', Awaited<ReturnType<typeof measure>>> = {} as never;
  try {
    for (const [key, label, path] of [
      ['archive', 'archief', archive],
      ['demo', 'demo', null],
    ] as const) {
      const d = await openDataset(label, path);
      try {
        results[key] = await measure(browser, d);
      } finally {
        await closeDataset(d);
      }
    }
  } finally {
    await browser.close();
    if (builtDir) rmSync(builtDir, { recursive: true, force: true });
  }
  const a = results.archive;
  const m = results.demo;
  console.log(`\nMediaan van ${RUNS} keer, 1366×768, Chromium via de brug. Archief: ${archive}`);
  console.log(`${'meting'.padEnd(34)}${'archief'.padStart(8)}${'demo'.padStart(8)}  verhouding  doel`);
  const line = (name: string, archiveMs: number, demoMs: number, goal: string, ok: boolean) =>
    console.log(
      `${name.padEnd(34)}${ms(archiveMs)}${ms(demoMs)}  ${`${(archiveMs / demoMs).toFixed(2)}×`.padStart(10)}  ${goal}: ${verdict(ok)}`,
    );
  line(
    'Eerste scherm met gegevens',
    a.first,
    m.first,
    '< 1000 ms en ≤ 1,2 × demo',
    a.first < 1000 && a.first <= 1.2 * m.first,
  );
  for (const screen of SCREENS) {
    const x = a.screens.get(screen.name);
    const y = m.screens.get(screen.name);
    if (x && y) line(`Naar ${screen.name}`, x.ms, y.ms, '< 200 ms', x.ms < 200);
  }
  line('Zoeken: resultaat na laatste toets', a.typing, m.typing, '< 100 ms', a.typing < 100);
  console.log(
    '\nDirect na een wijziging (een agendapunt van een andere vergadering), de server leest opnieuw:',
  );
  const firstAfter = a.afterChange.get(FIRST) ?? NaN;
  const demoFirstAfter = m.afterChange.get(FIRST) ?? NaN;
  line(
    'Eerste scherm met gegevens',
    firstAfter,
    demoFirstAfter,
    '< 1000 ms en ≤ 1,2 × demo',
    firstAfter < 1000 && firstAfter <= 1.2 * demoFirstAfter,
  );
  for (const screen of MEETING_SCREENS) {
    const x = a.afterChange.get(screen.name) ?? NaN;
    line(`Naar ${screen.name}`, x, m.afterChange.get(screen.name) ?? NaN, '< 200 ms', x < 200);
  }
  console.log(`\nDOM-knopen per scherm (grootste van de ${RUNS} keer; doel ≤ 5000)`);
  const nodeLine = (name: string, x: number, y: number) =>
    console.log(`${name.padEnd(34)}${String(x).padStart(8)}${String(y).padStart(8)}  ${verdict(x <= 5000)}`);
  nodeLine('Aandacht (eerste scherm)', a.firstNodes, m.firstNodes);
  for (const screen of SCREENS) {
    const x = a.screens.get(screen.name);
    const y = m.screens.get(screen.name);
    if (x && y) nodeLine(screen.name, x.nodes, y.nodes);
  }
  console.log(
    `\nAandacht: ${a.signals} signaalregels in ${a.groups} groepen op het archief, ${m.signals} in ${m.groups} op de demo.`,
  );
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
