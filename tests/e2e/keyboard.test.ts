// Keyboard work that never loses input, with the keyboard alone: the shortcuts Alt+1…8 numbered in the order
// the navigation shows them; the person field (the item's Inbrenger, an action's Wie) filters as you type, Enter
// with its list open picks, Escape closes the list before anything else; a dialog with unsaved input asks before
// it closes. On the demo; clock: Tuesday 24 November 2026, 09:30 in the Netherlands.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startE2E, type E2E } from './harness';

let e2e: E2E;
let page: Page;

beforeAll(async () => {
  e2e = await startE2E({ now: '2026-11-24T08:30:00Z' });
  page = e2e.page;
  await page.getByRole('button', { name: 'Demo laden' }).click();
  await page.getByRole('heading', { name: 'Aandacht', level: 1 }).waitFor();
});

afterAll(async () => {
  await e2e?.close();
});

const focused = () =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLInputElement | null;
    return { label: el?.getAttribute('aria-label') ?? el?.textContent?.trim() ?? '', value: el?.value ?? '' };
  });

/** Vergaderingen (Alt+2), the meeting's row, Enter: its agenda. */
async function openAgendaByKeyboard(date: string) {
  await page.keyboard.press('Alt+2');
  await page.locator(`tr[data-meeting="${date}"]`).focus();
  await page.keyboard.press('Enter');
  await page.getByTestId('meeting-facts').waitFor();
}

interface ItemState {
  title: string;
  submitter: { name: string; personId: string | null } | null;
  actions: { what: string; who: string; whoPersonId: string | null; due: string | null }[];
}

async function items(date: string): Promise<ItemState[]> {
  return ((await e2e.regie.dispatch('meetings.find', { ref: date })) as { items: ItemState[] }).items;
}

describe('shortcuts', () => {
  it('numbers Alt+1…8 in the order the navigation shows them, and each goes where it says', async () => {
    const entries = page
      .getByRole('navigation', { name: 'Hoofdnavigatie' })
      .locator('[aria-keyshortcuts^="Alt+"]');
    const shown = await entries.evaluateAll((els) =>
      els.map((el) => ({
        key: el.getAttribute('aria-keyshortcuts'),
        label: el.querySelector('span')?.textContent ?? '',
      })),
    );
    expect(shown.map((e) => e.key)).toEqual([
      'Alt+1',
      'Alt+2',
      'Alt+3',
      'Alt+4',
      'Alt+5',
      'Alt+6',
      'Alt+7',
      'Alt+8',
    ]);
    for (const [i, entry] of shown.entries()) {
      await page.keyboard.press(`Alt+${i + 1}`);
      await expect
        .poll(() => page.locator('[data-section][aria-current="page"]').first().textContent())
        .toContain(entry.label);
    }
    await page.keyboard.press('Alt+1');
    await page.getByRole('heading', { name: 'Aandacht', level: 1 }).waitFor();
  });
});

