// The ondersteuner's walk-through, in one browser: set up a body with three municipalities and their
// opdrachtgevers, plan a series (a skipped holiday shows in the preview), override, move and cancel meetings,
// build an agenda like the seed's example with documents and a late item, reorder by drag and drop and by
// keyboard, delete and restore from the trash, keyboard-only use of the agenda, the opening screen and the log.
// Clock: Monday 23 November 2026, 09:00 in the Netherlands.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { startE2E, type E2E } from './harness';

let e2e: E2E;
let page: Page;

beforeAll(async () => {
  e2e = await startE2E({ now: '2026-11-23T08:00:00Z' });
  page = e2e.page;
  page.setDefaultTimeout(10_000);
});

// One story: once a step fails, the later steps are skipped instead of each waiting for its timeout.
let broken = false;
beforeEach((ctx) => {
  if (broken) ctx.skip();
});
afterEach(async (ctx) => {
  if (ctx.task.result?.state === 'fail') {
    broken = true;
    await shot('fout-ondersteuner');
  }
});

afterAll(async () => {
  await e2e?.close();
});

/** A screenshot once dialogs and toasts have finished their entrance animation. */
async function shot(name: string) {
  await page.waitForTimeout(350);
  await e2e.screenshot(name);
}

const pdf = (text: string) => Buffer.from(`%PDF-1.4\n% ${text}\n%%EOF\n`);

/** The attachment labels shown on an agenda row, in order. */
function labels(row: Locator): Promise<(string | null)[]> {
  return row.locator('[data-label]').evaluateAll((els) => els.map((e) => e.getAttribute('data-label')));
}

function agendaRow(title: string): Locator {
  return page
    .getByTestId('agenda-row')
    .filter({ has: page.getByRole('button', { name: title, exact: true }) });
}

async function agendaTitles(): Promise<string[]> {
  return page
    .getByTestId('agenda-row')
    .evaluateAll((rows) => rows.map((r) => (r.getAttribute('aria-label') ?? '').replace(/^Punt \d+: /, '')));
}

async function nav(section: string) {
  await page
    .getByRole('navigation')
    .getByRole('button', { name: new RegExp(`^${section}`) })
    .click();
}

function meetingRow(date: string): Locator {
  return page.locator(`tr[data-meeting="${date}"]`);
}

async function rowCells(date: string): Promise<string[]> {
  return (await meetingRow(date).locator('td').allTextContents()).map((t) => t.trim());
}

async function meetingMenu(date: string, item: string) {
  await meetingRow(date)
    .getByRole('button', { name: /^Acties voor/ })
    .click();
  await page.getByRole('menuitem', { name: item }).click();
}

