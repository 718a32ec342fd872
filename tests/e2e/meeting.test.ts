// The meeting and after, in one browser against the demo: the chair runs the meeting of Tuesday 24 November
// 2026 in meeting mode (keyboard, item clock, projector view); the notulist records attendance, notes, a
// decision, two actions and a postponed item, sends the minutes past the warnings and downloads them as Word;
// the next meeting then shows the actions under item 2 and proposes the postponed item. Then the action list
// across meetings, the decisions register with the answer to an advice, and search as you type.
// Clock: Tuesday 24 November 2026, 09:30 in the Netherlands (the morning of the meeting).
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
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

const shot = (name: string) => e2e.quietScreenshot(name);

async function nav(section: string) {
  await page
    .getByRole('navigation')
    .getByRole('button', { name: new RegExp(`^${section}`) })
    .click();
}

const currentTitle = () => page.getByTestId('current-title').textContent();
const modeRow = (n: number) => page.getByTestId('mode-row').nth(n - 1);
const record = (title: string): Locator =>
  page.getByTestId('record-item').filter({ has: page.getByRole('heading', { name: title, level: 2 }) });

interface ItemState {
  title: string;
  status: string;
  elapsedSeconds: number;
}

async function items(date: string): Promise<ItemState[]> {
  const meetings = (await e2e.dispatch('meetings.list', { bodyId: await bodyId() })) as {
    id: string;
    date: string;
  }[];
  const id = meetings.find((m) => m.date === date)?.id;
  const detail = (await e2e.dispatch('meetings.get', { id })) as { items: ItemState[] };
  return detail.items;
}

async function bodyId(): Promise<string> {
  return ((await e2e.dispatch('bodies.list', {})) as { id: string }[])[0]?.id ?? '';
}

