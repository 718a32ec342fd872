// The bad-input run of issue 12's closing note (scripts/bad-inputs.ts, `npm run bad-inputs`) kept from rotting: a
// few of its inputs, one through each door, must still be refused in Dutch with the data unchanged, and the run's
// judge must still catch an accepted input, English, and changed data. The browser-mode case needs `npm run build`.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BAD_INPUTS, prepare, type BadInput } from '../../scripts/bad-inputs/cases';
import { openHarness, type Harness } from '../../scripts/bad-inputs/harness';
import { judge, markdownTable, type Outcome } from '../../scripts/bad-inputs/run';

let h: Harness;
beforeAll(async () => {
  h = await openHarness();
  await prepare(h);
});
afterAll(() => h.cleanup());

const SUBSET = [
  'a symbolic link in the folder that points out of it',
  'a plan saved as Windows-1252 ("Café")',
  'meeting list --jsno (a typo)',
  'export minutes --out onto regie.sqlite-wal',
  'forged row, checksum recomputed: meetings.date = "2027-13-45"',
  'regie restore while browser mode holds the data folder',
  'people.save without a role',
  'undo.last over a later change of the same person (in another body)',
  'a malformed %-escape in the call name',
];

describe('the bad-input run', () => {
  it('has at least 40 inputs, and its subset is refused in Dutch with the data unchanged', async () => {
    expect(BAD_INPUTS.length).toBeGreaterThanOrEqual(40);
    // In the run's order: the CLI's writes before the API takes the data folder.
    const chosen = BAD_INPUTS.filter((b) => SUBSET.includes(b.input));
    expect(chosen.map((b) => b.input).sort()).toEqual([...SUBSET].sort());
    const outcomes: Outcome[] = [];
    for (const input of chosen) outcomes.push(await judge(h, input));
    expect(
      outcomes.filter((o) => !o.ok),
      markdownTable(outcomes),
    ).toEqual([]);
    const byInput = new Map(outcomes.map((o) => [o.input, o.message]));
    expect(byInput.get('a plan saved as Windows-1252 ("Café")')).toContain('is geen UTF-8');
    expect(byInput.get('undo.last over a later change of the same person (in another body)')).toContain(
      'Ongedaan maken zou die wijziging overschrijven',
    );
  });

  it('fails an input that is accepted, a message in English, and a change to the data', async () => {
    const api = await h.api();
    const body = (await api['bodies.list']({}))[0]!;
    const accepted: BadInput = {
      door: 'API',
      input: 'a good person (a control)',
      run: () =>
        api['people.save']({ bodyId: body.id, name: 'N. Nieuw', memberships: [{ role: 'lid' }] }).then(
          () => null,
        ),
    };
    const english: BadInput = {
      door: 'API',
      input: 'English',
      run: async () => 'Invalid input: expected string',
    };
    const changed: BadInput = {
      door: 'API',
      input: 'refused, but changed',
      run: async () => {
        await api['meetings.update']({
          id: (await api['meetings.find']({ ref: '2027-04-01' })).id,
          location: 'Elders',
        });
        return 'Geweigerd.';
      },
    };
    expect(await judge(h, accepted)).toMatchObject({
      message: null,
      dutch: false,
      unchanged: false,
      ok: false,
    });
    expect(await judge(h, english)).toMatchObject({ dutch: false, unchanged: true, ok: false });
    expect(await judge(h, changed)).toMatchObject({ dutch: true, unchanged: false, ok: false });
  });
});
