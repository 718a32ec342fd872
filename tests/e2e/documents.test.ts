// Documents and data, in one browser: export the agenda as Word (read back with mammoth), record it as sent,
// change an item and see "Gewijzigd na verzending", export the "Gewijzigde agenda", make the distribution
// package (progress, then the files with their letters), make a backup and run the check, export a .regie
// meeting package and open it again (nothing to change), then a package from a second laptop with a
// conflict that is resolved in the preview; the user guide and "Over Regie".
// Clock: Monday 15 March 2027, 10:00 in the Netherlands; the plan of tests/fixtures/plan.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import mammoth from 'mammoth';
import type { Page } from 'playwright-core';
import { openRegie, type Regie } from '../../electron/services/index';
import type { ItemView, MeetingDetail } from '../../shared/api/views';
import { PLAN_PATH } from '../fixtures/sync/laptops';
import { startE2E, type E2E } from './harness';

let e2e: E2E;
let page: Page;
let meetingId: string;
let laptopB: Regie | null = null;
const scratch = mkdtempSync(join(tmpdir(), 'regie-e2e-docs-'));
const DATE = '2027-04-01';
const ITEM = 'Stavaza Beschermd wonen';

beforeAll(async () => {
  e2e = await startE2E({ now: '2027-03-15T09:00:00Z' });
  page = e2e.page;
  page.setDefaultTimeout(10_000);
  await e2e.regie.dispatch('plan.import', {
    plan: JSON.parse(readFileSync(PLAN_PATH, 'utf8')),
    baseDir: dirname(PLAN_PATH),
  });
  meetingId = ((await e2e.regie.dispatch('meetings.find', { ref: DATE })) as { id: string }).id;
  await page.reload();
});

let broken = false;
beforeEach((ctx) => {
  if (broken) ctx.skip();
});
afterEach(async (ctx) => {
  if (ctx.task.result?.state === 'fail') {
    broken = true;
    await shot('fout-documenten');
  }
});

afterAll(async () => {
  await e2e?.close();
  await laptopB?.close();
  rmSync(scratch, { recursive: true, force: true });
});

async function shot(name: string) {
  await page.waitForTimeout(400);
  await e2e.screenshot(name);
}

async function nav(section: string) {
  await page
    .getByRole('navigation')
    .getByRole('button', { name: new RegExp(`^${section}`) })
    .first()
    .click();
}

async function openAgenda() {
  await nav('Vergaderingen');
  await page.locator(`tr[data-meeting="${DATE}"] td`).first().click();
  await page.getByTestId('documents-menu').waitFor();
}

async function menu(testId: string) {
  await page.getByTestId('documents-menu').click();
  await page.getByTestId(testId).click();
}

async function docxText(path: string): Promise<string> {
  return (await mammoth.extractRawText({ path })).value;
}

async function item(title: string, regie: Regie = e2e.regie): Promise<ItemView> {
  const detail = (await regie.dispatch('meetings.get', { id: meetingId })) as MeetingDetail;
  const found = detail.items.find((i) => i.title.startsWith(title));
  if (!found) throw new Error(`geen punt ${title}`);
  return found;
}

async function closeDialog(testId: string) {
  await page.getByTestId(testId).getByRole('button', { name: 'Sluiten' }).last().click();
  await page.getByTestId(testId).waitFor({ state: 'detached' });
}

