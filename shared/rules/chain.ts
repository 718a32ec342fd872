// The decision chain (DOMAIN.md, "The decision chain"): a voorbereidend item's advice goes to the stuurgroep,
// the colleges van B&W (one per municipality of the body) or both; each destination is a follow-up of its own.
// Pure rules: which follow-ups an advice gets, how an outcome sets the status, when one is overdue, and the
// chain at a glance ("Stuurgroep ✓ 6 mei · Leudal ✓ 12 mei · Nederweert open · Weert ✗").
import type { FollowUpByKind, FollowUpResult, FollowUpStatus, LocalDate, Target } from '../domain/types';
import { diffDays, formatLocalDate, parseLocalDate } from './calendar';

export type FollowUpBy = { kind: 'stuurgroep' } | { kind: 'college'; municipalityId: string };

/** Which destinations include the stuurgroep and which the colleges. */
export const TARGET_REACHES: Record<Target, { stuurgroep: boolean; colleges: boolean }> = {
  stuurgroep: { stuurgroep: true, colleges: false },
  colleges: { stuurgroep: false, colleges: true },
  beide: { stuurgroep: true, colleges: true },
};

/**
 * The follow-ups an advice with this destination gets, in their order: the stuurgroep first, then one college
 * per municipality in the body's rotation order.
 */
export function followUpTargets(destination: Target, rotation: readonly string[]): FollowUpBy[] {
  const reach = TARGET_REACHES[destination];
  return [
    ...(reach.stuurgroep ? [{ kind: 'stuurgroep' as const }] : []),
    ...(reach.colleges
      ? rotation.map((municipalityId) => ({ kind: 'college' as const, municipalityId }))
      : []),
  ];
}

/** A follow-up's identity within its decision: 'stuurgroep' or the municipality's id. */
export function followUpKey(by: FollowUpBy): string {
  return by.kind === 'stuurgroep' ? 'stuurgroep' : by.municipalityId;
}

/** An outcome decides the follow-up, except 'aangehouden', which keeps it waiting. */
export function statusOfResult(result: FollowUpResult): FollowUpStatus {
  return result === 'aangehouden' ? 'aangehouden' : 'besloten';
}

/** Still waiting for a decision: open, geagendeerd or aangehouden. */
export function isPending(status: FollowUpStatus): boolean {
  return status !== 'besloten';
}

export type FollowUpInput =
  | { status: 'open' }
  | { status: 'geagendeerd'; on: LocalDate }
  | { status: 'besloten'; on: LocalDate; result: Exclude<FollowUpResult, 'aangehouden'>; note: string }
  | { status: 'aangehouden'; on: LocalDate };

/** Where a follow-up stands: status, date (planned or decided) and result, made consistent with each other. */
export function followUpState(input: FollowUpInput): {
  status: FollowUpStatus;
  on: LocalDate | null;
  result: FollowUpResult | null;
} {
  switch (input.status) {
    case 'open':
      return { status: 'open', on: null, result: null };
    case 'geagendeerd':
      return { status: 'geagendeerd', on: input.on, result: null };
    case 'aangehouden':
      return { status: 'aangehouden', on: input.on, result: 'aangehouden' };
    case 'besloten':
      return { status: 'besloten', on: input.on, result: input.result };
  }
}

/**
 * Open longer than the body's setting (weeks since the advice was given), and not planned for a day still to
 * come: a follow-up on the agenda of next week's college is on its way, one nobody planned is not.
 */
export function isFollowUpOverdue(
  followUp: { status: FollowUpStatus; on: LocalDate | null },
  adviceDate: LocalDate,
  weeks: number,
  today: LocalDate,
): boolean {
  if (!isPending(followUp.status)) return false;
  if (followUp.status === 'geagendeerd' && followUp.on !== null && followUp.on >= today) return false;
  return diffDays(today, adviceDate) > weeks * 7;
}

export const FOLLOW_UP_STATUS_LABEL: Record<FollowUpStatus, string> = {
  open: 'open',
  geagendeerd: 'geagendeerd',
  besloten: 'besloten',
  aangehouden: 'aangehouden',
};

export const FOLLOW_UP_RESULT_LABEL: Record<FollowUpResult, string> = {
  akkoord: 'akkoord',
  'akkoord met aanpassing': 'akkoord met aanpassing',
  'niet akkoord': 'niet akkoord',
  aangehouden: 'aangehouden',
  anders: 'anders',
};

/** The sign of a result in the chain at a glance (the words stay beside it for screen readers and print). */
export const RESULT_MARK: Record<FollowUpResult, string> = {
  akkoord: '✓',
  'akkoord met aanpassing': '✓',
  'niet akkoord': '✗',
  aangehouden: '⏸',
  anders: '•',
};

/** Who decides, in a sentence: 'de stuurgroep', 'het college van Leudal'. */
export function byInSentence(kind: FollowUpByKind, municipality: string | null): string {
  return kind === 'stuurgroep' ? 'de stuurgroep' : `het college van ${municipality ?? '?'}`;
}

/** '6 mei', or '6 mei 2026' when the year differs from `year`. */
export function dayMonth(date: LocalDate, year?: number): string {
  const sameYear = year === undefined || year === parseLocalDate(date).year;
  return formatLocalDate(date, sameYear ? 'd MMMM' : 'd MMMM yyyy');
}

export interface ChainSegment {
  /** 'Stuurgroep', 'Leudal'. */
  who: string;
  status: FollowUpStatus;
  result: FollowUpResult | null;
  /** '✓', '✗', '⏸', '•' or '' (no result yet). */
  mark: string;
  /** What follows the mark: '6 mei' for a result, 'open', 'geagendeerd 14 mei', 'besloten 6 mei' otherwise. */
  detail: string;
  /** In words, for screen readers: 'akkoord 6 mei', 'geagendeerd 14 mei', 'open'. */
  words: string;
  /** 'Stuurgroep ✓ 6 mei', 'Nederweert open'. */
  short: string;
}

/**
 * The chain at a glance, one segment per follow-up: those with a result with its sign and date, the others
 * with their status ('geagendeerd 14 mei', 'open'). `year`: the year dates are written without.
 */
export function chainSegments(
  followUps: readonly {
    byKind: FollowUpByKind;
    byName: string;
    status: FollowUpStatus;
    on: LocalDate | null;
    result: FollowUpResult | null;
  }[],
  year?: number,
): ChainSegment[] {
  return followUps.map((f) => {
    const who = f.byKind === 'stuurgroep' ? 'Stuurgroep' : f.byName;
    const when = f.on && f.status !== 'open' ? dayMonth(f.on, year) : '';
    const result = f.status === 'open' || f.status === 'geagendeerd' ? null : f.result;
    const mark = result ? RESULT_MARK[result] : '';
    const detail = result ? when : [FOLLOW_UP_STATUS_LABEL[f.status], when].filter(Boolean).join(' ');
    const words = result ? [FOLLOW_UP_RESULT_LABEL[result], when].filter(Boolean).join(' ') : detail;
    const short = [who, mark, detail].filter(Boolean).join(' ');
    return { who, status: f.status, result, mark, detail, words, short };
  });
}

/** 'Stuurgroep ✓ 6 mei · Leudal ✓ 12 mei · Nederweert open · Weert ✗ 20 mei'. */
export function chainText(segments: readonly ChainSegment[]): string {
  return segments.map((s) => s.short).join(' · ');
}
