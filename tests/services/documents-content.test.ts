// What goes out is right (issue 13): the agenda, the minutes, the action list, the distribution package and the
// minutes' e-mail, made through the real services from the plan fixture and read back (text with mammoth, the
// parts with fflate). Fixture: tests/fixtures/plan/plan.json — 1 April 2027 in Weert (chair P. Smeets, notulist
// M. Janssen), deadline Fri 26 March: item 5 "Regionale visie jeugdhulp" (27 March) is late; minutes due 6 April.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import mammoth from 'mammoth';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importFixturePlan, openTestRegie, type TestRegie } from '../helpers/regie';
import { errorOf } from '../helpers/fixtures';
import { firstOutOfOrder } from '../documents/helpers';

let r: TestRegie;
let bodyId: string;
let april: string;
let march: string;

async function text(path: string): Promise<string> {
  return (await mammoth.extractRawText({ path })).value;
}

/** The text of a .docx given as bytes. */
async function textOf(bytes: Uint8Array): Promise<string> {
  return (await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value;
}

async function agendaText(meetingId = april): Promise<{ text: string; path: string }> {
  const res = await r.api['export.agenda']({
    meetingId,
    outPath: join(r.dataDir, 'exports', 'uit', `${Math.random()}.docx`),
  });
  return { text: await text(res.path), path: res.path };
}

async function minutesText(meetingId: string): Promise<string> {
  const res = await r.api['export.minutes']({
    meetingId,
    outPath: join(r.dataDir, 'exports', 'uit', `${Math.random()}.docx`),
  });
  return text(res.path);
}

async function exportPackage(meetingId = april) {
  const { jobId } = await r.api['export.package']({
    meetingId,
    outDir: join(r.dataDir, 'exports', 'pakket'),
  });
  const job = await r.context.jobs.wait(jobId);
  expect(job.state, job.message ?? '').toBe('done');
  const result = job.result!;
  const zip = unzipSync(readFileSync(result.zipPath));
  const entry = (suffix: string) => {
    const key = Object.keys(zip).find((k) => k.endsWith(suffix));
    if (!key) throw new Error(`${suffix} not in the zip: ${Object.keys(zip).join(', ')}`);
    return zip[key] as Uint8Array;
  };
  return { result, zip, entry };
}

/** An .eml's headers (unfolded) and its text part, decoded. */
function readEml(raw: string): { headers: Map<string, string>; body: string } {
  const sep = raw.indexOf('\r\n\r\n');
  const headers = new Map<string, string>();
  for (const line of raw
    .slice(0, sep)
    .replace(/\r\n[ \t]/g, ' ')
    .split('\r\n')) {
    const i = line.indexOf(':');
    if (i > 0) headers.set(line.slice(0, i).toLowerCase(), line.slice(i + 1).trim());
  }
  const qp = /Content-Transfer-Encoding: quoted-printable\r\n\r\n([\s\S]*?)\r\n--/.exec(raw)?.[1] ?? '';
  const body = Buffer.from(
    qp
      .replace(/=\r\n/g, '')
      .replace(/=([0-9A-F]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16))),
    'latin1',
  ).toString('utf8');
  return { headers, body };
}

/** Decodes RFC 2047 encoded-words (B and Q). */
function words(value: string): string {
  return Buffer.from(
    value
      .replace(/\?=\s+=\?/g, '?==?')
      .replace(/=\?UTF-8\?B\?([^?]*)\?=/gi, (_, b: string) => Buffer.from(b, 'base64').toString('latin1'))
      .replace(/=\?UTF-8\?Q\?([^?]*)\?=/gi, (_, q: string) =>
        q
          .replace(/_/g, ' ')
          .replace(/=([0-9A-F]{2})/gi, (_m, h: string) => String.fromCharCode(parseInt(h, 16))),
      ),
    'latin1',
  ).toString('utf8');
}

beforeEach(async () => {
  r = await openTestRegie('2027-03-15T09:00:00Z');
  bodyId = await importFixturePlan(r);
  april = (await r.api['meetings.find']({ ref: '2027-04-01' })).id;
  march = (await r.api['meetings.find']({ ref: '2027-03-04' })).id;
});
afterEach(async () => r.cleanup());

