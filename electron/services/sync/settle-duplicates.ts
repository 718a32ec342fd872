// After a package import: what two laptops created independently but must exist once. Both laptops apply the
// same rule to the same rows, so they end up equal without asking anyone — and without a conflict at the
// next exchange, as every value written here comes from the rows themselves, not from this laptop's clock.
//
// - Action numbers: two new actions with the same number (one made on each laptop). The older one (by
//   creation time, then id) keeps it; the others get the next free numbers of the body.
// - Attendance: one person recorded on both laptops for the same meeting. The latest recording stays; the
//   other is removed (with the kept row's time as its removal time).
import type { ChangeContext } from '../../../db/tracked';
import { updateRow } from '../../../db/tracked';
import { actionsSharingANumber, highestActionNumber, liveAttendanceOf } from '../../../db/repos/sync';

const STATUS: Record<string, string> = { present: 'aanwezig', absent: 'afwezig', substitute: 'vervanger' };

/** Settles the duplicates of one body and one meeting; returns what was done, in Dutch, for the user. */
export async function settleDuplicates(
  cx: ChangeContext,
  scope: { bodyId: string; meetingId: string },
): Promise<string[]> {
  const notes: string[] = [];

  const sharing = await actionsSharingANumber(cx.trx, scope.bodyId);
  let next = (await highestActionNumber(cx.trx, scope.bodyId)) + 1;
  for (let i = 0; i < sharing.length; i++) {
    const action = sharing[i] as (typeof sharing)[number];
    const previous = sharing[i - 1];
    if (!previous || previous.nr !== action.nr) continue; // the oldest with this number keeps it
    await updateRow(cx, 'actions', action.id, { nr: next });
    notes.push(
      `Actie "${action.what}" heeft nummer ${next} gekregen: nummer ${action.nr} was op de andere laptop al gebruikt.`,
    );
    next++;
  }

  const attendance = await liveAttendanceOf(cx.trx, scope.meetingId);
  const kept = new Map<string, (typeof attendance)[number]>();
  for (const row of attendance) {
    const key = row.person_id ?? `naam:${row.name.trim().toLocaleLowerCase('nl')}`;
    const newer = kept.get(key);
    if (!newer) {
      kept.set(key, row);
      continue;
    }
    await updateRow(cx, 'attendance', row.id, { deleted_at: newer.updated_at });
    notes.push(
      `De aanwezigheid van ${row.name} was op beide laptops vastgelegd; de laatste vastlegging (${STATUS[newer.status] ?? newer.status}) is bewaard.`,
    );
  }
  return notes;
}
