// The rules of the decision chain, pure: which follow-ups an advice gets and in which order, how an outcome
// sets the status, when a follow-up is overdue, and the chain at a glance.
import { describe, expect, it } from 'vitest';
import {
  chainSegments,
  chainText,
  followUpState,
  followUpTargets,
  isFollowUpOverdue,
  statusOfResult,
} from '../../shared/rules/chain';

describe('followUpTargets', () => {
  it('puts the stuurgroep first, then one college per municipality in rotation order', () => {
    const rotation = ['weert', 'leudal', 'nederweert'];
    expect(followUpTargets('stuurgroep', rotation)).toEqual([{ kind: 'stuurgroep' }]);
    expect(
      followUpTargets('colleges', rotation).map((t) => (t.kind === 'college' ? t.municipalityId : '')),
    ).toEqual(rotation);
    expect(followUpTargets('beide', rotation)).toEqual([
      { kind: 'stuurgroep' },
      ...rotation.map((municipalityId) => ({ kind: 'college', municipalityId })),
    ]);
  });
});

describe('status', () => {
  it('decides with every outcome but aangehouden, and keeps status, date and result consistent', () => {
    expect(statusOfResult('akkoord')).toBe('besloten');
    expect(statusOfResult('niet akkoord')).toBe('besloten');
    expect(statusOfResult('aangehouden')).toBe('aangehouden');
    expect(followUpState({ status: 'open' })).toEqual({ status: 'open', on: null, result: null });
    expect(followUpState({ status: 'aangehouden', on: '2027-05-06' })).toEqual({
      status: 'aangehouden',
      on: '2027-05-06',
      result: 'aangehouden',
    });
    expect(followUpState({ status: 'geagendeerd', on: '2027-05-06' }).result).toBeNull();
  });

  it('is overdue only after the set number of weeks, and not while planned for a day to come', () => {
    const open = { status: 'open' as const, on: null };
    expect(isFollowUpOverdue(open, '2027-04-20', 8, '2027-06-15')).toBe(false);
    expect(isFollowUpOverdue(open, '2027-04-20', 8, '2027-06-16')).toBe(true);
    expect(isFollowUpOverdue(open, '2027-04-20', 12, '2027-06-16')).toBe(false);
    const planned = { status: 'geagendeerd' as const, on: '2027-06-22' };
    expect(isFollowUpOverdue(planned, '2027-04-20', 8, '2027-06-22')).toBe(false);
    expect(isFollowUpOverdue(planned, '2027-04-20', 8, '2027-06-23')).toBe(true);
    const held = { status: 'aangehouden' as const, on: '2027-05-01' };
    expect(isFollowUpOverdue(held, '2027-04-20', 8, '2027-06-16')).toBe(true);
    expect(isFollowUpOverdue({ status: 'besloten', on: '2027-05-01' }, '2027-01-01', 8, '2027-12-01')).toBe(
      false,
    );
  });
});

describe('the chain at a glance', () => {
  it('writes each destination with its sign and date, or its status', () => {
    const f = (byName: string, status: string, on: string | null, result: string | null) =>
      ({
        byKind: byName === 'Stuurgroep' ? 'stuurgroep' : 'college',
        byName,
        status,
        on,
        result,
      }) as Parameters<typeof chainSegments>[0][number];
    const segments = chainSegments(
      [
        f('Stuurgroep', 'besloten', '2027-05-06', 'akkoord'),
        f('Leudal', 'besloten', '2027-05-12', 'akkoord met aanpassing'),
        f('Nederweert', 'geagendeerd', '2027-05-19', null),
        f('Weert', 'besloten', '2028-01-10', 'niet akkoord'),
      ],
      2027,
    );
    expect(chainText(segments)).toBe(
      'Stuurgroep ✓ 6 mei · Leudal ✓ 12 mei · Nederweert geagendeerd 19 mei · Weert ✗ 10 januari 2028',
    );
    expect(segments.map((s) => s.words)).toEqual([
      'akkoord 6 mei',
      'akkoord met aanpassing 12 mei',
      'geagendeerd 19 mei',
      'niet akkoord 10 januari 2028',
    ]);
    // Decided by the stuurgroep in Regie without an outcome chosen yet.
    expect(chainText(chainSegments([f('Stuurgroep', 'besloten', '2027-05-06', null)], 2027))).toBe(
      'Stuurgroep besloten 6 mei',
    );
    expect(chainText(chainSegments([f('Leudal', 'open', null, null)]))).toBe('Leudal open');
  });
});
