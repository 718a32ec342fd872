import { describe, expect, it } from 'vitest';
import {
  nextHost,
  opdrachtgeverOn,
  resolveRotation,
  type OpdrachtgeverTerm,
  type RotationMeetingInput,
} from '../../shared/rules/rotation';

const ROTATION = ['leudal', 'nederweert', 'weert'] as const;
const NAMES: Record<string, string> = { leudal: 'Leudal', nederweert: 'Nederweert', weert: 'Weert' };
const name = (id: string): string => NAMES[id] ?? id;

const OPDRACHTGEVERS: OpdrachtgeverTerm[] = [
  { municipalityId: 'leudal', personId: 'lars', validFrom: null, validTo: null },
  { municipalityId: 'nederweert', personId: 'nina', validFrom: null, validTo: null },
  // Weert changes opdrachtgever on 1 July 2027.
  { municipalityId: 'weert', personId: 'wim', validFrom: null, validTo: '2027-06-30' },
  { municipalityId: 'weert', personId: 'wendy', validFrom: '2027-07-01', validTo: null },
];

function meeting(id: string, date: string, extra: Partial<RotationMeetingInput> = {}): RotationMeetingInput {
  return { id, date, status: 'planned', hostId: null, chairOverride: null, notulistOverride: null, ...extra };
}

describe('nextHost', () => {
  it.each([
    [null, 'leudal'], // no previous meeting: the rotation starts at its first municipality
    ['leudal', 'nederweert'],
    ['nederweert', 'weert'],
    ['weert', 'leudal'], // wraps round
    ['roermond', 'leudal'], // not in the rotation: start over
  ])('after %s → %s', (prev, next) => {
    expect(nextHost(ROTATION, prev)).toBe(next);
  });
  it('an empty rotation has no next host', () => {
    expect(nextHost([], 'leudal')).toBeNull();
    expect(nextHost([], null)).toBeNull();
  });
});

describe('opdrachtgeverOn (validity inclusive; overlapping terms: the latest start wins)', () => {
  const terms: OpdrachtgeverTerm[] = [
    ...OPDRACHTGEVERS,
    // An interim in Weert overlapping Wim's term.
    { municipalityId: 'weert', personId: 'walter', validFrom: '2027-06-15', validTo: '2027-06-20' },
    { municipalityId: 'roermond', personId: 'rob', validFrom: '2028-01-01', validTo: null },
  ];
  it.each([
    ['weert', '2027-01-01', 'wim'],
    ['weert', '2027-06-14', 'wim'],
    ['weert', '2027-06-15', 'walter'], // first day of the interim (inclusive)
    ['weert', '2027-06-20', 'walter'], // last day of the interim (inclusive)
    ['weert', '2027-06-21', 'wim'],
    ['weert', '2027-06-30', 'wim'], // validTo inclusive
    ['weert', '2027-07-01', 'wendy'], // validFrom inclusive
    ['leudal', '1999-01-01', 'lars'], // open both ends
    ['roermond', '2027-12-31', null], // not yet started
    ['roermond', '2028-01-01', 'rob'],
    ['echt', '2027-01-01', null], // unknown municipality
  ])('%s on %s → %s', (municipality, date, person) => {
    expect(opdrachtgeverOn(terms, municipality, date)).toBe(person);
  });
});

