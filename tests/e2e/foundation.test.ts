// Foundation: browser mode opens, the demo loads from the welcome screen, and the meeting list shows the
// meetings with host, chair, notulist and deadlines, computed by hand for the fixed clock (23 November 2026).
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startE2E, type E2E } from './harness';

let e2e: E2E;

beforeAll(async () => {
  e2e = await startE2E({ now: '2026-11-23T08:00:00Z', profile: null });
});

afterAll(async () => {
  await e2e?.close();
});

/** The renderer's script files the page has loaded so far (their names). */
const loadedScripts = (page: E2E['page']) =>
  page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((e) => e.name.split('/').pop() ?? '')
      .filter((name) => name.endsWith('.js')),
  );

it('asks on first start who works with Regie: name and role, by keyboard', async () => {
  const { page } = e2e;
  const dialog = page.getByRole('dialog', { name: 'Wie werkt er met Regie?' });
  await dialog.waitFor();
  expect(await loadedScripts(page)).toContainEqual(expect.stringMatching(/^ProfileDialog-/));
  await e2e.screenshot('00-wie-werkt-er');
  // Saving without a name says what is missing and keeps the dialog.
  await page.keyboard.press('Enter');
  await dialog.getByText('naam is verplicht').waitFor();
  await page.getByRole('textbox', { name: 'Uw naam' }).focus();
  await page.keyboard.type('A. Tester');
  // The role is a native select (its arrow keys differ per platform); Ondersteuner comes first. Enter saves.
  expect(await page.getByRole('combobox', { name: 'Uw rol' }).inputValue()).toBe('ondersteuner');
  await page.keyboard.press('Enter');
  await dialog.waitFor({ state: 'detached' });
  expect(await e2e.dispatch('profile.get', {})).toMatchObject({
    name: 'A. Tester',
    role: 'ondersteuner',
    author: 'A. Tester (ondersteuner)',
  });
});

