// What was sent is a record. A snapshot holds what members read on the agenda; comparing the snapshot
// that was sent with today's tells whether the agenda changed since, and what changed (for the
// "Gewijzigde agenda" that follows a change after sending). Compared field by field: fields added later
// (marked optional) are compared only when the sent snapshot has them, so an agenda sent by an earlier
// version of Regie is not announced as changed for a field it never recorded.

export interface AgendaSnapshot {
  date: string;
  start: string;
  end?: string | null;
  location: string;
  /** Where the meeting is as the agenda says it (its location, else the host's place) and the address. */
  place?: string;
  address?: string;
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
    explanation?: string;
    durationMinutes?: number | null;
    /** 'pending' (nagekomen, not admitted), 'admitted', or null. */
    late?: string | null;
    attachments: { label: string; title: string; sha256: string | null }[];
  }[];
}

/** Dutch sentences describing what changed from `sent` to `now`; empty when nothing did. */
export function diffAgendaSnapshots(sent: AgendaSnapshot, now: AgendaSnapshot): string[] {
  const changes: string[] = [];
  if (sent.date !== now.date) changes.push(`Datum gewijzigd (was ${sent.date}).`);
  if (sent.start !== now.start) changes.push(`Aanvangstijd gewijzigd van ${sent.start} naar ${now.start}.`);
  if (sent.end !== undefined && (sent.end ?? null) !== (now.end ?? null))
    changes.push(`Eindtijd gewijzigd naar ${now.end ?? '(geen)'}.`);
  if (sent.location !== now.location) changes.push(`Locatie gewijzigd naar ${now.location || '(geen)'}.`);
  else if (sent.place !== undefined && sent.place !== now.place)
    changes.push(`Locatie gewijzigd naar ${now.place || '(geen)'}.`);
  if (sent.address !== undefined && sent.address !== now.address)
    changes.push(`Adres gewijzigd naar ${now.address || '(geen)'}.`);
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
    if (old.explanation !== undefined && old.explanation !== item.explanation)
      changes.push(`Agendapunt ${item.number}: toelichting gewijzigd.`);
    if (old.durationMinutes !== undefined && (old.durationMinutes ?? null) !== (item.durationMinutes ?? null))
      changes.push(
        `Agendapunt ${item.number}: duur gewijzigd${item.durationMinutes ? ` (nu ${item.durationMinutes} min.)` : ''}.`,
      );
    if (old.late !== undefined && (old.late ?? null) !== (item.late ?? null))
      changes.push(
        item.late === 'admitted'
          ? `Agendapunt ${item.number}: nagekomen punt toegelaten.`
          : `Agendapunt ${item.number}: status als nagekomen punt gewijzigd.`,
      );
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

/** The items that are new or changed since `sent` (for the e-mail's list of items). */
export function changedItemIds(sent: AgendaSnapshot, now: AgendaSnapshot): Set<string> {
  const before = new Map(sent.items.map((i) => [i.id, i]));
  const out = new Set<string>();
  for (const item of now.items) {
    const old = before.get(item.id);
    if (!old) {
      out.add(item.id);
      continue;
    }
    const probe: AgendaSnapshot = { ...now, items: [item] };
    const base: AgendaSnapshot = { ...now, items: [{ ...old, number: item.number }] };
    if (diffAgendaSnapshots(base, probe).length > 0) out.add(item.id);
  }
  return out;
}
