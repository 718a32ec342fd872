// Importing a plan with meetings held before it was written: their minutes were sent on the day the plan
// says (or an unknown day — never the day of the import), and a closed action keeps its closing day.
// Fixture: tests/fixtures/plan/plan.json (4 February 2027 and 4 March 2027 held, with minutes).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { openTestRegie, type TestRegie } from '../helpers/regie';
import { errorOf } from '../helpers/fixtures';

const DIR = resolve(__dirname, '../fixtures/plan');
let r: TestRegie;
let plan: {
  meetings: {
    date: string;
    minutes?: { sentOn?: string; items: { actions?: Record<string, unknown>[] }[] };
  }[];
};

beforeEach(async () => {
  r = await openTestRegie('2027-03-15T09:00:00Z');
  plan = JSON.parse(readFileSync(resolve(DIR, 'plan.json'), 'utf8'));
});
afterEach(async () => r.cleanup());

const minutesOf = async (date: string) =>
  r.api['minutes.state']({ meetingId: (await r.api['meetings.find']({ ref: date })).id });

describe('a plan with earlier meetings', () => {
  it('dates sent minutes to the day the plan gives (midday in the Netherlands), or leaves the day unknown', async () => {
    const february = plan.meetings[0]!;
    february.minutes!.sentOn = '2027-02-08';
    const action = february.minutes!.items[0]!.actions![0]!;
    action.status = 'done';
    action.closedOn = '2027-02-25';
    const { bodyId } = await r.api['plan.import']({ plan, baseDir: DIR });

    expect(await minutesOf('2027-02-04')).toMatchObject({
      status: 'sent',
      sentAt: '2027-02-08T11:00:00.000Z',
    });
    // No day in the plan: unknown, not the day of the import (15 March).
    expect(await minutesOf('2027-03-04')).toMatchObject({ status: 'sent', sentAt: null });

    const done = (await r.api['actions.list']({ bodyId, status: 'done' })).find(
      (a) => a.what === action.what,
    );
    expect(done).toMatchObject({ status: 'done', closedOn: '2027-02-25' });
  });

  it('refuses a closing day on an open action and minutes sent before their meeting, and imports nothing', async () => {
    const february = plan.meetings[0]!;
    february.minutes!.items[0]!.actions![0]!.closedOn = '2027-02-25';
    const open = await errorOf(r.api['plan.import']({ plan, baseDir: DIR }));
    expect(open.issues).toContainEqual({
      path: 'meetings[0].minutes.items[0].actions[0].closedOn',
      message: 'alleen bij een actie die gereed (done) of vervallen (dropped) is',
    });
    delete february.minutes!.items[0]!.actions![0]!.closedOn;
    february.minutes!.sentOn = '2027-02-01';
    const early = await errorOf(r.api['plan.import']({ plan, baseDir: DIR }));
    expect(early.issues).toContainEqual({
      path: 'meetings[0].minutes.sentOn',
      message: 'het verslag kan niet vóór de vergadering (2027-02-04) verstuurd zijn',
    });
    expect(await r.api['bodies.list']({})).toEqual([]);
  });
});
