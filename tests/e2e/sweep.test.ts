// Every screen and every dialog, at 1366×768 and at 150 % scaling (1280×720 CSS pixels at scale 1.5), in one
// browser and one page: an axe scan (WCAG 2.1 A and AA) that allows no violation of impact serious or critical,
// a check that no element's content runs out of its box (sideways, and text below a box of fixed height), and a screenshot
// of each (REGIE_SCREENSHOTS, or the temp folder's regie-screens/sweep-…).
// Clock: Tuesday 24 November 2026, 09:30 in the Netherlands, on the demo.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { SIZES, startE2E, type E2E } from './harness';

let e2e: E2E;
let page: Page;

beforeAll(async () => {
  e2e = await startE2E({ now: '2026-11-24T08:30:00Z', profile: null });
  page = e2e.page;
  // Fluent's motions (a toast fading in and out, a dialog's entrance) take a millisecond with reduced motion: a
  // scan sees each surface as it stands, never half transparent (seen: a toast's title judged at contrast 1.08:1
  // while it faded).
  await page.emulateMedia({ reducedMotion: 'reduce' });
});

afterAll(async () => {
  await e2e?.close();
});

interface Finding {
  view: string;
  size: string;
  kind: 'axe' | 'overflow';
  text: string;
}

const findings: Finding[] = [];

/**
 * Elements whose content is wider than their box and shows outside it (overflow visible), or that scroll
 * sideways where nothing is meant to. Clipping on purpose (overflow hidden, an ellipsis) is a choice, not a
 * defect; a box that is meant to scroll sideways says so with data-scroll-x.
 */
async function overflowing(p: Page): Promise<string[]> {
  return p.evaluate(() => {
    const out: string[] = [];
    const describe = (el: Element) => {
      const id = el.getAttribute('data-testid') ?? el.getAttribute('aria-label') ?? el.id;
      const cls = (el.getAttribute('class') ?? '')
        .split(/\s+/)
        .filter((c) => c && !/^___|^f[a-z0-9]{5,}$/.test(c));
      const text = (el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 60);
      return `<${el.tagName.toLowerCase()}${id ? ` "${id}"` : ''}${cls.length ? ` .${cls.slice(0, 2).join('.')}` : ''}> «${text}»`;
    };
    for (const el of Array.from(document.querySelectorAll<HTMLElement>('body *'))) {
      // On purpose, and invisible: a menu's dividers reach 5px into its sides (Fluent's MenuDivider, margin
      // 0 -5px); a combobox's arrow stretches its click area over the field's padding (an empty ::after).
      if (
        el.clientWidth === 0 ||
        el.closest('[data-scroll-x], svg') ||
        el.matches('.fui-MenuList, .fui-Combobox__expandIcon')
      )
        continue;
      const style = getComputedStyle(el);
      if (style.display === 'inline' || style.display === 'contents') continue;
      // Text taller than its box (a badge or a bar of one line's height whose text wraps) shows outside it. Only
      // boxes that hold text themselves: a container's content may stick out on purpose (a popup's portal, the
      // page that scrolls as a whole).
      const below = el.scrollHeight - el.clientHeight;
      const holdsText = Array.from(el.childNodes).some(
        (n) => n.nodeType === Node.TEXT_NODE && n.textContent?.trim(),
      );
      // A tooltip's arrow reaches below its box on purpose.
      if (style.overflowY === 'visible' && below > 2 && holdsText && !el.matches('.fui-Tooltip__content'))
        out.push(`${describe(el)} loopt ${below}px te hoog`);
      const excess = el.scrollWidth - el.clientWidth;
      // Fluent's dialog content widens itself by 2px (a negative margin that keeps focus outlines visible).
      if (excess <= 2) continue;
      const x = style.overflowX;
      if (x === 'hidden' || x === 'clip') continue;
      out.push(`${describe(el)} ${x === 'visible' ? 'loopt' : 'schuift'} ${excess}px te breed`);
    }
    return out;
  });
}