describe('setting up a body', () => {
  it('shows the API validation messages next to the fields', async () => {
    await page.getByRole('button', { name: 'Overleg inrichten' }).click();
    await page.getByRole('heading', { name: 'Nieuw overleg inrichten', level: 1 }).waitFor();
    await shot('10-inrichten-leeg');
    await page.getByRole('button', { name: 'Overleg aanmaken' }).click();
    await page.getByText('naam van het overleg is verplicht').waitFor();
    await page.getByText('noem minstens één gemeente voor de rotatie').waitFor();
    await shot('11-inrichten-fouten');
  });

  it('takes name, rotation (added and reordered), deadlines and a closed day', async () => {
    await page.getByLabel('Naam van het overleg').fill('Ambtelijke regiegroep Sociaal Domein');
    await page.getByLabel('Korte naam').fill('Regiegroep');
    for (const name of ['Weert', 'Leudal', 'Nederweert']) {
      await page.getByLabel('Nieuwe gemeente').fill(name);
      await page.getByLabel('Nieuwe gemeente').press('Enter');
    }
    await page.getByRole('button', { name: 'Weert omlaag', exact: true }).click();
    await page.getByRole('button', { name: 'Weert omlaag', exact: true }).click();
    const rotation = await Promise.all(
      [1, 2, 3].map((n) => page.getByLabel(`Gemeente ${n}`, { exact: true }).inputValue()),
    );
    expect(rotation).toEqual(['Leudal', 'Nederweert', 'Weert']);

    await page.getByRole('button', { name: 'Gesloten dag toevoegen' }).click();
    await page.getByLabel('Datum', { exact: true }).fill('2026-12-28');
    await page.getByLabel('Reden', { exact: true }).fill('Collectieve vrije dag');
    // The deadline example: a meeting on Tuesday 8 December; the minutes' Sunday 13th moves to Monday 14th.
    await expect
      .poll(() => page.getByText(/^Voorbeeld:/).textContent())
      .toBe(
        'Voorbeeld: bij een vergadering op dinsdag 8 december 2026 is inbrengen uiterlijk donderdag 3 december 2026, versturen op donderdag 3 december 2026 en het verslag uiterlijk maandag 14 december 2026.',
      );
    await shot('12-inrichten-ingevuld');
    await page.getByRole('button', { name: 'Overleg aanmaken' }).click();
    await page.getByRole('heading', { name: 'Ambtelijke regiegroep Sociaal Domein', level: 1 }).waitFor();
    await page.getByText('Nog geen opdrachtgever voor: Leudal, Nederweert, Weert.').waitFor();
  });

  it('adds the people: opdrachtgevers per municipality (with a successor), and the ondersteuner', async () => {
    const addPerson = async (
      p: { name: string; email: string; municipality: string; role?: string; from?: string; to?: string },
      check?: () => Promise<void>,
    ) => {
      await page.locator('#people').getByRole('button', { name: 'Persoon toevoegen' }).click();
      const dialog = page.getByRole('dialog', { name: 'Persoon toevoegen' });
      await dialog.getByLabel('Naam').fill(p.name);
      await dialog.getByLabel('E-mailadres').fill(p.email);
      await dialog.getByLabel('Gemeente', { exact: true }).selectOption(p.municipality);
      if (p.role) await dialog.getByLabel('Rol', { exact: true }).selectOption({ label: p.role });
      if (p.from) await dialog.getByLabel('Vanaf').fill(p.from);
      if (p.to) await dialog.getByLabel('Tot en met').fill(p.to);
      if (check) await check();
      await dialog.getByRole('button', { name: 'Opslaan' }).click();
      await dialog.waitFor({ state: 'detached' });
    };
    await addPerson({ name: 'A. Hendriks', email: 'a.hendriks@leudal.nl', municipality: 'Leudal' });
    await addPerson({ name: 'M. Janssen', email: 'm.janssen@nederweert.nl', municipality: 'Nederweert' });
    await addPerson(
      { name: 'P. Smeets', email: 'p.smeets@', municipality: 'Weert', to: '2027-03-31' },
      async () => {
        const dialog = page.getByRole('dialog', { name: 'Persoon toevoegen' });
        await dialog.getByRole('button', { name: 'Opslaan' }).click();
        await dialog.getByText('geen geldig e-mailadres').waitFor();
        await shot('13-persoon-fout');
        await dialog.getByLabel('E-mailadres').fill('p.smeets@weert.nl');
      },
    );
    await addPerson({
      name: 'J. Willems',
      email: 'j.willems@weert.nl',
      municipality: 'Weert',
      from: '2027-04-01',
    });
    await addPerson({
      name: 'L. Peeters',
      email: 'l.peeters@weert.nl',
      municipality: 'Weert',
      role: 'Ondersteuner',
    });
    await expect.poll(() => page.getByText(/^Nog geen opdrachtgever/).count()).toBe(0);
    const people = page.getByTestId('people');
    await expect.poll(() => people.locator('tr[data-person]').count()).toBe(5);
    expect(await people.locator('tr[data-person="P. Smeets"]').textContent()).toContain(
      'Opdrachtgever Weert · t/m 31 mrt. 2027',
    );
    expect(await people.locator('tr[data-person="J. Willems"]').textContent()).toContain(
      'Opdrachtgever Weert · vanaf 1 apr. 2027',
    );
    expect(await people.locator('tr[data-person="L. Peeters"]').textContent()).toContain('Ondersteuner');
    await people.scrollIntoViewIfNeeded();
    await shot('14-instellingen-personen');
  });
});

