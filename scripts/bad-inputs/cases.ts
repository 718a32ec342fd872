// The bad inputs of issue 12, each through a real door: bad plans and hostile documents (`regie import`), unknown
// options and commands, output paths onto the data, tampered and forged packages, a restore while a server holds
// the folder, bad calls to the service API, an undo over a later change, malformed bridge requests. Each case gives
// the message the user saw (null when the input was accepted — a fault).
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import type { ApiError } from '../../shared/api/errors';
import { BAD_PLANS, type Plan } from '../../tests/fixtures/bad-plans';
import { bridgeCall, SHOWN, startServer, whileServerRuns, type Harness } from './harness';

export interface BadInput {
  /** The door: `regie import`, `regie` (other commands), API, pakket, bridge, server. */
  door: string;
  /** The input, in a few words. */
  input: string;
  /** Brings the data where the input makes sense (runs before the "before" fingerprint). */
  setup?(h: Harness): Promise<void>;
  /** Gives the input; the message shown, or null when it was accepted. */
  run(h: Harness): Promise<string | null>;
}

/** What a CLI run showed: its stderr when it failed, null when it succeeded. */
async function refusedBy(h: Harness, ...args: string[]): Promise<string | null> {
  const r = await h.regie(...args);
  return r.code === 0 ? null : r.err.trim();
}

/** What an API call answered: the error's message, null when it succeeded. */
async function apiRefusal(call: Promise<unknown>): Promise<string | null> {
  try {
    await call;
    return null;
  } catch (e) {
    return (e as ApiError).body?.message ?? String(e);
  }
}

const plan = (h: Harness): Plan => JSON.parse(readFileSync(join(h.planDir, 'plan.json'), 'utf8')) as Plan;

function planInput(what: string, edit: (p: Plan) => void): BadInput {
  return {
    door: 'regie import',
    input: what,
    async run(h) {
      const p = plan(h);
      edit(p);
      const file = join(h.planDir, 'fout.json');
      writeFileSync(file, JSON.stringify(p));
      return refusedBy(h, 'import', file);
    },
  };
}

function planFile(what: string, write: (h: Harness) => string): BadInput {
  return { door: 'regie import', input: what, run: (h) => refusedBy(h, 'import', write(h)) };
}

const PLANS: BadInput[] = [
  ...BAD_PLANS.map(([what, edit]) => planInput(what, edit)),
  planFile('a plan saved as Windows-1252 ("Café")', (h) => {
    const file = join(h.planDir, 'ansi.json');
    const text = JSON.stringify(plan(h)).replace('Stadhuis Weert', 'Café Weert');
    writeFileSync(file, Buffer.from(text, 'latin1'));
    return file;
  }),
  planFile('broken JSON (a comma too many)', (h) => {
    const file = join(h.planDir, 'kapot.json');
    writeFileSync(file, '{\n  "body": {\n    "name": "Regiegroep",\n  }\n}');
    return file;
  }),
  planFile('a plan file that does not exist', (h) => join(h.planDir, 'bestaat-niet.json')),
  planFile('a folder instead of a plan file', (h) => join(h.planDir, 'stukken')),
  planFile('an empty file', (h) => {
    const file = join(h.planDir, 'leeg.json');
    writeFileSync(file, '');
    return file;
  }),
  planFile('JSON that is no plan (a list)', (h) => {
    const file = join(h.planDir, 'lijst.json');
    writeFileSync(file, '[1, 2, 3]');
    return file;
  }),
];

function command(input: string, args: (h: Harness) => string[]): BadInput {
  return { door: 'regie', input, run: (h) => refusedBy(h, ...args(h)) };
}

