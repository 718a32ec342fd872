// Opening an item's stored attachments, in browser mode against the demo: in meeting mode each attachment of
// the current item is a button (letter + title) that downloads a copy named 'C2 - Offerteoverzicht.pdf' with
// exactly the stored bytes; s then Enter does the same by keyboard; item 2 hands out the previous minutes as
// Word; a store file that went missing gives the Dutch toast. The agenda's attachment chips open the same way.
// Clock: Tuesday 24 November 2026, 09:30 in the Netherlands (the morning of the meeting).
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Download, Page } from 'playwright-core';
import type { ItemView, MeetingDetail } from '../../shared/api/views';
import { startE2E, type E2E } from './harness';

let e2e: E2E;
let page: Page;
let meeting: MeetingDetail;

beforeAll(async () => {
  e2e = await startE2E({ now: '2026-11-24T08:30:00Z' });
  page = e2e.page;
  await page.getByRole('button', { name: 'Demo laden' }).click();
  await page.getByRole('heading', { name: 'Aandacht', level: 1 }).waitFor();
  meeting = (await e2e.regie.dispatch('meetings.find', { ref: '2026-11-24' })) as MeetingDetail;
});

afterAll(async () => {
  await e2e?.close();
});

const shot = (name: string) => e2e.quietScreenshot(name);

function item(title: string): ItemView {
  const found = meeting.items.find((i) => i.title === title);
  if (!found) throw new Error(`no item ${title}`);
  return found;
}

function storedBytes(sha256: string | null): Buffer {
  return readFileSync(e2e.regie.context.files.pathOf(sha256 as string));
}

async function saved(download: Download, name: string): Promise<Buffer> {
  const file = join(e2e.dataDir, `downloaded-${name}`);
  await download.saveAs(file);
  return readFileSync(file);
}

const currentTitle = () => page.getByTestId('current-title').textContent();
const documentButtons = () => page.getByTestId('current-documents').getByTestId('open-document');

