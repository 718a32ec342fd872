// Converting a moment to the local date and time of the meetings (Europe/Amsterdam). Rules never read the
// clock themselves: callers pass the moment in.
import type { LocalDate, LocalDateTime } from '../domain/types';

const MEETING_TIME_ZONE = 'Europe/Amsterdam';

const formatter = new Intl.DateTimeFormat('en-CA', {
  timeZone: MEETING_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** The local date-time 'YYYY-MM-DDTHH:mm' in Europe/Amsterdam of a moment. */
export function localDateTimeOf(moment: Date): LocalDateTime {
  const parts = Object.fromEntries(formatter.formatToParts(moment).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}

/** The local date 'YYYY-MM-DD' in Europe/Amsterdam of a moment. */
export function localDateOf(moment: Date): LocalDate {
  return localDateTimeOf(moment).slice(0, 10);
}

/** The moment of a local date-time in Europe/Amsterdam (the offset is +01:00 in winter, +02:00 in summer). */
export function momentOfLocal(dateTime: LocalDateTime): Date {
  for (const offset of ['+01:00', '+02:00']) {
    const candidate = new Date(`${dateTime}:00${offset}`);
    if (localDateTimeOf(candidate) === dateTime) return candidate;
  }
  // Only an hour skipped when summer time starts has no moment; it is taken as the hour after.
  return new Date(`${dateTime}:00+01:00`);
}