describe('the agenda as a document', () => {
  it('exports the agenda as Word; the file has the title and the items', async () => {
    await openAgenda();
    await page.getByTestId('documents-menu').click();
    await page.getByTestId('export-agenda').waitFor();
    await shot('documenten-menu');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('export-agenda').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^Agenda .*2027-04-01\.docx$/);
    const file = join(scratch, 'agenda.docx');
    await download.saveAs(file);
    const text = await docxText(file);
    expect(text).toMatch(/Agenda/);
    expect(text).toContain('Ambtelijke regiegroep');
    expect(text).toContain(ITEM);
    expect(text).not.toContain('Gewijzigde agenda');
    await page
      .getByTestId('export-result')
      .getByText(/^Agenda .*\.docx$/)
      .waitFor();
    await shot('agenda-gedownload');
    await closeDialog('export-result');
  });

  it('records the agenda as sent, and flags a change made afterwards', async () => {
    await menu('mark-sent');
    await page
      .getByRole('alertdialog')
      .getByText(/versie 1/)
      .waitFor();
    await shot('agenda-verstuurd-bevestigen');
    await page.getByRole('button', { name: 'Vastleggen als verstuurd' }).click();
    await page.getByTestId('agenda-sent').waitFor();
    expect(await page.getByTestId('agenda-sent').textContent()).toMatch(
      /Agenda verstuurd op 15 mrt. 2027 10:00 door e2e/,
    );
    await shot('agenda-verstuurd');

    const stavaza = await item(ITEM);
    await e2e.regie.dispatch('items.update', { id: stavaza.id, title: `${ITEM} en opvang` });
    await page.reload();
    await openAgenda();
    await page
      .getByTestId('agenda-changed-since-sent')
      .getByText('Gewijzigd na verzending', { exact: true })
      .waitFor();
    await shot('agenda-gewijzigd-na-verzending');
  });

  it('exports again as a "Gewijzigde agenda"', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), menu('export-agenda')]);
    expect(download.suggestedFilename()).toMatch(/^Gewijzigde agenda .*\.docx$/);
    const file = join(scratch, 'gewijzigd.docx');
    await download.saveAs(file);
    const text = await docxText(file);
    expect(text).toContain('Gewijzigde agenda');
    expect(text).toContain(`${ITEM} en opvang`);
    await page.getByTestId('export-revision').waitFor();
    await shot('gewijzigde-agenda-gedownload');
    await closeDialog('export-result');
  });

  it('lists the sent version and makes the distribution package with progress, then lists the files', async () => {
    await menu('sent-versions-open');
    await page.getByTestId('sent-versions').getByText('Versie 1').waitFor();
    await shot('verstuurde-versies');
    await closeDialog('sent-versions');

    await menu('open-distribution');
    await page.getByTestId('package-make').waitFor();
    // Record whether the progress bar was ever shown (copying may be quick).
    await page.evaluate(() => {
      const w = window as unknown as { sawProgress?: boolean };
      w.sawProgress = false;
      new MutationObserver(() => {
        if (document.querySelector('[data-testid="package-progress"]')) w.sawProgress = true;
      }).observe(document.body, { childList: true, subtree: true });
    });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('package-make').click(),
    ]);
    await page.getByTestId('package-done').waitFor();
    expect(await page.evaluate(() => (window as unknown as { sawProgress?: boolean }).sawProgress)).toBe(
      true,
    );
    expect(download.suggestedFilename()).toMatch(/\.zip$/);
    const files = await page.getByTestId('package-files').locator('li').allTextContents();
    expect(files.some((f) => /^B - /.test(f))).toBe(true);
    expect(files.some((f) => /Gewijzigde agenda|Agenda/.test(f))).toBe(true);
    await shot('verzendpakket-klaar');
    await closeDialog('distribution-package');
  });
});

describe('data: backups and the check', () => {
  it('makes a backup and shows it in the list; the check finds nothing wrong', async () => {
    await nav('Gegevens');
    await page.getByTestId('backup-create').click();
    await page.getByTestId('backup-row').first().waitFor();
    expect(await page.getByTestId('backup-row').filter({ hasText: 'Handmatig' }).count()).toBeGreaterThan(0);
    await page.getByTestId('check-run').click();
    await page.getByTestId('check-report').getByText('Alles in orde').waitFor();
    await shot('gegevens');
    await page
      .getByTestId('backup-row')
      .first()
      .getByRole('button', { name: /Terugzetten/ })
      .click();
    await page
      .getByRole('alertdialog')
      .getByText(/eerst een back-up/)
      .waitFor();
    await shot('back-up-terugzetten-bevestigen');
    await page.getByRole('alertdialog').getByRole('button', { name: 'Annuleren' }).click();
  });

  it('says where a backup went and, in browser mode, offers it as a download', async () => {
    await page.getByRole('alertdialog').waitFor({ state: 'detached' });
    await page.getByTestId('backup-create').click();
    const bar = page.getByTestId('backup-made');
    await bar.waitFor();
    const where = (await bar.getByTestId('backup-path').textContent()) ?? '';
    expect(where.startsWith(join(e2e.dataDir, 'backups'))).toBe(true);
    expect(statSync(join(where, 'regie.sqlite')).isFile()).toBe(true);
    await shot('back-up-gemaakt');
    const download = page.waitForEvent('download');
    await bar.getByTestId('backup-download').click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^Regie back-up \d{4}-\d{2}-\d{2} .*\.zip$/);
    const saved = await file.path();
    expect(readFileSync(saved).subarray(0, 2).toString()).toBe('PK');
  });
});