describe('planning the meetings', () => {
  it('previews a series with the skipped holiday, then creates it', async () => {
    await nav('Vergaderingen');
    await page.getByText('Nog geen vergaderingen gepland.').waitFor();
    await shot('15-vergaderingen-leeg');
    await page.getByRole('button', { name: 'Reeks plannen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Reeks vergaderingen plannen' });
    expect(await dialog.getByLabel('Welke', { exact: true }).inputValue()).toBe('4');
    expect(await dialog.getByLabel('Weekdag', { exact: true }).inputValue()).toBe('2');
    await dialog.getByLabel(/^Vanaf/).fill('2026-12-01');
    await dialog.getByLabel(/^Tot en met/).fill('2027-06-30');
    const preview = dialog.getByTestId('series-preview');
    await expect.poll(() => preview.textContent()).toContain('6 nieuwe vergaderingen, 1 overgeslagen');
    const text = (await preview.textContent()) ?? '';
    expect(text).toContain('overgeslagen: Koningsdag');
    expect(text).toContain('elke vierde dinsdag van de maand, 09:30 uur');
    expect(text).toContain('dinsdag 27 april 2027');
    await shot('16-reeks-voorbeeld');
    await dialog.getByRole('button', { name: '6 vergaderingen plannen' }).click();
    await page.getByTestId('changes').getByText('6 vergaderingen gepland.').waitFor();
  });

  it('shows host, chair, notulist and the deadlines that follow from the rules', async () => {
    const december = await rowCells('2026-12-22');
    expect(december[0]).toContain('dinsdag 22 december 2026');
    // The first meeting has no previous chair: the services take the opdrachtgever of the host before it in the rotation.
    expect(december.slice(1, 4)).toEqual(['Leudal', 'A. Hendriks', 'P. Smeets']);
    // inbrengen and versturen: 22 − 5 = 17 December; verslag: 27 (Sunday) → 28 (closed day) → Tuesday 29.
    expect(december.slice(5, 8)).toEqual(['17 dec. 2026', '17 dec. 2026', '29 dec. 2026']);
    expect((await rowCells('2027-01-26')).slice(1, 4)).toEqual(['Nederweert', 'M. Janssen', 'A. Hendriks']);
    expect((await rowCells('2027-02-23')).slice(1, 4)).toEqual(['Weert', 'P. Smeets', 'M. Janssen']);
    // From April the successor chairs for Weert.
    expect((await rowCells('2027-06-22')).slice(1, 4)).toEqual(['Weert', 'J. Willems', 'M. Janssen']);
    expect(await meetingRow('2027-04-27').count()).toBe(0);
    await shot('17-vergaderingen-reeks');
  });

  it('overrides a notulist (reason required), moves one meeting and cancels another, each with its changes', async () => {
    await meetingMenu('2027-01-26', 'Andere notulist…');
    const dialog = page.getByRole('dialog', { name: /Andere notulist/ });
    await dialog.getByLabel('Persoon').selectOption({ label: 'P. Smeets (Weert)' });
    await dialog.getByRole('button', { name: 'Vervanging opslaan' }).click();
    await dialog.getByText('Geef een reden op; die staat bij de vergadering.').waitFor();
    await dialog.getByLabel('Reden').fill('A. Hendriks is met vakantie');
    await shot('18-vervanging');
    await dialog.getByRole('button', { name: 'Vervanging opslaan' }).click();
    const changes = page.getByTestId('changes');
    await changes.getByText('26 januari 2027: notulist nu P. Smeets (was A. Hendriks).').waitFor();
    expect(await meetingRow('2027-01-26').getByTestId('override').textContent()).toBe('vervanging');

    await meetingMenu('2027-03-23', 'Verplaatsen of wijzigen…');
    const edit = page.getByRole('dialog', { name: 'Vergadering verplaatsen of wijzigen' });
    await edit.getByLabel('Datum').fill('2027-03-30');
    await expect
      .poll(() => edit.getByText(/^Inbrengen uiterlijk/).textContent())
      .toContain('donderdag 25 maart 2027');
    await shot('18b-verplaatsen');
    await edit.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await changes.getByText('De vergadering van 23 maart 2027 is verplaatst naar 30 maart 2027.').waitFor();
    // 30 March + 5 = Sunday 4 April (Easter Monday was 29 March): the minutes are due Monday 5 April.
    expect(await changes.textContent()).toContain(
      '30 maart 2027: inbrengen uiterlijk 25 maart 2027, agenda versturen 25 maart 2027, verslag uiterlijk 5 april 2027.',
    );

    await meetingMenu('2027-05-25', 'Annuleren…');
    await page.getByRole('alertdialog').getByRole('button', { name: 'Vergadering annuleren' }).click();
    await changes.getByText('De vergadering van 25 mei 2027 is geannuleerd.').waitFor();
    // Cancelled meetings do not count for the rotation: June follows March (Leudal), so Nederweert hosts.
    expect(await changes.textContent()).toContain('22 juni 2027: gastgemeente nu Nederweert (was Weert).');
    expect((await rowCells('2027-05-25'))[4]).toBe('Geannuleerd');
    expect((await rowCells('2027-06-22')).slice(1, 3)).toEqual(['Nederweert', 'M. Janssen']);
    await shot('19-vergaderingen-wijzigingen');
  });
});