describe('the person field and dialogs', () => {
  it('filters the Inbrenger as you type; ↓ Enter picks, Escape closes only the list, Enter saves', async () => {
    await openAgendaByKeyboard('2026-12-22');
    await page.keyboard.press('Alt+n');
    const dialog = page.getByRole('dialog', { name: 'Agendapunt toevoegen' });
    await dialog.waitFor();
    await page.keyboard.press('Enter'); // informerend
    await dialog.getByLabel('Onderwerp').waitFor();
    await page.keyboard.type('Voortgang inkoop jeugdhulp');
    await page.keyboard.press('Tab'); // Voorgesteld besluit (an informerend item may carry one)
    await page.keyboard.press('Tab'); // Toelichting
    await page.keyboard.press('Tab'); // Inbrenger
    expect((await focused()).label).toBe('');
    await page.keyboard.type('Verh');
    const options = page.getByRole('listbox').getByRole('option');
    await expect.poll(() => options.allTextContents()).toEqual(['R. Verheijen (Leudal)']);
    await e2e.screenshot('k1-inbrenger-gefilterd');

    // Escape closes the open list; the dialog and what was typed stay.
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('listbox').count()).toBe(0);
    expect(await dialog.isVisible()).toBe(true);
    expect((await focused()).value).toBe('Verh');

    // ↓ opens the list again and highlights the match; Enter picks it and does not save yet.
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await focused()).value).toBe('R. Verheijen');
    expect(await dialog.isVisible()).toBe(true);

    // With the list closed, Enter saves.
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });
    const added = (await items('2026-12-22')).find((i) => i.title === 'Voortgang inkoop jeugdhulp');
    expect(added?.submitter?.name).toBe('R. Verheijen');
    expect(added?.submitter?.personId).toBeTruthy();
  });

  it('Enter with the list open picks the only match; a name that matches nobody stays as typed', async () => {
    await page.keyboard.press('Alt+n');
    const dialog = page.getByRole('dialog', { name: 'Agendapunt toevoegen' });
    await dialog.waitFor();
    await page.keyboard.press('Enter');
    await dialog.getByLabel('Onderwerp').waitFor();
    await page.keyboard.type('Stand van zaken huisvesting');
    await page.keyboard.press('Tab'); // Voorgesteld besluit
    await page.keyboard.press('Tab'); // Toelichting
    await page.keyboard.press('Tab'); // Inbrenger
    await page.keyboard.type('coen');
    await expect
      .poll(() => page.getByRole('listbox').getByRole('option').allTextContents())
      .toEqual(['S. Coenen (Nederweert)']);
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await focused()).value).toBe('S. Coenen');
    expect(await dialog.isVisible()).toBe(true);
    await page.keyboard.press('Control+a');
    await page.keyboard.type('Bureau Huisvesting');
    await expect
      .poll(() => page.getByRole('listbox').getByRole('option').allTextContents())
      .toEqual(['Niemand gevonden; "Bureau Huisvesting" blijft als naam staan']);
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });
    const added = (await items('2026-12-22')).find((i) => i.title === 'Stand van zaken huisvesting');
    expect(added?.submitter).toEqual(expect.objectContaining({ name: 'Bureau Huisvesting', personId: null }));
  });

  it('asks before a dialog with unsaved input closes; "Verder invullen" keeps every word', async () => {
    await page.keyboard.press('Alt+n');
    const dialog = page.getByRole('dialog', { name: 'Agendapunt toevoegen' });
    await dialog.waitFor();
    await page.keyboard.press('Enter');
    await dialog.getByLabel('Onderwerp').waitFor();
    await page.keyboard.type('Evaluatie samenwerking');
    await page.keyboard.press('Escape');
    const question = page.getByRole('alertdialog', { name: 'Ingevulde gegevens weggooien?' });
    await question.waitFor();
    expect((await focused()).label).toBe('Verder invullen');
    await e2e.screenshot('k2-weggooien-vraag');
    await page.keyboard.press('Enter');
    await question.waitFor({ state: 'detached' });
    expect(await dialog.getByLabel('Onderwerp').inputValue()).toBe('Evaluatie samenwerking');

    // Annuleren asks too; "Weggooien" closes without saving.
    await page.keyboard.press('Escape');
    await question.waitFor();
    await page.keyboard.press('Tab');
    expect((await focused()).label).toBe('Weggooien');
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });
    expect((await items('2026-12-22')).some((i) => i.title === 'Evaluatie samenwerking')).toBe(false);

    // Nothing typed: Escape closes at once.
    await page.keyboard.press('Alt+n');
    await dialog.waitFor();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
  });

  it("filters the minutes' Wie the same way; Enter on the pick does not add the action, the next one does", async () => {
    await openAgendaByKeyboard('2026-11-24');
    await page.getByRole('button', { name: 'Verslag', exact: true }).focus();
    await page.keyboard.press('Enter');
    const record = page
      .getByTestId('record-item')
      .filter({ has: page.getByRole('heading', { name: 'Stavaza Beschermd wonen', level: 2 }) });
    await record.getByLabel('Wat', { exact: true }).focus();
    await page.keyboard.type('Planning beschermd wonen delen');
    await page.keyboard.press('Tab');
    await page.keyboard.type('verh');
    await expect
      .poll(() => page.getByRole('listbox').getByRole('option').allTextContents())
      .toEqual(['R. Verheijen (Leudal)']);
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await focused()).value).toBe('R. Verheijen');
    expect(await record.getByTestId('action-row').count()).toBe(0);
    // "Wanneer gereed" the Dutch way: "15 dec" is 15 December of this year.
    await page.keyboard.press('Tab');
    await page.keyboard.type('15 dec');
    await page.keyboard.press('Enter');
    await expect.poll(() => record.getByTestId('action-row').count()).toBe(1);
    const stavaza = (await items('2026-11-24')).find((i) => i.title === 'Stavaza Beschermd wonen');
    expect(stavaza?.actions[0]).toEqual(
      expect.objectContaining({
        what: 'Planning beschermd wonen delen',
        who: 'R. Verheijen',
        due: '2026-12-15',
      }),
    );
    expect(stavaza?.actions[0]?.whoPersonId).toBeTruthy();
  });
});

