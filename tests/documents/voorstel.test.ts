// The draft B&W-voorstel per municipality, read back: the seeds' headings in order, the header block with what
// Regie knows (B&W-voorstel number, zaaknummer from the municipality's follow-up) and blank fields for the
// rest, the proposal as numbered decision points, the advice with its date in the Inleiding, the documents as
// Bijlagen, the college's decision box — converted by LibreOffice; and a municipality's own Word template
// filled through docxtemplater.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { Document, Packer, Paragraph, TextRun } from 'docx';
import { openTestRegie, type TestRegie } from '../helpers/regie';
import { createRegiegroep, errorOf } from '../helpers/fixtures';
import { docxText, firstOutOfOrder, hasLibreOffice, renderPdfTexts, squash } from './helpers';
import { TO_FILL } from '../../electron/documents/voorstel';

let r: TestRegie;
let dir: string;
let meetingId: string;
let itemId: string;
let municipalities: Record<string, string>;

const HEADINGS = [
  'Onderwerp',
  'Voorstel',
  'Inleiding',
  'Beoogd effect/doel',
  'Argumenten',
  "Kanttekeningen en risico's",
  'Financiële, personele en juridische gevolgen',
  'Uitvoering/evaluatie',
  'Communicatie/participatie',
  'Overleg gevoerd met',
  'Bijlagen',
];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'regie-voorstel-'));
  r = await openTestRegie('2027-05-20T09:00:00Z');
  const { body } = await createRegiegroep(r.api, 'Ambtelijke regiegroep Sociaal Domein Midden-Limburg West');
  municipalities = Object.fromEntries(body.rotation.map((m) => [m.name, m.id]));
  meetingId = (await r.api['meetings.create']({ bodyId: body.id, date: '2027-04-20', start: '09:30' }))
    .meeting.id;
  const item = await r.api['items.add']({
    meetingId,
    kind: 'voorbereidend',
    target: 'beide',
    title: 'Programmaplan sociaal domein MLW 2027-2030',
    explanation:
      'De gemeenten Leudal, Nederweert en Weert werken als Midden-Limburg West samen in het sociaal domein.\n\nHet programmaplan geeft richting aan die samenwerking.',
    proposal:
      "1. Het 'Programmaplan sociaal domein MLW 2027-2030' vast te stellen conform bijlage 1;\n2. De meerkosten te dekken uit het budget Wmo en jeugd;\n3. De raad te informeren met een raadsinformatiebrief.",
  });
  itemId = item.id;
  for (const name of ['Programmaplan sociaal domein MLW 2027-2030.pdf', 'Aanbevelingen inkoop.pdf'])
    await r.api['documents.add']({
      itemId,
      source: { kind: 'bytes', fileName: name, base64: Buffer.from(`%PDF-1.4 ${name}`).toString('base64') },
    });
  const advice = await r.api['decisions.add']({
    itemId,
    text: 'De regiegroep adviseert stuurgroep en colleges het programmaplan vast te stellen.',
  });
  const by = (name: string) => advice.followUps.find((f) => f.byName === name)!.id;
  await r.api['followUps.update']({
    id: by('Stuurgroep'),
    status: 'besloten',
    on: '2027-05-06',
    result: 'akkoord',
  });
  await r.api['followUps.update']({
    id: by('Leudal'),
    status: 'geagendeerd',
    on: '2027-06-01',
    proposalNumber: 'DJ-1405544',
    caseNumber: '1405517',
  });
});

afterAll(async () => {
  await r.cleanup();
  rmSync(dir, { recursive: true, force: true });
});

async function exportFor(municipality: string, name = `${municipality}.docx`) {
  const out = join(dir, name);
  const result = await r.api['export.voorstel']({ meetingId, itemId, municipality, outPath: out });
  return { result, bytes: readFileSync(out), out };
}