describe('meeting mode', () => {
  it('opens from the agenda of the next meeting and is driven by the keyboard', async () => {
    await nav('Vergaderingen');
    await page.locator('tr[data-meeting="2026-11-24"]').click();
    await page.getByRole('heading', { name: /Agenda dinsdag 24 november 2026/ }).waitFor();
    await shot('m0-agenda-vergadermodus-knop');
    await page.getByRole('button', { name: 'Vergadermodus', exact: true }).click();
    await page.getByTestId('meeting-mode').waitFor();
    expect(await currentTitle()).toBe('Opening, mededelingen en vaststelling agenda');
    expect(await page.getByTestId('shortcut-legend').textContent()).toContain('Spatieklok start/stop');

    // j, →, PageDown forward; k, ←, PageUp back; the ends stop.
    await page.keyboard.press('j');
    expect(await currentTitle()).toBe('Vaststelling verslag en afsprakenlijst vorige bijeenkomst');
    expect(await page.getByTestId('mode-open-actions').textContent()).toContain('te laat');
    await shot('m1a-vergadermodus-punt-2');
    await page.keyboard.press('ArrowRight');
    expect(await currentTitle()).toBe('Stavaza Beschermd wonen');
    await page.keyboard.press('PageDown');
    expect(await currentTitle()).toBe('Aanschaf informatieplatform');
    expect(await page.getByTestId('current-proposal').textContent()).toContain(
      'De regiegroep besluit tot aanschaf',
    );
    expect(await page.getByTestId('current-documents').textContent()).toContain('Offerteoverzicht');
    expect(await page.getByTestId('current-item').textContent()).toContain(
      e2e.target === 'electron'
        ? 'Klik op een stuk (of druk s, dan Enter) om het te openen'
        : 'Klik op een stuk (of druk s, dan Enter) om het te downloaden',
    );
    await page.keyboard.press('k');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('PageUp');
    await page.keyboard.press('PageUp');
    expect(await currentTitle()).toBe('Opening, mededelingen en vaststelling agenda');
    await page.keyboard.press('End');
    expect(await currentTitle()).toBe('Rondvraag, sluiting en volgend overleg');
    await page.keyboard.press('j');
    expect(await currentTitle()).toBe('Rondvraag, sluiting en volgend overleg');
    await page.keyboard.press('Home');

    // h and p toggle on a typed item; fixed items have no status. A focused button does not eat the keys.
    await modeRow(5).click();
    expect(await currentTitle()).toBe('Regionale visie jeugdhulp');
    await page.keyboard.press('h');
    await expect.poll(() => modeRow(5).getAttribute('data-status')).toBe('handled');
    await page.keyboard.press('h');
    await expect.poll(() => modeRow(5).getAttribute('data-status')).toBe('open');
    await page.getByRole('button', { name: 'Volgende' }).focus();
    await page.keyboard.press(' ');
    expect(await page.getByTestId('timer-toggle').textContent()).toBe('Stop klok');
    expect(await currentTitle()).toBe('Regionale visie jeugdhulp');
    await page.keyboard.press(' ');
    expect(await page.getByTestId('timer-toggle').textContent()).toBe('Start klok');
    await page.keyboard.press('Home');
    expect((await items('2026-11-24')).map((i) => i.status)).toEqual([
      'open',
      'open',
      'open',
      'open',
      'open',
      'open',
    ]);
  });

  it('runs the meeting: item clock, running delay, handled and postponed, the projector view', async () => {
    await page.keyboard.press('j');
    await page.keyboard.press('j');
    expect(await currentTitle()).toBe('Stavaza Beschermd wonen');
    await page.keyboard.press(' ');
    await expect.poll(() => page.getByTestId('timer').textContent(), { timeout: 4000 }).toMatch(/^0:0[1-9]$/);
    // Moving on books the time of Stavaza; the clock goes on for the next item.
    await page.keyboard.press('ArrowRight');
    expect(await currentTitle()).toBe('Aanschaf informatieplatform');
    await expect.poll(async () => (await items('2026-11-24'))[2]?.elapsedSeconds ?? 0).toBeGreaterThan(0);
    await expect.poll(() => page.getByTestId('timer').textContent(), { timeout: 4000 }).toMatch(/^0:0[1-9]$/);
    await page.keyboard.press('h');
    await page.keyboard.press(' ');
    await expect.poll(async () => (await items('2026-11-24'))[3]).toMatchObject({ status: 'handled' });
    expect((await items('2026-11-24'))[3]?.elapsedSeconds).toBeGreaterThan(0);
    expect(await page.getByTestId('current-status').textContent()).toBe('Behandeld');
    // Stavaza turns out to need more work: postponed to the next meeting.
    await page.keyboard.press('k');
    await page.keyboard.press('p');
    await expect.poll(() => modeRow(3).getAttribute('data-status')).toBe('postponed');
    // Both items took seconds instead of their 20 and 30 minutes: the meeting is ahead of schedule.
    expect(await page.getByTestId('delay').textContent()).toContain('voor op schema');
    await page.keyboard.press('j');
    expect(await currentTitle()).toBe('Aanschaf informatieplatform');
    await shot('m1-vergadermodus');

    await page.keyboard.press('F5');
    const projector = page.getByTestId('projector');
    await projector.waitFor();
    expect(await projector.getByRole('button').count()).toBe(0);
    expect(await projector.locator('[data-current="true"]').textContent()).toContain(
      'Aanschaf informatieplatform',
    );
    // The chair can still step through the agenda on the laptop while the projector shows it.
    await page.keyboard.press('j');
    expect(await projector.locator('[data-current="true"]').textContent()).toContain(
      'Regionale visie jeugdhulp',
    );
    await shot('m2-projector');
    await page.keyboard.press('Escape');
    await projector.waitFor({ state: 'detached' });
    expect(await currentTitle()).toBe('Regionale visie jeugdhulp');
  });

  it('picks a running clock up again after the window went down mid-item, time included', async () => {
    const jeugdhulp = async () => (await items('2026-11-24'))[4]?.elapsedSeconds ?? 0;
    const booked = await jeugdhulp();
    const timer = page.getByTestId('timer');
    const toggle = page.getByTestId('timer-toggle');
    const seconds = (reading: string | null) => {
      const [m, s] = (reading ?? '').split(':').map(Number);
      return (m ?? 0) * 60 + (s ?? 0);
    };
    // Real time, with bounds the test measures itself (Playwright's fake clock also holds back React Query's
    // own timers, so the app would not load after the reload): no reading depends on how fast this machine is.
    const started = Date.now();
    await page.keyboard.press(' ');
    await expect.poll(() => timer.textContent()).toBe('0:02');
    // The window reloads as after a crash: nothing was booked, meeting mode is gone.
    await page.reload();
    await page.getByRole('heading', { name: 'Aandacht', level: 1 }).waitFor();
    expect(await jeugdhulp()).toBe(booked);
    // Some seconds pass before the chair is back in meeting mode: the meeting went on, so they count.
    await page.waitForTimeout(3000);
    await nav('Vergaderingen');
    await page.locator('tr[data-meeting="2026-11-24"]').click();
    await page.getByRole('button', { name: 'Vergadermodus', exact: true }).click();
    await page.getByTestId('meeting-mode').waitFor();
    expect(await currentTitle()).toBe('Regionale visie jeugdhulp');
    expect(await toggle.textContent()).toBe('Stop klok');
    const before = Math.floor((Date.now() - started) / 1000);
    expect(seconds(await timer.textContent())).toBeGreaterThanOrEqual(before - 1);
    await page.keyboard.press(' ');
    const after = Math.ceil((Date.now() - started) / 1000);
    await expect.poll(jeugdhulp).toBeGreaterThan(booked);
    // Everything since the start, the time the window was down included (at least 5 s), and no more.
    const added = (await jeugdhulp()) - booked;
    expect(added).toBeGreaterThanOrEqual(Math.max(5, before - 1));
    expect(added).toBeLessThanOrEqual(after + 1);
    expect(await toggle.textContent()).toBe('Start klok');
  });
});