describe('Dutch dates and times', () => {
  it('shows and takes dd-mm-jjjj and 24-hour times; "1-4" completes, the calendar speaks Dutch', async () => {
    // This Chromium knows only en-US: a native date field would show mm/dd/yyyy and 09:30 AM here.
    await page.keyboard.press('Alt+2');
    await page.getByRole('button', { name: 'Vergadering plannen' }).focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Vergadering plannen' });
    await dialog.waitFor();
    expect(await page.locator('input[type="date"], input[type="time"]').count()).toBe(0);
    const date = dialog.getByRole('textbox', { name: 'Datum' });
    expect(await date.getAttribute('placeholder')).toBe('dd-mm-jjjj');
    await page.keyboard.type('1-4');
    await page.keyboard.press('Tab'); // the calendar button
    await page.keyboard.press('Tab'); // Begintijd
    expect(await date.inputValue()).toBe('01-04-2027');
    await page.keyboard.press('Control+a');
    await page.keyboard.type('930');
    await page.keyboard.press('Tab'); // Eindtijd
    expect(await dialog.getByLabel('Begintijd').inputValue()).toBe('09:30');
    await page.keyboard.type('12');
    await page.keyboard.press('Shift+Tab');
    expect(await dialog.getByLabel('Eindtijd').inputValue()).toBe('12:00');

    // Alt+↓ opens the calendar on the date: April 2027, weeks from Monday, Dutch day names.
    await date.focus();
    await page.keyboard.press('Alt+ArrowDown');
    const calendar = page.getByTestId('calendar');
    await calendar.waitFor();
    expect(await calendar.getByTestId('calendar-month').textContent()).toBe('april 2027');
    expect(await calendar.locator('th').allTextContents()).toEqual([
      'ma',
      'di',
      'wo',
      'do',
      'vr',
      'za',
      'zo',
    ]);
    await expect.poll(() => focused()).toEqual(expect.objectContaining({ label: 'donderdag 1 april 2027' }));
    await e2e.screenshot('k3-kalender');
    await page.keyboard.press('ArrowDown'); // a week later
    await page.keyboard.press('PageDown'); // a month later
    await expect.poll(() => focused()).toEqual(expect.objectContaining({ label: 'zaterdag 8 mei 2027' }));
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Enter');
    await calendar.waitFor({ state: 'detached' });
    expect(await date.inputValue()).toBe('07-05-2027');
    expect(await dialog.isVisible()).toBe(true);

    // Escape in the calendar closes the calendar, not the dialog.
    await page.keyboard.press('Alt+ArrowDown');
    await calendar.waitFor();
    await page.keyboard.press('Escape');
    await calendar.waitFor({ state: 'detached' });
    expect(await dialog.isVisible()).toBe(true);

    // Something that is no date says so when the field is left.
    await date.focus();
    await page.keyboard.press('Control+a');
    await page.keyboard.type('31-2');
    await page.keyboard.press('Tab');
    expect(await dialog.getByRole('alert').textContent()).toBe(
      '"31-2" is geen datum: typ dd-mm-jjjj, bijvoorbeeld 01-04-2027',
    );
    await date.focus();
    await page.keyboard.press('Control+a');
    await page.keyboard.type('vr 7 mei 2027');
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });
    const planned = (await e2e.regie.dispatch('meetings.find', { ref: '2027-05-07' })) as {
      start: string;
      end: string | null;
    };
    expect(planned).toEqual(expect.objectContaining({ start: '09:30', end: '12:00' }));
  });
});