it('opens on the welcome screen (browser mode: and removes the token from the address bar)', async () => {
  const { page } = e2e;
  await page.getByRole('heading', { name: 'Welkom bij Regie' }).waitFor();
  if (e2e.target === 'browser') {
    expect(page.url()).not.toContain('token=');
    expect(await page.evaluate(() => sessionStorage.getItem('regie.token'))).toBe(e2e.bridge.token);
  } else {
    // The desktop app needs no token: it is served from its own app:// origin.
    expect(page.url()).toMatch(/^app:\/\/regie\//);
  }
  await e2e.screenshot('01-welkom');
});

it('loads the demo from the welcome screen and opens on "Aandacht"', async () => {
  const { page } = e2e;
  await page.getByRole('button', { name: 'Demo laden' }).click();
  await page.getByRole('heading', { name: 'Aandacht', level: 1 }).waitFor();
  const first = page.getByTestId('upcoming-meeting').first();
  await expect.poll(() => first.textContent()).toContain('dinsdag 24 november 2026');
  // Submission and distribution were due on 19 November: four days ago.
  expect(await first.getByTestId('days-to-submission').textContent()).toBe('4 dagen geleden verstreken');
  expect(await page.getByTestId('warnings').textContent()).toContain('na de deadline ingebracht');
  await e2e.screenshot('02-aandacht-demo');
});

it('links a warning to the place to fix it: the late item, focused on its agenda', async () => {
  const { page } = e2e;
  await page
    .getByTestId('warnings')
    .getByRole('listitem')
    .filter({ hasText: 'is na de deadline ingebracht' })
    .click();
  await page.getByRole('heading', { name: /Agenda dinsdag 24 november 2026/ }).waitFor();
  await expect
    .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label')))
    .toBe('Punt 5: Regionale visie jeugdhulp');
  await page.keyboard.press('Alt+1');
  await page.getByRole('heading', { name: 'Aandacht', level: 1 }).waitFor();
});

it('lists the meetings with host, chair, notulist and the three deadlines', async () => {
  const { page } = e2e;
  await page
    .getByRole('navigation')
    .getByRole('button', { name: /^Vergaderingen/ })
    .click();
  await page.getByRole('heading', { name: 'Vergaderingen', level: 1 }).waitFor();

  const next = page.locator('tr[data-meeting="2026-11-24"]');
  await next.waitFor();
  const cells = (await next.locator('td').allTextContents()).map((t) => t.trim());
  expect(cells[0]).toContain('dinsdag 24 november 2026');
  expect(cells[0]).toContain('09:30 uur · Stadhuis Weert');
  expect(cells[0]).toContain('Volgende');
  expect(cells[1]).toBe('Weert');
  expect(cells[2]).toBe('P. Smeets');
  expect(cells[3]).toBe('M. Janssen');
  expect(cells[4]).toBe('Gepland');
  expect(cells[5]).toBe('19 nov. 2026'); // inbrengen: 24 − 5 = 19 (a Thursday)
  expect(cells[6]).toBe('19 nov. 2026'); // versturen
  expect(cells[7]).toBe('30 nov. 2026'); // verslag: 24 + 5 = 29 (a Sunday) → Monday 30
  expect(await next.locator('td').nth(5).getAttribute('title')).toBe(
    'Inbrengen uiterlijk donderdag 19 november 2026',
  );
  expect(await next.locator('td').nth(7).getAttribute('title')).toBe(
    'Verslag uiterlijk maandag 30 november 2026',
  );
  expect(cells[8]).toBe('31 laat'); // three items, one of them late and not yet admitted

  // The one after: rotation moves on to Leudal, the previous chair takes the minutes.
  const december = (await page.locator('tr[data-meeting="2026-12-22"] td').allTextContents()).map((t) =>
    t.trim(),
  );
  expect(december[0]).toContain('dinsdag 22 december 2026');
  expect(december.slice(1, 4)).toEqual(['Leudal', 'A. Hendriks', 'P. Smeets']);
  expect(december.slice(5, 8)).toEqual(['17 dec. 2026', '17 dec. 2026', '28 dec. 2026']);

  // Koningsdag 2027 (27 April) is skipped by the demo series: March is followed by May.
  const dates = await page
    .locator('tr[data-meeting]')
    .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-meeting')));
  expect(dates).toEqual(['2026-11-24', '2026-12-22', '2027-01-26', '2027-02-23', '2027-03-23', '2027-05-25']);
  await e2e.screenshot('03-vergaderingen');

  await page.getByRole('switch', { name: /Gehouden vergaderingen tonen/ }).click();
  await page.locator('tr[data-meeting="2026-06-23"]').waitFor();
  expect(await page.locator('tr[data-meeting]').count()).toBe(11);
  await e2e.screenshot('04-vergaderingen-alle');
});

it("opens the demo's next agenda: the seed's example with letters A, B, C1, C2 and the open actions under item 2", async () => {
  const { page } = e2e;
  await page.locator('tr[data-meeting="2026-11-24"]').click();
  await page.getByRole('heading', { name: /Agenda dinsdag 24 november 2026/ }).waitFor();
  const rows = page.getByTestId('agenda-row');
  await expect.poll(() => rows.count()).toBe(6);
  const labels = async (n: number) =>
    rows
      .nth(n)
      .locator('[data-label]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-label')));
  expect(await rows.nth(1).textContent()).toContain(
    'Vaststelling verslag en afsprakenlijst vorige bijeenkomst',
  );
  expect(await labels(1)).toEqual(['A']);
  expect(await rows.nth(1).textContent()).toContain('Verslag en afsprakenlijst 27 oktober 2026');
  expect(await rows.nth(2).textContent()).toContain('Stavaza Beschermd wonen');
  expect(await labels(2)).toEqual(['B']);
  expect(await rows.nth(3).textContent()).toContain('Aanschaf informatieplatform');
  expect(await labels(3)).toEqual(['C1', 'C2']);
  expect(await rows.nth(4).getByTestId('late').textContent()).toContain('na de deadline ingebracht');
  const actions = page.getByTestId('open-action');
  expect(await actions.count()).toBeGreaterThan(0);
  expect(await page.getByTestId('open-actions').textContent()).toContain('te laat');
  expect(await page.getByTestId('deadline-submission').textContent()).toContain('donderdag 19 november 2026');
  expect(await page.getByTestId('deadline-minutes').textContent()).toContain('maandag 30 november 2026');
  await e2e.screenshot('05-agenda-demo');
  await rows.nth(5).scrollIntoViewIfNeeded();
  await e2e.screenshot('06-agenda-demo-punten');
});

it('names the person in the Logboek and lets Instellingen change name and role', async () => {
  const { page } = e2e;
  await page.keyboard.press('Alt+8');
  await page.getByRole('heading', { name: 'Logboek', level: 1 }).waitFor();
  const first = page.getByTestId('audit-row').first();
  expect(await first.locator('td').nth(1).textContent()).toBe('A. Tester (ondersteuner)');
  await page.keyboard.press('Alt+6');
  const form = page.getByRole('form', { name: 'Uw naam en rol' });
  await form.scrollIntoViewIfNeeded();
  expect(await form.getByTestId('profile-author').textContent()).toBe(
    'Nu ondertekend als: A. Tester (ondersteuner)',
  );
  await form.getByRole('combobox', { name: 'Uw rol' }).selectOption('notulist');
  await form.getByRole('button', { name: 'Opslaan' }).click();
  await expect
    .poll(() => form.getByTestId('profile-author').textContent())
    .toBe('Nu ondertekend als: A. Tester (notulist)');
  await e2e.screenshot('07-instellingen-uw-naam');
});

// The first-start question's code (a form dialog with its fields) loads only when the question is asked: once a
// name is known, a start no longer parses it before the first screen.
it('starts without the code of the first-start question once the name is known', async () => {
  const { page } = e2e;
  await page.reload();
  await page.getByRole('heading', { name: 'Aandacht', level: 1 }).waitFor();
  const scripts = await loadedScripts(page);
  expect(scripts.length).toBeGreaterThan(1);
  expect(scripts.filter((name) => name.startsWith('ProfileDialog-'))).toEqual([]);
  expect(await page.getByRole('dialog').count()).toBe(0);
});
