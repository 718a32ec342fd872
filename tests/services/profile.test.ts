// Who is working: the name and role given on first start sign every change (the audit log's "Door") and every
// sending (sent_by); without them the operating-system account does. Kept per installation, across a restore.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importFixturePlan, openTestRegie, type TestRegie } from '../helpers/regie';
import { errorOf } from '../helpers/fixtures';

let r: TestRegie;
let april: string;

beforeEach(async () => {
  r = await openTestRegie('2027-03-15T09:00:00Z');
  await importFixturePlan(r);
  april = (await r.api['meetings.find']({ ref: '2027-04-01' })).id;
});
afterEach(async () => r.cleanup());

describe('the profile', () => {
  it('has no name at first: the account signs', async () => {
    expect(await r.api['profile.get']({})).toEqual({
      name: null,
      role: null,
      account: 'test',
      author: 'test',
    });
    expect((await r.api['audit.list']({ limit: 5 }))[0]?.user).toBe('test');
  });

  it('signs changes and sendings with the name and role once given', async () => {
    const saved = await r.api['profile.save']({ name: '  L. Peeters ', role: 'ondersteuner' });
    expect(saved).toEqual({
      name: 'L. Peeters',
      role: 'ondersteuner',
      account: 'test',
      author: 'L. Peeters (ondersteuner)',
    });
    const sent = await r.api['agenda.markSent']({ meetingId: april, acknowledgeLate: true });
    expect(sent.sentBy).toBe('L. Peeters (ondersteuner)');
    const log = await r.api['audit.list']({ limit: 1 });
    expect(log[0]).toMatchObject({
      user: 'L. Peeters (ondersteuner)',
      label: expect.stringContaining('verstuurd'),
    });
    const detail = await r.api['meetings.get']({ id: april });
    expect(detail.agendaSent?.sentBy).toBe('L. Peeters (ondersteuner)');
    // "Anders": the name alone.
    expect((await r.api['profile.save']({ name: 'J. de Wit', role: 'anders' })).author).toBe('J. de Wit');
  });

  it('refuses an empty name or an unknown role in Dutch, and changes nothing', async () => {
    const empty = await errorOf(r.api['profile.save']({ name: '  ', role: 'notulist' }));
    expect(empty.issues?.[0]).toEqual({ path: 'name', message: 'naam is verplicht' });
    const role = await errorOf(r.api['profile.save']({ name: 'A. Hendriks', role: 'baas' as 'anders' }));
    expect(role.issues?.[0]?.path).toBe('role');
    expect(role.issues?.[0]?.message).toContain('"baas" is geen rol');
    expect((await r.api['profile.get']({})).name).toBeNull();
  });

  it('is kept per installation: after a restart, and after restoring an older backup', async () => {
    const backup = await r.api['backup.create']({});
    await r.api['profile.save']({ name: 'M. Janssen', role: 'notulist' });
    await r.api['backup.restore']({ path: backup.path });
    expect((await r.api['profile.get']({})).author).toBe('M. Janssen (notulist)');
    await r.close();
    const again = await openTestRegie('2027-03-15T09:00:00Z', r.dataDir);
    try {
      expect((await again.api['profile.get']({})).author).toBe('M. Janssen (notulist)');
    } finally {
      await again.cleanup();
    }
  });
});
