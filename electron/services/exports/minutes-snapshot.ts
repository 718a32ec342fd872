// What was sent of the minutes, to tell whether they changed since and what changed ("gewijzigd verslag").
// Compared field by field on what the minutes show: a snapshot stored by an earlier version of Regie (with
// more fields per attendee, or without destinations) compares on the fields both have, so nothing is
// announced as changed that did not change.
import type { MeetingDetail } from '../../../shared/api/views';

export interface MinutesSnapshot {
  attendance: { name: string; status: string; substituteFor: string | null }[];
  items: {
    id: string;
    number: number;
    title: string;
    notes: string;
    decisions: string[];
    /** Where each decision goes next (parallel to `decisions`); absent in older snapshots. */
    destinations?: (string | null)[];
    actions: [string, string, string | null][];
  }[];
}

export function minutesSnapshot(detail: MeetingDetail): MinutesSnapshot {
  return {
    attendance: detail.attendance.map((a) => ({
      name: a.name,
      status: a.status,
      substituteFor: a.substituteFor ?? null,
    })),
    items: detail.items.map((i) => ({
      id: i.id,
      number: i.number,
      title: i.title,
      notes: i.notes,
      decisions: i.decisions.map((d) => d.text),
      destinations: i.decisions.map((d) => d.destination),
      actions: i.actions.map((a) => [a.what, a.who, a.due] as [string, string, string | null]),
    })),
  };
}

const STATUS: Record<string, string> = { present: 'aanwezig', absent: 'afwezig', substitute: 'vervanger' };

function attendanceChanges(
  sent: MinutesSnapshot['attendance'],
  now: MinutesSnapshot['attendance'],
): string[] {
  const line = (a: MinutesSnapshot['attendance'][number]) => `${a.name}|${a.status}|${a.substituteFor ?? ''}`;
  const before = new Map(sent.map((a) => [a.name, a]));
  const after = new Map(now.map((a) => [a.name, a]));
  const changes: string[] = [];
  for (const a of now) {
    const old = before.get(a.name);
    if (!old) changes.push(`Aanwezigheid: ${a.name} toegevoegd (${STATUS[a.status] ?? a.status}).`);
    else if (line(old) !== line(a))
      changes.push(
        `Aanwezigheid: ${a.name} nu ${STATUS[a.status] ?? a.status}${a.substituteFor ? ` voor ${a.substituteFor}` : ''}.`,
      );
  }
  for (const a of sent) if (!after.has(a.name)) changes.push(`Aanwezigheid: ${a.name} verwijderd.`);
  return changes;
}

export function diffMinutes(sent: MinutesSnapshot, now: MinutesSnapshot): string[] {
  const changes = attendanceChanges(sent.attendance ?? [], now.attendance);
  const before = new Map((sent.items ?? []).map((i) => [i.id, i]));
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  for (const item of now.items) {
    const old = before.get(item.id);
    if (!old) continue;
    if (old.title !== undefined && old.title !== item.title)
      changes.push(`Punt ${item.number}: titel gewijzigd (was "${old.title}").`);
    if ((old.notes ?? '') !== item.notes) changes.push(`Punt ${item.number}: verslag gewijzigd.`);
    if (!same(old.decisions ?? [], item.decisions)) changes.push(`Punt ${item.number}: besluiten gewijzigd.`);
    else if (old.destinations !== undefined && !same(old.destinations, item.destinations))
      changes.push(`Punt ${item.number}: vervolg van een besluit gewijzigd.`);
    if (!same(old.actions ?? [], item.actions)) changes.push(`Punt ${item.number}: acties gewijzigd.`);
  }
  return changes;
}
