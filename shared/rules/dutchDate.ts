// Dutch wording of dates and moments for documents, e-mails and calendar files.
//
// Pure: no Node, no clock. A LocalDate ('YYYY-MM-DD') is a calendar day in Europe/Amsterdam, formatted by
// date-fns with its nl locale (./calendar), so the result never depends on the machine's timezone. A moment
// (ISO-8601 instant, e.g. when an agenda was sent) is shown as Europe/Amsterdam wall-clock time through Intl:
// date-fns itself has no time zones (that is @date-fns/tz, not a dependency).
import type { IsoMoment, LocalDate, LocalTime } from '../domain/types';
import { formatDutchDate as formatDateWithWeekday, formatLocalDate } from './calendar';

const DUTCH_TIME_ZONE = 'Europe/Amsterdam';

const TIME_RE = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** 'dinsdag 8 december 2026' (documents name the weekday by default); without it: '8 december 2026'. */
export function formatDutchDate(date: LocalDate, options: { weekday?: boolean } = {}): string {
  return formatDateWithWeekday(date, options.weekday !== false);
}

/** '8 dec. 2026' — for table cells (date-fns' nl abbreviations, as the Taalunie writes them: 'mrt.', 'mei'). */
export function formatDutchDateShort(date: LocalDate): string {
  return formatLocalDate(date, 'd MMM yyyy');
}

/** 'december 2026' — for grouping by month. */
export function formatDutchMonth(date: LocalDate): string {
  return formatLocalDate(date, 'MMMM yyyy');
}

/** The Dutch name of the weekday of a date: 'dinsdag'. */
export function dutchWeekday(date: LocalDate): string {
  return formatLocalDate(date, 'EEEE');
}

/** Validates 'HH:mm' and returns it unchanged ('09:30'); documents write times the way they are entered. */
function formatDutchTime(time: LocalTime): string {
  if (!TIME_RE.test(time)) throw new RangeError(`Ongeldige tijd: '${time}' (verwacht UU:MM)`);
  return time;
}

/** '09:30 – 11:30 uur', or '09:30 uur' without an end. */
export function formatDutchTimeRange(start: LocalTime, end?: LocalTime | null): string {
  return end ? `${formatDutchTime(start)} – ${formatDutchTime(end)} uur` : `${formatDutchTime(start)} uur`;
}

/** Europe/Amsterdam wall-clock parts of a moment. */
interface AmsterdamParts {
  date: LocalDate;
  time: LocalTime;
  /** UTC offset in minutes at that moment: 60 in winter, 120 in summer. */
  offsetMinutes: number;
}

let partsFormatter: Intl.DateTimeFormat | undefined;

function momentToDate(moment: IsoMoment | Date): Date {
  const d = typeof moment === 'string' ? new Date(moment) : new Date(moment.getTime());
  if (Number.isNaN(d.getTime())) throw new RangeError(`Ongeldig tijdstip: '${String(moment)}'`);
  return d;
}

/** The local date, time and UTC offset in Europe/Amsterdam of a moment (independent of the machine's timezone). */
export function amsterdamParts(moment: IsoMoment | Date): AmsterdamParts {
  const d = momentToDate(moment);
  partsFormatter ??= new Intl.DateTimeFormat('en-US', {
    timeZone: DUTCH_TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  });
  const p: Record<string, string> = {};
  for (const part of partsFormatter.formatToParts(d)) p[part.type] = part.value;
  const year = Number(p.year);
  const month = Number(p.month);
  const day = Number(p.day);
  const hour = Number(p.hour);
  const minute = Number(p.minute);
  const second = Number(p.second);
  const wallAsUtc = Date.UTC(year, month - 1, day, hour, minute, second);
  const offsetMinutes = Math.round((wallAsUtc - (d.getTime() - d.getUTCMilliseconds())) / 60_000);
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  return {
    date: `${pad(year, 4)}-${pad(month)}-${pad(day)}`,
    time: `${pad(hour)}:${pad(minute)}`,
    offsetMinutes,
  };
}

/**
 * A moment in Dutch wall-clock time: 'maandag 30 november 2026 om 14:05'.
 * `style: 'short'` gives '30 nov. 2026 14:05'; `weekday: false` leaves out the weekday in the long style.
 */
export function formatDutchMoment(
  moment: IsoMoment | Date,
  options: { style?: 'long' | 'short'; weekday?: boolean } = {},
): string {
  const { date, time } = amsterdamParts(moment);
  if (options.style === 'short') return `${formatDutchDateShort(date)} ${time}`;
  return `${formatDutchDate(date, { weekday: options.weekday !== false })} om ${time}`;
}
