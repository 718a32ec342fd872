// The follow-ups as the screens, the CLI and the documents see them: in their order (the stuurgroep first, then
// the colleges in the body's rotation order), with where each was forwarded and whether it is overdue.
import type { FollowUpView } from '../../../shared/api/views';
import { isFollowUpOverdue } from '../../../shared/rules/chain';
import { followUpsOfBody, itemPlaces, type FollowUpRow } from '../../../db/repos/chain';
import type { Db } from '../../../db/repos/reads';
import type { BodyState } from '../read/body-state';

type Place = Awaited<ReturnType<typeof itemPlaces>>[number];

/** Sort key: the stuurgroep first, then the rotation order, then (municipalities no longer in it) by name. */
export function followUpOrder(rotation: readonly { id: string }[]) {
  const position = new Map(rotation.map((m, i) => [m.id, i]));
  return (a: FollowUpRow, b: FollowUpRow): number => {
    const rank = (f: FollowUpRow) =>
      f.by_kind === 'stuurgroep' ? -1 : (position.get(f.municipality_id ?? '') ?? rotation.length);
    return rank(a) - rank(b) || (a.municipality_name ?? '').localeCompare(b.municipality_name ?? '', 'nl');
  };
}

export function followUpView(
  f: FollowUpRow,
  context: {
    adviceDate: string;
    weeks: number;
    today: string;
    places: Map<string, Place>;
    meetingDate: (id: string) => string | undefined;
  },
): FollowUpView {
  const place = f.linked_item_id ? context.places.get(f.linked_item_id) : undefined;
  const reportedOn = f.reported_in_meeting_id ? context.meetingDate(f.reported_in_meeting_id) : undefined;
  return {
    id: f.id,
    decisionId: f.decision_id,
    byKind: f.by_kind,
    municipality: f.municipality_id ? { id: f.municipality_id, name: f.municipality_name ?? '' } : null,
    byName: f.by_kind === 'stuurgroep' ? 'Stuurgroep' : (f.municipality_name ?? ''),
    status: f.status,
    // On the stuurgroep's agenda: the date of that meeting, even when it moved since.
    on: f.status === 'geagendeerd' && place && !place.meeting_deleted ? place.date : f.on_date,
    result: f.result,
    note: f.note,
    proposalNumber: f.proposal_number,
    caseNumber: f.case_number,
    forwardedTo:
      place && !place.item_deleted && !place.meeting_deleted
        ? {
            itemId: place.id,
            itemTitle: place.title,
            meetingId: place.meeting_id,
            meetingDate: place.date,
            bodyId: place.body_id,
            bodyName: place.body_name,
          }
        : null,
    reportedIn:
      f.reported_in_meeting_id && reportedOn
        ? { meetingId: f.reported_in_meeting_id, meetingDate: reportedOn }
        : null,
    overdue: isFollowUpOverdue(
      { status: f.status, on: f.on_date },
      context.adviceDate,
      context.weeks,
      context.today,
    ),
  };
}

/** Every live follow-up of a body's decisions as views, by decision id, each list in its order. */
export async function followUpViewsOfBody(
  db: Db,
  state: BodyState,
  today: string,
): Promise<Map<string, FollowUpView[]>> {
  const rows = await followUpsOfBody(db, state.body.id);
  const linked = rows.map((r) => r.linked_item_id).filter((id): id is string => id !== null);
  const places = new Map<string, Place>((await itemPlaces(db, linked)).map((p) => [p.id, p]));
  const meetingDates = new Map(state.meetings.map((m) => [m.id, m.date]));
  const meetingDate = (id: string) => meetingDates.get(id);
  const order = followUpOrder(state.rotation);
  const out = new Map<string, FollowUpView[]>();
  for (const r of [...rows].sort(order)) {
    const list = out.get(r.decision_id) ?? [];
    list.push(
      followUpView(r, {
        adviceDate: r.advice_date,
        weeks: state.body.follow_up_weeks,
        today,
        places,
        meetingDate,
      }),
    );
    out.set(r.decision_id, list);
  }
  return out;
}
