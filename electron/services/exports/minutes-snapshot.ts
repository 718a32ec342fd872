// What was sent of the minutes, to tell whether they changed since and what changed ("gewijzigd verslag").
import type { MeetingDetail } from '../../../shared/api/views';

export interface MinutesSnapshot {
  attendance: { name: string; status: string; substituteFor: string | null }[];
  items: {
    id: string;
    number: number;
    title: string;
    notes: string;
    decisions: string[];
    actions: [string, string, string | null][];
  }[];
}

export function minutesSnapshot(detail: MeetingDetail): MinutesSnapshot {
  return {
    attendance: detail.attendance.map((a) => ({
      name: a.name,
      status: a.status,
      substituteFor: a.substituteFor,
    })),
    items: detail.items.map((i) => ({
      id: i.id,
      number: i.number,
      title: i.title,
      notes: i.notes,
      decisions: i.decisions.map((d) => d.text),
      actions: i.actions.map((a) => [a.what, a.who, a.due] as [string, string, string | null]),
    })),
  };
}

export function diffMinutes(sent: MinutesSnapshot, now: MinutesSnapshot): string[] {
  const changes: string[] = [];
  if (JSON.stringify(sent.attendance) !== JSON.stringify(now.attendance))
    changes.push('Aanwezigheid gewijzigd.');
  const before = new Map(sent.items.map((i) => [i.id, i]));
  for (const item of now.items) {
    const old = before.get(item.id);
    if (!old) continue;
    if (old.notes !== item.notes) changes.push(`Punt ${item.number}: verslag gewijzigd.`);
    if (JSON.stringify(old.decisions) !== JSON.stringify(item.decisions))
      changes.push(`Punt ${item.number}: besluiten gewijzigd.`);
    if (JSON.stringify(old.actions) !== JSON.stringify(item.actions))
      changes.push(`Punt ${item.number}: acties gewijzigd.`);
  }
  return changes;
}
