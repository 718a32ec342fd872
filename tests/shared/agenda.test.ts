import { describe, expect, it } from 'vitest';
import type { AgendaItemKind, FixedRole, Target } from '../../shared/domain/types';
import {
  agendaTimes,
  assignAttachmentLabels,
  letterFor,
  missingFields,
  MISSING_FIELD_LABEL,
  numberAgenda,
  orderAgenda,
  type MissingField,
} from '../../shared/rules/agenda';

describe('letterFor', () => {
  it.each([
    [0, 'A'],
    [1, 'B'],
    [2, 'C'],
    [25, 'Z'],
    [26, 'AA'],
    [27, 'AB'],
    [51, 'AZ'], // 26 + 25
    [52, 'BA'],
    [701, 'ZZ'], // 26 + 26*26 - 1
    [702, 'AAA'],
    [18277, 'ZZZ'], // 26 + 676 + 17576 - 1
    [18278, 'AAAA'],
  ])('%d → %s', (i, letter) => {
    expect(letterFor(i)).toBe(letter);
  });
  it.each([-1, 1.5, Number.NaN])('rejects %d', (i) => {
    expect(() => letterFor(i)).toThrow(RangeError);
  });
});

describe('assignAttachmentLabels', () => {
  it('the seed agenda: minutes A, stavaza B, besluit with two documents C1/C2; items without documents get no letter', () => {
    const { itemLetters, documentLabels } = assignAttachmentLabels([
      { id: 'opening', documentIds: [] },
      { id: 'minutes', documentIds: ['verslag'] },
      { id: 'stavaza', documentIds: ['stavaza-bw'] },
      { id: 'besluit', documentIds: ['voorstel', 'offerte'] },
      { id: 'closing', documentIds: [] },
    ]);
    expect([...itemLetters]).toEqual([
      ['minutes', 'A'],
      ['stavaza', 'B'],
      ['besluit', 'C'],
    ]);
    expect([...documentLabels]).toEqual([
      ['verslag', 'A'],
      ['stavaza-bw', 'B'],
      ['voorstel', 'C1'],
      ['offerte', 'C2'],
    ]);
  });

  it('an item without documents in the middle uses no letter', () => {
    const { itemLetters } = assignAttachmentLabels([
      { id: 'a', documentIds: ['d1'] },
      { id: 'b', documentIds: [] },
      { id: 'c', documentIds: ['d2'] },
    ]);
    expect(itemLetters.get('b')).toBeUndefined();
    expect(itemLetters.get('c')).toBe('B');
  });

  it('after Z comes AA; numbering continues per item', () => {
    const items = Array.from({ length: 28 }, (_, i) => ({
      id: `i${i}`,
      documentIds: i === 27 ? ['x', 'y', 'z'] : [`d${i}`],
    }));
    const { itemLetters, documentLabels } = assignAttachmentLabels(items);
    expect(itemLetters.get('i25')).toBe('Z');
    expect(itemLetters.get('i26')).toBe('AA');
    expect(documentLabels.get('d26')).toBe('AA');
    expect(['x', 'y', 'z'].map((d) => documentLabels.get(d))).toEqual(['AB1', 'AB2', 'AB3']);
  });

  it('a document listed twice keeps its first label', () => {
    const { documentLabels } = assignAttachmentLabels([
      { id: 'a', documentIds: ['d'] },
      { id: 'b', documentIds: ['d', 'e'] },
    ]);
    expect(documentLabels.get('d')).toBe('A');
    expect(documentLabels.get('e')).toBe('B2');
  });

  it('no items → nothing', () => {
    const r = assignAttachmentLabels([]);
    expect(r.itemLetters.size + r.documentLabels.size).toBe(0);
  });
});