describe('the draft B&W-voorstel in Regie’s own layout', () => {
  it('has the seeds’ headings in order, the header block, the decision points, the advice and the bijlagen', async () => {
    const { bytes, result } = await exportFor('leudal');
    expect(result.notice).toBeUndefined();
    const html = (await mammoth.convertToHtml({ buffer: bytes })).value;
    const headings = [...html.matchAll(/<h1>(.*?)<\/h1>/g)].map((m) => m[1]!.replace(/&#39;/g, "'"));
    expect(headings).toEqual(HEADINGS);

    const text = squash(await docxText(bytes));
    expect(
      firstOutOfOrder(text, [
        'B&W-voorstel',
        'Concept voor het college van burgemeester en wethouders van Leudal',
        `Afdeling ${TO_FILL} B&W-voorstel DJ-1405544`,
        `Naam opsteller voorstel ${TO_FILL} Zaaknummer 1405517`,
        `Portefeuillehouder ${TO_FILL} Publicatie ${TO_FILL}`,
        'Leudal, 20 mei 2027 Soort besluit: Besluit college',
        'In te vullen door het B&W secretariaat:',
        '☐ Akkoord',
        '☐ Akkoord met tekstuele aanpassing door portefeuillehouder',
        '☐ Anders, nl.:',
        '☐ Niet akkoord',
        '☐ Gewijzigde versie',
        `Beslissing d.d.: ${TO_FILL}`,
        `Nummer: ${TO_FILL}`,
        'De secretaris,',
        'Onderwerp Programmaplan sociaal domein MLW 2027-2030',
        'Inleiding De gemeenten Leudal, Nederweert en Weert werken',
        'Het programmaplan geeft richting aan die samenwerking.',
        'De ambtelijke regiegroep Sociaal Domein Midden-Limburg West heeft op 20 april 2027 over dit voorstel geadviseerd: De regiegroep adviseert stuurgroep en colleges het programmaplan vast te stellen.',
        'De stuurgroep heeft op 6 mei 2027 besloten: akkoord.',
        'Beoogd effect/doel Wat wil het college met dit besluit bereiken?',
        'Overleg gevoerd met',
        `Intern: ${TO_FILL}`,
        'Extern: Ambtelijke regiegroep Sociaal Domein Midden-Limburg West (20 april 2027); stuurgroep (6 mei 2027)',
      ]),
    ).toBeNull();
    // The proposal's decision points and the documents as Word numbered lists (the typed "1." is gone).
    const lists = [...html.matchAll(/<ol>(.*?)<\/ol>/g)].map((m) =>
      [...m[1]!.matchAll(/<li>(.*?)<\/li>/g)].map((li) => li[1]!.replace(/&#39;/g, "'")),
    );
    expect(lists[0]).toEqual([
      "Het 'Programmaplan sociaal domein MLW 2027-2030' vast te stellen conform bijlage 1;",
      'De meerkosten te dekken uit het budget Wmo en jeugd;',
      'De raad te informeren met een raadsinformatiebrief.',
    ]);
    expect(lists.at(-1)).toEqual(['Programmaplan sociaal domein MLW 2027-2030', 'Aanbevelingen inkoop']);
  });

  it('leaves the numbers blank for a municipality whose college has none yet', async () => {
    const text = squash(await docxText((await exportFor('Weert')).bytes));
    expect(text).toContain(`B&W-voorstel ${TO_FILL}`);
    expect(text).toContain('Weert, 20 mei 2027');
  });

  it.runIf(hasLibreOffice)('is opened and converted by LibreOffice', async () => {
    const { out } = await exportFor('Nederweert');
    if (process.env.REGIE_KEEP_VOORSTEL) copyFileSync(out, process.env.REGIE_KEEP_VOORSTEL);
    const pdf = (await renderPdfTexts([out])).get(out);
    expect(pdf).toBeTruthy();
    expect(
      firstOutOfOrder(squash(pdf ?? ''), ['B&W-voorstel', ...HEADINGS.slice(0, 3), 'Bijlagen']),
    ).toBeNull();
    expect(pdf).toContain('Pagina 1 van');
  });

  it('is refused for an item that is not advice to the colleges, and for a municipality outside the body', async () => {
    const unknown = await errorOf(
      r.api['export.voorstel']({ meetingId, itemId, municipality: 'Roermond', outPath: join(dir, 'x.docx') }),
    );
    expect(unknown.message).toBe('"Roermond" is geen gemeente van dit overleg (Leudal, Nederweert, Weert).');
    const info = await r.api['items.add']({ meetingId, kind: 'informerend', title: 'Stavaza' });
    const notAdvice = await errorOf(
      r.api['export.voorstel']({
        meetingId,
        itemId: info.id,
        municipality: 'Weert',
        outPath: join(dir, 'y.docx'),
      }),
    );
    expect(notAdvice.message).toContain('een B&W-voorstel hoort bij een voorbereidend punt');
    const sg = await r.api['items.add']({
      meetingId,
      kind: 'voorbereidend',
      target: 'stuurgroep',
      title: 'Jaarplan',
    });
    const onlyStuurgroep = await errorOf(
      r.api['export.voorstel']({
        meetingId,
        itemId: sg.id,
        municipality: 'Weert',
        outPath: join(dir, 'z.docx'),
      }),
    );
    expect(onlyStuurgroep.message).toBe(
      'Het advies bij "Jaarplan" gaat alleen naar de stuurgroep; een B&W-voorstel is voor de colleges.',
    );
  });
});

describe('a municipality’s own Word template', () => {
  async function templateDocx(lines: string[]): Promise<string> {
    const doc = new Document({
      sections: [{ children: lines.map((l) => new Paragraph({ children: [new TextRun(l)] })) }],
    });
    const path = join(dir, `sjabloon-${lines.length}-${Math.random().toString(36).slice(2)}.docx`);
    writeFileSync(path, await Packer.toBuffer(doc));
    return path;
  }

  it('is filled with the voorstel’s fields; without it Regie’s layout comes back', async () => {
    const path = await templateDocx([
      'Gemeente {gemeente} — voorstel aan het college',
      'Onderwerp: {onderwerp}',
      '{#voorstelpunten}',
      '{nummer}) {tekst}',
      '{/voorstelpunten}',
      'Zaak {zaaknummer}, voorstel {bw_nummer}',
      'Advies van de regiegroep ({adviesdatum}): {advies}',
      'Bijlagen:',
      '{bijlagen}',
      'Onbekend: [{bestaatniet}]',
    ]);
    const set = await r.api['templates.set']({
      municipalityId: municipalities.Leudal!,
      source: { kind: 'path', path },
    });
    expect(set.template?.name).toMatch(/^sjabloon-.*\.docx$/);
    const { bytes } = await exportFor('Leudal', 'leudal-sjabloon.docx');
    const text = await docxText(bytes);
    expect(text.split('\n').filter(Boolean)).toEqual([
      'Gemeente Leudal — voorstel aan het college',
      'Onderwerp: Programmaplan sociaal domein MLW 2027-2030',
      "1) Het 'Programmaplan sociaal domein MLW 2027-2030' vast te stellen conform bijlage 1;",
      '2) De meerkosten te dekken uit het budget Wmo en jeugd;',
      '3) De raad te informeren met een raadsinformatiebrief.',
      'Zaak 1405517, voorstel DJ-1405544',
      'Advies van de regiegroep (20 april 2027): De regiegroep adviseert stuurgroep en colleges het programmaplan vast te stellen.',
      'Bijlagen:',
      '1. Programmaplan sociaal domein MLW 2027-20302. Aanbevelingen inkoop',
      'Onbekend: []',
    ]);
    // {bijlagen} keeps its lines as line breaks within the paragraph.
    expect((await mammoth.convertToHtml({ buffer: bytes })).value).toContain(
      '<p>1. Programmaplan sociaal domein MLW 2027-2030<br />2. Aanbevelingen inkoop</p>',
    );
    // Other municipalities keep Regie's layout.
    expect(squash(await docxText((await exportFor('Weert')).bytes))).toContain(
      'In te vullen door het B&W secretariaat',
    );
    expect(
      (
        await r.api['templates.list']({ bodyId: (await r.api['meetings.get']({ id: meetingId })).bodyId })
      ).map((t) => [t.municipality.name, t.template !== null]),
    ).toEqual([
      ['Leudal', true],
      ['Nederweert', false],
      ['Weert', false],
    ]);
    await r.api['templates.set']({ municipalityId: municipalities.Leudal!, source: null });
    expect(squash(await docxText((await exportFor('Leudal')).bytes))).toContain(
      'In te vullen door het B&W secretariaat',
    );
  });

  it('refuses a template that is not a Word file or whose placeholders are broken, and keeps the old one', async () => {
    const notWord = join(dir, 'niet-word.docx');
    writeFileSync(notWord, 'dit is geen docx');
    const refused = await errorOf(
      r.api['templates.set']({
        municipalityId: municipalities.Weert!,
        source: { kind: 'path', path: notWord },
      }),
    );
    expect(refused.message).toBe('Het sjabloon is geen Word-document (.docx).');
    const broken = await templateDocx(['Onderwerp: {onderwerp', 'Klaar']);
    const badTag = await errorOf(
      r.api['templates.set']({
        municipalityId: municipalities.Weert!,
        source: { kind: 'path', path: broken },
      }),
    );
    expect(badTag.message).toContain('Het sjabloon klopt niet:');
    expect(badTag.message).toContain('{onderwerp');
    expect(
      (
        await r.api['templates.list']({ bodyId: (await r.api['meetings.get']({ id: meetingId })).bodyId })
      ).find((t) => t.municipality.name === 'Weert')?.template,
    ).toBeNull();
  });
});
