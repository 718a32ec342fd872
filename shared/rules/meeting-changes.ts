// "Moving or cancelling a meeting recomputes what follows from it and says what changed": compares the
// body's meetings before and after a change and says, in Dutch, what the rules now give differently.
import type { MeetingSummary } from '../api/views';
import { formatDutchDate } from './calendar';

export function describeMeetingChanges(
  before: readonly MeetingSummary[],
  after: readonly MeetingSummary[],
): string[] {
  const old = new Map(before.map((m) => [m.id, m]));
  const lines: string[] = [];
  for (const m of after) {
    const was = old.get(m.id);
    if (!was) continue;
    const when = formatDutchDate(m.date);
    if (was.date !== m.date)
      lines.push(`De vergadering van ${formatDutchDate(was.date)} is verplaatst naar ${when}.`);
    if (was.status !== m.status && m.status === 'cancelled')
      lines.push(`De vergadering van ${when} is geannuleerd.`);
    if (was.status !== m.status && was.status === 'cancelled')
      lines.push(`De vergadering van ${when} gaat weer door.`);
    if ((was.host?.id ?? null) !== (m.host?.id ?? null))
      lines.push(
        `${when}: gastgemeente nu ${m.host?.name ?? 'onbekend'} (was ${was.host?.name ?? 'onbekend'}).`,
      );
    if (was.chair.personId !== m.chair.personId)
      lines.push(
        `${when}: voorzitter nu ${m.chair.name ?? 'onbekend'} (was ${was.chair.name ?? 'onbekend'}).`,
      );
    if (was.notulist.personId !== m.notulist.personId)
      lines.push(
        `${when}: notulist nu ${m.notulist.name ?? 'onbekend'} (was ${was.notulist.name ?? 'onbekend'}).`,
      );
    if (was.date === m.date) continue;
    const d = m.deadlines;
    lines.push(
      `${when}: inbrengen uiterlijk ${formatDutchDate(d.submission)}, agenda versturen ${formatDutchDate(d.distribution)}, verslag uiterlijk ${formatDutchDate(d.minutes)}.`,
    );
  }
  for (const m of before) {
    if (!after.some((a) => a.id === m.id))
      lines.push(`De vergadering van ${formatDutchDate(m.date)} is verwijderd.`);
  }
  return lines;
}
