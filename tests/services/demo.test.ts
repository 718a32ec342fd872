// The demo (what browser mode loads on an empty start): a year of regiegroep meetings around "today" with the
// seed's example agenda on the next meeting. Replaces a smoke test that only printed what it saw.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestRegie, type TestRegie } from '../helpers/regie';

let r: TestRegie;
let bodyId: string;
beforeAll(async () => {
  r = await openTestRegie('2026-11-23T09:00:00Z');
  ({ bodyId } = await r.api['demo.load']({}));
});
afterAll(async () => r.cleanup());

describe('the demo', () => {
  it('plans meetings around today: held ones with their minutes sent, the coming ones still open', async () => {
    const meetings = await r.api['meetings.list']({ bodyId });
    const past = meetings.filter((m) => m.date < '2026-11-23');
    const coming = meetings.filter((m) => m.date >= '2026-11-23');
    expect(past.length).toBeGreaterThan(0);
    expect(coming.length).toBeGreaterThan(0);
    expect(past.every((m) => m.status === 'held' && m.minutesStatus === 'sent')).toBe(true);
    expect(coming.every((m) => m.status === 'planned' && m.minutesStatus === 'draft')).toBe(true);
  });

  it('rotates host and chair, and the notulist is the previous chair', async () => {
    const meetings = await r.api['meetings.list']({ bodyId });
    for (const [i, m] of meetings.entries()) {
      const previous = meetings[i - 1];
      if (previous) {
        expect(m.host?.name, m.date).not.toBe(previous.host?.name);
        expect(m.notulist.name, m.date).toBe(previous.chair.name);
      }
    }
    const next = meetings.find((m) => m.date === '2026-11-24');
    expect(next).toMatchObject({ host: { name: 'Weert' }, chair: { name: 'P. Smeets' } });
    // D − 5 for submission and distribution; D + 5 is Sunday 29 November, so the minutes move on to Monday.
    expect(next?.deadlines).toEqual({
      submission: '2026-11-19',
      distribution: '2026-11-19',
      minutes: '2026-11-30',
    });
  });

  it("puts the seed's example agenda on the next meeting: lettered attachments and a late item to decide on", async () => {
    const next = (await r.api['meetings.list']({ bodyId })).find((m) => m.date === '2026-11-24');
    const detail = await r.api['meetings.get']({ id: next?.id ?? '' });
    expect(
      detail.items.map((i) => [i.number, i.kind, i.title, i.attachments.map((a) => a.label).join(',')]),
    ).toEqual([
      [1, 'vast', 'Opening, mededelingen en vaststelling agenda', ''],
      [2, 'vast', 'Vaststelling verslag en afsprakenlijst vorige bijeenkomst', 'A'],
      [3, 'informerend', 'Stavaza Beschermd wonen', 'B'],
      [4, 'besluitvormend', 'Aanschaf informatieplatform', 'C1,C2'],
      [5, 'voorbereidend', 'Regionale visie jeugdhulp', ''],
      [6, 'vast', 'Rondvraag, sluiting en volgend overleg', ''],
    ]);
    const late = detail.items[4];
    expect([late?.late, late?.lateDecision, late?.missing]).toEqual([true, 'pending', ['document']]);
    const warnings = (await r.api['attention.get']({ bodyId })).warnings.map((w) => w.message);
    expect(warnings).toContain(
      'Punt 5 "Regionale visie jeugdhulp" (24 november 2026) is na de deadline ingebracht: toelaten of verplaatsen?',
    );
  });

  it('loading it again changes nothing', async () => {
    const before = await r.api['meetings.list']({ bodyId });
    expect(await r.api['demo.load']({})).toEqual({ bodyId });
    expect(await r.api['meetings.list']({ bodyId })).toEqual(before);
  });
});
