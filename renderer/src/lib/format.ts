// Dutch presentation of the domain's plain values. Pure: no DOM, no clock (today comes from app.info).
import { diffDays, formatDutchDate, isValidLocalDate } from '../../../shared/rules/calendar';
import { formatDutchDateShort, formatDutchMoment } from '../../../shared/rules/dutchDate';
import type { LocalDate, LocalDateTime } from '../../../shared/domain/types';
import { nl } from '../i18n/nl';

/** 'dinsdag 8 december 2026' */
export function longDate(date: LocalDate): string {
  return isValidLocalDate(date) ? formatDutchDate(date, true) : date;
}

/** '8 december 2026' */
export function plainDate(date: LocalDate): string {
  return isValidLocalDate(date) ? formatDutchDate(date, false) : date;
}

/** '8 dec. 2026' */
export function shortDate(date: LocalDate): string {
  return isValidLocalDate(date) ? formatDutchDateShort(date) : date;
}

/** A stored moment (ISO UTC) as Dutch wall-clock time: '23 nov. 2026 09:00'. */
export function moment(iso: string): string {
  try {
    return formatDutchMoment(iso, { style: 'short' });
  } catch {
    return iso;
  }
}

/** A local date-time 'YYYY-MM-DDTHH:mm' as '16 nov. 2026 11:15'. */
export function localDateTime(value: LocalDateTime): string {
  const date = value.slice(0, 10);
  const time = value.slice(11, 16);
  return isValidLocalDate(date) ? `${formatDutchDateShort(date)} ${time}` : value;
}

/** Whole days from today to date (negative: past). */
export function daysFrom(today: LocalDate, date: LocalDate): number {
  return diffDays(date, today);
}

/** 'nog 3 dagen', 'vandaag', '4 dagen geleden verstreken'. */
export function deadlineLeft(today: LocalDate, date: LocalDate): string {
  return nl.deadline.left(daysFrom(today, date));
}

/** The tone of a deadline: past, close (≤ 3 days), or calm. */
export function deadlineTone(today: LocalDate, date: LocalDate): 'past' | 'soon' | 'calm' {
  const n = daysFrom(today, date);
  return n < 0 ? 'past' : n <= 3 ? 'soon' : 'calm';
}

/** 'C1 Voorstel aanschaf…' — the chip text of an attachment, shortened for a table cell. */
export function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, Math.max(1, max - 1)).trimEnd()}…`;
}

/** A url-safe key for a new recurring item, unique among the existing ones. */
export function recurringKey(title: string, taken: readonly string[]): string {
  const base =
    title
      .toLowerCase()
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40) || 'punt';
  let key = base;
  for (let i = 2; taken.includes(key); i++) key = `${base}-${i}`;
  return key;
}
