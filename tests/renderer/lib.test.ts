// Pure renderer logic (no DOM): agenda order for moves, field issues from API errors, Dutch wording.
import { describe, expect, it } from 'vitest';
import { moveInList, moveTyped, stepTarget, typedIds } from '../../renderer/src/lib/order';
import { issueAt, issueMap, unplacedIssues } from '../../renderer/src/lib/issues';
import {
  deadlineLeft,
  deadlineTone,
  localDateTime,
  longDate,
  recurringKey,
  shortDate,
  truncate,
} from '../../renderer/src/lib/format';

const agenda = [
  { id: 'open', fixedRole: 'opening' },
  { id: 'min', fixedRole: 'minutes' },
  { id: 'a', fixedRole: null },
  { id: 'b', fixedRole: null },
  { id: 'c', fixedRole: null },
  { id: 'close', fixedRole: 'closing' },
];

describe('agenda order', () => {
  it('counts only typed items', () => {
    expect(typedIds(agenda)).toEqual(['a', 'b', 'c']);
  });
  it('gives the typed index for Alt+↑/↓, and null at either end and for fixed items', () => {
    expect(stepTarget(agenda, 'b', -1)).toBe(0);
    expect(stepTarget(agenda, 'b', 1)).toBe(2);
    expect(stepTarget(agenda, 'a', -1)).toBeNull();
    expect(stepTarget(agenda, 'c', 1)).toBeNull();
    expect(stepTarget(agenda, 'min', 1)).toBeNull();
  });
  it('moves a typed item among the typed items and keeps the fixed ones in place', () => {
    expect(moveTyped(agenda, 'c', 0).map((i) => i.id)).toEqual(['open', 'min', 'c', 'a', 'b', 'close']);
    expect(moveTyped(agenda, 'a', 9).map((i) => i.id)).toEqual(['open', 'min', 'b', 'c', 'a', 'close']);
    expect(moveTyped(agenda, 'open', 2).map((i) => i.id)).toEqual(agenda.map((i) => i.id));
  });
  it('moves within a plain list, ignoring moves off the ends', () => {
    expect(moveInList(['Weert', 'Leudal', 'Nederweert'], 0, 2)).toEqual(['Leudal', 'Nederweert', 'Weert']);
    expect(moveInList(['x', 'y'], 0, -1)).toEqual(['x', 'y']);
  });
});

describe('field issues', () => {
  const issues = issueMap({
    code: 'invalid',
    message: 'Ongeldige invoer',
    issues: [
      { path: 'name', message: 'naam van het overleg is verplicht' },
      { path: 'rotation[1]', message: 'naam van de gemeente is verplicht' },
      { path: 'deadlines.unit', message: 'eenheid moet calendar of working zijn' },
      { path: 'name', message: 'second message for the same field' },
    ],
  });
  it('finds the message of a field, or of a field below it', () => {
    expect(issueAt(issues, 'name')).toBe('naam van het overleg is verplicht');
    expect(issueAt(issues, 'rotation')).toBe('naam van de gemeente is verplicht');
    expect(issueAt(issues, 'deadlines')).toBe('eenheid moet calendar of working zijn');
    expect(issueAt(issues, 'email')).toBeUndefined();
  });
  it('lists what no field shows', () => {
    expect(unplacedIssues(issues, ['name', 'rotation'])).toEqual(['eenheid moet calendar of working zijn']);
  });
});

describe('Dutch wording', () => {
  it('writes dates the Dutch way', () => {
    expect(longDate('2026-12-08')).toBe('dinsdag 8 december 2026');
    expect(shortDate('2026-11-19')).toBe('19 nov. 2026');
    expect(localDateTime('2026-12-18T10:00')).toBe('18 dec. 2026 10:00');
  });
  it('says how far a deadline is', () => {
    expect(deadlineLeft('2026-11-23', '2026-12-17')).toBe('nog 24 dagen');
    expect(deadlineLeft('2026-11-23', '2026-11-24')).toBe('morgen');
    expect(deadlineLeft('2026-11-23', '2026-11-23')).toBe('vandaag');
    expect(deadlineLeft('2026-11-23', '2026-11-22')).toBe('gisteren verstreken');
    expect(deadlineLeft('2026-11-23', '2026-11-19')).toBe('4 dagen geleden verstreken');
    expect(deadlineTone('2026-11-23', '2026-11-19')).toBe('past');
    expect(deadlineTone('2026-11-23', '2026-11-26')).toBe('soon');
    expect(deadlineTone('2026-11-23', '2026-12-17')).toBe('calm');
  });
  it('shortens chip titles and makes unique recurring keys', () => {
    expect(truncate('Voorstel aanschaf informatieplatform', 20)).toBe('Voorstel aanschaf i…');
    expect(truncate('Kort', 20)).toBe('Kort');
    expect(recurringKey('Jaarplan: inputsessie', ['jaarplan-inputsessie'])).toBe('jaarplan-inputsessie-2');
    expect(recurringKey('Één café', [])).toBe('een-cafe');
  });
});