/**
 * The pointer out of the way: where a click left it, a screen that changes under it may show a tooltip there (and a
 * tooltip takes the first Escape, before a dialog). The top left corner is the navigation's title, which has none.
 */
async function pointerAside() {
  await page.mouse.move(0, 0);
  await expect.poll(() => page.getByRole('tooltip').count()).toBe(0);
}

async function scan(view: string) {
  await pointerAside();
  for (const { name, size } of SIZES) {
    await e2e.resize(size);
    // Layout settles in a frame or two; Fluent's transitions take up to 200 ms.
    await page.waitForTimeout(300);
    await e2e.screenshot(`sweep-${view}-${name}`);
    for (const text of await overflowing(page)) findings.push({ view, size: name, kind: 'overflow', text });
    // Native date and time fields follow the browser's language (mm/dd/yyyy here); Regie's show dd-mm-jjjj.
    const native = await page
      .locator('input[type="date"], input[type="time"], input[type="datetime-local"]')
      .count();
    if (native)
      findings.push({ view, size: name, kind: 'overflow', text: `${native} native datum- of tijdveld(en)` });
    // Legacy mode runs axe inside this page instead of opening another one (which a page of its own
    // context, as the harness makes, may not do).
    const result = await new AxeBuilder({ page })
      .setLegacyMode(true)
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .analyze();
    for (const v of result.violations) {
      if (v.impact !== 'serious' && v.impact !== 'critical') continue;
      for (const node of v.nodes)
        findings.push({
          view,
          size: name,
          kind: 'axe',
          text: `${v.id} (${v.impact}): ${node.target.join(' ')} — ${node.failureSummary?.split('\n')[1]?.trim() ?? ''}`,
        });
    }
  }
  await e2e.resize(SIZES[0]!.size);
}

async function nav(section: string) {
  await page
    .getByRole('navigation')
    .getByRole('button', { name: new RegExp(`^${section}`) })
    .click();
  await page.getByRole('heading', { level: 1 }).first().waitFor();
}

async function openMeeting(date: string) {
  await nav('Vergaderingen');
  await page.locator(`tr[data-meeting="${date}"]`).click();
  await page.getByTestId('meeting-facts').waitFor();
}

async function closeDialog() {
  await pointerAside();
  await page.keyboard.press('Escape');
  await page.getByRole('dialog').or(page.getByRole('alertdialog')).waitFor({ state: 'detached' });
}

/** A question (an alertdialog) scanned, then answered with the button that changes nothing. */
async function scanQuestion(view: string, keep = 'Annuleren') {
  const question = page.getByRole('alertdialog');
  await question.waitFor();
  await scan(view);
  await question.getByRole('button', { name: keep }).click();
  await question.waitFor({ state: 'detached' });
}

