// Guards the handlers share: an agenda item that still exists, and minutes that may still change.
import { ApiError } from '../../../shared/api/errors';
import { formatDutchDate } from '../../../shared/rules/calendar';
import { getItem, type Db } from '../../../db/repos/reads';
import { requireMeeting } from './meetings';

export async function requireItem(db: Db, id: string) {
  const item = await getItem(db, id);
  if (!item || item.deleted_at) throw new ApiError('not_found', 'Dit agendapunt bestaat niet (meer).');
  return item;
}

/** Adopted minutes are a record: what they say can no longer change. */
export async function assertEditable(db: Db, meetingId: string) {
  const meeting = await requireMeeting(db, meetingId);
  if (meeting.minutes_status === 'adopted')
    throw new ApiError(
      'conflict',
      `Het verslag van ${formatDutchDate(meeting.date)} is vastgesteld en kan niet meer worden gewijzigd.`,
    );
  return meeting;
}
