// Years of data in the desk: "Aandacht" groups its signals per meeting with counts, and the long lists (Acties,
// Besluitenlijst, Vergaderingen, Prullenbak, the running action list at item 2) render only the rows in view while staying
// tables to assistive technology (aria-rowcount, aria-rowindex) and to the keyboard (↑/↓/Home/End reach every
// row, also the ones not rendered yet). The archive is the benchmarks' (scripts/bench/archive-data.ts), smaller.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startE2E, type E2E } from './harness';
import { ARCHIVE_NOW, buildArchive } from '../../scripts/bench/archive-data';

let e2e: E2E;
let open: { actions: number; decisions: number };

beforeAll(async () => {
  e2e = await startE2E({ now: ARCHIVE_NOW.toISOString() });
  await buildArchive(e2e.regie, {
    meetings: 250,
    itemsPerMeeting: 6,
    actions: 3000,
    documents: 100,
    pagesPerDocument: 2,
    wordsPerPage: 50,
    deleted: 300,
  });
  const db = e2e.regie.context.store.sqlite;
  open = {
    actions: (db.prepare(`SELECT count(*) AS n FROM actions WHERE status = 'open'`).get() as { n: number }).n,
    decisions: (db.prepare(`SELECT count(*) AS n FROM decisions`).get() as { n: number }).n,
  };
  await e2e.page.reload();
  await e2e.page.getByRole('heading', { name: 'Aandacht', level: 1 }).waitFor();
});

afterAll(async () => e2e?.close());

const nodes = (page: Page) => page.evaluate(() => document.getElementsByTagName('*').length);
const focusedRowIndex = (page: Page) =>
  page.evaluate(() => Number(document.activeElement?.getAttribute('aria-rowindex')));

it('groups the signals on "Aandacht" per meeting, with counts, and the overdue actions in one group', async () => {
  const { page } = e2e;
  const groups = page.getByTestId('signal-group');
  await groups.first().waitFor();
  const actions = page.locator('[data-testid="signal-group"][data-group="actions"]');
  // 3,000 actions, a tenth still open, most of them long overdue: one group that counts them all.
  const overdue = Number(
    /(\d+) let op/.exec((await actions.getByTestId('signal-counts').textContent()) ?? '')?.[1],
  );
  expect(overdue).toBeGreaterThan(100);
  expect(await actions.getByRole('listitem').count()).toBe(3);
  // One line per meeting the actions come from; the rest on request, and back.
  const more = actions.getByTestId('signal-more');
  expect(await more.getAttribute('aria-expanded')).toBe('false');
  await more.click();
  expect(await more.getAttribute('aria-expanded')).toBe('true');
  const lines = await actions.getByRole('listitem').count();
  expect(lines).toBeGreaterThan(3);
  expect(lines).toBeLessThan(overdue);
  expect(await nodes(page)).toBeLessThan(5000);
  await e2e.screenshot('large-aandacht');
  await more.click();
  expect(await actions.getByRole('listitem').count()).toBe(3);
});

it('renders only the actions in view, and the keys still reach the first and the last', async () => {
  const { page } = e2e;
  await page.keyboard.press('Alt+3'); // Acties
  const table = page.getByTestId('actions-table');
  await table.waitFor();
  expect(await table.getAttribute('aria-rowcount')).toBe(String(open.actions + 1));
  const rendered = await page.getByTestId('action-list-row').count();
  expect(rendered).toBeGreaterThan(5);
  expect(rendered).toBeLessThan(80);
  expect(await nodes(page)).toBeLessThan(5000);

  await page.getByTestId('action-list-row').first().focus();
  expect(await focusedRowIndex(page)).toBe(2);
  await page.keyboard.press('ArrowDown');
  expect(await focusedRowIndex(page)).toBe(3);
  await page.keyboard.press('End');
  await expect.poll(() => focusedRowIndex(page)).toBe(open.actions + 1);
  await page.keyboard.press('ArrowUp');
  await expect.poll(() => focusedRowIndex(page)).toBe(open.actions);
  await e2e.screenshot('large-acties-einde');
  await page.keyboard.press('Home');
  await expect.poll(() => focusedRowIndex(page)).toBe(2);
  // Enter opens the action the keyboard is on.
  await page.keyboard.press('Enter');
  await page.getByRole('dialog').waitFor();
  await page.keyboard.press('Escape');
});

