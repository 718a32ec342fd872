// Search finds words inside the attached documents: on the demo, a word on page 3 of the "Stavaza Beschermd wonen"
// report shows as "B – Stavaza Beschermd wonen, p. 3" with the words around it, and opens its item's agenda.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startE2E, type E2E } from './harness';

let e2e: E2E;

beforeAll(async () => {
  e2e = await startE2E();
  await e2e.page.getByRole('button', { name: 'Demo laden' }).click();
  await e2e.page.getByRole('heading', { name: 'Aandacht', level: 1 }).waitFor();
  // The demo's documents are read in the background as they enter the store.
  await e2e.regie.context.texts.idle();
});

afterAll(async () => e2e?.close());

it('shows a hit inside a document with its letter, item and page, and opens the item', async () => {
  const { page } = e2e;
  await page.keyboard.press('Alt+5'); // Zoeken
  const box = page.getByTestId('search-box');
  await box.fill('woonvoorz');
  const hit = page.locator('[data-testid="search-result"][data-kind="document"]').first();
  await expect
    .poll(() => hit.getByTestId('hit-title').textContent())
    .toBe('B – Stavaza Beschermd wonen, p. 3');
  expect(await hit.getByTestId('snippet').textContent()).toContain('De nieuwe woonvoorziening in Weert');
  expect(await hit.getByTestId('snippet').locator('mark').first().textContent()).toBe('woonvoorziening');
  await e2e.quietScreenshot('zoeken-in-stukken-1366');
  await page.setViewportSize({ width: 1280, height: 720 });
  await e2e.quietScreenshot('zoeken-in-stukken-1280');
  await page.setViewportSize({ width: 1366, height: 768 });

  await hit.getByRole('button').first().click();
  await page.getByRole('heading', { name: /^Agenda / }).waitFor();
  await expect
    .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label')))
    .toContain('Stavaza Beschermd wonen');
});