const COMMANDS: BadInput[] = [
  command('meeting list --jsno (a typo)', () => ['meeting', 'list', '--jsno']),
  command('import --force (an option it does not know)', (h) => [
    'import',
    join(h.planDir, 'plan.json'),
    '--force',
  ]),
  command('check --repiar', () => ['check', '--repiar']),
  command('export agenda … --uit a.docx', () => ['export', 'agenda', SHOWN, '--uit', 'a.docx']),
  command('package import x.regie --mine', () => ['package', 'import', 'x.regie', '--mine']),
  command('restore x.zip --yes', () => ['restore', 'x.zip', '--yes']),
  command('an unknown command (regie verwijder)', () => ['verwijder', 'alles']),
  command('export actions --group-by week', (h) => [
    'export',
    'actions',
    '--group-by',
    'week',
    '--out',
    join(h.work, 'acties.docx'),
  ]),
  command('--out without a value', () => ['backup', '--out']),
  command('meeting show of a date without a meeting', () => ['meeting', 'show', '2027-04-02', '--json']),
  command('meeting show of a date that does not exist', () => ['meeting', 'show', '2027-02-30', '--json']),
  command('meeting list --body of an unknown body', () => ['meeting', 'list', '--body', 'Gemeenteraad']),
];

/** A file in the document store (the data folder's documents/xx/sha256). */
function storedFile(h: Harness): string {
  const documents = join(h.dataDir, 'documents');
  const shard = readdirSync(documents).find((n) => /^[0-9a-f]{2}$/.test(n)) as string;
  return join(documents, shard, readdirSync(join(documents, shard))[0] as string);
}

const OUTPUT_PATHS: BadInput[] = [
  command('export agenda --out onto the database', (h) => ['export', 'agenda', SHOWN, '--out', h.db]),
  command('export minutes --out onto regie.sqlite-wal', (h) => [
    'export',
    'minutes',
    '2027-03-04',
    '--out',
    `${h.db}-wal`,
  ]),
  command('export actions --out onto regie.sqlite-shm', (h) => ['export', 'actions', '--out', `${h.db}-shm`]),
  command('export agenda --out onto a file of the document store', (h) => [
    'export',
    'agenda',
    SHOWN,
    '--out',
    storedFile(h),
  ]),
  command('export package --out the document store', (h) => [
    'export',
    'package',
    SHOWN,
    '--out',
    join(h.dataDir, 'documents'),
  ]),
  command('export agenda --out exports/../regie.sqlite', (h) => [
    'export',
    'agenda',
    SHOWN,
    '--out',
    join(h.dataDir, 'exports', '..', 'regie.sqlite'),
  ]),
  command('package export --out onto the database', (h) => ['package', 'export', SHOWN, '--out', h.db]),
  command('backup --out into the data folder', (h) => ['backup', '--out', join(h.dataDir, 'kopie.zip')]),
  command('backup --out onto the database (.sqlite)', (h) => ['backup', '--out', h.db]),
];

/** The good package of the shown meeting, exported before the run (see GOOD_PACKAGE). */
const good = (h: Harness) => join(h.work, 'goed.regie');

function editManifest(
  entries: Record<string, Uint8Array>,
  edit: (m: { entries: Entry[] } & Record<string, unknown>) => void,
) {
  const manifest = JSON.parse(strFromU8(entries['manifest.json'] as Uint8Array)) as {
    entries: Entry[];
  } & Record<string, unknown>;
  edit(manifest);
  entries['manifest.json'] = strToU8(JSON.stringify(manifest));
}
type Entry = { path: string; size: number; sha256: string };

/** The good package with its entries changed by `edit`, zipped again. */
function tampered(h: Harness, name: string, edit: (entries: Record<string, Uint8Array>) => void): string {
  const entries = unzipSync(readFileSync(good(h)));
  edit(entries);
  const path = join(h.work, name);
  writeFileSync(path, zipSync(entries));
  return path;
}

/** One row of a table changed, its checksum and size recomputed in the manifest as a forger would. */
function forged(h: Harness, table: string, change: (row: Record<string, unknown>) => void): string {
  return tampered(h, `vals-${table}.regie`, (entries) => {
    const entry = `rows/${table}.json`;
    const rows = JSON.parse(strFromU8(entries[entry] as Uint8Array)) as { row: Record<string, unknown> }[];
    change((rows.find((r) => table !== 'agenda_items' || r.row.fixed_role === null) ?? rows[0])!.row);
    entries[entry] = strToU8(JSON.stringify(rows));
    editManifest(entries, (m) => {
      const listed = m.entries.find((e) => e.path === entry) as Entry;
      listed.size = (entries[entry] as Uint8Array).byteLength;
      listed.sha256 = createHash('sha256')
        .update(entries[entry] as Uint8Array)
        .digest('hex');
    });
  });
}