it('renders only the decisions in view, under the heading of their meeting', async () => {
  const { page } = e2e;
  await page.keyboard.press('Alt+4'); // Besluitenlijst
  await page.getByTestId('decision-row').first().waitFor();
  const rendered = await page.getByTestId('decision-row').count();
  expect(rendered).toBeGreaterThan(3);
  expect(rendered).toBeLessThan(open.decisions);
  expect(await nodes(page)).toBeLessThan(5000);
  // Scrolled far down, the meeting of the rows in view still heads them, at the top edge.
  await page.evaluate(() => {
    const pane = document.querySelector('[data-scroll-pane]');
    if (pane) pane.scrollTop = pane.scrollHeight / 2;
  });
  await expect
    .poll(() =>
      page.evaluate(() => {
        const pane = document.querySelector('[data-scroll-pane]') as HTMLElement;
        const top = pane.getBoundingClientRect().top;
        return [...document.querySelectorAll('[data-testid="decisions-meeting"]')].some(
          (h) => Math.abs(h.getBoundingClientRect().top - top) < 2,
        );
      }),
    )
    .toBe(true);
  await e2e.screenshot('large-besluitenlijst');
});

it('renders only the meetings in view when the past ones are shown too', async () => {
  const { page } = e2e;
  await page.keyboard.press('Alt+2');
  await page.getByTestId('meeting-row').first().waitFor();
  await page.getByRole('switch').check();
  const table = page.getByRole('table', { name: 'Vergaderingen' });
  await expect.poll(() => table.getAttribute('aria-rowcount')).toBe('251');
  expect(await page.getByTestId('meeting-row').count()).toBeLessThan(60);
  await page.getByTestId('meeting-row').first().focus();
  await page.keyboard.press('End');
  await expect.poll(() => focusedRowIndex(page)).toBe(251);
  expect(await nodes(page)).toBeLessThan(5000);
});

// A long agenda and its minutes render the rows in view first and the rest right after (useProgressiveCount):
// in the end every item is there, and the keyboard reaches the last one.
it('shows every item of a 26-item agenda and of its minutes, the last one reached with End', async () => {
  const { page } = e2e;
  const bodyId = ((await e2e.regie.dispatch('bodies.list', {})) as { id: string }[])[0]?.id as string;
  const meetings = (await e2e.regie.dispatch('meetings.list', { bodyId })) as { id: string; date: string }[];
  const next = meetings.find((m) => m.date >= ARCHIVE_NOW.toISOString().slice(0, 10)) as { id: string };
  for (let i = 1; i <= 20; i++)
    await e2e.regie.dispatch('items.add', {
      meetingId: next.id,
      kind: 'informerend',
      title: `Extra punt ${String(i).padStart(2, '0')}`,
    });
  const items = ((await e2e.regie.dispatch('meetings.get', { id: next.id })) as { items: unknown[] }).items;
  expect(items.length).toBeGreaterThanOrEqual(26);

  await page.keyboard.press('Alt+2');
  await page.getByRole('switch').uncheck(); // the past meetings hidden again
  await page.locator('[data-testid="meeting-row"][data-next="true"]').click();
  await expect.poll(() => page.getByTestId('agenda-row').count()).toBe(items.length);
  await page.getByTestId('agenda-row').first().focus();
  await page.keyboard.press('End');
  await expect
    .poll(() =>
      page.evaluate(() => {
        const rows = document.querySelectorAll('[data-testid="agenda-row"]');
        return document.activeElement === rows[rows.length - 1];
      }),
    )
    .toBe(true);

  await page.getByTestId('open-minutes').click();
  await expect.poll(() => page.getByTestId('record-item').count()).toBe(items.length);
  expect(await page.getByTestId('record-item').filter({ hasText: 'Extra punt 20' }).count()).toBe(1);
});

