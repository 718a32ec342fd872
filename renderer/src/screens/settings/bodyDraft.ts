// The body settings form's draft: what the form edits, made from the stored body and turned back into the
// save request; rows of lists carry a key of their own so that React keeps each row's field while rows move.
import type { SpinButtonOnChangeData } from '@fluentui/react-components';
import type { BodyView } from '../../../../shared/api/views';
import {
  DEFAULT_DEADLINES,
  DEFAULT_FIXED_WORDING,
  DEFAULT_FOLLOW_UP_WEEKS,
  DEFAULT_RECURRING,
  type DeadlineSettings,
  type FixedItemWording,
  type LocalDate,
  type RecurringItemSetting,
} from '../../../../shared/domain/types';
import { addDays, dayOfWeek } from '../../../../shared/rules/calendar';

let rowSeq = 0;
export const rowKey = () => `r${++rowSeq}`;

export interface Draft {
  name: string;
  shortName: string;
  defaultStart: string;
  rotation: { key: string; name: string }[];
  deadlines: DeadlineSettings;
  closedDays: { key: string; date: LocalDate; reason: string }[];
  fixedWording: FixedItemWording;
  recurring: (RecurringItemSetting & { rowKey: string })[];
  followUpWeeks: number;
  stuurgroepBodyId: string | null;
}

export function draftOf(body: BodyView | null): Draft {
  return {
    name: body?.name ?? '',
    shortName: body?.shortName ?? '',
    defaultStart: body?.defaultStart ?? '09:30',
    rotation: (body?.rotation ?? []).map((m) => ({ key: rowKey(), name: m.name })),
    deadlines: { ...(body?.deadlines ?? DEFAULT_DEADLINES) },
    closedDays: (body?.closedDays ?? []).map((d) => ({ key: rowKey(), ...d })),
    fixedWording: { ...(body?.fixedWording ?? DEFAULT_FIXED_WORDING) },
    recurring: (body?.recurring ?? DEFAULT_RECURRING).map((r) => ({ ...r, rowKey: rowKey() })),
    followUpWeeks: body?.followUpWeeks ?? DEFAULT_FOLLOW_UP_WEEKS,
    stuurgroepBodyId: body?.stuurgroepBodyId ?? null,
  };
}

export function requestOf(draft: Draft, id: string | undefined) {
  return {
    ...(id ? { id } : {}),
    name: draft.name,
    shortName: draft.shortName.trim() || null,
    defaultStart: draft.defaultStart,
    rotation: draft.rotation.map((m) => m.name.trim()),
    deadlines: draft.deadlines,
    closedDays: draft.closedDays.map(({ date, reason }) => ({ date, reason })),
    fixedWording: draft.fixedWording,
    recurring: draft.recurring.map(({ rowKey: _k, months, ...r }) => ({
      ...r,
      ...(months && months.length ? { months } : {}),
    })),
    followUpWeeks: draft.followUpWeeks,
    stuurgroepBodyId: draft.stuurgroepBodyId,
  };
}

/** A date to show the deadline settings on: the body's next meeting, or a Tuesday about two weeks ahead. */
export function exampleDate(today: LocalDate, nextMeeting: LocalDate | null): LocalDate {
  if (nextMeeting) return nextMeeting;
  let d = addDays(today, 14);
  while (dayOfWeek(d) !== 2) d = addDays(d, 1);
  return d;
}

export function spinValue(data: SpinButtonOnChangeData, fallback: number): number {
  if (typeof data.value === 'number') return data.value;
  const parsed = Number.parseInt(data.displayValue ?? '', 10);
  return Number.isFinite(parsed) ? parsed : fallback;
}

/** What every section of the form gets: the draft, a setter per key, and the issues per field. */
export interface SectionProps {
  draft: Draft;
  set: <K extends keyof Draft>(key: K, value: Draft[K]) => void;
  fieldState: (path: string) => { validationMessage?: string; validationState?: 'error' };
}