describe('building the agenda of 22 December 2026', () => {
  const checkDeadlines = async () => {
    expect(await page.getByTestId('deadline-submission').textContent()).toBe(
      'Inbrengen uiterlijkdonderdag 17 december 2026nog 24 dagen',
    );
    expect(await page.getByTestId('deadline-distribution').textContent()).toBe(
      'Agenda versturen opdonderdag 17 december 2026nog 24 dagen',
    );
    expect(await page.getByTestId('deadline-minutes').textContent()).toBe(
      'Verslag uiterlijkdinsdag 29 december 2026nog 36 dagen',
    );
  };

  it('opens the empty agenda with the fixed items and the deadlines', async () => {
    await meetingRow('2026-12-22').click();
    await page.getByRole('heading', { name: /^Agenda dinsdag 22 december 2026/ }).waitFor();
    expect(await agendaTitles()).toEqual([
      'Opening, mededelingen en vaststelling agenda',
      'Vaststelling verslag en afsprakenlijst vorige bijeenkomst',
      'Rondvraag, sluiting en volgend overleg',
    ]);
    await checkDeadlines();
    await page.getByText('Nog geen agendapunten.', { exact: false }).waitFor();
    await shot('20-agenda-leeg');
  });

  it('adds an informerend item asking for its type first, and a document through the file picker', async () => {
    await page.getByRole('button', { name: 'Agendapunt toevoegen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Agendapunt toevoegen' });
    await dialog.getByRole('radio', { name: /Informerend/ }).waitFor();
    await shot('21-punt-soort');
    await dialog.getByRole('radio', { name: /Informerend/ }).check();
    await dialog.getByRole('button', { name: 'Volgende' }).click();
    await dialog.getByLabel('Onderwerp').fill('Stavaza Beschermd wonen');
    await dialog.getByLabel('Toelichting').fill('Stand van zaken van de regionale opgave beschermd wonen.');
    await dialog.getByLabel('Inbrenger').fill('S. Coenen');
    await dialog.getByLabel('Duur (minuten)').fill('20');
    await shot('22-punt-velden');
    await dialog.getByRole('button', { name: 'Punt toevoegen' }).click();
    await dialog.waitFor({ state: 'detached' });
    const row = agendaRow('Stavaza Beschermd wonen');
    await row.waitFor();
    expect(await row.textContent()).toContain('Ingebracht door S. Coenen');
    expect(await row.getByTestId('missing-document').textContent()).toBe('geen stukken');

    // A file input in browser mode, the native open dialog on the desktop (harness.ts answers either).
    await e2e.chooseFiles(
      () => row.getByTestId('add-documents').click(),
      [{ name: 'Stavaza Beschermd wonen.pdf', buffer: pdf('stavaza') }],
    );
    await expect.poll(() => labels(row)).toEqual(['A']);
    expect(await row.getByTestId('missing-document').count()).toBe(0);
  });

  it('adds a besluitvormend item with its proposal and drops two documents on it: B1, B2', async () => {
    await page.getByRole('button', { name: 'Agendapunt toevoegen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Agendapunt toevoegen' });
    await dialog.getByRole('radio', { name: /Besluitvormend/ }).check();
    await dialog.getByRole('button', { name: 'Volgende' }).click();
    await dialog.getByLabel('Onderwerp').fill('Aanschaf informatieplatform');
    await dialog
      .getByLabel('Voorgesteld besluit')
      .fill('De regiegroep besluit tot aanschaf van het informatieplatform binnen het beschikbare budget.');
    await dialog.getByLabel('Inbrenger').click();
    await dialog.getByLabel('Inbrenger').pressSequentially('P. Sm');
    await page.getByRole('option', { name: 'P. Smeets (Weert)' }).click();
    await dialog.getByLabel('Duur (minuten)').fill('30');
    await dialog.getByRole('button', { name: 'Punt toevoegen' }).click();
    await dialog.waitFor({ state: 'detached' });
    const row = agendaRow('Aanschaf informatieplatform');
    await row.waitFor();
    expect(await row.textContent()).toContain('Ingebracht door P. Smeets');

    await row.evaluate((el) => {
      const dt = new DataTransfer();
      dt.items.add(new File(['%PDF-1.4 voorstel'], 'voorstel.pdf', { type: 'application/pdf' }));
      dt.items.add(new File(['%PDF-1.4 offertes'], 'Offerteoverzicht.pdf', { type: 'application/pdf' }));
      el.dispatchEvent(new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true }));
      el.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
    });
    await expect.poll(() => labels(row)).toEqual(['B1', 'B2']);
    expect(await labels(agendaRow('Stavaza Beschermd wonen'))).toEqual(['A']);

    // Rename the first document; move the second to the front and back again.
    await row.getByRole('button', { name: 'Bijlage B1: voorstel' }).click();
    await page.getByRole('menuitem', { name: 'Naam wijzigen…' }).click();
    const rename = page.getByRole('dialog', { name: 'Naam van het stuk' });
    await rename.getByLabel('Naam').fill('Voorstel aanschaf informatieplatform');
    await rename.getByRole('button', { name: 'Opslaan' }).click();
    await row.getByRole('button', { name: 'Bijlage B1: Voorstel aanschaf informatieplatform' }).waitFor();
    await row.getByRole('button', { name: 'Bijlage B2: Offerteoverzicht' }).click();
    await page.getByRole('menuitem', { name: 'Naar voren' }).click();
    await row.getByRole('button', { name: 'Bijlage B1: Offerteoverzicht' }).waitFor();
    await row.getByRole('button', { name: 'Bijlage B1: Offerteoverzicht' }).click();
    await page.getByRole('menuitem', { name: 'Naar achteren' }).click();
    await row.getByRole('button', { name: 'Bijlage B2: Offerteoverzicht' }).waitFor();
    await checkDeadlines();
  });

  it('flags a voorbereidend item submitted after the deadline; the ondersteuner admits it', async () => {
    // "Ingebracht op" never lies in the future: the item is recorded on the day it came in.
    await e2e.setNow('2026-12-18T10:30:00Z');
    await page.getByRole('button', { name: 'Agendapunt toevoegen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Agendapunt toevoegen' });
    await dialog.getByRole('radio', { name: /Voorbereidend/ }).check();
    await dialog.getByRole('button', { name: 'Volgende' }).click();
    await dialog.getByLabel('Onderwerp').fill('Regionale visie jeugdhulp');
    await dialog.getByRole('radio', { name: 'Stuurgroep én colleges van B&W' }).check();
    await dialog
      .getByLabel('Voorstel aan stuurgroep/colleges')
      .fill('Advies aan stuurgroep en colleges: visie vaststellen.');
    await dialog.getByLabel('Inbrenger').fill('S. Coenen');
    await dialog.getByLabel('Ingebracht op').fill('2026-12-18');
    await dialog.getByLabel('om', { exact: true }).fill('10:00');
    await dialog.getByText(/^Na de deadline \(inbrengen uiterlijk donderdag 17 december 2026\)/).waitFor();
    await shot('23-punt-te-laat');
    await dialog.getByRole('button', { name: 'Punt toevoegen' }).click();
    await dialog.waitFor({ state: 'detached' });
    await e2e.setNow('2026-11-23T08:00:00Z');
    const row = agendaRow('Regionale visie jeugdhulp');
    expect(await row.getByTestId('late').textContent()).toContain('na de deadline ingebracht');
    expect(await row.textContent()).toContain('besluit door: Stuurgroep én colleges van B&W');
    expect(await row.textContent()).toContain('Ingebracht door S. Coenen op 18 dec. 2026 10:00');
    expect(await page.getByTestId('meeting-facts').textContent()).toContain('3 (1 laat)');
    await shot('24-agenda-te-laat');
    await row.getByRole('button', { name: 'Toelaten' }).click();
    await row.getByTestId('late-admitted').waitFor();
    expect(await row.getByTestId('late').count()).toBe(0);
    await checkDeadlines();
  });

  it('reorders by drag and drop and by keyboard; the letters follow', async () => {
    const aanschaf = agendaRow('Aanschaf informatieplatform');
    const stavaza = agendaRow('Stavaza Beschermd wonen');
    await stavaza.scrollIntoViewIfNeeded();
    const handle = await aanschaf.getByTestId('drag-handle').boundingBox();
    const target = await stavaza.boundingBox();
    if (!handle || !target) throw new Error('rows not visible');
    // Grab the grip, pass the activation distance, then travel to the middle of the row above and let go.
    const x = handle.x + handle.width / 2;
    const y = handle.y + handle.height / 2;
    await page.mouse.move(x, y);
    await page.mouse.down();
    await page.mouse.move(x, y - 10, { steps: 5 });
    await page.mouse.move(x, target.y + target.height / 2, { steps: 15 });
    await page.waitForTimeout(100);
    expect(await aanschaf.getAttribute('style')).toContain('translate3d(0px, -');
    await page.mouse.up();
    await expect.poll(() => labels(agendaRow('Aanschaf informatieplatform'))).toEqual(['A1', 'A2']);
    expect(await labels(agendaRow('Stavaza Beschermd wonen'))).toEqual(['B']);
    expect((await agendaTitles()).slice(2, 5)).toEqual([
      'Aanschaf informatieplatform',
      'Stavaza Beschermd wonen',
      'Regionale visie jeugdhulp',
    ]);

    await agendaRow('Stavaza Beschermd wonen').focus();
    await page.keyboard.press('Alt+ArrowUp');
    await expect.poll(() => labels(agendaRow('Stavaza Beschermd wonen'))).toEqual(['A']);
    expect(await labels(agendaRow('Aanschaf informatieplatform'))).toEqual(['B1', 'B2']);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(
      'Punt 3: Stavaza Beschermd wonen',
    );
    // Times follow the order: 09:30 for Stavaza (20 min), then Aanschaf at 09:50.
    expect(await agendaRow('Aanschaf informatieplatform').textContent()).toContain('09:50');
    await shot('25-agenda-opgebouwd');
  });

  it('deletes an item to the trash and restores it', async () => {
    await agendaRow('Regionale visie jeugdhulp').focus();
    await page.keyboard.press('Delete');
    await expect.poll(() => agendaRow('Regionale visie jeugdhulp').count()).toBe(0);
    await page.keyboard.press('Alt+7');
    await page.getByRole('heading', { name: 'Prullenbak', level: 1 }).waitFor();
    const entry = page.getByTestId('trash-row').filter({ hasText: 'Regionale visie jeugdhulp' });
    expect(await entry.textContent()).toContain('agenda 22 december 2026');
    await shot('26-prullenbak');
    await entry.getByRole('button', { name: 'Terugzetten' }).click();
    await page.getByText('De prullenbak is leeg.').waitFor();
    await nav('Vergaderingen');
    await meetingRow('2026-12-22').click();
    await agendaRow('Regionale visie jeugdhulp').getByTestId('late-admitted').waitFor();
    expect((await agendaTitles()).slice(2, 5)).toEqual([
      'Stavaza Beschermd wonen',
      'Aanschaf informatieplatform',
      'Regionale visie jeugdhulp',
    ]);
  });

  it('works with the keyboard alone: add an item with Alt+N, move it with Alt+↑, edit and cancel', async () => {
    await agendaRow('Regionale visie jeugdhulp').focus();
    await page.keyboard.press('Alt+n');
    const dialog = page.getByRole('dialog', { name: 'Agendapunt toevoegen' });
    await dialog.waitFor();
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value)).toBe(
      'informerend',
    );
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await dialog.getByLabel('Onderwerp').waitFor();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('placeholder'))).toBe(
      'bijv. Stavaza Beschermd wonen',
    );
    await page.keyboard.type('Inzet regionale middelen');
    await page.keyboard.press('Tab');
    await page.keyboard.type('De regiegroep stemt in met de voorgestelde verdeling.');
    await page.keyboard.press('Control+Enter');
    await dialog.waitFor({ state: 'detached' });
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label')))
      .toBe('Punt 6: Inzet regionale middelen');
    expect(await agendaRow('Inzet regionale middelen').textContent()).toContain('Besluitvormend');

    await page.keyboard.press('Alt+ArrowUp');
    await expect
      .poll(() => agendaTitles())
      .toEqual([
        'Opening, mededelingen en vaststelling agenda',
        'Vaststelling verslag en afsprakenlijst vorige bijeenkomst',
        'Stavaza Beschermd wonen',
        'Aanschaf informatieplatform',
        'Inzet regionale middelen',
        'Regionale visie jeugdhulp',
        'Rondvraag, sluiting en volgend overleg',
      ]);
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label')))
      .toBe('Punt 5: Inzet regionale middelen');
    // Fixed items stay put: Alt+↑ twice more stops under Stavaza's predecessor, never above item 2.
    await page.keyboard.press('Alt+ArrowUp');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label')))
      .toBe('Punt 4: Inzet regionale middelen');
    await page.keyboard.press('Alt+ArrowUp');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label')))
      .toBe('Punt 3: Inzet regionale middelen');
    await page.keyboard.press('Alt+ArrowUp');
    await page.keyboard.press('ArrowUp');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(
      'Punt 2: Vaststelling verslag en afsprakenlijst vorige bijeenkomst',
    );
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    const edit = page.getByRole('dialog', { name: 'Agendapunt bewerken' });
    await edit.waitFor();
    expect(await edit.getByLabel('Onderwerp').inputValue()).toBe('Inzet regionale middelen');
    await page.keyboard.press('Escape');
    await edit.waitFor({ state: 'detached' });
    // Escape gives the focus back to the row the dialog was opened from.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label')))
      .toBe('Punt 3: Inzet regionale middelen');
    // (polled: the page is aria-hidden until the dialog has finished closing)
    await expect.poll(() => labels(agendaRow('Stavaza Beschermd wonen'))).toEqual(['A']);
    await expect.poll(() => labels(agendaRow('Aanschaf informatieplatform'))).toEqual(['B1', 'B2']);
    await checkDeadlines();
    await shot('27-agenda-toetsenbord');
  });
});