describe('orderAgenda / numberAgenda', () => {
  type Item = { id: string; fixedRole: FixedRole | null; position: number };
  const items: Item[] = [
    { id: 'closing', fixedRole: 'closing', position: 0 }, // positions of fixed items do not matter
    { id: 'c', fixedRole: null, position: 3 },
    { id: 'opening', fixedRole: 'opening', position: 10 },
    { id: 'a', fixedRole: null, position: 1 },
    { id: 'minutes', fixedRole: 'minutes', position: 99 },
    { id: 'b', fixedRole: null, position: 1 }, // same position as 'a': input order
    { id: 'z', fixedRole: null, position: -5 },
  ];

  it('opening, minutes, typed items by position, closing', () => {
    expect(orderAgenda(items).map((i) => i.id)).toEqual([
      'opening',
      'minutes',
      'z',
      'a',
      'b',
      'c',
      'closing',
    ]);
  });

  it('does not change its input', () => {
    const copy = [...items];
    orderAgenda(items);
    expect(items).toEqual(copy);
  });

  it('numbers 1..n in agenda order, keeping the items', () => {
    const numbered = numberAgenda(items);
    expect(numbered.map((n) => `${n.number} ${n.item.id}`)).toEqual([
      '1 opening',
      '2 minutes',
      '3 z',
      '4 a',
      '5 b',
      '6 c',
      '7 closing',
    ]);
    expect(numbered[0]?.item).toBe(items[2]);
  });

  it('also orders database rows (fixed_role)', () => {
    const rows = [
      { id: 'closing', fixed_role: 'closing' as FixedRole | null, position: 1 },
      { id: 'x', fixed_role: null, position: 2 },
      { id: 'minutes', fixed_role: 'minutes' as FixedRole | null, position: 3 },
      { id: 'opening', fixed_role: 'opening' as FixedRole | null, position: 4 },
    ];
    expect(orderAgenda(rows).map((r) => r.id)).toEqual(['opening', 'minutes', 'x', 'closing']);
  });

  it('an agenda without fixed items is ordered by position', () => {
    expect(
      orderAgenda([
        { fixedRole: null, position: 2 },
        { fixedRole: null, position: 1 },
      ]).map((i) => i.position),
    ).toEqual([1, 2]);
  });
});

describe('agendaTimes', () => {
  it.each<[string, (number | null)[], (string | null)[]]>([
    // 09:30 +10 → 09:40 +15 → 09:55, (no duration) 09:55, +30 → 10:25.
    ['09:30', [10, 15, null, 30, 20], ['09:30', '09:40', '09:55', '09:55', '10:25']],
    ['13:45', [75, 5], ['13:45', '15:00']],
    ['09:00', [], []],
    ['09:00', [null, null], ['09:00', '09:00']],
    ['09:00', [-10, 15], ['09:00', '09:00']], // negative counts as no duration
    ['09:00', [Number.NaN, 15], ['09:00', '09:00']],
    ['23:00', [30, 30, 10], ['23:00', '23:30', null]], // 24:00 would be the next day
    ['23:00', [59, 1], ['23:00', '23:59']],
    ['', [10, 10], [null, null]], // no start time known
    ['9:00', [10], [null]],
  ])('start %s, durations %j → %j', (start, durations, expected) => {
    expect(agendaTimes(start, durations)).toEqual(expected);
  });
});

describe('missingFields', () => {
  const base = {
    target: null as Target | null,
    proposal: null as string | null,
    documentCount: 1,
    title: 'Stavaza',
  };
  it.each<[string, AgendaItemKind, Partial<typeof base>, MissingField[]]>([
    ['informerend, complete', 'informerend', {}, []],
    ['informerend without documents', 'informerend', { documentCount: 0 }, ['document']],
    ['besluitvormend without proposal', 'besluitvormend', {}, ['proposal']],
    ['besluitvormend with blank proposal', 'besluitvormend', { proposal: '   ' }, ['proposal']],
    ['besluitvormend, complete', 'besluitvormend', { proposal: 'In te stemmen met de aanschaf' }, []],
    ['besluitvormend needs no target', 'besluitvormend', { proposal: 'Akkoord' }, []],
    ['voorbereidend without target', 'voorbereidend', {}, ['target']],
    ['voorbereidend, complete (no proposal needed)', 'voorbereidend', { target: 'beide' }, []],
    [
      'voorbereidend, nothing',
      'voorbereidend',
      { title: '', documentCount: 0 },
      ['title', 'target', 'document'],
    ],
    [
      'besluitvormend, nothing',
      'besluitvormend',
      { title: ' ', documentCount: 0, target: 'stuurgroep' },
      ['title', 'proposal', 'document'],
    ],
    ['vast item needs only a title', 'vast', { documentCount: 0 }, []],
    ['vast item without title', 'vast', { title: '', documentCount: 0 }, ['title']],
  ])('%s', (_label, kind, extra, expected) => {
    expect(missingFields({ ...base, kind, ...extra })).toEqual(expected);
  });

  it('has a Dutch label for every missing field', () => {
    for (const f of ['title', 'proposal', 'target', 'document'] as const)
      expect(MISSING_FIELD_LABEL[f]).toMatch(/\S/);
  });
});
