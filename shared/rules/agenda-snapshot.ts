// What was sent is a record. A snapshot holds what members read on the agenda; comparing the snapshot
// that was sent with today's tells whether the agenda changed since, and what changed (for the
// "Gewijzigde agenda" that follows a change after sending).

export interface AgendaSnapshot {
  date: string;
  start: string;
  location: string;
  host: string | null;
  chair: string | null;
  notulist: string | null;
  items: {
    id: string;
    number: number;
    kind: string;
    title: string;
    proposal: string;
    target: string | null;
    attachments: { label: string; title: string; sha256: string | null }[];
  }[];
}

/** Stable serialisation, so equal agendas give equal strings. */
export function snapshotKey(s: AgendaSnapshot): string {
  return JSON.stringify(s);
}

/** Dutch sentences describing what changed from `sent` to `now`; empty when nothing did. */
export function diffAgendaSnapshots(sent: AgendaSnapshot, now: AgendaSnapshot): string[] {
  const changes: string[] = [];
  if (sent.date !== now.date) changes.push(`Datum gewijzigd (was ${sent.date}).`);
  if (sent.start !== now.start) changes.push(`Aanvangstijd gewijzigd van ${sent.start} naar ${now.start}.`);
  if (sent.location !== now.location) changes.push(`Locatie gewijzigd naar ${now.location || '(geen)'}.`);
  if (sent.chair !== now.chair) changes.push(`Voorzitter gewijzigd naar ${now.chair ?? '(onbekend)'}.`);
  if (sent.notulist !== now.notulist)
    changes.push(`Notulist gewijzigd naar ${now.notulist ?? '(onbekend)'}.`);

  const before = new Map(sent.items.map((i) => [i.id, i]));
  const after = new Map(now.items.map((i) => [i.id, i]));
  for (const item of now.items) {
    const old = before.get(item.id);
    if (!old) {
      changes.push(`Agendapunt ${item.number} toegevoegd: ${item.title}.`);
      continue;
    }
    if (old.title !== item.title)
      changes.push(`Agendapunt ${item.number}: titel gewijzigd (was "${old.title}").`);
    if (old.kind !== item.kind) changes.push(`Agendapunt ${item.number}: soort gewijzigd naar ${item.kind}.`);
    if (old.proposal !== item.proposal)
      changes.push(`Agendapunt ${item.number}: voorgesteld besluit gewijzigd.`);
    if (old.target !== item.target) changes.push(`Agendapunt ${item.number}: doel gewijzigd.`);
    const oldDocs = old.attachments.map((a) => `${a.title}|${a.sha256}`).join('\n');
    const newDocs = item.attachments.map((a) => `${a.title}|${a.sha256}`).join('\n');
    if (oldDocs !== newDocs) {
      const labels = item.attachments.map((a) => a.label).join(', ');
      changes.push(`Agendapunt ${item.number}: bijlagen gewijzigd${labels ? ` (nu ${labels})` : ''}.`);
    }
  }
  for (const item of sent.items) {
    if (!after.has(item.id)) changes.push(`Agendapunt "${item.title}" vervallen.`);
  }
  const sentOrder = sent.items.filter((i) => after.has(i.id)).map((i) => i.id);
  const nowOrder = now.items.filter((i) => before.has(i.id)).map((i) => i.id);
  if (sentOrder.join() !== nowOrder.join()) changes.push('Volgorde van de agendapunten gewijzigd.');
  return changes;
}
