// Meeting-mode arithmetic, pure: the item clock as m:ss, and the meeting's running delay, which compares
// the time used per item (elapsedSeconds, plus the running timer) with the planned minutes per item.
import type { ItemStatus } from '../../../../shared/domain/types';

export interface TimedItem {
  id: string;
  durationMinutes: number | null;
  elapsedSeconds: number;
  status: ItemStatus;
  startsAt: string | null;
}

/** 75 → '1:15'; 3725 → '1:02:05'. */
export function clock(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${sec}` : `${m}:${sec}`;
}

/**
 * The running delay in seconds (positive: behind schedule). Every item already dealt with — before the
 * current one, timed, handled or postponed — counts with its actual time minus its planned time (a
 * skipped or postponed item gives its time back); the current item only counts once it runs over.
 */
export function runningDelay(
  items: readonly TimedItem[],
  currentIndex: number,
  live: (item: TimedItem) => number,
): number {
  let delay = 0;
  items.forEach((item, index) => {
    const planned = (item.durationMinutes ?? 0) * 60;
    const used = live(item);
    if (index === currentIndex && item.status === 'open') delay += Math.max(0, used - planned);
    else if (index < currentIndex || used > 0 || item.status !== 'open') delay += used - planned;
  });
  return delay;
}

function toMinutes(time: string): number | null {
  const m = /^(\d{2}):(\d{2})$/.exec(time);
  return m ? Number(m[1]) * 60 + Number(m[2]) : null;
}

function fromMinutes(total: number): string {
  const t = ((Math.round(total) % 1440) + 1440) % 1440;
  return `${String(Math.floor(t / 60)).padStart(2, '0')}:${String(t % 60).padStart(2, '0')}`;
}

/** The planned end: the last item's start plus its minutes (null when the agenda has no times). */
export function plannedEnd(items: readonly TimedItem[]): string | null {
  const last = items.at(-1);
  if (!last?.startsAt) return null;
  const start = toMinutes(last.startsAt);
  return start === null ? null : fromMinutes(start + (last.durationMinutes ?? 0));
}

/** A clock time shifted by whole minutes (rounded from seconds). */
export function shiftTime(time: string, seconds: number): string {
  const base = toMinutes(time);
  return base === null ? time : fromMinutes(base + Math.round(seconds / 60));
}
