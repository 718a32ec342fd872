// Recurring agenda items ("Terugkerende agendapunten"): which are due at a meeting.
//
// A setting names its due months: month m (1-12) is due when (m − startMonth) is a multiple of
// everyMonths, and, when `months` is set, m is one of those. The count restarts every calendar year
// (so 'every 5 months from January' is January, June and November of every year), which keeps the
// setting readable as "these months of the year".
//
// An item is due at the first meeting in or after a due month: a meeting picks up every due month
// in the interval (previous meeting's month, this meeting's month]. So nothing gets lost when a month
// has no meeting, and a second meeting in the same month does not repeat it.
import type { LocalDate, RecurringItemSetting } from '../domain/types';
import { monthIndex } from './calendar';

/** Whether month (1-12) is one of the setting's due months. Settings with everyMonths < 1 are never due. */
export function isDueMonth(setting: RecurringItemSetting, month: number): boolean {
  const every = setting.everyMonths;
  if (!Number.isInteger(every) || every < 1) return false;
  if ((((month - setting.startMonth) % every) + every) % every !== 0) return false;
  return !setting.months || setting.months.includes(month);
}

/**
 * The recurring items due at a meeting on `meetingDate`, in the settings' order. Months are compared,
 * not days: the interval is (month of previousMeetingDate, month of meetingDate]. Without a previous
 * meeting (the body's first) only the meeting's own month counts: nothing from before the body
 * existed is "overdue". A previous date after the meeting gives nothing.
 */
export function dueRecurringItems(
  settings: readonly RecurringItemSetting[],
  meetingDate: LocalDate,
  previousMeetingDate: LocalDate | null,
): RecurringItemSetting[] {
  const last = monthIndex(meetingDate);
  const first = previousMeetingDate === null ? last : monthIndex(previousMeetingDate) + 1;
  // Due months repeat every year, so looking at more than 12 months adds nothing.
  const months: number[] = [];
  for (let m = Math.max(first, last - 11); m <= last; m++) months.push((m % 12) + 1);
  return settings.filter((s) => months.some((m) => isDueMonth(s, m)));
}