function packageInput(input: string, make: (h: Harness) => string): BadInput {
  return { door: 'pakket', input, run: (h) => refusedBy(h, 'package', 'import', make(h), '--theirs') };
}

const forgedRow = (table: string, field: string, value: unknown) =>
  packageInput(`forged row, checksum recomputed: ${table}.${field} = ${JSON.stringify(value)}`, (h) =>
    forged(h, table, (row) => (row[field] = value)),
  );

const PACKAGES: BadInput[] = [
  forgedRow('meetings', 'date', '2027-13-45'),
  forgedRow('meetings', 'start_time', '99:99'),
  forgedRow('agenda_items', 'position', 'derde'),
  forgedRow('agenda_items', 'kind', 'informatief'),
  forgedRow('documents', 'size', -5),
  forgedRow('people', 'email', 'geen-adres'),
  forgedRow('bodies', 'colour', 'blauw'),
  packageInput('rows changed after packing (checksum not recomputed)', (h) =>
    tampered(h, 'geknoeid.regie', (entries) => {
      const rows = JSON.parse(strFromU8(entries['rows/meetings.json'] as Uint8Array)) as {
        row: Record<string, unknown>;
      }[];
      rows[0]!.row.location = 'Ergens anders';
      entries['rows/meetings.json'] = strToU8(JSON.stringify(rows));
    }),
  ),
  packageInput('a text file named .regie', (h) => {
    const path = join(h.work, 'notulen.regie');
    writeFileSync(path, 'Dit is een tekstbestand met een verkeerde naam.\n'.repeat(20));
    return path;
  }),
  packageInput('half a package (truncated in transit)', (h) => {
    const bytes = readFileSync(good(h));
    const path = join(h.work, 'half.regie');
    writeFileSync(path, bytes.subarray(0, Math.floor(bytes.byteLength / 2)));
    return path;
  }),
  packageInput('an entry ../../.bashrc (zip slip)', (h) =>
    tampered(h, 'klimmer.regie', (entries) => (entries['../../.bashrc'] = strToU8('echo gehackt'))),
  ),
  packageInput('an entry with an absolute path', (h) =>
    tampered(
      h,
      'absoluut.regie',
      (entries) => (entries['/etc/cron.d/regie'] = strToU8('* * * * * root true')),
    ),
  ),
  packageInput('a zip without manifest.json', (h) => {
    const path = join(h.work, 'foto-s.regie');
    writeFileSync(path, zipSync({ 'vakantie/foto1.jpg': strToU8('jpeg?') }));
    return path;
  }),
  packageInput('a package of a newer format version', (h) =>
    tampered(h, 'nieuw.regie', (entries) => editManifest(entries, (m) => (m.formatVersion = 2))),
  ),
  packageInput('a document claimed to be 600 MB', (h) =>
    tampered(h, 'groot.regie', (entries) =>
      editManifest(entries, (m) => {
        (m.entries.find((e) => e.path.startsWith('documents/')) as Entry).size = 600 * 1024 * 1024;
      }),
    ),
  ),
  packageInput('a package file that does not exist', (h) => join(h.work, 'weg.regie')),
];

/** A backup of the data (made before the run), for the restore cases. */
const backup = (h: Harness) => join(h.work, 'reserve.zip');

