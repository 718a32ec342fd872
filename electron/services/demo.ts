// The demo: the seed's example agenda ("Stavaza Beschermd wonen", "Aanschaf informatieplatform") on the next
// meeting of a realistic year of regiegroep meetings around today, with earlier meetings held and minuted.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PlanInput } from '../../shared/api/plan';
import { DEFAULT_DEADLINES } from '../../shared/domain/types';
import { addDays, localDateFromParts, parseLocalDate } from '../../shared/rules/calendar';
import { computeDeadlines } from '../../shared/rules/deadlines';
import { generateSeries } from '../../shared/rules/series';
import type { AppContext } from './context';
import { today } from './context';
import { importPlan } from './plan-import';
import { pdfPages } from './demo-pdf';

interface DemoPage {
  title: string;
  lines: string[];
}

const DEMO_BODY = 'Ambtelijke regiegroep Sociaal Domein Midden-Limburg West';

const PEOPLE = [
  {
    name: 'A. Hendriks',
    email: 'a.hendriks@leudal.example.nl',
    municipality: 'Leudal',
    roles: ['opdrachtgever' as const],
  },
  {
    name: 'M. Janssen',
    email: 'm.janssen@nederweert.example.nl',
    municipality: 'Nederweert',
    roles: ['opdrachtgever' as const],
  },
  {
    name: 'P. Smeets',
    email: 'p.smeets@weert.example.nl',
    municipality: 'Weert',
    roles: ['opdrachtgever' as const],
  },
  {
    name: 'L. Peeters',
    email: 'l.peeters@weert.example.nl',
    municipality: 'Weert',
    roles: ['ondersteuner' as const],
  },
  {
    name: 'R. Verheijen',
    email: 'r.verheijen@leudal.example.nl',
    municipality: 'Leudal',
    roles: ['projectleider' as const],
  },
  {
    name: 'S. Coenen',
    email: 's.coenen@nederweert.example.nl',
    municipality: 'Nederweert',
    roles: ['projectleider' as const],
  },
];

const LOCATIONS: Record<string, string> = {
  Leudal: 'Gemeentehuis Leudal, Heythuysen',
  Nederweert: 'Gemeentehuis Nederweert',
  Weert: 'Stadhuis Weert',
};

const ROTATION = ['Leudal', 'Nederweert', 'Weert'];

interface DemoFile {
  name: string;
  pages: DemoPage[];
}