const item = async (meetingId: string, number: number) =>
  (await r.api['meetings.get']({ id: meetingId })).items.find((i) => i.number === number)!;

describe('1. every item keeps its text', () => {
  it('shows the explanation and proposal of every type; a voorbereidend item its advice and whose decision it prepares', async () => {
    const stavaza = await item(april, 3);
    await r.api['items.update']({
      id: stavaza.id,
      explanation: 'De projectleider licht de cijfers toe.',
      proposal: 'Kennisnemen van de stand van zaken.',
    });
    const visie = await item(april, 5);
    await r.api['items.update']({ id: visie.id, explanation: 'Concept van de werkgroep jeugd.' });
    const { text: t } = await agendaText();
    expect(
      firstOutOfOrder(t, [
        'Toelichting en voorstellen',
        '3. Stavaza Beschermd wonen',
        'De projectleider licht de cijfers toe.',
        'Voorstel: Kennisnemen van de stand van zaken.',
        '4. Aanschaf informatieplatform',
        'Voorstel: Instemmen met de aanschaf.',
        '5. Regionale visie jeugdhulp',
        'Concept van de werkgroep jeugd.',
        'Voorgesteld advies: Advies: vaststellen.',
        'Voorbereidend voor besluit van: stuurgroep en colleges van B&W',
      ]),
    ).toBeNull();
  });
});

describe('2. open actions reach the members', () => {
  it('lists the running afsprakenlijst at item 2 of the agenda, the overdue action marked "verlopen"', async () => {
    const { text: t } = await agendaText();
    expect(
      firstOutOfOrder(t, [
        '2. Vaststelling verslag en afsprakenlijst vorige bijeenkomst',
        'Lopende afspraken',
        'Nr',
        'Actie',
        'Wie',
        'Gereed',
        'Cijfers Q4 aanvullen',
        'Uit overleg 4 feb. 2027',
        'R. Verheijen',
        '1 mrt. 2027',
        'verlopen',
        '3. ',
      ]),
    ).toBeNull();
  });

  it("reviews the same list in the minutes' item 2 with what happened to each action at the meeting", async () => {
    const marchDetail = await r.api['meetings.get']({ id: march });
    const action = marchDetail.openActions[0]!;
    expect(action.what).toBe('Cijfers Q4 aanvullen');
    let t = await minutesText(march);
    expect(
      firstOutOfOrder(t, [
        '2. Vaststelling verslag',
        'Afsprakenlijst',
        'Cijfers Q4 aanvullen',
        'loopt door, 1 mrt. 2027',
        'verlopen',
      ]),
    ).toBeNull();
    await r.api['actions.setStatus']({ id: action.id, status: 'done', meetingId: march });
    t = await minutesText(march);
    expect(firstOutOfOrder(t, ['2. Vaststelling verslag', 'Cijfers Q4 aanvullen', 'afgerond'])).toBeNull();
  });

  it('puts the action list .docx in the distribution package and its e-mail', async () => {
    const { result, entry } = await exportPackage();
    const name = result.files.find((f) => f.startsWith('Actielijst'))!;
    expect(name).toBe('Actielijst 2027-04-01 Ambtelijke regiegroep Sociaal Domein Midden-Limburg West.docx');
    const t = await textOf(entry(name));
    expect(firstOutOfOrder(t, ['Actielijst', 'Cijfers Q4 aanvullen', 'verlopen'])).toBeNull();
    expect(strFromU8(entry('.eml'))).toContain('Actielijst 2027-04-01');
  });
});