// Nothing empties the Prullenbak: after years it holds hundreds of items and documents.
it('renders only the Prullenbak rows in view; End reaches the oldest and Enter puts it back', async () => {
  const { page } = e2e;
  const db = e2e.regie.context.store.sqlite;
  const inTrash = () =>
    (
      db
        .prepare(
          `SELECT (SELECT count(*) FROM agenda_items WHERE deleted_at IS NOT NULL)
                + (SELECT count(*) FROM documents WHERE deleted_at IS NOT NULL) AS n`,
        )
        .get() as { n: number }
    ).n;
  const before = inTrash();
  expect(before).toBe(300);
  await page.keyboard.press('Alt+7');
  const table = page.getByTestId('trash-table');
  await table.waitFor();
  expect(await table.getAttribute('aria-rowcount')).toBe(String(before + 1));
  const rendered = await page.getByTestId('trash-row').count();
  expect(rendered).toBeGreaterThan(5);
  expect(rendered).toBeLessThan(80);
  expect(await nodes(page)).toBeLessThan(5000);

  await page.getByTestId('trash-row').first().focus();
  await page.keyboard.press('End');
  await expect.poll(() => focusedRowIndex(page)).toBe(before + 1);
  // The oldest (the list is newest first), rendered now that the keys went there: Enter restores it.
  const oldest = (await page.locator('[data-testid="trash-row"]:focus td').first().textContent()) ?? '';
  expect(oldest).toMatch(/ingetrokken|vervangen/);
  await page.keyboard.press('Enter');
  await expect.poll(inTrash).toBe(before - 1);
  await expect.poll(() => table.getAttribute('aria-rowcount')).toBe(String(before));
  expect(await table.getByRole('cell', { name: oldest, exact: true }).count()).toBe(0);
  await e2e.screenshot('large-prullenbak');
});

// A screen's data is asked for as the user goes there, not after the screen's first render (prefetchRoute): on
// the archive the answer is then on its way during that render. Each call is logged with the heading on screen
// at that moment; the screen's own query joins the request under way (the same key), so there is one call.
it("asks for a screen's data as the user goes there, once, before the screen renders", async () => {
  const { page } = e2e;
  await page.keyboard.press('Alt+1');
  await page.getByRole('heading', { name: 'Aandacht', level: 1 }).waitFor();
  await page.evaluate(() => {
    const log: { method: string; body: string; heading: string }[] = [];
    (window as unknown as { apiLog: typeof log }).apiLog = log;
    const original = window.fetch.bind(window);
    window.fetch = (input, init) => {
      const url = String(input instanceof Request ? input.url : input);
      const method = /\/api\/([^/?]+)/.exec(url)?.[1];
      if (method)
        log.push({
          method: decodeURIComponent(method),
          body: typeof init?.body === 'string' ? init.body : '',
          heading: document.querySelector('main h1')?.textContent ?? '',
        });
      return original(input, init);
    };
  });
  const calls = (method: string) =>
    page.evaluate(
      (m) =>
        (window as unknown as { apiLog: { method: string; body: string; heading: string }[] }).apiLog.filter(
          (c) => c.method === m,
        ),
      method,
    );

  await page.keyboard.press('Alt+2');
  await page.getByTestId('meeting-row').first().waitFor();
  const list = await calls('meetings.list');
  expect(list).toHaveLength(1);
  expect(list[0]?.heading).toBe('Aandacht');

  await page.locator('[data-testid="meeting-row"][data-next="true"]').click();
  await page.getByTestId('agenda-row').first().waitFor();
  const agenda = await calls('meetings.get');
  expect(agenda).toHaveLength(1);
  expect(agenda[0]?.heading).toBe('Vergaderingen');

  await page.getByTestId('open-minutes').click();
  await page.getByTestId('record-item').first().waitFor();
  // The agenda asked for the previous meeting's minutes (at item 2); these are the next meeting's.
  const meetingId = (JSON.parse(agenda[0]?.body ?? '{}') as { id?: string }).id ?? '?';
  const minutes = (await calls('minutes.state')).filter((c) => c.body.includes(meetingId));
  expect(minutes).toHaveLength(1);
  expect(minutes[0]?.heading).toMatch(/^Agenda /);

  await page.keyboard.press('Alt+7');
  await page.getByTestId('trash-row').first().waitFor();
  const trash = await calls('trash.list');
  expect(trash).toHaveLength(1);
  expect(trash[0]?.heading).toMatch(/^Verslag /);
});