describe('attachments in meeting mode', () => {
  it('shows each attachment of the current item as a button with its letter and title', async () => {
    await page
      .getByRole('navigation')
      .getByRole('button', { name: /^Vergaderingen/ })
      .click();
    await page.locator('tr[data-meeting="2026-11-24"]').click();
    await page.getByRole('button', { name: 'Vergadermodus', exact: true }).click();
    await page.getByTestId('meeting-mode').waitFor();
    await page.keyboard.press('End');
    await page.keyboard.press('k');
    await page.keyboard.press('k');
    expect(await currentTitle()).toBe('Aanschaf informatieplatform');
    const aanschaf = item('Aanschaf informatieplatform');
    expect(aanschaf.attachments.map((a) => a.label)).toEqual(['C1', 'C2']);
    await expect.poll(() => documentButtons().count()).toBe(2);
    await page
      .getByRole('button', { name: 'Stuk C1: Voorstel aanschaf informatieplatform (downloaden)' })
      .waitFor();
    await page.getByRole('button', { name: 'Stuk C2: Offerteoverzicht (downloaden)' }).waitFor();
    expect(await page.getByTestId('current-item').textContent()).toContain(
      'Klik op een stuk (of druk s, dan Enter) om het te downloaden',
    );
    expect(await page.getByTestId('shortcut-legend').textContent()).toContain('sstukken');
    await shot('md1-vergadermodus-stukken');
  });

  it('downloads the clicked attachment as "C2 - Offerteoverzicht.pdf" with the stored bytes', async () => {
    const c2 = item('Aanschaf informatieplatform').attachments[1];
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Stuk C2: Offerteoverzicht (downloaden)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('C2 - Offerteoverzicht.pdf');
    const bytes = await saved(download, 'c2.pdf');
    expect(bytes.equals(storedBytes(c2?.sha256 ?? null))).toBe(true);
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    await page.locator('.fui-Toast').getByText('Gedownload: C2 - Offerteoverzicht.pdf').waitFor();
    // Still the same item: opening a document does not move the meeting on.
    expect(await currentTitle()).toBe('Aanschaf informatieplatform');
  });

  it('reaches the attachments by keyboard: s focuses the first, Enter opens it', async () => {
    await page.keyboard.press('k');
    expect(await currentTitle()).toBe('Stavaza Beschermd wonen');
    await page.keyboard.press('s');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label')))
      .toBe('Stuk B: Stavaza Beschermd wonen (downloaden)');
    await shot('md1b-vergadermodus-stuk-met-focus');
    const b = item('Stavaza Beschermd wonen').attachments[0];
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    expect(download.suggestedFilename()).toBe('B - Stavaza Beschermd wonen.pdf');
    expect((await saved(download, 'b.pdf')).equals(storedBytes(b?.sha256 ?? null))).toBe(true);
    // The meeting's keys still work with the focus on a document.
    await page.keyboard.press('j');
    expect(await currentTitle()).toBe('Aanschaf informatieplatform');
  });

  it('hands out the previous minutes at item 2 as a Word file', async () => {
    await page.keyboard.press('Home');
    await page.keyboard.press('j');
    expect(await currentTitle()).toBe('Vaststelling verslag en afsprakenlijst vorige bijeenkomst');
    const a = item('Vaststelling verslag en afsprakenlijst vorige bijeenkomst').attachments[0];
    expect(a).toMatchObject({ label: 'A', source: 'previous-minutes' });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: /^Stuk A: Verslag en afsprakenlijst/ }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('A - Verslag en afsprakenlijst 27 oktober 2026.docx');
    const bytes = await saved(download, 'a.docx');
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    expect(bytes.includes(Buffer.from('word/document.xml'))).toBe(true);
  });

  it('says so in a Dutch toast when the stored file is missing, and downloads nothing', async () => {
    const c1 = item('Aanschaf informatieplatform').attachments[0];
    rmSync(e2e.regie.context.files.pathOf(c1?.sha256 as string));
    await page.keyboard.press('j');
    await page.keyboard.press('j');
    expect(await currentTitle()).toBe('Aanschaf informatieplatform');
    let downloads = 0;
    const count = () => downloads++;
    page.on('download', count);
    await page.getByRole('button', { name: /^Stuk C1: / }).click();
    await page
      .locator('.fui-Toast')
      .getByText(/^Stuk C1 "Voorstel aanschaf informatieplatform" ontbreekt in de opslag van Regie/)
      .waitFor();
    await page.waitForTimeout(300);
    page.off('download', count);
    expect(downloads).toBe(0);
    await page.waitForTimeout(400); // the toast's fade-in
    await e2e.screenshot('md2-vergadermodus-stuk-ontbreekt');
  });
});

describe('attachments on the agenda', () => {
  it('opens a document from its chip menu and the previous minutes with one click', async () => {
    await page.getByTestId('meeting-mode').getByRole('button', { name: 'Vergadermodus sluiten' }).click();
    await page.getByRole('heading', { name: /Agenda dinsdag 24 november 2026/ }).waitFor();
    await page.getByRole('button', { name: 'Bijlage B: Stavaza Beschermd wonen' }).click();
    await page.getByRole('menuitem', { name: 'Downloaden' }).waitFor();
    await shot('md3-agenda-stuk-menu');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('menuitem', { name: 'Downloaden' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('B - Stavaza Beschermd wonen.pdf');
    const b = item('Stavaza Beschermd wonen').attachments[0];
    expect((await saved(download, 'agenda-b.pdf')).equals(storedBytes(b?.sha256 ?? null))).toBe(true);

    const [minutes] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: /^Bijlage A: Verslag en afsprakenlijst/ }).click(),
    ]);
    expect(minutes.suggestedFilename()).toBe('A - Verslag en afsprakenlijst 27 oktober 2026.docx');
  });
});
