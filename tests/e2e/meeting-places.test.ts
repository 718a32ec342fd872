// Meeting places (issue 15, "where we meet"): the ondersteuner sets each municipality's meeting place in
// Instellingen; a meeting without its own location shows the host's place on the agenda screen. Screenshots at
// 1366×768 and at 150 % (1280×720 CSS pixels, deviceScaleFactor 1.5).
// Clock: Monday 23 November 2026; the demo's next meeting is Tuesday 24 November 2026.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { E2E_TARGET, startE2E, type E2E } from './harness';

let e2e: E2E;
let page: Page;

beforeAll(async () => {
  e2e = await startE2E({ now: '2026-11-23T08:00:00Z' });
  page = e2e.page;
  await page.getByRole('button', { name: 'Demo laden' }).click();
  await page.getByRole('heading', { name: 'Aandacht', level: 1 }).waitFor();
});

afterAll(async () => {
  await e2e?.close();
});

async function nav(section: string, p: Page = page) {
  await p
    .getByRole('navigation')
    .getByRole('button', { name: new RegExp(`^${section}`) })
    .click();
}

describe('meeting places', () => {
  it('sets the meeting place of a municipality in Instellingen', async () => {
    await nav('Instellingen');
    const weert = page.getByTestId('place-Weert');
    await weert.scrollIntoViewIfNeeded();
    const save = weert.getByRole('button', { name: 'Vergaderplaats van Weert opslaan' });
    expect(await save.isDisabled()).toBe(true);
    await weert.getByRole('textbox', { name: 'Vergaderplaats Weert' }).fill('Stadhuis Weert');
    await weert.getByRole('textbox', { name: 'Adres Weert' }).fill('Wilhelminasingel 101, 6001 GS Weert');
    await save.click();
    await page.getByText('De vergaderplaats van Weert is opgeslagen.').first().waitFor();
    await expect.poll(() => save.isDisabled()).toBe(true);
    const bodies = (await e2e.dispatch('bodies.list', {})) as {
      meetingPlaces: { municipality: string; name: string; address: string }[];
    }[];
    expect(bodies[0]?.meetingPlaces.find((p) => p.municipality === 'Weert')).toMatchObject({
      name: 'Stadhuis Weert',
      address: 'Wilhelminasingel 101, 6001 GS Weert',
    });
    await weert.scrollIntoViewIfNeeded();
    await e2e.quietScreenshot('instellingen-vergaderplaatsen');

    // An address without a name is refused, in Dutch, and changes nothing.
    const leudal = page.getByTestId('place-Leudal');
    await leudal.getByRole('textbox', { name: 'Adres Leudal' }).fill('Markt 1, Heythuysen');
    await leudal.getByRole('button', { name: 'Vergaderplaats van Leudal opslaan' }).click();
    await leudal.getByText('Geef ook de naam van de vergaderplaats van Leudal op.').waitFor();
    await e2e.quietScreenshot('instellingen-vergaderplaats-fout');
  });

  it("shows the host's place on the agenda of a meeting without a location of its own", async () => {
    const bodyId = ((await e2e.dispatch('bodies.list', {})) as { id: string }[])[0]!.id;
    const meetings = (await e2e.dispatch('meetings.list', { bodyId })) as {
      id: string;
      date: string;
      host: { name: string } | null;
    }[];
    const weertMeeting = meetings.find((m) => m.host?.name === 'Weert' && m.date >= '2026-11-23')!;
    await e2e.dispatch('meetings.update', { id: weertMeeting.id, location: '' });
    await page.reload();
    await nav('Vergaderingen');
    await page.locator(`tr[data-meeting="${weertMeeting.date}"] td`).first().click();
    const facts = page.getByTestId('meeting-facts');
    await facts
      .getByText('Stadhuis Weert, Wilhelminasingel 101, 6001 GS Weert (vergaderplaats van de gastgemeente)')
      .waitFor();
    await e2e.quietScreenshot('agenda-vergaderplaats-gastgemeente');
  });

  // A second page at another scale is a browser-mode thing (reported as skipped with REGIE_E2E_TARGET=electron);
  // the desktop's own screens are photographed by desktop.test.ts.
  it.skipIf(E2E_TARGET === 'electron')(
    'reads well at 150 % scaling (1280×720 at deviceScaleFactor 1.5)',
    async () => {
      const scaled = await e2e.browser.newPage({
        viewport: { width: 1280, height: 720 },
        deviceScaleFactor: 1.5,
        locale: 'nl-NL',
        timezoneId: 'Europe/Amsterdam',
      });
      try {
        await scaled.goto(e2e.bridge.openUrl);
        await scaled.getByRole('heading', { name: 'Aandacht', level: 1 }).waitFor();
        await nav('Instellingen', scaled);
        const weert = scaled.getByTestId('place-Weert');
        await weert.scrollIntoViewIfNeeded();
        // Nothing in a row runs out of it.
        const overflow = await weert.evaluate((row) =>
          [...row.querySelectorAll<HTMLElement>('input, button, label')].some(
            (el) => el.scrollWidth > el.clientWidth + 1,
          ),
        );
        expect(overflow).toBe(false);
        await scaled.waitForTimeout(300);
        await scaled.screenshot({
          path: `${process.env.REGIE_SCREENSHOTS ?? '/tmp/regie-screens'}/instellingen-vergaderplaatsen-150.png`,
        });
      } finally {
        await scaled.close();
      }
    },
  );
});