// The rows' tooltips are made only when someone points at or tabs to their button (LazyTooltip): until then the
// button carries the name the tooltip gives it, and once there they show as Fluent's would.
describe('tooltips and row menus made on first use', () => {
  it('names the row buttons before any tooltip or menu exists; shows them on the pointer and the keyboard', async () => {
    await openAgendaByKeyboard('2026-11-24');
    const up = page.getByRole('button', { name: 'Omhoog (Alt+↑)' });
    await expect.poll(() => up.count()).toBeGreaterThan(2);
    const tooltip = page.getByRole('tooltip');
    expect(await tooltip.count()).toBe(0);

    // The button stays the element it was when its tooltip shows (made anew under a resting pointer, it got no
    // pointerleave and its tooltip stayed up).
    await up.nth(1).evaluate((el) => el.setAttribute('data-before-tooltip', ''));
    await up.nth(1).hover();
    await expect.poll(() => tooltip.textContent()).toBe('Omhoog (Alt+↑)');
    expect(await up.nth(1).getAttribute('data-before-tooltip')).toBe('');
    await e2e.screenshot('tooltip-omhoog');
    await page.mouse.move(0, 0);
    await expect.poll(() => tooltip.count()).toBe(0);

    // Focus from the keyboard shows the next button's tooltip too.
    await page.keyboard.press('Shift');
    await page.getByRole('button', { name: 'Omlaag (Alt+↓)' }).first().focus();
    await expect.poll(() => tooltip.textContent()).toBe('Omlaag (Alt+↓)');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(
      'Omlaag (Alt+↓)',
    );
    await page.keyboard.press('Escape');
    await expect.poll(() => tooltip.count()).toBe(0);

    // A row's menu is made when it is first opened (LazyMenu), through the tooltip on its button: a click opens
    // it, and from the keyboard Enter or ↓ opens it with the focus on its first entry; Escape gives the focus back.
    const more = page.getByRole('button', { name: 'Meer acties' });
    expect(await page.getByRole('menu').count()).toBe(0);
    expect(await more.nth(1).getAttribute('aria-haspopup')).toBe('menu');
    await more.nth(1).click();
    await page.getByRole('menu').waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('menu').count()).toBe(0);
    for (const key of ['Enter', 'ArrowDown']) {
      await more.nth(key === 'Enter' ? 2 : 3).focus();
      await page.keyboard.press(key);
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.getAttribute('role')))
        .toBe('menuitem');
      await page.keyboard.press('Escape');
      await expect.poll(() => page.getByRole('menu').count()).toBe(0);
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label')))
        .toBe('Meer acties');
    }
  });

  it('a press on a row button that has no tooltip yet is not lost: the button is not made anew under it', async () => {
    await openAgendaByKeyboard('2026-11-24');
    const more = page.getByRole('button', { name: 'Meer acties' });
    await expect.poll(() => more.count()).toBeGreaterThan(4);
    const target = more.nth(4);
    // The element as it is before the pointer reaches it, and when the pointer came and the press began.
    await target.evaluate((el) => {
      const w = window as unknown as { pressed: Element; enterAt: number; downAt: number };
      w.pressed = el;
      el.addEventListener('pointerenter', () => (w.enterAt = performance.now()), { once: true });
      document.addEventListener('pointerdown', () => (w.downAt = performance.now()), {
        once: true,
        capture: true,
      });
    });
    await target.hover();
    await page.mouse.down();
    // Held well past the tooltip's delay (250 ms).
    await page.waitForTimeout(600);
    const held = await page.evaluate(() => {
      const w = window as unknown as { pressed: Element; enterAt: number; downAt: number };
      return { same: w.pressed.isConnected, gap: w.downAt - w.enterAt };
    });
    await page.mouse.up();
    await page.getByRole('menu').waitFor();
    // A press that began before the delay ran out keeps its element (on a machine so loaded that the press came
    // later, the tooltip woke first and the press began on the new element: that click is not at risk either).
    if (held.gap < 250) expect(held.same).toBe(true);
    expect(await page.getByRole('tooltip').count()).toBe(0);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('menu').count()).toBe(0);
  });
});