describe('resolveRotation: a year of the regiegroep', () => {
  // Given out of order on purpose: the rules sort by date.
  const meetings: RotationMeetingInput[] = [
    meeting('m10', '2027-08-12'),
    meeting('m1', '2027-01-14', { status: 'held' }),
    meeting('m3', '2027-03-11', { status: 'cancelled' }),
    meeting('m2', '2027-02-11', { status: 'held' }),
    meeting('m4', '2027-04-08', { status: 'held' }),
    meeting('m5', '2027-05-13', { chairOverride: { personId: 'nina', reason: 'Lars met vakantie' } }),
    meeting('m6', '2027-06-10'),
    meeting('m7', '2027-06-30', { notulistOverride: { personId: 'lars', reason: 'Nina afwezig' } }),
    meeting('m8', '2027-07-01', { hostId: 'nederweert' }),
    meeting('m9', '2027-07-15'),
  ];
  const roles = resolveRotation({
    rotation: ROTATION,
    meetings,
    opdrachtgevers: OPDRACHTGEVERS,
    municipalityName: name,
  });

  it('resolves every meeting', () => {
    expect([...roles.keys()].sort()).toEqual(meetings.map((m) => m.id).sort());
  });

  it.each([
    // id, host, from rotation, chair, chair explanation, notulist, notulist explanation
    // m1: first meeting → rotation[0] Leudal; notulist: the municipality before Leudal is Weert → Wim.
    [
      'm1',
      'leudal',
      true,
      'lars',
      'opdrachtgever van Leudal (gastgemeente)',
      'wim',
      'eerste vergadering: opdrachtgever van Weert (vorige in de rotatie)',
    ],
    // m2: after Leudal → Nederweert; notulist = chair of m1.
    [
      'm2',
      'nederweert',
      true,
      'nina',
      'opdrachtgever van Nederweert (gastgemeente)',
      'lars',
      'voorzitter van de vorige vergadering (14 januari 2027)',
    ],
    // m3 (cancelled): shown as Weert, with the roles it would have had.
    [
      'm3',
      'weert',
      true,
      'wim',
      'opdrachtgever van Weert (gastgemeente)',
      'nina',
      'voorzitter van de vorige vergadering (11 februari 2027)',
    ],
    // m4: m3 does not count → still after Nederweert → Weert; notulist = chair of m2, not of m3.
    [
      'm4',
      'weert',
      true,
      'wim',
      'opdrachtgever van Weert (gastgemeente)',
      'nina',
      'voorzitter van de vorige vergadering (11 februari 2027)',
    ],
    // m5: Leudal hosts, but Nina chairs as substitute.
    [
      'm5',
      'leudal',
      true,
      'nina',
      'vervangt: Lars met vakantie',
      'wim',
      'voorzitter van de vorige vergadering (8 april 2027)',
    ],
    // m6: the substitute chair of m5 counts: Nina is notulist (and chairs as Nederweert's opdrachtgever).
    [
      'm6',
      'nederweert',
      true,
      'nina',
      'opdrachtgever van Nederweert (gastgemeente)',
      'nina',
      'voorzitter van de vorige vergadering (13 mei 2027)',
    ],
    // m7 (30 June, Wim's last day): notulist overridden.
    ['m7', 'weert', true, 'wim', 'opdrachtgever van Weert (gastgemeente)', 'lars', 'vervangt: Nina afwezig'],
    // m8: explicit host Nederweert (rotation would say Leudal).
    [
      'm8',
      'nederweert',
      false,
      'nina',
      'opdrachtgever van Nederweert (gastgemeente)',
      'wim',
      'voorzitter van de vorige vergadering (30 juni 2027)',
    ],
    // m9: rotates on from the explicit host → Weert; Wendy is Weert's opdrachtgever from 1 July.
    [
      'm9',
      'weert',
      true,
      'wendy',
      'opdrachtgever van Weert (gastgemeente)',
      'nina',
      'voorzitter van de vorige vergadering (1 juli 2027)',
    ],
    [
      'm10',
      'leudal',
      true,
      'lars',
      'opdrachtgever van Leudal (gastgemeente)',
      'wendy',
      'voorzitter van de vorige vergadering (15 juli 2027)',
    ],
  ])(
    '%s: host %s (rotation %s), chair %s, notulist %s',
    (id, host, fromRotation, chair, chairWhy, notulist, notulistWhy) => {
      const r = roles.get(id);
      expect(r).toBeDefined();
      expect(r?.meetingId).toBe(id);
      expect(r?.hostId).toBe(host);
      expect(r?.hostFromRotation).toBe(fromRotation);
      expect(r?.chair.personId).toBe(chair);
      expect(r?.chair.explanation).toBe(chairWhy);
      expect(r?.notulist.personId).toBe(notulist);
      expect(r?.notulist.explanation).toBe(notulistWhy);
    },
  );

  it.each([
    ['m5', 'chair', true, 'Lars met vakantie'],
    ['m5', 'notulist', false, null],
    ['m6', 'notulist', false, null], // following a substitute is not itself an override
    ['m7', 'notulist', true, 'Nina afwezig'],
    ['m7', 'chair', false, null],
  ] as const)('%s %s: overridden %s, reason %s', (id, role, isOverridden, reason) => {
    const holder = roles.get(id)?.[role];
    expect(holder?.overridden).toBe(isOverridden);
    expect(holder?.reason).toBe(reason);
  });
});

