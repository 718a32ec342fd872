// The decision chain in Chromium: the notulist records the regiegroep's advice for `beide`; on the stuurgroep's
// agenda Regie proposes it, the ondersteuner takes it up (choosing its type) with its document; the stuurgroep
// decides it (akkoord) and the regiegroep's follow-up closes by itself; the college of Leudal's decision is
// recorded in the register; the register then shows the chain at a glance, and the dossier its Verloop.
// Screens at 1366×768 and at 1280×720 with 150 % scaling; axe on the register, the dialog and the dossier.
// Clock: Tuesday 20 April 2027, afternoon (the regiegroep met that morning).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { E2E_TARGET, startE2E, type E2E } from './harness';

let e2e: E2E;
let page: Page;

const RG = 'Ambtelijke regiegroep Sociaal Domein';
const SG = 'Stuurgroep Sociaal Domein';
const TITLE = 'Regionale visie jeugdhulp';

async function call<T>(name: string, payload: unknown): Promise<T> {
  return (await e2e.dispatch(name, payload)) as T;
}

beforeAll(async () => {
  e2e = await startE2E({ now: '2027-04-20T12:00:00Z' });
  page = e2e.page;
  const deadlines = {
    submissionDays: 5,
    distributionDays: 5,
    minutesDays: 5,
    unit: 'calendar',
    shiftToWorkingDay: true,
  };
  const rotation = ['Leudal', 'Nederweert', 'Weert'];
  const rg = await call<{ id: string }>('bodies.save', { name: RG, rotation, deadlines, closedDays: [] });
  for (const [name, municipality] of [
    ['A. Hendriks', 'Leudal'],
    ['M. Janssen', 'Nederweert'],
    ['P. Smeets', 'Weert'],
  ])
    await call('people.save', {
      bodyId: rg.id,
      name,
      municipality,
      memberships: [{ role: 'opdrachtgever', municipality }],
    });
  const sg = await call<{ id: string }>('bodies.save', { name: SG, rotation, deadlines, closedDays: [] });
  const april = await call<{ meeting: { id: string } }>('meetings.create', {
    bodyId: rg.id,
    date: '2027-04-20',
    start: '09:30',
  });
  await call('meetings.create', { bodyId: rg.id, date: '2027-05-25', start: '09:30' });
  await call('meetings.create', { bodyId: sg.id, date: '2027-05-06', start: '14:00' });
  const item = await call<{ id: string }>('items.add', {
    meetingId: april.meeting.id,
    kind: 'voorbereidend',
    target: 'beide',
    title: TITLE,
    explanation: 'De visie beschrijft de regionale jeugdhulp tot 2030.',
    proposal: 'De regionale visie jeugdhulp vast te stellen.',
    submittedAt: '2027-04-10T10:00',
  });
  await call('documents.add', {
    itemId: item.id,
    source: {
      kind: 'bytes',
      fileName: 'Visie jeugdhulp.pdf',
      base64: Buffer.from('%PDF-1.4 visie').toString('base64'),
    },
  });
  await page.reload();
  await page.getByRole('heading', { name: 'Aandacht', level: 1 }).waitFor();
});

afterAll(async () => {
  await e2e?.close();
});

const shot = (name: string) => e2e.quietScreenshot(name);
/** Where the harness keeps its screenshots, for a second page's own. */
const shotPath = (name: string) => {
  const dir = process.env.REGIE_SCREENSHOTS ?? join(tmpdir(), 'regie-screens');
  mkdirSync(dir, { recursive: true });
  return join(dir, `${name}.png`);
};

async function nav(section: string) {
  await page
    .getByRole('navigation')
    .getByRole('button', { name: new RegExp(`^${section}`) })
    .click();
}

async function body(name: string) {
  await page.getByTestId('body-switch').filter({ hasText: name }).click();
}

async function openMeeting(date: string) {
  await nav('Vergaderingen');
  await page.locator(`tr[data-meeting="${date}"]`).click();
  await page.getByRole('heading', { level: 1 }).first().waitFor();
}