function demoPlan(day: string): { plan: PlanInput; files: DemoFile[] } {
  const { year, month } = parseLocalDate(day);
  const monthStart = (offset: number) => {
    const index = year * 12 + (month - 1) + offset;
    return localDateFromParts(Math.floor(index / 12), (index % 12) + 1, 1);
  };
  const from = monthStart(-5);
  const until = monthStart(7);
  const dates = generateSeries(
    { kind: 'nthWeekdayOfMonth', weekday: 2, nth: 4, from, until },
    { closedDays: [] },
  )
    .filter((o) => !o.skipped)
    .map((o) => o.date);
  const files: DemoFile[] = [];
  const file = (name: string, title: string, lines: string[], more: DemoPage[] = []) => {
    files.push({ name, pages: [{ title, lines }, ...more] });
    return name;
  };
  const nextIndex = dates.findIndex((d) => d >= day);
  const meetings: NonNullable<PlanInput['meetings']> = dates.map((date, index) => {
    const host = ROTATION[index % ROTATION.length] as string;
    const held = index < nextIndex;
    const meeting: NonNullable<PlanInput['meetings']>[number] = {
      date,
      start: '09:30',
      location: LOCATIONS[host] ?? '',
      status: held ? 'held' : 'planned',
      items: [],
    };
    if (held) {
      meeting.items = [
        {
          kind: 'informerend',
          title: `Dashboard bezetting regionale functies en budgetten (${date.slice(0, 7)})`,
          submittedBy: 'L. Peeters',
          submittedAt: `${addDays(date, -9)}T10:00`,
          durationMinutes: 15,
          documents: [
            {
              title: 'Dashboard',
              file: file(`dashboard-${date}.pdf`, 'Dashboard bezetting en budgetten', [`Stand per ${date}`]),
            },
          ],
        },
        {
          kind: 'besluitvormend',
          title: `Inzet regionale middelen ${index + 1}`,
          proposal: 'De regiegroep stemt in met de voorgestelde verdeling.',
          submittedBy: 'R. Verheijen',
          submittedAt: `${addDays(date, -8)}T14:30`,
          durationMinutes: 20,
          documents: [
            {
              title: 'Notitie verdeling',
              file: file(`verdeling-${date}.pdf`, 'Notitie verdeling regionale middelen', [
                'Voorstel tot verdeling.',
              ]),
            },
          ],
        },
      ];
      const earliest = (a: string, b: string) => (a < b ? a : b);
      meeting.minutes = {
        // Sent three days after the meeting (within the five-day rule), or today for the latest one.
        sentOn: earliest(addDays(date, 3), day),
        present: ['A. Hendriks', 'M. Janssen', 'P. Smeets', 'L. Peeters'],
        absent: [],
        items: [
          { item: 3, notes: 'Het dashboard is toegelicht; bezetting op peil.', decisions: [], actions: [] },
          {
            item: 4,
            notes: 'Besproken en akkoord.',
            decisions: ['De regiegroep stemt in met de voorgestelde verdeling.'],
            actions: [
              {
                what: `Verdeling ${index + 1} verwerken in de begroting`,
                who: 'R. Verheijen',
                due: addDays(date, 28),
                ...(index < nextIndex - 2
                  ? { status: 'done' as const, closedOn: earliest(addDays(date, 21), day) }
                  : {}),
              },
            ],
          },
        ],
      };
    }
    if (index === nextIndex) {
      const deadlines = computeDeadlines(date, DEFAULT_DEADLINES, { closedDays: [] });
      meeting.items = [
        {
          kind: 'informerend',
          title: 'Stavaza Beschermd wonen',
          explanation: 'Stand van zaken van de regionale opgave beschermd wonen.',
          submittedBy: 'S. Coenen',
          submittedAt: `${addDays(deadlines.submission, -3)}T11:15`,
          durationMinutes: 20,
          documents: [
            {
              title: 'Stavaza Beschermd wonen',
              file: file(
                'stavaza-bw.pdf',
                'Stavaza Beschermd wonen',
                ['Voortgang per gemeente.'],
                // More than one page: search finds the text inside, with the page ("A - Stavaza ..., p. 3").
                [
                  {
                    title: 'Plaatsen per gemeente',
                    lines: ['Leudal 14 plaatsen, Nederweert 9 plaatsen, Weert 31 plaatsen.'],
                  },
                  {
                    title: 'Vervolg',
                    lines: [
                      'De nieuwe woonvoorziening in Weert opent in het najaar.',
                      'De wachtlijst telt twaalf aanmeldingen.',
                    ],
                  },
                ],
              ),
            },
          ],
        },
        {
          kind: 'besluitvormend',
          title: 'Aanschaf informatieplatform',
          proposal:
            'De regiegroep besluit tot aanschaf van het informatieplatform binnen het beschikbare budget.',
          submittedBy: 'R. Verheijen',
          submittedAt: `${addDays(deadlines.submission, -2)}T09:00`,
          durationMinutes: 30,
          documents: [
            {
              title: 'Voorstel aanschaf informatieplatform',
              file: file('voorstel-platform.pdf', 'Voorstel aanschaf informatieplatform', [
                'Kosten en baten.',
              ]),
            },
            {
              title: 'Offerteoverzicht',
              file: file('offertes.pdf', 'Offerteoverzicht', ['Drie offertes vergeleken.']),
            },
          ],
        },
        {
          kind: 'voorbereidend',
          target: 'beide',
          title: 'Regionale visie jeugdhulp',
          proposal: 'Advies aan stuurgroep en colleges: visie vaststellen.',
          submittedBy: 'S. Coenen',
          submittedAt: `${addDays(deadlines.submission, 1)}T16:40`,
          durationMinutes: 15,
          documents: [],
        },
      ];
    }
    return meeting;
  });
  const plan: PlanInput = {
    body: {
      name: DEMO_BODY,
      rotation: ROTATION,
      deadlines: DEFAULT_DEADLINES,
      closedDays: [],
    },
    municipalities: ROTATION,
    people: PEOPLE,
    meetings,
  };
  return { plan, files };
}

export async function loadDemo(ctx: AppContext): Promise<{ bodyId: string }> {
  const { plan, files } = demoPlan(today(ctx));
  const dir = await mkdtemp(join(tmpdir(), 'regie-demo-'));
  try {
    for (const f of files) await writeFile(join(dir, f.name), pdfPages(f.pages));
    const summary = await importPlan(ctx, plan, dir);
    return { bodyId: summary.bodyId };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