describe('resolveRotation: edge cases', () => {
  it('a cancelled first meeting does not start the rotation', () => {
    const r = resolveRotation({
      rotation: ROTATION,
      meetings: [meeting('a', '2027-01-14', { status: 'cancelled' }), meeting('b', '2027-02-11')],
      opdrachtgevers: OPDRACHTGEVERS,
    });
    // a: Leudal (shown); b: still the first that counts → Leudal again, notulist by the first-meeting rule.
    expect(r.get('a')?.hostId).toBe('leudal');
    expect(r.get('b')?.hostId).toBe('leudal');
    expect(r.get('b')?.notulist.personId).toBe('wim');
    expect(r.get('b')?.notulist.explanation).toBe(
      'eerste vergadering: opdrachtgever van weert (vorige in de rotatie)',
    );
  });

  it('an explicit host outside the rotation does not reset it; an unknown chair is explained', () => {
    const r = resolveRotation({
      rotation: ROTATION,
      meetings: [
        meeting('a', '2027-01-14'),
        meeting('b', '2027-02-11', { hostId: 'roermond' }),
        meeting('c', '2027-03-11'),
      ],
      opdrachtgevers: OPDRACHTGEVERS,
      municipalityName: name,
    });
    expect(r.get('b')?.hostId).toBe('roermond');
    expect(r.get('b')?.chair).toEqual({
      personId: null,
      overridden: false,
      reason: null,
      explanation: 'geen opdrachtgever van roermond (gastgemeente) bekend op 11 februari 2027',
    });
    expect(r.get('c')?.hostId).toBe('nederweert'); // rotates on from Leudal (a), the last host in the rotation
    expect(r.get('c')?.notulist.personId).toBeNull();
    expect(r.get('c')?.notulist.explanation).toBe(
      'voorzitter van de vorige vergadering (11 februari 2027) is onbekend',
    );
  });

  it('an explicit host in the rotation makes the next meetings rotate on from it', () => {
    const r = resolveRotation({
      rotation: ROTATION,
      meetings: [
        meeting('a', '2027-01-14', { hostId: 'weert' }),
        meeting('b', '2027-02-11'),
        meeting('c', '2027-03-11'),
      ],
      opdrachtgevers: OPDRACHTGEVERS,
    });
    expect([r.get('a')?.hostId, r.get('b')?.hostId, r.get('c')?.hostId]).toEqual([
      'weert',
      'leudal',
      'nederweert',
    ]);
    // First meeting hosted by Weert: the municipality before Weert is Nederweert.
    expect(r.get('a')?.notulist.personId).toBe('nina');
  });

  it('an explicit host on a cancelled meeting does not count', () => {
    const r = resolveRotation({
      rotation: ROTATION,
      meetings: [
        meeting('a', '2027-01-14'),
        meeting('b', '2027-02-11', { hostId: 'weert', status: 'cancelled' }),
        meeting('c', '2027-03-11'),
      ],
      opdrachtgevers: OPDRACHTGEVERS,
    });
    expect(r.get('c')?.hostId).toBe('nederweert');
    expect(r.get('c')?.notulist.personId).toBe('lars');
  });

  it('an empty rotation gives no host unless one is set', () => {
    const r = resolveRotation({
      rotation: [],
      meetings: [meeting('a', '2027-01-14'), meeting('b', '2027-02-11', { hostId: 'weert' })],
      opdrachtgevers: OPDRACHTGEVERS,
    });
    expect(r.get('a')).toEqual({
      meetingId: 'a',
      hostId: null,
      hostFromRotation: false,
      chair: { personId: null, overridden: false, reason: null, explanation: 'geen gastgemeente bekend' },
      notulist: {
        personId: null,
        overridden: false,
        reason: null,
        explanation: 'eerste vergadering en de gastgemeente staat niet in de rotatie',
      },
    });
    expect(r.get('b')?.hostId).toBe('weert');
    expect(r.get('b')?.hostFromRotation).toBe(false);
    expect(r.get('b')?.chair.personId).toBe('wim');
  });

  it('meetings on the same date keep their input order', () => {
    const r = resolveRotation({
      rotation: ROTATION,
      meetings: [meeting('x', '2027-01-14'), meeting('y', '2027-01-14')],
      opdrachtgevers: OPDRACHTGEVERS,
    });
    expect([r.get('x')?.hostId, r.get('y')?.hostId]).toEqual(['leudal', 'nederweert']);
  });

  it('no meetings → empty map', () => {
    expect(resolveRotation({ rotation: ROTATION, meetings: [], opdrachtgevers: [] }).size).toBe(0);
  });
});