async function axe(where: string) {
  // Colours are judged once nothing fades in any more (a toast that is still appearing is half transparent).
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
  const result = await new AxeBuilder({ page })
    .setLegacyMode(true)
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const serious = result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    // Fluent's focus-trap sentinels (Tabster's dummy <i> elements) are the library's, not these screens'.
    .map((v) => ({ ...v, nodes: v.nodes.filter((n) => !n.html.includes('data-tabster-dummy')) }))
    .filter((v) => v.nodes.length > 0)
    .map((v) => `${where}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(serious).toEqual([]);
}

const record = (title: string) =>
  page.getByTestId('record-item').filter({ has: page.getByRole('heading', { name: title, level: 2 }) });

describe('the decision chain', () => {
  it('records the regiegroep’s advice for both the stuurgroep and the colleges', async () => {
    await body('regiegroep');
    await openMeeting('2027-04-20');
    await page.getByRole('button', { name: 'Verslag', exact: true }).click();
    const visie = record(TITLE);
    await visie.getByLabel('Advies van de regiegroep').fill('Positief advies: de visie vaststellen.');
    expect(await visie.getByRole('radio', { name: 'Stuurgroep én colleges van B&W' }).isChecked()).toBe(true);
    await visie.getByRole('button', { name: 'Advies vastleggen' }).click();
    await visie.getByRole('img', { name: 'Stuurgroep open' }).waitFor();
    expect(await visie.getByTestId('follow-up').allTextContents()).toEqual([
      'Stuurgroep open',
      'Leudal open',
      'Nederweert open',
      'Weert open',
    ]);
  });

  it('forwards it: the stuurgroep’s next agenda proposes it, taken up with its type and document', async () => {
    await body('Stuurgroep');
    await openMeeting('2027-05-06');
    const proposal = page.getByTestId('proposals');
    await proposal.getByText(TITLE).waitFor();
    expect(await proposal.textContent()).toContain(`advies van de ${RG} van 20 april 2027`);
    await shot('c1-stuurgroep-voorstel-doorsturen');
    await proposal.getByRole('button', { name: `Toevoegen: ${TITLE}` }).click();
    const dialog = page.getByRole('dialog', { name: 'Agendapunt toevoegen' });
    await dialog.getByRole('radio', { name: /^Besluitvormend/ }).check();
    await dialog.getByRole('button', { name: 'Volgende' }).click();
    await dialog.getByRole('textbox', { name: /Onderwerp/ }).waitFor();
    expect(await dialog.getByRole('textbox', { name: /Toelichting/ }).inputValue()).toContain(
      `Advies van de ${RG} (20 april 2027): Positief advies: de visie vaststellen.`,
    );
    expect(await dialog.getByRole('textbox', { name: /Voorgesteld besluit/ }).inputValue()).toBe(
      'De regionale visie jeugdhulp vast te stellen.',
    );
    await shot('c2-stuurgroep-doorsturen-dialoog');
    await dialog.getByRole('button', { name: 'Punt toevoegen' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect
      .poll(async () => (await page.getByTestId('proposals').textContent()) ?? '')
      .not.toContain(TITLE);
    const row = page.locator('tr').filter({ hasText: TITLE });
    expect(await row.textContent()).toContain('Visie jeugdhulp');
    await shot('c3-stuurgroep-agenda-met-advies');
  });

  it('closes the stuurgroep’s follow-up by the decision there', async () => {
    await page.getByRole('button', { name: 'Verslag', exact: true }).click();
    const visie = record(TITLE);
    await visie.getByTestId('forwarded-from').waitFor();
    expect(await visie.getByTestId('forwarded-from').textContent()).toContain(
      `Doorgestuurd advies van de ${RG}`,
    );
    await visie.getByLabel('Genomen besluit').fill('De stuurgroep stelt de visie vast.');
    expect(await visie.getByRole('radio', { name: 'Akkoord', exact: true }).isChecked()).toBe(true);
    await visie.getByRole('button', { name: 'Besluit vastleggen' }).click();
    await visie.getByText(`Werkt het vervolg bij de ${RG} bij`).waitFor();
  });

  it('records one college and shows the chain in the decisions register', async () => {
    await body('regiegroep');
    await nav('Besluitenlijst');
    await page.getByRole('heading', { name: 'Besluitenlijst', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Stuurgroep 6 mei, akkoord' }).waitFor();
    await page.getByRole('button', { name: 'Leudal open' }).click();
    const dialog = page.getByRole('dialog', { name: 'Vervolg bij het college van Leudal' });
    await dialog.getByTestId('follow-up-on').fill('12-05-2027');
    await dialog.getByRole('radio', { name: 'Akkoord', exact: true }).check();
    await dialog.getByRole('textbox', { name: 'Nummer B&W-voorstel' }).fill('DJ-1405544');
    await axe('vervolg-dialoog');
    await shot('c4-vervolg-dialoog');
    await dialog.getByRole('button', { name: 'Opslaan' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Leudal 12 mei, akkoord' }).waitFor();
    const chain = page.getByTestId('follow-up-chain');
    expect(
      await chain.getByRole('button').evaluateAll((b) => b.map((x) => x.getAttribute('aria-label'))),
    ).toEqual(['Stuurgroep 6 mei, akkoord', 'Leudal 12 mei, akkoord', 'Nederweert open', 'Weert open']);
    expect(await page.getByTestId('forwarded-link').textContent()).toBe(
      `Op de agenda van de ${SG} van 6 mei 2027`,
    );
    await axe('besluitenlijst');
    await shot('c5-besluitenlijst-keten');

    // The draft B&W-voorstel for Nederweert, from the register.
    await page.getByTestId('voorstel-menu').click();
    const voorstel = await e2e.saveFile(() =>
      page.getByRole('menuitem', { name: 'Gemeente Nederweert' }).click(),
    );
    expect(voorstel.suggestedName).toBe(`B&W-voorstel Nederweert ${TITLE}.docx`);
  });

  it('shows the dossier: both bodies, the document’s version and the Verloop', async () => {
    await page.getByTestId('open-dossier').first().click();
    await page.getByRole('heading', { name: TITLE, level: 1 }).waitFor();
    expect(await page.getByTestId('verloop').locator('li').allTextContents()).toEqual([
      'eerste versie 20.04; ter bespreking en advisering in de ambtelijke regiegroep Sociaal Domein 20.04',
      'ter bespreking en vaststelling in de stuurgroep Sociaal Domein 06.05',
      'Vastgesteld door de stuurgroep op 06.05',
      'Vastgesteld door het college van Leudal op 12.05.2027',
    ]);
    expect(await page.getByTestId('dossier-item').count()).toBe(2);
    await axe('dossier');
    await shot('c6-dossier');
  });

  // A second page at another scale is a browser-mode thing (reported as skipped with REGIE_E2E_TARGET=electron);
  // the desktop's own screens are photographed by desktop.test.ts.
  it.skipIf(E2E_TARGET === 'electron')('looks right at 1280×720 with 150 % scaling', async () => {
    const big = await e2e.browser.newPage({
      viewport: { width: 1280, height: 720 },
      deviceScaleFactor: 1.5,
      locale: 'nl-NL',
      timezoneId: 'Europe/Amsterdam',
    });
    try {
      await big.goto(e2e.bridge.openUrl);
      await big.getByRole('heading', { name: 'Aandacht', level: 1 }).waitFor();
      await big.getByTestId('body-switch').filter({ hasText: 'regiegroep' }).click();
      await big
        .getByRole('navigation')
        .getByRole('button', { name: /^Besluitenlijst/ })
        .click();
      await big.getByRole('button', { name: 'Leudal 12 mei, akkoord' }).waitFor();
      await big.screenshot({ path: shotPath('c7-besluitenlijst-150') });
      await big.getByTestId('open-dossier').first().click();
      await big.getByTestId('verloop').waitFor();
      await big.screenshot({ path: shotPath('c8-dossier-150') });
      await big.getByTestId('body-switch').filter({ hasText: 'Stuurgroep' }).click();
      await big
        .getByRole('navigation')
        .getByRole('button', { name: /^Vergaderingen/ })
        .click();
      await big.locator('tr[data-meeting="2027-05-06"]').click();
      await big.locator('tr').filter({ hasText: TITLE }).first().waitFor();
      await big.screenshot({ path: shotPath('c9-stuurgroep-agenda-150') });
    } finally {
      await big.close();
    }
  });
});
