// Undo that cannot overwrite (issue 12, point 5). Undoing writes back before images, so it must never undo
// an action when a later one (not undone) changed the same rows: it refuses, naming that later action, or
// with consent undoes the later ones first. A change set belongs to every body whose rows it touched (a person
// to the bodies they are a member of): undo in one body's screens does not reach another body's change.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestRegie, type TestRegie } from '../helpers/regie';
import { CALENDAR_5_DAYS, createRegiegroep, errorOf } from '../helpers/fixtures';

let r: TestRegie;
let a: string;
let b: string;
let person: string;

beforeEach(async () => {
  r = await openTestRegie('2027-01-10T09:00:00Z');
  a = (await createRegiegroep(r.api)).body.id;
  b = (
    await r.api['bodies.save']({
      name: 'Stuurgroep',
      rotation: ['Leudal', 'Weert'],
      deadlines: CALENDAR_5_DAYS,
      closedDays: [],
    })
  ).id;
  person = (
    await r.api['people.save']({
      bodyId: a,
      name: 'L. Peeters',
      email: 'l.peeters@weert.nl',
      memberships: [{ role: 'ondersteuner' }],
    })
  ).id;
});
afterEach(() => r.cleanup());

const email = async () => (await r.api['people.list']({ bodyId: a })).find((p) => p.id === person)?.email;
const save = (bodyId: string, mail: string, memberships = [{ role: 'ondersteuner' as const }]) =>
  r.api['people.save']({ bodyId, id: person, name: 'L. Peeters', email: mail, memberships });

describe('undo', () => {
  it("never reaches into another body's change: a person's change belongs to the bodies they are in", async () => {
    await save(a, 'peeters@weert.nl'); // a change of the person only: it concerns body A (her body)
    // B's screens undo B's own latest (its creation), not the person's change in A.
    expect(await r.api['undo.last']({ bodyId: b })).toMatchObject({
      label: 'Overleg "Stuurgroep" aangemaakt',
    });
    expect(await email()).toBe('peeters@weert.nl');
    expect(await r.api['undo.last']({ bodyId: a })).toMatchObject({
      label: 'Persoon "L. Peeters" gewijzigd',
    });
    expect(await email()).toBe('l.peeters@weert.nl');
  });

  it('refuses to overwrite a later change of the same row, naming it; changes nothing', async () => {
    // A: her e-mail changed. She leaves A and joins B, where her e-mail is changed again.
    await save(a, 'peeters@weert.nl');
    await r.api['people.delete']({ bodyId: a, id: person });
    await save(b, 'l.peeters@leudal.nl');
    // Undo in A: first her leaving (A's latest), then the e-mail change of A — which B's later change stands on.
    expect(await r.api['undo.last']({ bodyId: a })).toMatchObject({
      label: 'Persoon uit overleg verwijderd',
    });
    const log = await r.api['audit.list']({ limit: 50 });
    const refused = await errorOf(r.api['undo.last']({ bodyId: a }));
    expect(refused.code).toBe('conflict');
    expect(refused.message).toMatch(
      /^"Persoon "L\. Peeters" gewijzigd" kan niet ongedaan worden gemaakt: daarna is "L\. Peeters" opnieuw gewijzigd door "Persoon "L\. Peeters" gewijzigd" \(test, [a-z]+dag 10 januari 2027 om 10:00\)\. Ongedaan maken zou die wijziging overschrijven\./,
    );
    expect(await r.api['audit.list']({ limit: 50 })).toEqual(log);
    expect((await r.api['people.list']({ bodyId: b }))[0]?.email).toBe('l.peeters@leudal.nl');

    // With consent, the later change goes first, then the one asked for; both audited as undos.
    const both = await r.api['undo.last']({ bodyId: a, includeLater: true });
    expect(both).toEqual({
      label: 'Persoon "L. Peeters" gewijzigd',
      alsoUndone: ['Persoon "L. Peeters" gewijzigd'],
    });
    expect(await email()).toBe('l.peeters@weert.nl');
    const labels = (await r.api['audit.list']({ limit: 3 })).map((e) => [e.label, e.isUndo]);
    expect(labels).toEqual([
      ['Ongedaan gemaakt: Persoon "L. Peeters" gewijzigd', true],
      ['Ongedaan gemaakt: Persoon "L. Peeters" gewijzigd', true],
      ['Ongedaan gemaakt: Persoon uit overleg verwijderd', true],
    ]);
  });

  it('undoes the latest change when nothing later stands in the way (no body: the latest of all)', async () => {
    const { meeting } = await r.api['meetings.create']({ bodyId: b, date: '2027-02-03', start: '13:00' });
    await r.api['meetings.update']({ id: meeting.id, location: 'Stadhuis' });
    expect(await r.api['undo.last']({})).toMatchObject({ label: expect.stringContaining('gewijzigd') });
    expect((await r.api['meetings.find']({ ref: '2027-02-03', body: 'Stuurgroep' })).location).toBe('');
  });
});