describe('recording the minutes', () => {
  it('records attendance with a substitute, notes, a decision and two actions by keyboard', async () => {
    await page.getByRole('button', { name: 'Verslag vastleggen' }).click();
    await page.getByRole('heading', { name: /^Verslag dinsdag 24 november 2026/, level: 1 }).waitFor();
    expect(await page.getByTestId('minutes-due').textContent()).toBe('nog 6 dagen');
    expect(await page.getByTestId('minutes-warnings').textContent()).toContain(
      'De aanwezigheid is nog niet vastgelegd.',
    );

    // Attendance: A. Hendriks (Leudal) is replaced by K. de Vries; everyone else is present.
    const attendance = page.getByTestId('attendance');
    await attendance.getByLabel('Naam van vervanger of gast').fill('K. de Vries');
    await attendance.getByLabel('Vervangt').selectOption({ label: 'vervangt A. Hendriks' });
    await attendance.getByRole('button', { name: 'Toevoegen' }).click();
    await attendance.getByRole('button', { name: 'Iedereen aanwezig' }).click();
    await expect
      .poll(() => attendance.getByTestId('attendance-summary').textContent())
      .toBe('3 aanwezig · 1 afgemeld · 1 vervanger');
    expect(
      await attendance
        .getByRole('radiogroup', { name: 'A. Hendriks' })
        .getByRole('radio', { name: 'Afgemeld' })
        .isChecked(),
    ).toBe(true);
    await shot('m3a-verslag-aanwezigheid');

    // Aanschaf informatieplatform: notes saved as you type, the proposal taken over as the decision.
    const aanschaf = record('Aanschaf informatieplatform');
    await aanschaf.getByTestId('notes').fill('Kosten en baten besproken; de privacytoets volgt.');
    await aanschaf.getByRole('button', { name: 'Voorstel overnemen' }).click();
    await aanschaf.getByRole('button', { name: 'Besluit vastleggen' }).click();
    await aanschaf.getByTestId('decision').waitFor();
    expect(await aanschaf.getByTestId('notes-state').textContent()).toBe('opgeslagen');

    // Two actions, keyboard only: Enter adds the action and returns to an empty "Wat".
    const what = aanschaf.getByLabel('Wat', { exact: true });
    await what.fill('Offerte aanvragen bij de leverancier');
    await page.keyboard.press('Tab');
    await page.keyboard.type('M. Jan');
    await page.keyboard.press('Enter'); // picks M. Janssen from the list
    await page.keyboard.press('Tab');
    await aanschaf.getByLabel('Wanneer gereed').fill('2026-12-15');
    await page.keyboard.press('Enter');
    await expect.poll(() => aanschaf.getByTestId('action-row').count()).toBe(1);
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label')))
      .toBe('Wat');
    await page.keyboard.type('Privacytoets laten uitvoeren');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Afdeling Informatiebeveiliging');
    await page.keyboard.press('Enter');
    await expect.poll(() => aanschaf.getByTestId('action-row').count()).toBe(2);
    const rows = await aanschaf.getByTestId('action-row').allTextContents();
    expect(rows[0]).toContain('Offerte aanvragen bij de leverancierM. Janssen15 december 2026');
    expect(rows[1]).toContain('Privacytoets laten uitvoerenAfdeling Informatiebeveiliging');

    // Item 2: the minutes of 27 October are adopted with a change; one open action is reported done.
    const item2 = record('Vaststelling verslag en afsprakenlijst vorige bijeenkomst');
    await item2.getByLabel('Wijzigingen bij vaststelling').fill('Punt 4: bedrag gecorrigeerd.');
    await item2.getByTestId('adopt').click();
    await item2
      .getByText('Vastgesteld in deze vergadering, met deze wijzigingen: Punt 4: bedrag gecorrigeerd.')
      .waitFor();
    const open = item2
      .getByTestId('record-open-action')
      .filter({ hasText: 'Verdeling 5 verwerken in de begroting' });
    await open.getByRole('button', { name: 'Afgerond' }).click();
    await open.getByText('Afgerond').first().waitFor();
    await aanschaf.evaluate((el) => el.scrollIntoView({ block: 'nearest' }));
    await shot('m3-verslag');
  });

  it('sends the minutes past the warnings, consciously, downloads the e-mail to the ondersteuner and the Word file', async () => {
    const warnings = page.getByTestId('minutes-warnings');
    await expect
      .poll(() => warnings.textContent())
      .toContain('Punt 5 is voorbereidend: het advies en waar het heen gaat ontbreken.');
    await page.getByTestId('send-minutes').click();
    const dialog = page.getByRole('alertdialog', { name: 'Het verslag is nog niet compleet' });
    expect(await dialog.getByTestId('send-warnings').textContent()).toContain(
      'Punt 5 "Regionale visie jeugdhulp" heeft nog geen verslag.',
    );
    expect(await dialog.getByTestId('send-confirm').isDisabled()).toBe(true);
    await dialog.getByRole('checkbox', { name: /verstuur het verslag toch/ }).check();
    await shot('m3b-verslag-toch-versturen');
    // Sending makes the e-mail draft to the ondersteuner, with the minutes and the action list (browser mode:
    // a download; the desktop opens it in the mail program).
    const mail = await e2e.openFile(() => dialog.getByTestId('send-confirm').click());
    await dialog.waitFor({ state: 'detached' });
    expect(mail.suggestedName).toMatch(/^Verslag .*2026-11-24 aan ondersteuner\.eml$/);
    const emlPath = mail.path;
    const eml = readFileSync(emlPath, 'latin1');
    expect(eml).toContain('X-Unsent: 1');
    expect(eml).toContain('l.peeters@weert.example.nl'); // the demo's ondersteuner
    expect(eml.match(/Content-Disposition: attachment/g)).toHaveLength(2);
    // The attachments' names, their RFC 2231 continuations joined (filename*0="…"; filename*1="…").
    const names = [
      ...eml.replace(/\r\n[ \t]/g, ' ').matchAll(/Content-Disposition: attachment;([^\r\n]*)/g),
    ].map((m) =>
      [...(m[1] ?? '').matchAll(/filename(?:\*\d+)?\*?=(?:"([^"]*)"|([^;\s]+))/g)]
        .map((p) => p[1] ?? decodeURIComponent((p[2] ?? '').replace(/^utf-8''/i, '')))
        .join(''),
    );
    expect(names[0]).toMatch(/^Verslag en afsprakenlijst .*2026-11-24\.docx$/);
    expect(names[1]).toMatch(/^Actielijst 2026-11-24 .*\.docx$/);
    await page
      .getByText(
        e2e.target === 'electron' ? /Het e-mailconcept is geopend/ : /Het e-mailconcept is gedownload/,
      )
      .first()
      .waitFor();
    await shot('m3b2-verslag-verstuurd-email');
    // And again later, from the button that replaces "Versturen".
    await page.getByTestId('minutes-mail').waitFor();
    await expect.poll(() => page.getByTestId('minutes-status').textContent()).toBe('Verzonden');
    expect(await page.getByTestId('minutes-flow').textContent()).toContain(
      'In de volgende vergadering (22 december 2026), bij punt 2',
    );

    // A download in browser mode, the save dialog on the desktop.
    const saved = await e2e.saveFile(() => page.getByTestId('export-minutes').click());
    expect(saved.suggestedName).toMatch(/^Verslag .*2026-11-24\.docx$/);
    const bytes = readFileSync(saved.path);
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    expect(bytes.includes(Buffer.from('word/document.xml'))).toBe(true);
    await page
      .getByTestId('export-done')
      .getByText(e2e.target === 'electron' ? /^Opgeslagen: Verslag/ : /^Gedownload: Verslag/)
      .waitFor();
  });

  it('shows the adopted minutes of the previous meeting read-only', async () => {
    await page.getByRole('button', { name: 'Naar de agenda' }).click();
    await page.getByRole('button', { name: /^Vorige vergadering/ }).click();
    await page.getByRole('heading', { name: /Agenda dinsdag 27 oktober 2026/ }).waitFor();
    expect(await page.getByTestId('meeting-bar').textContent()).toContain('Verslag: vastgesteld');
    await page.getByTestId('meeting-bar').getByRole('button', { name: 'Verslag' }).click();
    await page
      .getByTestId('frozen')
      .getByText(
        'Vastgesteld in de vergadering van 24 november 2026 met deze wijzigingen: Punt 4: bedrag gecorrigeerd.',
        { exact: false },
      )
      .waitFor();
    expect(await page.getByTestId('notes').count()).toBe(0);
    expect(await page.getByTestId('notes-text').first().textContent()).toBe(
      'Het dashboard is toegelicht; bezetting op peil.',
    );
    expect(await page.getByTestId('decision-text').count()).toBe(0);
    expect(await page.getByTestId('send-minutes').count()).toBe(0);
    expect(await page.getByTestId('action-entry').count()).toBe(0);
    await shot('m3c-verslag-vastgesteld');
  });

  it('shows the actions under item 2 of the next meeting and proposes the postponed item there', async () => {
    await page.getByRole('button', { name: 'Naar de agenda' }).click();
    await page.getByRole('button', { name: /^Volgende vergadering/ }).click();
    await page.getByRole('heading', { name: /Agenda dinsdag 24 november 2026/ }).waitFor();
    await page.getByRole('button', { name: /^Volgende vergadering/ }).click();
    await page.getByRole('heading', { name: /Agenda dinsdag 22 december 2026/ }).waitFor();
    const open = await page.getByTestId('open-actions').textContent();
    expect(open).toContain('Offerte aanvragen bij de leverancier');
    expect(open).toContain('Privacytoets laten uitvoeren');
    const proposals = page.getByTestId('proposals');
    expect(await proposals.textContent()).toContain('Stavaza Beschermd wonen');
    expect(await proposals.textContent()).toContain('aangehouden in de vergadering van 24 november 2026');
  });
});

describe('after the meeting', () => {
  it('lists the actions across meetings with filters; a status change is recorded with its meeting and history', async () => {
    await nav('Acties');
    await page.getByRole('heading', { name: 'Acties', level: 1 }).waitFor();
    const rows = page.getByTestId('action-list-row');
    await expect.poll(() => rows.count()).toBeGreaterThan(2);
    expect(
      await page.locator('[data-testid="action-list-row"][data-overdue="true"]').count(),
    ).toBeGreaterThan(0);
    await page.getByRole('tab', { name: /^Te laat/ }).click();
    await expect
      .poll(async () =>
        (await rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-overdue')))).every(
          (v) => v === 'true',
        ),
      )
      .toBe(true);
    await page.getByRole('tab', { name: /^Open/ }).click();
    await page.getByLabel('Persoon').selectOption({ label: 'M. Janssen' });
    await expect.poll(() => rows.count()).toBe(1);
    await page.getByLabel('Persoon').selectOption({ label: 'Iedereen' });
    await page.getByLabel('Uit vergadering').selectOption({ label: '24 november 2026' });
    await expect.poll(() => rows.count()).toBe(2);
    await page.getByLabel('Uit vergadering').selectOption({ label: 'Alle vergaderingen' });
    await expect.poll(() => rows.count()).toBeGreaterThan(2);
    await shot('m4-acties');

    await rows.filter({ hasText: 'Privacytoets laten uitvoeren' }).click();
    const dialog = page.getByRole('dialog', { name: /^Actie \d+$/ });
    await dialog.getByLabel('Datum').fill('2026-11-24');
    await dialog.getByLabel('Gemeld in vergadering').selectOption({ label: '24 november 2026' });
    await dialog.getByLabel('Toelichting').fill('direct geregeld');
    await dialog.getByTestId('action-status-save').click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByRole('tab', { name: /^Afgerond/ }).click();
    const done = rows.filter({ hasText: 'Privacytoets laten uitvoeren' });
    expect(await done.textContent()).toContain('op 24 nov. 2026, gemeld in vergadering 24 nov. 2026');
    await done.click();
    const history = page.getByRole('dialog').getByTestId('action-history');
    await expect.poll(() => history.locator('li').count()).toBe(2);
    expect(await history.textContent()).toContain(
      'Afgerond · in de vergadering van 24 november 2026 · direct geregeld',
    );
    await page.keyboard.press('Escape');

    const saved = await e2e.saveFile(async () => {
      await page.getByTestId('export-actions').click();
      await page.getByRole('menuitem', { name: 'Gegroepeerd per persoon' }).click();
    });
    expect(saved.suggestedName).toMatch(/^Actielijst .*\.docx$/);
  });

  it('keeps the decisions register; the stuurgroep’s answer to an advice is recorded', async () => {
    // The advice on the late voorbereidend item is added after sending (the minutes can still change until adopted).
    await nav('Vergaderingen');
    await page.locator('tr[data-meeting="2026-11-24"]').click();
    await page.getByRole('button', { name: 'Verslag', exact: true }).click();
    const visie = record('Regionale visie jeugdhulp');
    await visie
      .getByLabel('Advies van de regiegroep')
      .fill('Positief advies aan stuurgroep en colleges: visie vaststellen.');
    expect(await visie.getByRole('radio', { name: 'Stuurgroep én colleges van B&W' }).isChecked()).toBe(true);
    await visie.getByRole('button', { name: 'Advies vastleggen' }).click();
    // One follow-up per destination: the stuurgroep, then the colleges in rotation order.
    await visie.getByRole('img', { name: 'Stuurgroep open' }).waitFor();
    expect(await visie.getByTestId('follow-up').count()).toBe(4);

    await nav('Besluitenlijst');
    await page.getByRole('heading', { name: 'Besluitenlijst', level: 1 }).waitFor();
    await page.getByRole('switch', { name: /Alleen met vervolg/ }).click();
    await expect.poll(() => page.getByTestId('decision-row').count()).toBe(1);
    await page.getByRole('switch', { name: /Alleen met vervolg/ }).click();
    await page.getByRole('searchbox', { name: 'Zoeken in besluiten' }).fill('informatieplatform');
    await expect.poll(() => page.getByTestId('decision-row').count()).toBe(1);
    await page.getByRole('searchbox', { name: 'Zoeken in besluiten' }).fill('');
    await expect.poll(() => page.getByTestId('decision-row').count()).toBeGreaterThan(3);
    await page.getByRole('button', { name: 'Stuurgroep open' }).click();
    const dialog = page.getByRole('dialog', { name: 'Vervolg bij de stuurgroep' });
    expect(await dialog.getByRole('radio', { name: 'Besloten' }).isChecked()).toBe(true);
    await dialog.getByRole('radio', { name: 'Akkoord', exact: true }).check();
    await dialog
      .getByRole('textbox', { name: 'Toelichting' })
      .fill('De stuurgroep stemt in; de colleges besluiten op 15 december.');
    await dialog.getByRole('button', { name: 'Opslaan' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Stuurgroep 24 november, akkoord' }).waitFor();
    await shot('m5-besluitenlijst');
    // The stuurgroep's decision comes back as feedback on the next agenda.
    const next = (await e2e.dispatch('meetings.find', { ref: '2026-12-22' })) as {
      proposals: { kind: string; title: string }[];
    };
    expect(next.proposals.find((p) => p.kind === 'feedback')?.title).toBe(
      'Terugkoppeling stuurgroep: Regionale visie jeugdhulp',
    );
  });

  it('searches as you type, highlights the matched words and opens the place', async () => {
    await page.keyboard.press('Alt+5');
    await page.getByRole('heading', { name: 'Zoeken', level: 1 }).waitFor();
    const box = page.getByRole('searchbox', { name: 'Zoeken' });
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('INPUT');
    await box.pressSequentially('privacyt', { delay: 30 });
    const results = page.getByTestId('search-result');
    await expect.poll(() => results.count()).toBeGreaterThan(0);
    expect(await results.first().locator('mark').first().textContent()).toMatch(/^privacytoets/i);
    // More letters narrow it down, without pressing Enter.
    await box.fill('');
    await box.pressSequentially('informatiepl', { delay: 30 });
    // The answer to the whole word (an answer to "infor" may show first while the keys still come).
    await expect
      .poll(() => page.getByTestId('search-status').textContent())
      .toMatch(/resultaten? voor "informatiepl"/);
    expect(
      (await results.evaluateAll((els) => els.map((e) => e.getAttribute('data-kind')))).sort().join(','),
    ).toContain('decision');
    const marks = await page.getByTestId('snippet').locator('mark').allTextContents();
    expect(marks.every((m) => /^informatiepl/i.test(m))).toBe(true);
    await shot('m6-zoeken');
    await page
      .locator('[data-testid="search-result"][data-kind="decision"]')
      .first()
      .locator('button[data-hit]')
      .click();
    await page.getByRole('heading', { name: 'Besluitenlijst', level: 1 }).waitFor();
  });
});