describe('meeting packages (.regie)', () => {
  let exported: string;

  it('exports the meeting package and opens it again: nothing to change', async () => {
    await openAgenda();
    const [download] = await Promise.all([page.waitForEvent('download'), menu('export-regie')]);
    expect(download.suggestedFilename()).toMatch(/\.regie$/);
    exported = join(scratch, 'april.regie');
    await download.saveAs(exported);
    expect(statSync(exported).size).toBeGreaterThan(1000);
    await page
      .getByTestId('export-result')
      .getByText(/\.regie$/)
      .waitFor();
    await shot('vergaderpakket-gemaakt');
    await closeDialog('export-result');

    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), menu('import-regie')]);
    await chooser.setFiles(exported);
    await page.getByTestId('package-unchanged').waitFor();
    await shot('vergaderpakket-niets-nieuws');
    await closeDialog('package-import');
  });

  it('opens a package from the chair with a conflict; the user picks per field and the import can be undone', async () => {
    // The chair's laptop takes the package, renames the item; meanwhile the ondersteuner renames it too.
    const bDir = join(scratch, 'laptop-b');
    laptopB = await openRegie({
      dataDir: bDir,
      user: 'voorzitter',
      now: () => new Date('2027-03-16T09:00:00Z'),
    });
    await laptopB.dispatch('package.import', { path: exported });
    const onB = await item(ITEM, laptopB);
    await laptopB.dispatch('items.update', { id: onB.id, title: 'Stavaza Beschermd wonen (voorzitter)' });
    const back = join(scratch, 'terug.regie');
    await laptopB.dispatch('package.export', { meetingId, outPath: back });
    const here = await item(ITEM);
    await e2e.regie.dispatch('items.update', {
      id: here.id,
      title: 'Stavaza Beschermd wonen (ondersteuner)',
    });

    await nav('Gegevens');
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.getByTestId('data-import-regie').click(),
    ]);
    await chooser.setFiles(back);
    const conflict = page.getByTestId('conflict').filter({ hasText: 'Stavaza Beschermd wonen (voorzitter)' });
    await conflict.waitFor();
    await conflict.getByTestId('conflict-ours').getByText('Stavaza Beschermd wonen (ondersteuner)').waitFor();
    expect(await page.getByTestId('package-import-run').isDisabled()).toBe(true);
    await shot('vergaderpakket-conflict');
    await conflict.getByTestId('conflict-theirs').click();
    await page.waitForTimeout(200);
    await shot('vergaderpakket-conflict-gekozen');
    expect(await page.getByTestId('package-import-run').isDisabled()).toBe(false);
    await page.getByTestId('package-import-run').click();
    await page.getByTestId('package-import').waitFor({ state: 'detached' });
    expect((await item(ITEM)).title).toBe('Stavaza Beschermd wonen (voorzitter)');

    // undo.last undoes the import.
    await page.getByRole('button', { name: /^Ongedaan maken/ }).click();
    await expect.poll(async () => (await item(ITEM)).title).toBe('Stavaza Beschermd wonen (ondersteuner)');
  });

  it('says beforehand what the import settles by itself, and refuses a package that cannot go in', async () => {
    const b = laptopB as Regie;
    // Both laptops add an action to the same item: both get the next number.
    await b.dispatch('actions.add', {
      itemId: (await item(ITEM, b)).id,
      what: 'Cijfers opvragen',
      whoName: 'L. Peeters',
    });
    await e2e.regie.dispatch('actions.add', {
      itemId: (await item(ITEM)).id,
      what: 'Planning maken',
      whoName: 'L. Peeters',
    });
    const withAction = join(scratch, 'actie.regie');
    await b.dispatch('package.export', { meetingId, outPath: withAction });
    await nav('Gegevens');
    const open = async (path: string) => {
      const [chooser] = await Promise.all([
        page.waitForEvent('filechooser'),
        page.getByTestId('data-import-regie').click(),
      ]);
      await chooser.setFiles(path);
    };
    await open(withAction);
    const notes = page.getByTestId('package-notes');
    await notes.getByText(/Actie "Cijfers opvragen" heeft nummer \d+ gekregen/).waitFor();
    await page.getByRole('button', { name: 'Overal "Hier"' }).click();
    await shot('vergaderpakket-regelt-zelf');
    await page.getByTestId('package-import-run').click();
    await page.getByTestId('package-import').waitFor({ state: 'detached' });

    // Each laptop plans a different meeting on the same day: that package cannot go in, and the dialog says so.
    const bodyId = ((await e2e.regie.dispatch('bodies.list', {})) as { id: string }[])[0]!.id;
    await e2e.regie.dispatch('meetings.create', { bodyId, date: '2027-09-02', start: '09:30' });
    await b.dispatch('meetings.create', { bodyId, date: '2027-09-02', start: '13:30' });
    const clash = join(scratch, 'september.regie');
    await b.dispatch('package.export', { meetingId, outPath: clash });
    await open(clash);
    await page
      .getByTestId('package-problem')
      .getByText(/dezelfde datum/)
      .waitFor();
    expect(await page.getByTestId('package-import-run').isDisabled()).toBe(true);
    await shot('vergaderpakket-kan-niet');
    await page.getByTestId('package-import').getByRole('button', { name: 'Annuleren' }).click();
    await page.getByTestId('package-import').waitFor({ state: 'detached' });
  });
});

describe('help', () => {
  it('shows the user guide and "Over Regie"', async () => {
    await nav('Handleiding');
    await page
      .getByTestId('user-guide')
      .getByRole('heading', { name: /Voor de ondersteuner/ })
      .waitFor();
    expect(await page.getByTestId('user-guide').innerHTML()).not.toContain('**');
    await shot('handleiding');
    await page.getByTestId('about-open').click();
    await page.getByTestId('about-data-dir').getByText(e2e.dataDir).waitFor();
    await shot('over-regie');
    await closeDialog('about');
  });
});
