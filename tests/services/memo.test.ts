// Read views kept until the next change (electron/services/read/memo.ts): kept while nothing changes, but only
// the most recently asked for, so that browsing many meetings does not hold all of them in memory.
import { afterEach, beforeEach, expect, it } from 'vitest';
import { openTestRegie, type TestRegie } from '../helpers/regie';
import { KEPT_VIEWS, keptUntilChange } from '../../electron/services/read/memo';

let r: TestRegie;
beforeEach(async () => {
  r = await openTestRegie();
});
afterEach(() => r.cleanup());

it(`keeps the ${KEPT_VIEWS} views asked for last, and builds one asked for longer ago anew`, async () => {
  const db = r.context.store.db;
  const owner = {};
  const built: string[] = [];
  const view = (key: string) =>
    keptUntilChange(db, owner, key, () => {
      built.push(key);
      return Promise.resolve({ key });
    });
  for (let i = 0; i < KEPT_VIEWS; i++) await view(`meeting:${i}`);
  // Asked for again, the first becomes the most recent: the next new view pushes out the second instead.
  expect(await view('meeting:0')).toEqual({ key: 'meeting:0' });
  await view('meeting:new');
  expect(built).toHaveLength(KEPT_VIEWS + 1);
  await view('meeting:0');
  await view(`meeting:${KEPT_VIEWS - 1}`);
  expect(built).toHaveLength(KEPT_VIEWS + 1);
  await view('meeting:1');
  expect(built.slice(KEPT_VIEWS + 1)).toEqual(['meeting:1']);
});
