// The process deadlines around a meeting (DOMAIN.md agreements 1, 2 and 5, made precise):
// submission and distribution D − n, minutes D + n, in calendar days (the default, as the agreement is
// written) or working days. Pure: "today" is always a parameter.
import type { DeadlineSettings, Deadlines, LocalDate, LocalDateTime } from '../domain/types';
import { addDays, compareDates, datePart, diffDays, isWeekend } from './calendar';
import { holidayName } from './holidays';

/** The body's own closed days on top of weekends and public holidays (e.g. between Christmas and New Year). */
export interface WorkCalendar {
  closedDays: readonly LocalDate[];
}

/** Monday–Friday, not a public holiday, not one of the body's closed days. */
export function isWorkingDay(date: LocalDate, cal: WorkCalendar): boolean {
  return !isWeekend(date) && holidayName(date) === null && !cal.closedDays.includes(date);
}

/**
 * Why a date is not a working day, in Dutch, or null when it is one: the holiday name, 'gesloten dag',
 * or 'weekend'. A holiday wins over a closed day (its name says more).
 */
export function nonWorkingReason(date: LocalDate, cal: WorkCalendar): string | null {
  const holiday = holidayName(date);
  if (holiday) return holiday;
  if (cal.closedDays.includes(date)) return 'gesloten dag';
  if (isWeekend(date)) return 'weekend';
  return null;
}

/** The date itself when it is a working day, else the nearest working day in direction `step` (−1 or +1). */
function shiftToWorking(date: LocalDate, step: -1 | 1, cal: WorkCalendar): LocalDate {
  let d = date;
  while (!isWorkingDay(d, cal)) d = addDays(d, step);
  return d;
}

/**
 * The n-th working day after (n > 0) or before (n < 0) a date; the date itself is never counted, so
 * addWorkingDays(D, -5) is the 5th working day before D. n = 0 returns the date unchanged.
 */
export function addWorkingDays(date: LocalDate, n: number, cal: WorkCalendar): LocalDate {
  if (!Number.isInteger(n)) throw new RangeError(`addWorkingDays: geen geheel aantal dagen (${n})`);
  const step = n < 0 ? -1 : 1;
  let d = date;
  for (let left = Math.abs(n); left > 0;) {
    d = addDays(d, step);
    if (isWorkingDay(d, cal)) left--;
  }
  return d;
}

function checkDays(name: string, n: number): void {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`${name} moet een geheel getal ≥ 0 zijn (${n})`);
}

/**
 * Submission, distribution and minutes deadlines of a meeting on `meetingDate`.
 *
 * - unit 'calendar': plain days; then, if `shiftToWorkingDay`, a date off a working day moves to the
 *   nearest working day EARLIER before the meeting (nobody sends an agenda on a Sunday, and the
 *   members keep their full reading time) and LATER after it (the notulist never loses time).
 * - unit 'working': counts only working days, the meeting day itself not counted; the result is a
 *   working day by construction, so no shift applies.
 * A setting of 0 days gives the meeting day itself (shifted in calendar mode when that is not a working day).
 */
export function computeDeadlines(
  meetingDate: LocalDate,
  settings: DeadlineSettings,
  cal: WorkCalendar,
): Deadlines {
  checkDays('submissionDays', settings.submissionDays);
  checkDays('distributionDays', settings.distributionDays);
  checkDays('minutesDays', settings.minutesDays);
  if (settings.unit === 'working') {
    return {
      submission: addWorkingDays(meetingDate, -settings.submissionDays, cal),
      distribution: addWorkingDays(meetingDate, -settings.distributionDays, cal),
      minutes: addWorkingDays(meetingDate, settings.minutesDays, cal),
    };
  }
  const before = (n: number): LocalDate => {
    const d = addDays(meetingDate, -n);
    return settings.shiftToWorkingDay ? shiftToWorking(d, -1, cal) : d;
  };
  const minutes = addDays(meetingDate, settings.minutesDays);
  return {
    submission: before(settings.submissionDays),
    distribution: before(settings.distributionDays),
    minutes: settings.shiftToWorkingDay ? shiftToWorking(minutes, 1, cal) : minutes,
  };
}

/**
 * The submission deadline is the END of its day: an item is late iff it was submitted on a later date.
 * Why: the agreement says "up to 5 days before", so the whole 5th day still counts.
 * Late items are kept and flagged, never dropped (that is the caller's business).
 */
export function isLateSubmission(submittedAt: LocalDateTime, submissionDeadline: LocalDate): boolean {
  return compareDates(datePart(submittedAt), submissionDeadline) > 0;
}

/** Whole days from today until date: positive in the future, 0 today, negative when past. */
export function daysUntil(today: LocalDate, date: LocalDate): number {
  return diffDays(date, today);
}