describe('3. everyone with a role is invited', () => {
  it('invites the chair and notulist of this meeting (a substitute with whom they replace), and the submitters as Cc', async () => {
    const wolters = await r.api['people.save']({
      bodyId,
      name: 'K. Wolters',
      email: 'k.wolters@example.nl',
      municipality: 'Weert',
      memberships: [{ role: 'projectleider', municipality: 'Weert' }],
    });
    await r.api['meetings.setOverride']({
      id: april,
      role: 'chair',
      personId: wolters.id,
      reason: 'afwezig',
    });
    const detail = await r.api['meetings.get']({ id: april });
    expect(detail.invitees.find((i) => i.name === 'K. Wolters')).toMatchObject({
      meetingRole: 'chair',
      replaces: 'P. Smeets',
    });
    expect(detail.invitees.find((i) => i.name === 'M. Janssen')).toMatchObject({ meetingRole: 'notulist' });
    expect(detail.cc.map((c) => `${c.name} ${c.items.join(',')}`)).toEqual(['R. Verheijen 3,4']);
    // An item recorded with the submitter's name only joins the same Cc entry.
    await r.api['items.add']({
      meetingId: april,
      kind: 'informerend',
      title: 'Nog een punt',
      submitterName: 'R. Verheijen',
    });
    expect(
      (await r.api['meetings.get']({ id: april })).cc.map((c) => `${c.name} ${c.items.join(',')}`),
    ).toEqual(['R. Verheijen 3,4,6']);

    const { text: t } = await agendaText();
    expect(
      firstOutOfOrder(t, [
        'Voorzitter',
        'K. Wolters (vervangt P. Smeets)',
        'Notulist',
        'M. Janssen',
        'Genodigden',
        'M. Janssen (opdrachtgever, Nederweert) — notulist',
        'K. Wolters (Weert) — voorzitter, vervangt P. Smeets',
        'Ter kennisname',
        'R. Verheijen (inbrenger punt 3, 4, 6, Leudal)',
      ]),
    ).toBeNull();

    const { entry } = await exportPackage();
    const { headers, body } = readEml(strFromU8(entry('.eml'), true));
    const to = words(headers.get('to')!);
    for (const who of ['a.hendriks', 'm.janssen', 'p.smeets', 'l.peeters', 'k.wolters'])
      expect(to).toContain(`${who}@example.nl`);
    expect(words(headers.get('cc')!)).toContain('r.verheijen@example.nl');
    expect(to).not.toContain('r.verheijen');
    expect(body).toContain('Voorzitter: K. Wolters (vervangt P. Smeets). Notulist: M. Janssen.');
  });
});

describe('4. a late item that was not admitted', () => {
  it('stands on the agenda as "Nagekomen (onder voorbehoud van toelating)"; once admitted it does not', async () => {
    let { text: t } = await agendaText();
    expect(
      firstOutOfOrder(t, [
        '5.',
        'Voorbereidend: Regionale visie jeugdhulp',
        'Nagekomen (onder voorbehoud van toelating)',
      ]),
    ).toBeNull();
    await r.api['items.resolveLate']({ id: (await item(april, 5)).id, decision: 'admit' });
    ({ text: t } = await agendaText());
    expect(t).not.toContain('onder voorbehoud van toelating');
    expect(t).toContain('Nagekomen, toegelaten');
  });

  it('marking the agenda as sent asks first while a late item is undecided', async () => {
    const refused = await errorOf(r.api['agenda.markSent']({ meetingId: april }));
    expect(refused.code).toBe('conflict');
    expect(refused.message).toContain('punt 5 "Regionale visie jeugdhulp"');
    expect(refused.message).toContain('verstuur toch');
    expect(await r.api['sent.versions']({ meetingId: april })).toEqual([]);
    const sent = await r.api['agenda.markSent']({ meetingId: april, acknowledgeLate: true });
    expect(sent.version).toBe(1);
  });
});