const VIEWS: { name: string; run: () => Promise<void> }[] = [
  {
    name: 'welkom',
    run: async () => {
      // First start asks who works with Regie.
      await page.getByRole('dialog', { name: 'Wie werkt er met Regie?' }).waitFor();
      await scan('wie-werkt-er');
      await page.getByRole('textbox', { name: 'Uw naam' }).fill('L. Peeters');
      await page.keyboard.press('Enter');
      await page.getByRole('dialog').waitFor({ state: 'detached' });
      await page.getByRole('heading', { name: 'Welkom bij Regie' }).waitFor();
      await scan('welkom');
      await page.getByRole('button', { name: 'Demo laden' }).click();
      await page.getByRole('heading', { name: 'Aandacht', level: 1 }).waitFor();
    },
  },
  {
    name: 'aandacht',
    run: async () => {
      await page.getByTestId('upcoming-meeting').first().waitFor();
      await scan('aandacht');
    },
  },
  {
    name: 'vergaderingen',
    run: async () => {
      await nav('Vergaderingen');
      await page.locator('tr[data-meeting="2026-11-24"]').waitFor();
      await scan('vergaderingen');
    },
  },
  {
    name: 'vergadering-plannen',
    run: async () => {
      await page.getByRole('button', { name: 'Vergadering plannen' }).click();
      await page.getByRole('dialog').waitFor();
      await scan('vergadering-plannen');
      // The date field's own calendar (Dutch day and month names), over the dialog.
      await page.getByRole('dialog').getByRole('button', { name: 'Kalender openen' }).first().click();
      const calendar = page.getByRole('dialog', { name: 'Kalender' });
      await calendar.waitFor();
      await scan('kalender');
      await page.keyboard.press('Escape');
      await calendar.waitFor({ state: 'detached' });
      await closeDialog();
    },
  },
  {
    name: 'reeks-plannen',
    run: async () => {
      await page.getByRole('button', { name: 'Reeks plannen' }).click();
      await page.getByRole('dialog').waitFor();
      await scan('reeks-plannen');
      await page
        .getByRole('dialog')
        .getByRole('button', { name: /vergaderingen plannen$/ })
        .click();
      await page.getByTestId('changes').waitFor();
      await scan('reeks-gepland');
    },
  },
  {
    name: 'vergadering-menu-en-vervanging',
    run: async () => {
      await page
        .locator('tr[data-meeting="2026-12-22"]')
        .getByRole('button', { name: /^Acties voor/ })
        .click();
      await page.getByRole('menu').waitFor();
      await scan('vergadering-menu');
      await page.getByRole('menuitem', { name: 'Andere notulist…' }).click();
      await page.getByRole('dialog').waitFor();
      await scan('vervanging');
      await closeDialog();
      await page
        .locator('tr[data-meeting="2026-12-22"]')
        .getByRole('button', { name: /^Acties voor/ })
        .click();
      await page.getByRole('menuitem', { name: 'Annuleren…' }).click();
      await scanQuestion('vergadering-annuleren', 'Niet annuleren');
    },
  },
  {
    name: 'agenda',
    run: async () => {
      await openMeeting('2026-11-24');
      await scan('agenda');
    },
  },
  {
    name: 'agendapunt-dialoog',
    run: async () => {
      await page.getByRole('button', { name: 'Agendapunt toevoegen' }).click();
      await page.getByRole('dialog').waitFor();
      await scan('agendapunt-soort');
      await page
        .getByRole('dialog')
        .getByRole('radio', { name: /Voorbereidend/ })
        .check();
      await page.getByRole('dialog').getByRole('button', { name: 'Volgende' }).click();
      await page
        .getByRole('dialog')
        .getByRole('textbox', { name: /Onderwerp/ })
        .waitFor();
      await scan('agendapunt-velden');
      // A kind was chosen: closing asks first.
      await page.getByRole('dialog').getByRole('button', { name: 'Annuleren' }).click();
      await page.getByTestId('unsaved-question').waitFor();
      await scan('weggooien-vraag');
      await page.getByTestId('unsaved-question').getByRole('button', { name: 'Weggooien' }).click();
      await page.getByRole('dialog').waitFor({ state: 'detached' });
    },
  },
  {
    name: 'stukken',
    run: async () => {
      await page.getByTestId('documents-menu').click();
      await page.getByRole('menu').waitFor();
      await scan('stukken-menu');
      await page.getByTestId('open-distribution').click();
      await page.getByRole('dialog').waitFor();
      await scan('verzendpakket');
      await closeDialog();
      await page.getByTestId('documents-menu').click();
      await page.getByTestId('sent-versions-open').click();
      await page.getByRole('dialog').waitFor();
      await scan('verzonden-versies');
      await closeDialog();
      await page.getByTestId('documents-menu').click();
      await page.getByTestId('mark-sent').click();
      await scanQuestion('verzonden-markeren');
    },
  },
  {
    name: 'bijlage-naam',
    run: async () => {
      await page
        .getByRole('button', { name: /^Bijlage B: / })
        .first()
        .click();
      await page.getByRole('menuitem', { name: 'Naam wijzigen…' }).click();
      await page.getByRole('dialog').waitFor();
      await scan('bijlage-naam');
      await closeDialog();
    },
  },
  {
    name: 'vergadermodus',
    run: async () => {
      await page.getByRole('button', { name: 'Vergadermodus', exact: true }).click();
      await page.getByTestId('meeting-mode').waitFor();
      // Item 3 has planned minutes: its clock shows a progress bar.
      await page.keyboard.press('j');
      await page.keyboard.press('j');
      await page.getByRole('progressbar').waitFor();
      await scan('vergadermodus');
      await page.keyboard.press('F5');
      await page.getByTestId('projector').waitFor();
      await scan('projector');
      await page.keyboard.press('Escape');
      await page.getByTestId('projector').waitFor({ state: 'detached' });
    },
  },
  {
    name: 'verslag',
    run: async () => {
      await page.getByRole('button', { name: 'Verslag vastleggen' }).click();
      await page.getByTestId('minutes-flow').waitFor();
      await scan('verslag');
      await page.getByTestId('send-minutes').click();
      await page.getByRole('alertdialog').waitFor();
      await scan('verslag-versturen');
      await closeDialog();
    },
  },
  {
    name: 'acties',
    run: async () => {
      await nav('Acties');
      await page.getByTestId('action-list-row').first().waitFor();
      await scan('acties');
      await page.getByTestId('action-list-row').first().press('Enter');
      await page.getByRole('dialog').waitFor();
      await scan('actie');
      await closeDialog();
    },
  },
  {
    name: 'besluitenlijst',
    run: async () => {
      // An advice to the stuurgroep and the colleges, each destination still open (the demo has none yet).
      const meeting = (await e2e.regie.dispatch('meetings.find', { ref: '2026-11-24' })) as {
        items: { id: string; kind: string }[];
      };
      const preparing = meeting.items.find((i) => i.kind === 'voorbereidend');
      await e2e.regie.dispatch('decisions.add', {
        itemId: preparing?.id ?? '',
        text: 'De regiegroep adviseert de visie vast te stellen.',
        destination: 'beide',
      });
      await nav('Besluitenlijst');
      await page.getByTestId('follow-up-chain').first().waitFor();
      await scan('besluitenlijst');
      await page.getByRole('button', { name: 'Leudal open' }).first().click();
      const dialog = page.getByRole('dialog', { name: 'Vervolg bij het college van Leudal' });
      await dialog.waitFor();
      // An open follow-up starts as decided: the date, the outcome and the proposal's numbers are there.
      await dialog.getByTestId('follow-up-on').waitFor();
      await scan('vervolg');
      // Another choice, then Annuleren: the question comes before the input goes.
      await dialog.getByRole('radio', { name: 'Geagendeerd' }).check();
      await dialog.getByRole('button', { name: 'Annuleren' }).click();
      await page.getByTestId('unsaved-question').waitFor();
      await page.getByTestId('unsaved-question').getByRole('button', { name: 'Weggooien' }).click();
      await dialog.waitFor({ state: 'detached' });
      await page.getByTestId('voorstel-menu').first().click();
      await page.getByRole('menu').waitFor();
      await scan('voorstel-menu');
      await page.keyboard.press('Escape');
      await page.getByRole('menu').waitFor({ state: 'detached' });
      await page.getByTestId('open-dossier').first().click();
      await page.getByTestId('verloop').waitFor();
      await scan('dossier');
    },
  },
  {
    name: 'zoeken',
    run: async () => {
      await nav('Zoeken');
      await page.getByRole('searchbox', { name: 'Zoeken' }).fill('informatieplatform');
      await page.getByTestId('search-result').first().waitFor();
      await scan('zoeken');
    },
  },
  {
    name: 'instellingen',
    run: async () => {
      await nav('Instellingen');
      await page.locator('#people').waitFor();
      await scan('instellingen');
      await page.locator('#people').getByRole('button', { name: 'Persoon toevoegen' }).click();
      await page.getByRole('dialog').waitFor();
      await scan('persoon');
      await closeDialog();
      await page
        .locator('#people')
        .getByRole('button', { name: / uit dit overleg verwijderen$/ })
        .first()
        .click();
      await scanQuestion('persoon-verwijderen');
    },
  },
  {
    name: 'prullenbak-logboek',
    run: async () => {
      await nav('Prullenbak');
      await scan('prullenbak');
      await nav('Logboek');
      await page.getByRole('table').first().waitFor();
      await scan('logboek');
    },
  },
  {
    name: 'gegevens',
    run: async () => {
      await nav('Gegevens');
      await scan('gegevens');
      await page.getByTestId('backup-create').click();
      await page.getByTestId('backup-made').waitFor();
      await scan('back-up-gemaakt');
      await page
        .getByTestId('backup-row')
        .first()
        .getByRole('button', { name: /Terugzetten/ })
        .click();
      await scanQuestion('back-up-terugzetten');
    },
  },
  {
    name: 'vergaderpakket',
    run: async () => {
      await openMeeting('2026-11-24');
      const saved = await e2e.saveFile(async () => {
        await page.getByTestId('documents-menu').click();
        await page.getByTestId('export-regie').click();
      });
      await page.getByTestId('export-result').waitFor();
      await scan('vergaderpakket-gemaakt');
      await closeDialog();
      await nav('Gegevens');
      await e2e.chooseFiles(
        () => page.getByTestId('data-import-regie').click(),
        [{ name: 'vergadering.regie', buffer: readFileSync(saved.path) }],
      );
      await page.getByTestId('package-unchanged').waitFor();
      await scan('vergaderpakket-openen');
      await closeDialog();
    },
  },
  {
    name: 'handleiding',
    run: async () => {
      await nav('Handleiding');
      await page.getByTestId('user-guide').waitFor();
      await scan('handleiding');
      await page.getByTestId('about-open').click();
      await page.getByRole('dialog').waitFor();
      await scan('over-regie');
      await closeDialog();
    },
  },
  {
    name: 'nieuw-overleg',
    run: async () => {
      await page.getByRole('navigation').getByRole('button', { name: 'Nieuw overleg' }).click();
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      await scan('nieuw-overleg');
      await page.getByRole('textbox', { name: /Naam van het overleg/ }).fill('Stuurgroep Sociaal Domein');
      await page.getByRole('textbox', { name: 'Nieuwe gemeente' }).fill('Leudal');
      await page.keyboard.press('Enter');
      await page.getByRole('button', { name: 'Overleg aanmaken' }).click();
      await page.getByRole('button', { name: 'Instellingen opslaan' }).waitFor();
      await scan('overleg-aangemaakt');
    },
  },
];

describe('every screen and dialog at 1366×768 and at 150 %', () => {
  for (const view of VIEWS)
    it(view.name, async () => {
      // A view that failed half-way leaves no dialog or menu behind for the next (not before the first: the
      // first start's own question is what it scans).
      if (view === VIEWS[0]) return view.run();
      if (await page.getByTestId('unsaved-question').count())
        await page.getByTestId('unsaved-question').getByRole('button', { name: 'Weggooien' }).click();
      for (
        let i = 0;
        i < 3 && (await page.locator('[role="dialog"], [role="alertdialog"], [role="menu"]').count());
        i++
      )
        await page.keyboard.press('Escape');
      await view.run();
    });

  it('has no serious or critical axe violation and nothing that runs out of its box', () => {
    const lines = findings.map((f) => `${f.view} @ ${f.size} [${f.kind}] ${f.text}`);
    expect(lines).toEqual([]);
  });
});
