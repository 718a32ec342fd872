// The meeting as an iCalendar file (RFC 5545): one VEVENT in Europe/Amsterdam time with its VTIMEZONE,
// CRLF line endings, lines folded at 75 octets, text escaped. Pure.
import type { IsoMoment, LocalDate, LocalTime } from '../../shared/domain/types';
import { cleanLine, cleanText } from './styles';

export interface MailAddress {
  name: string;
  email: string;
}

export interface CalendarEvent {
  /** Stable per meeting (e.g. the meeting's UUID + '@regie'), so a resent invitation updates the same event. */
  uid: string;
  title: string;
  date: LocalDate;
  start: LocalTime;
  /** Defaults to two hours after the start. */
  end?: LocalTime | null;
  location: string;
  description: string;
  organizer?: MailAddress | null;
  attendees: MailAddress[];
  /** Raise for every changed version of the same meeting (0 for the first). */
  sequence?: number;
  /** DTSTAMP; defaults to now. */
  stamp?: IsoMoment | Date;
  /**
   * 'REQUEST' makes it a meeting invitation with attendees who can accept (needs an organizer);
   * 'PUBLISH' (default without organizer) is an appointment to add to one's own calendar, without attendees.
   */
  method?: 'PUBLISH' | 'REQUEST';
  /** 'CANCELLED' for a cancelled meeting. */
  status?: 'CONFIRMED' | 'CANCELLED';
}

const ICS_TIME_ZONE = 'Europe/Amsterdam';

/** The EU rules in force since 1996: last Sunday of March 02:00 → CEST, last Sunday of October 03:00 → CET. */
const VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  `TZID:${ICS_TIME_ZONE}`,
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19810329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19961027T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

/** TEXT value escaping (RFC 5545 §3.3.11): backslash, semicolon, comma, newline. */
export function escapeIcsText(text: string): string {
  return cleanText(text)
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\n/g, '\\n');
}

/** A parameter value: quoted, without the characters a quoted parameter cannot hold. */
function paramValue(text: string): string {
  // eslint-disable-next-line no-control-regex
  return `"${cleanLine(text).replace(/["\u0000-\u001f]/g, '')}"`;
}

const encoder = new TextEncoder();

/** Folds one content line into lines of at most 75 octets (RFC 5545 §3.1), never inside a UTF-8 sequence. */
export function foldIcsLine(line: string): string {
  if (encoder.encode(line).length <= 75) return line;
  const parts: string[] = [];
  let current = '';
  let bytes = 0;
  let limit = 75;
  for (const ch of line) {
    const n = encoder.encode(ch).length;
    if (bytes + n > limit) {
      parts.push(current);
      current = '';
      bytes = 0;
      limit = 74; // the continuation line's leading space is the 75th octet
    }
    current += ch;
    bytes += n;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

function compactDate(date: LocalDate): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new RangeError(`Ongeldige datum: '${date}'`);
  return date.replace(/-/g, '');
}

function minutesOf(time: LocalTime): number {
  const m = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(time);
  if (!m) throw new RangeError(`Ongeldige tijd: '${time}'`);
  return Number(m[1]) * 60 + Number(m[2]);
}

/** Local date-time 'YYYYMMDDTHHMMSS' of `date` plus `minutes` after its midnight (may roll into the next day). */
function localStamp(date: LocalDate, minutes: number): string {
  const [y, mo, d] = date.split('-').map(Number) as [number, number, number];
  const t = new Date(Date.UTC(y, mo - 1, d, 0, minutes));
  const p = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${p(t.getUTCFullYear(), 4)}${p(t.getUTCMonth() + 1)}${p(t.getUTCDate())}T${p(t.getUTCHours())}${p(t.getUTCMinutes())}00`;
}

function utcStamp(moment: IsoMoment | Date): string {
  const d = typeof moment === 'string' ? new Date(moment) : moment;
  if (Number.isNaN(d.getTime())) throw new RangeError(`Ongeldig tijdstip: '${String(moment)}'`);
  return d
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

function mailto(addr: MailAddress): string {
  return `mailto:${cleanLine(addr.email).replace(/[\s<>"]/g, '')}`;
}

/** The .ics text of one meeting, CRLF line endings, ending in CRLF. */
export function buildIcs(ev: CalendarEvent): string {
  compactDate(ev.date);
  const startMin = minutesOf(ev.start);
  let endMin = ev.end ? minutesOf(ev.end) : startMin + 120;
  if (endMin <= startMin) endMin = startMin + 120;
  const method = ev.method ?? (ev.organizer ? 'REQUEST' : 'PUBLISH');
  const uid = cleanLine(ev.uid).replace(/\s+/g, '') || 'regie-meeting';

  const lines: string[] = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Regie//Regie vergaderingen//NL',
    'CALSCALE:GREGORIAN',
    `METHOD:${method}`,
    ...VTIMEZONE,
    'BEGIN:VEVENT',
    `UID:${uid}`,
    `SEQUENCE:${Math.max(0, Math.floor(ev.sequence ?? 0))}`,
    `DTSTAMP:${utcStamp(ev.stamp ?? new Date())}`,
    `DTSTART;TZID=${ICS_TIME_ZONE}:${localStamp(ev.date, startMin)}`,
    `DTEND;TZID=${ICS_TIME_ZONE}:${localStamp(ev.date, endMin)}`,
    `SUMMARY;LANGUAGE=nl-NL:${escapeIcsText(cleanLine(ev.title))}`,
  ];
  if (cleanLine(ev.location)) lines.push(`LOCATION;LANGUAGE=nl-NL:${escapeIcsText(cleanLine(ev.location))}`);
  if (cleanText(ev.description).trim())
    lines.push(`DESCRIPTION;LANGUAGE=nl-NL:${escapeIcsText(ev.description.trim())}`);
  if (method === 'REQUEST' && ev.organizer) {
    lines.push(`ORGANIZER;CN=${paramValue(ev.organizer.name)}:${mailto(ev.organizer)}`);
    for (const a of ev.attendees) {
      if (!cleanLine(a.email)) continue;
      lines.push(
        `ATTENDEE;CN=${paramValue(a.name)};CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:${mailto(a)}`,
      );
    }
  }
  lines.push(
    `STATUS:${ev.status ?? 'CONFIRMED'}`,
    'TRANSP:OPAQUE',
    'CLASS:PUBLIC',
    'X-MICROSOFT-CDO-BUSYSTATUS:BUSY',
    'END:VEVENT',
    'END:VCALENDAR',
  );
  return lines.map(foldIcsLine).join('\r\n') + '\r\n';
}