const RESTORES: BadInput[] = [
  {
    door: 'regie',
    input: 'restore of a damaged backup (a text file named .zip)',
    async run(h) {
      const path = join(h.work, 'kapot.zip');
      writeFileSync(path, 'geen back-up');
      return refusedBy(h, 'restore', path);
    },
  },
  command('restore of a backup that does not exist', (h) => ['restore', join(h.work, 'weg.zip')]),
  {
    door: 'server',
    input: 'regie restore while browser mode holds the data folder',
    run: (h) => whileServerRuns(h, () => refusedBy(h, 'restore', backup(h))),
  },
  {
    door: 'server',
    input: 'regie import while browser mode holds the data folder',
    run: (h) => whileServerRuns(h, () => refusedBy(h, 'import', join(h.planDir, 'plan.json'))),
  },
  {
    door: 'server',
    input: 'a second browser-mode server on the same data folder',
    run: (h) =>
      whileServerRuns(h, () =>
        startServer(h.dataDir).then(
          (second) => {
            second.kill('SIGTERM');
            return null;
          },
          (e: Error) => e.message,
        ),
      ),
  },
];

/** The shown meeting's id and the Regiegroep's, through the API. */
async function ids(h: Harness) {
  const api = await h.api();
  const meeting = await api['meetings.find']({ ref: SHOWN });
  const body = (await api['bodies.list']({}))[0]!;
  const people = await api['people.list']({ bodyId: body.id });
  return { api, meeting, body, people };
}

function apiInput(input: string, call: (x: Awaited<ReturnType<typeof ids>>) => Promise<unknown>): BadInput {
  return { door: 'API', input, run: async (h) => apiRefusal(call(await ids(h))) };
}

const API: BadInput[] = [
  apiInput('people.save without a role', ({ api, body }) =>
    api['people.save']({ bodyId: body.id, name: 'Zonder Rol', memberships: [] }),
  ),
  apiInput('meetings.update: end before start', ({ api, meeting }) =>
    api['meetings.update']({ id: meeting.id, end: '06:00' }),
  ),
  apiInput('meetings.create with start 930 (a number)', ({ api, body }) =>
    api['meetings.create']({ bodyId: body.id, date: '2027-07-01', start: 930 as never }),
  ),
  apiInput('meetings.create on 2027-02-30', ({ api, body }) =>
    api['meetings.create']({ bodyId: body.id, date: '2027-02-30', start: '13:30' }),
  ),
  apiInput('items.add with a NUL in the title', ({ api, meeting }) =>
    api['items.add']({ meetingId: meeting.id, kind: 'informerend', title: 'Stavaza\u0000' }),
  ),
  apiInput('items.add of kind "informatief"', ({ api, meeting }) =>
    api['items.add']({ meetingId: meeting.id, kind: 'informatief' as never, title: 'Stavaza' }),
  ),
  apiInput('bodies.save with a closed day twice', ({ api, body }) =>
    api['bodies.save']({
      id: body.id,
      name: body.name,
      rotation: ['Leudal', 'Nederweert', 'Weert'],
      deadlines: body.deadlines,
      closedDays: [
        { date: '2027-12-27', reason: '' },
        { date: '2027-12-27', reason: 'kerst' },
      ],
    }),
  ),
  apiInput('bodies.save with a municipality twice in the rotation', ({ api, body }) =>
    api['bodies.save']({
      id: body.id,
      name: body.name,
      rotation: ['Leudal', 'Weert', 'Weert'],
      deadlines: body.deadlines,
      closedDays: [],
    }),
  ),
  apiInput('people.save with an e-mail address that is none', ({ api, body, people }) =>
    api['people.save']({
      bodyId: body.id,
      id: people[0]!.id,
      name: people[0]!.name,
      email: 'a.hendriks-at-leudal',
      memberships: [{ role: 'opdrachtgever', municipality: 'Leudal' }],
    }),
  ),
  apiInput('minutes.setAttendance: one person present and absent', ({ api, meeting, people }) =>
    api['minutes.setAttendance']({
      meetingId: meeting.id,
      entries: [
        { personId: people[0]!.id, name: people[0]!.name, status: 'present' },
        { personId: people[0]!.id, name: people[0]!.name, status: 'absent' },
      ],
    }),
  ),
  apiInput('bodies.save of a new body with the name of an existing one', ({ api, body }) =>
    api['bodies.save']({ name: body.name, rotation: ['Weert'], deadlines: body.deadlines, closedDays: [] }),
  ),
  apiInput('actions.add with a due date that does not exist', ({ api, meeting }) =>
    api['actions.add']({ itemId: meeting.items[0]!.id, what: 'Offertes opvragen', due: '2027-06-31' }),
  ),
  apiInput('meetings.find of an id that does not exist', ({ api }) =>
    api['meetings.find']({ ref: '00000000-0000-4000-8000-000000000000' }),
  ),
  {
    door: 'API',
    input: 'undo.last over a later change of the same person (in another body)',
    async setup(h) {
      const api = await h.api();
      const a = (await api['bodies.list']({}))[0]!;
      const b = await api['bodies.save']({
        name: 'Stuurgroep',
        rotation: ['Leudal', 'Weert'],
        deadlines: a.deadlines,
        closedDays: [],
      });
      const person = (await api['people.list']({ bodyId: a.id })).find((p) => p.name === 'L. Peeters')!;
      const save = (bodyId: string, email: string) =>
        api['people.save']({
          bodyId,
          id: person.id,
          name: person.name,
          email,
          memberships: [{ role: 'ondersteuner' }],
        });
      // Her e-mail changed in A; she leaves A and joins B, where it changes again; her leaving A is undone.
      await save(a.id, 'peeters@weert.nl');
      await api['people.delete']({ bodyId: a.id, id: person.id });
      await save(b.id, 'l.peeters@leudal.nl');
      await api['undo.last']({ bodyId: a.id });
    },
    async run(h) {
      const api = await h.api();
      const a = (await api['bodies.list']({})).find((b) => b.name !== 'Stuurgroep')!;
      return apiRefusal(api['undo.last']({ bodyId: a.id }));
    },
  },
];