describe('the desk', () => {
  it('"Aandacht" shows the next meetings with the days left', async () => {
    await page.keyboard.press('Alt+1');
    await page.getByRole('heading', { name: 'Aandacht', level: 1 }).waitFor();
    const first = page.getByTestId('upcoming-meeting').first();
    expect(await first.textContent()).toContain('dinsdag 22 december 2026');
    expect(await first.getByTestId('days-to-submission').textContent()).toBe('nog 24 dagen');
    expect(await first.getByTestId('days-to-distribution').textContent()).toBe('nog 24 dagen');
    await shot('28-aandacht');
  });

  it('undoes the last change with Ctrl+Z and marks it in the log', async () => {
    await page.keyboard.press('Alt+8');
    await page.getByRole('heading', { name: 'Logboek', level: 1 }).waitFor();
    await page.locator('body').click({ position: { x: 700, y: 40 } });
    await page.keyboard.press('Control+z');
    await page
      .getByText(/^Ongedaan gemaakt: Agendapunt "Inzet regionale middelen" verplaatst/)
      .first()
      .waitFor();
    const undone = page.locator('[data-testid="audit-row"][data-undone="true"]');
    await expect.poll(() => undone.count()).toBe(1);
    expect(await undone.textContent()).toContain('ongedaan gemaakt');
    await shot('29-logboek');
  });
});