describe('5. times only with durations; the invitation ends at the planned end', () => {
  it('shows start times when items have durations, and ends the .ics at start + all durations', async () => {
    const { text: t } = await agendaText();
    expect(
      firstOutOfOrder(t, ['Tijd', '13:30', '3.', 'Stavaza Beschermd wonen', '13:30', '4.', '13:45']),
    ).toBeNull();
    const { entry } = await exportPackage();
    const ics = strFromU8(entry('.ics'));
    expect(ics).toContain('DTSTART;TZID=Europe/Amsterdam:20270401T133000');
    expect(ics).toContain('DTEND;TZID=Europe/Amsterdam:20270401T141500'); // 13:30 + 15 + 30 minutes
  });

  it('leaves the time column out when no item has a duration', async () => {
    for (const n of [3, 4])
      await r.api['items.update']({ id: (await item(april, n)).id, durationMinutes: null });
    const { text: t, path } = await agendaText();
    expect(t).not.toMatch(/\b13:30\n\n3\./);
    const xml = strFromU8(unzipSync(readFileSync(path))['word/document.xml']!);
    expect(xml).not.toMatch(/TableHead"\/><\/w:pPr><w:r><w:t xml:space="preserve">Tijd</);
    expect((t.match(/13:30/g) ?? []).length).toBe(1); // only the meeting's time in the details
  });
});

describe('6. attachments under the names members receive', () => {
  it('lists each document by its file name in the package, with its item; the agenda file carries its meeting', async () => {
    const { result } = await exportPackage();
    const agendaFile = result.files[0]!;
    expect(agendaFile).toBe(
      'Agenda 2027-04-01 Ambtelijke regiegroep Sociaal Domein Midden-Limburg West.docx',
    );
    const attachmentFiles = result.files.filter((f) => /^[A-Z]\d? - /.test(f));
    expect(attachmentFiles).toEqual([
      'A - Verslag en afsprakenlijst 4 maart 2027.docx',
      'B - Stavaza BW.pdf',
      'C1 - Voorstel informatieplatform.pdf',
      'C2 - Offertes.pdf',
    ]);
    const t = await textOf(
      unzipSync(readFileSync(result.zipPath))[`${result.folder.split(/[\\/]/).pop()}/${agendaFile}`]!,
    );
    const bijlagen = t.slice(t.indexOf('Bijlagen'));
    expect(
      firstOutOfOrder(bijlagen, [
        'A - Verslag en afsprakenlijst 4 maart 2027.docx',
        'bij punt 2. Vaststelling verslag',
        'B - Stavaza BW.pdf',
        'bij punt 3. Stavaza Beschermd wonen',
        'C1 - Voorstel informatieplatform.pdf',
        'bij punt 4. Aanschaf informatieplatform',
        'C2 - Offertes.pdf',
      ]),
    ).toBeNull();
    expect(readdirSync(result.folder)).toEqual(expect.arrayContaining(attachmentFiles));
  });
});

describe('7. a revision only when what was sent differs', () => {
  it('minutes exported right after sending are exactly what was sent; each kind of change is named', async () => {
    r.setNow('2027-04-05T10:00:00Z');
    const state = await r.api['minutes.send']({ meetingId: april, acknowledgeWarnings: true });
    expect(state.status).toBe('sent');
    const same = await r.api['export.minutes']({
      meetingId: april,
      outPath: join(r.dataDir, 'exports', 'v.docx'),
    });
    expect(same).toMatchObject({ revision: null, exactlyAsSent: true, changes: [] });
    const t = await text(same.path);
    expect(t).not.toContain('Gewijzigd verslag');
    expect(t).toContain('Verzonden op maandag 5 april 2027 om 12:00 (versie 1)');

    const opening = await item(april, 1);
    const cases: [string, () => Promise<unknown>, string][] = [
      [
        'attendance',
        () =>
          r.api['minutes.setAttendance']({
            meetingId: april,
            entries: [
              { name: 'A. Hendriks', status: 'present' },
              { name: 'M. Janssen', status: 'present' },
              { name: 'P. Smeets', status: 'absent' },
            ],
          }),
        'Aanwezigheid: P. Smeets toegevoegd (afwezig).',
      ],
      [
        'notes',
        () => r.api['minutes.setNotes']({ itemId: opening.id, notes: 'Een mededeling.' }),
        'Punt 1: verslag gewijzigd.',
      ],
      [
        'decision',
        () => r.api['decisions.add']({ itemId: opening.id, text: 'Agenda vastgesteld.' }),
        'Punt 1: besluiten gewijzigd.',
      ],
      [
        'action',
        () => r.api['actions.add']({ itemId: opening.id, what: 'Datum prikken', whoName: 'L. Peeters' }),
        'Punt 1: acties gewijzigd.',
      ],
    ];
    for (const [kind, change, expected] of cases) {
      await change();
      const res = await r.api['export.minutes']({
        meetingId: april,
        outPath: join(r.dataDir, 'exports', `${kind}.docx`),
      });
      expect(res.changes, kind).toContain(expected);
      expect(res.revision, kind).toBe(2);
      expect(await text(res.path)).toContain('Gewijzigd verslag — versie 2');
    }
  });

  it('the agenda right after sending is exactly what was sent; each kind of change is named', async () => {
    await r.api['items.resolveLate']({ id: (await item(april, 5)).id, decision: 'admit' });
    await r.api['agenda.markSent']({ meetingId: april });
    const same = await r.api['export.agenda']({
      meetingId: april,
      outPath: join(r.dataDir, 'exports', 'a.docx'),
    });
    expect(same).toMatchObject({ revision: null, exactlyAsSent: true, changes: [] });
    expect((await r.api['meetings.get']({ id: april })).agendaChangedSinceSent).toBe(false);

    const stavaza = await item(april, 3);
    const visie = await item(april, 5);
    const cases: [string, () => Promise<unknown>, string][] = [
      [
        'title',
        () => r.api['items.update']({ id: stavaza.id, title: 'Stavaza BW' }),
        'Agendapunt 3: titel gewijzigd (was "Stavaza Beschermd wonen").',
      ],
      [
        'explanation',
        () => r.api['items.update']({ id: stavaza.id, explanation: 'Nieuw.' }),
        'Agendapunt 3: toelichting gewijzigd.',
      ],
      [
        'proposal',
        () => r.api['items.update']({ id: visie.id, proposal: 'Advies: aanhouden.' }),
        'Agendapunt 5: voorgesteld besluit gewijzigd.',
      ],
      [
        'target',
        () => r.api['items.update']({ id: visie.id, target: 'stuurgroep' }),
        'Agendapunt 5: doel gewijzigd.',
      ],
      [
        'duration',
        () => r.api['items.update']({ id: stavaza.id, durationMinutes: 25 }),
        'Agendapunt 3: duur gewijzigd (nu 25 min.).',
      ],
      [
        'start',
        () => r.api['meetings.update']({ id: april, start: '14:00' }),
        'Aanvangstijd gewijzigd van 13:30 naar 14:00.',
      ],
      [
        'location',
        () => r.api['meetings.update']({ id: april, location: 'Stadhuis Weert, zaal 3' }),
        'Locatie gewijzigd naar Stadhuis Weert, zaal 3.',
      ],
    ];
    for (const [kind, change, expected] of cases) {
      await change();
      const res = await r.api['export.agenda']({
        meetingId: april,
        outPath: join(r.dataDir, 'exports', `${kind}.docx`),
      });
      expect(res.changes, kind).toContain(expected);
      expect(res.revision, kind).toBe(2);
    }
  });
});

describe('8. concept minutes state only what happened', () => {
  it('leaves empty items visibly empty, repeats the proposal above the decision, names destinations, guests and the due date', async () => {
    const visie = await item(april, 5);
    await r.api['decisions.add']({ itemId: visie.id, text: 'Positief advies.' });
    await r.api['minutes.setAttendance']({
      meetingId: april,
      entries: [
        { name: 'P. Smeets', status: 'present' },
        { name: 'R. Verheijen', status: 'present' },
      ],
    });
    const t = await minutesText(april);
    expect(t).not.toContain('Geen bijzonderheden');
    expect(
      firstOutOfOrder(t, [
        'Aanwezig',
        'P. Smeets',
        'Gasten',
        'R. Verheijen (toelichting bij punt 3, 4)',
        'Status',
        'Concept — uiterlijk 6 april 2027 naar de ondersteuner',
        '1. Opening',
        '[Nog in te vullen door de notulist]',
        '3. Informerend: Stavaza Beschermd wonen',
        'Toelichting: R. Verheijen',
        '[Nog in te vullen door de notulist]',
        '4. Besluitvormend: Aanschaf informatieplatform',
        'Voorstel: Instemmen met de aanschaf.',
        '5. Voorbereidend: Regionale visie jeugdhulp',
        'Voorgesteld advies: Advies: vaststellen.',
        'Advies aan: stuurgroep en colleges van B&W',
        'Advies',
        'Positief advies. Vervolg: stuurgroep en colleges van B&W.',
      ]),
    ).toBeNull();
  });

  it('a sent version never carries the placeholder', async () => {
    r.setNow('2027-04-02T10:00:00Z');
    await r.api['minutes.send']({ meetingId: april, acknowledgeWarnings: true });
    const t = await minutesText(april);
    expect(t).not.toContain('[Nog in te vullen');
    expect(t).toContain('Verzonden, nog niet vastgesteld');
  });
});

describe('9. impossible states are refused, in Dutch', () => {
  it('minutes cannot be sent before the meeting, a meeting is not held before its date, "ingebracht op" is not in the future', async () => {
    const early = await errorOf(r.api['minutes.send']({ meetingId: april, acknowledgeWarnings: true }));
    expect(early).toMatchObject({ code: 'invalid' });
    expect(early.message).toBe(
      'Het verslag kan pas na de vergadering worden verstuurd: die is op 1 april 2027.',
    );
    const held = await errorOf(r.api['meetings.update']({ id: april, status: 'held' }));
    expect(held.message).toBe(
      'Een vergadering is pas gehouden op of na haar datum: deze is op 1 april 2027.',
    );
    const future = await errorOf(
      r.api['items.add']({
        meetingId: april,
        kind: 'informerend',
        title: 'Later',
        submittedAt: '2027-03-16T10:00',
      }),
    );
    expect(future.message).toBe(
      '"Ingebracht op" kan niet in de toekomst liggen: 16 maart 2027 10:00 is na nu (15 maart 2027 10:00).',
    );
    const detail = await r.api['meetings.get']({ id: april });
    expect(detail).toMatchObject({ status: 'planned', minutesStatus: 'draft' });
    expect(detail.items.some((i) => i.title === 'Later')).toBe(false);
    // On the day itself it may be held.
    r.setNow('2027-04-01T12:00:00Z');
    expect((await r.api['meetings.update']({ id: april, status: 'held' })).meeting.status).toBe('held');
  });
});

describe('10. what a secretary adds by hand', () => {
  it('the sent agenda says when it was sent and which version, the deadlines and the next meeting', async () => {
    await r.api['agenda.markSent']({ meetingId: april, acknowledgeLate: true });
    const { text: t } = await agendaText();
    expect(
      firstOutOfOrder(t, [
        'Agenda',
        'Verzonden op maandag 15 maart 2027 om 10:00 (versie 1)',
        '6.',
        'Rondvraag, sluiting en volgend overleg',
        'Volgend overleg: donderdag 3 juni 2027, 09:30 uur',
        'Termijnen',
        'Verslag',
        'uiterlijk dinsdag 6 april 2027 naar de ondersteuner',
        'Volgend overleg',
        'donderdag 3 juni 2027, 09:30 uur',
        'Agendapunten',
        'voor het volgende overleg inbrengen tot en met vrijdag 28 mei 2027',
      ]),
    ).toBeNull();
  });

  it('the e-mail lists the items with their letters and says which are late or changed', async () => {
    let { entry } = await exportPackage();
    const first = readEml(strFromU8(entry('.eml'), true));
    expect(first.headers.get('date')).toBe('Mon, 15 Mar 2027 09:00:00 +0000'); // the app's clock
    let body = first.body;
    expect(
      firstOutOfOrder(body, [
        'Agenda:',
        '1. Opening, mededelingen en vaststelling agenda',
        '2. Vaststelling verslag en afsprakenlijst vorige bijeenkomst (bijlage A)',
        '3. Informerend: Stavaza Beschermd wonen (bijlage B)',
        '4. Besluitvormend: Aanschaf informatieplatform (bijlagen C1, C2)',
        '5. Voorbereidend: Regionale visie jeugdhulp — nagekomen (onder voorbehoud van toelating)',
        'Punt 5 is na de termijn ingebracht',
      ]),
    ).toBeNull();
    await r.api['agenda.markSent']({ meetingId: april, acknowledgeLate: true });
    await r.api['items.update']({ id: (await item(april, 4)).id, title: 'Aanschaf informatieplatform 2027' });
    ({ entry } = await exportPackage());
    ({ body } = readEml(strFromU8(entry('.eml'), true)));
    expect(body).toContain(
      '4. Besluitvormend: Aanschaf informatieplatform 2027 (bijlagen C1, C2) — gewijzigd',
    );
    expect(body).not.toMatch(/3\. Informerend: Stavaza Beschermd wonen \(bijlage B\) — gewijzigd/);
  });

  it('the minutes get their own e-mail draft to the ondersteuner, with the minutes and the action list', async () => {
    r.setNow('2027-04-05T10:00:00Z');
    await r.api['minutes.send']({ meetingId: april, acknowledgeWarnings: true });
    const res = await r.api['export.minutesMail']({ meetingId: april });
    expect(res.fileName).toBe(
      'Verslag Ambtelijke regiegroep Sociaal Domein Midden-Limburg West 2027-04-01 aan ondersteuner.eml',
    );
    expect(res.download).toBe(res.fileName);
    const raw = readFileSync(res.path, 'latin1');
    const { headers, body } = readEml(raw);
    expect(headers.get('x-unsent')).toBe('1');
    expect(words(headers.get('to')!)).toContain('l.peeters@example.nl');
    expect(words(headers.get('from')!)).toContain('m.janssen@example.nl'); // notulist of 1 April
    expect(words(headers.get('subject')!)).toBe(
      'Verslag en afsprakenlijst Ambtelijke regiegroep Sociaal Domein Midden-Limburg West 1 april 2027',
    );
    expect(body).toContain('Graag agenderen bij punt 2 van de vergadering van donderdag 3 juni 2027');
    const parts = raw.split(/\r\n--/).filter((p) => p.includes('Content-Disposition: attachment'));
    expect(parts).toHaveLength(2);
    const docs = await Promise.all(
      parts.map((p) =>
        textOf(Buffer.from(p.slice(p.indexOf('\r\n\r\n') + 4).replace(/\r\n/g, ''), 'base64')),
      ),
    );
    expect(docs[0]).toContain('Verzonden op maandag 5 april 2027 om 12:00 (versie 1)');
    expect(docs[1]).toContain('Actielijst');
  });
});

describe('meeting places', () => {
  it("a meeting without its own location meets at the host's place: agenda, .ics and e-mail say so", async () => {
    const weert = (await r.api['bodies.list']({}))[0]!.meetingPlaces.find((p) => p.municipality === 'Weert')!;
    const place = await r.api['municipalities.setPlace']({
      municipalityId: weert.municipalityId,
      name: 'Stadhuis Weert',
      address: 'Wilhelminasingel 101, 6001 GS Weert',
    });
    expect(place).toMatchObject({ municipality: 'Weert', name: 'Stadhuis Weert' });
    await r.api['meetings.update']({ id: april, location: '' });
    const detail = await r.api['meetings.get']({ id: april });
    expect(detail.place).toEqual({
      name: 'Stadhuis Weert',
      address: 'Wilhelminasingel 101, 6001 GS Weert',
      source: 'host',
    });
    const { text: t } = await agendaText();
    expect(
      firstOutOfOrder(t, ['Locatie', 'Stadhuis Weert', 'Wilhelminasingel 101, 6001 GS Weert']),
    ).toBeNull();
    const { entry } = await exportPackage();
    const ics = strFromU8(entry('.ics')).replace(/\r\n /g, '');
    expect(ics).toContain('LOCATION;LANGUAGE=nl-NL:Stadhuis Weert\\, Wilhelminasingel 101\\, 6001 GS Weert');
    expect(readEml(strFromU8(entry('.eml'), true)).body).toContain(
      'om 13:30 uur in Stadhuis Weert, Wilhelminasingel 101, 6001 GS Weert.',
    );
    const refused = await errorOf(
      r.api['municipalities.setPlace']({
        municipalityId: weert.municipalityId,
        name: '',
        address: 'Ergens 1',
      }),
    );
    expect(refused.message).toBe('Geef ook de naam van de vergaderplaats van Weert op.');
  });
});