function bridgeInput(
  input: string,
  path: string | ((token: string) => string),
  options: Parameters<typeof bridgeCall>[2] = {},
): BadInput {
  return {
    door: 'bridge',
    input,
    async run(h) {
      const bridge = await h.bridge();
      return bridgeCall(bridge, typeof path === 'string' ? path : path(bridge.token), options);
    },
  };
}

const BRIDGE: BadInput[] = [
  bridgeInput('a malformed %-escape in the call name', '/api/bodies.list%E0%A4%A'),
  bridgeInput('a lone % as the call name', '/api/%'),
  bridgeInput('a malformed %-escape in a download', (token) => `/download/%E0%A4%A?token=${token}`, {
    method: 'GET',
  }),
  bridgeInput('a download without the token', '/download/agenda.docx', { method: 'GET' }),
  bridgeInput('an API call without the token', '/api/bodies.list', { token: false }),
  bridgeInput('an API call by GET', '/api/bodies.list', { method: 'GET' }),
  bridgeInput('a call that does not exist', '/api/bodies.drop'),
  bridgeInput('a body that is no JSON', '/api/bodies.list', { body: '{"kapot' }),
  bridgeInput('people.save without a role, through the bridge', '/api/people.save', {
    body: JSON.stringify({ bodyId: '00000000-0000-4000-8000-000000000000', name: 'X', memberships: [] }),
  }),
];

/** Everything the run needs that changes the data: done once, before the first "before". */
export async function prepare(h: Harness): Promise<void> {
  mkdirSync(h.work, { recursive: true });
  const exported = await h.regie('package', 'export', SHOWN, '--out', good(h));
  if (exported.code !== 0) throw new Error(`het pakket ging niet uit: ${exported.err}`);
  const saved = await h.regie('backup', '--out', backup(h));
  if (saved.code !== 0) throw new Error(`de back-up mislukte: ${saved.err}`);
}

/**
 * All of them, in the order they run: first the doors that need the data folder free (the CLI writes, the
 * server), then those that hold it (the API, the bridge).
 */
export const BAD_INPUTS: BadInput[] = [
  ...PLANS,
  ...COMMANDS,
  ...OUTPUT_PATHS,
  ...PACKAGES,
  ...RESTORES,
  ...API,
  ...BRIDGE,
];
