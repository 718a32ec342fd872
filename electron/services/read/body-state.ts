// Everything the rules need about one body, loaded in one go: settings, rotation, people, meetings, and
// the derived host/chair/notulist and deadlines of every meeting. Views are built from this.
import type { Body, Meeting, Membership, Person } from '../../../db/schema';
import {
  closedDaysOf,
  getBody,
  listMunicipalities,
  meetingsOfBody,
  membershipsOfBody,
  peopleOfBody,
  rotationOf,
  type Db,
} from '../../../db/repos/reads';
import {
  DEFAULT_FIXED_WORDING,
  DEFAULT_RECURRING,
  type DeadlineSettings,
  type Deadlines,
  type FixedItemWording,
  type RecurringItemSetting,
} from '../../../shared/domain/types';
import type {
  BodyView,
  MeetingLocationView,
  MunicipalityRef,
  RoleHolderView,
} from '../../../shared/api/views';
import { computeDeadlines, type WorkCalendar } from '../../../shared/rules/deadlines';
import { resolveRotation, type ResolvedMeetingRoles, type RoleHolder } from '../../../shared/rules/rotation';
import { ApiError } from '../../../shared/api/errors';
import { changeStamp } from '../../../db/repos/meeting-scope';
import { bodiesForChain } from '../../../db/repos/chain';
import { stuurgroepOf } from '../chain/stuurgroep';

export interface BodyState {
  body: Body;
  settings: DeadlineSettings;
  fixedWording: FixedItemWording;
  recurring: RecurringItemSetting[];
  calendar: WorkCalendar;
  closedDays: { date: string; reason: string }[];
  rotation: MunicipalityRef[];
  municipalityName: Map<string, string>;
  /** Each municipality's meeting place (all municipalities: a host may be outside the rotation). */
  places: Map<string, { name: string; address: string }>;
  people: Map<string, Person>;
  memberships: Membership[];
  /** Live meetings of the body in date order. */
  meetings: Meeting[];
  roles: Map<string, ResolvedMeetingRoles>;
  deadlines: Map<string, Deadlines>;
  /** The body in Regie that advice for the stuurgroep goes to (chosen, or the one named so). */
  stuurgroep: { id: string; name: string; chosen: boolean } | null;
}

export function parseJson<T>(text: string | null, fallback: T): T {
  if (!text) return fallback;
  try {
    return JSON.parse(text) as T;
  } catch {
    return fallback;
  }
}

function settingsOf(body: Body): DeadlineSettings {
  return {
    submissionDays: body.submission_days,
    distributionDays: body.distribution_days,
    minutesDays: body.minutes_days,
    unit: body.day_unit,
    shiftToWorkingDay: body.shift_to_working_day === 1,
  };
}

/** A body's settings, rotation, people and meetings: what its views start from, before any rule is applied. */
export type BodyBasics = Pick<
  BodyState,
  | 'body'
  | 'settings'
  | 'fixedWording'
  | 'recurring'
  | 'calendar'
  | 'closedDays'
  | 'rotation'
  | 'municipalityName'
  | 'places'
  | 'people'
  | 'memberships'
  | 'meetings'
  | 'stuurgroep'
>;

export async function loadBodyBasics(db: Db, bodyId: string): Promise<BodyBasics> {
  const body = await getBody(db, bodyId);
  if (!body) throw new ApiError('not_found', 'Dit overleg bestaat niet (meer).');
  const [rotationRows, closed, people, memberships, meetings, municipalities, bodies] = await Promise.all([
    rotationOf(db, bodyId),
    closedDaysOf(db, bodyId),
    peopleOfBody(db, bodyId),
    membershipsOfBody(db, bodyId),
    meetingsOfBody(db, bodyId),
    listMunicipalities(db),
    bodiesForChain(db),
  ]);
  const rotation = rotationRows.map((r) => ({ id: r.id, name: r.name }));
  return {
    body,
    settings: settingsOf(body),
    fixedWording: {
      ...DEFAULT_FIXED_WORDING,
      ...parseJson<Partial<FixedItemWording>>(body.fixed_wording, {}),
    },
    recurring: parseJson<RecurringItemSetting[]>(body.recurring, DEFAULT_RECURRING),
    calendar: { closedDays: closed.map((c) => c.date) },
    closedDays: closed.map((c) => ({ date: c.date, reason: c.reason })),
    rotation,
    municipalityName: new Map(rotation.map((m) => [m.id, m.name])),
    places: new Map(
      municipalities.map((m) => [m.id, { name: m.place_name ?? '', address: m.place_address ?? '' }]),
    ),
    people: new Map(people.map((p) => [p.id, p])),
    memberships,
    meetings,
    stuurgroep: stuurgroepOf(body, bodies),
  };
}

/**
 * The last state made per database and body, with the change stamp it was made at: every call of nearly every
 * screen starts from the body's state, and deriving host, chair, notulist and deadlines of ten years of meetings
 * took ~5 ms each time (25 ms on a busy machine). Any write (or another connection's commit) makes it anew.
 * Views never change a state they are given.
 */
const states = new WeakMap<object, Map<string, { stamp: string; state: Promise<BodyState> }>>();

export async function loadBodyState(db: Db, bodyId: string): Promise<BodyState> {
  const stamp = await changeStamp(db);
  if (stamp === null) return buildBodyState(db, bodyId);
  const cache = states.get(db) ?? new Map<string, { stamp: string; state: Promise<BodyState> }>();
  states.set(db, cache);
  const hit = cache.get(bodyId);
  if (hit?.stamp === stamp) return hit.state;
  const state = buildBodyState(db, bodyId);
  cache.set(bodyId, { stamp, state });
  state.catch(() => {
    if (cache.get(bodyId)?.state === state) cache.delete(bodyId);
  });
  return state;
}

async function buildBodyState(db: Db, bodyId: string): Promise<BodyState> {
  const basics = await loadBodyBasics(db, bodyId);
  const { rotation, municipalityName, memberships, meetings, settings, calendar } = basics;
  const opdrachtgevers = memberships
    .filter((m) => m.role === 'opdrachtgever' && m.municipality_id)
    .map((m) => ({
      municipalityId: m.municipality_id as string,
      personId: m.person_id,
      validFrom: m.valid_from,
      validTo: m.valid_to,
    }));
  const roles = resolveRotation({
    rotation: rotation.map((m) => m.id),
    meetings: meetings.map((m) => ({
      id: m.id,
      date: m.date,
      status: m.status,
      hostId: m.host_municipality_id,
      chairOverride: m.chair_override_person_id
        ? { personId: m.chair_override_person_id, reason: m.chair_override_reason ?? '' }
        : null,
      notulistOverride: m.notulist_override_person_id
        ? { personId: m.notulist_override_person_id, reason: m.notulist_override_reason ?? '' }
        : null,
    })),
    opdrachtgevers,
    municipalityName: (id) => municipalityName.get(id) ?? id,
  });
  const deadlines = new Map(meetings.map((m) => [m.id, computeDeadlines(m.date, settings, calendar)]));
  return { ...basics, roles, deadlines };
}

export function bodyView(state: BodyBasics): BodyView {
  return {
    id: state.body.id,
    name: state.body.name,
    shortName: state.body.short_name,
    rotation: [...state.rotation],
    deadlines: { ...state.settings },
    closedDays: [...state.closedDays],
    fixedWording: { ...state.fixedWording },
    recurring: [...state.recurring],
    defaultStart: state.body.default_start,
    meetingCount: state.meetings.length,
    meetingPlaces: state.rotation.map((m) => ({
      municipalityId: m.id,
      municipality: m.name,
      name: state.places.get(m.id)?.name ?? '',
      address: state.places.get(m.id)?.address ?? '',
    })),
    followUpWeeks: state.body.follow_up_weeks,
    stuurgroepBodyId: state.body.stuurgroep_body_id,
    stuurgroep: state.stuurgroep,
  };
}

/**
 * Where a meeting is: its own location when it has one (with the host's address when it names the host's
 * place), else the host's meeting place.
 */
export function meetingLocation(
  state: BodyState,
  location: string,
  hostId: string | null,
): MeetingLocationView | null {
  const own = location.trim();
  const host = hostId ? state.places.get(hostId) : undefined;
  const hostName = host?.name.trim() ?? '';
  if (own) {
    const sameAsHost = hostName !== '' && own.toLocaleLowerCase('nl') === hostName.toLocaleLowerCase('nl');
    return { name: own, address: sameAsHost ? (host?.address.trim() ?? '') : '', source: 'meeting' };
  }
  if (hostName) return { name: hostName, address: host?.address.trim() ?? '', source: 'host' };
  return null;
}

export function roleHolderView(state: BodyState, holder: RoleHolder): RoleHolderView {
  const person = holder.personId ? state.people.get(holder.personId) : undefined;
  return {
    personId: holder.personId,
    name: person?.name ?? null,
    overridden: holder.overridden,
    reason: holder.reason,
    explanation: holder.explanation,
    replaces: holder.replacesPersonId ? (state.people.get(holder.replacesPersonId)?.name ?? null) : null,
  };
}

/** Previous and next non-cancelled meetings around one meeting, in date order. */
export function neighbours(
  state: BodyState,
  meetingId: string,
): { previous: Meeting | null; next: Meeting | null } {
  const index = state.meetings.findIndex((m) => m.id === meetingId);
  let previous: Meeting | null = null;
  let next: Meeting | null = null;
  for (let i = index - 1; i >= 0; i--) {
    const m = state.meetings[i];
    if (m && m.status !== 'cancelled') {
      previous = m;
      break;
    }
  }
  for (let i = index + 1; i < state.meetings.length; i++) {
    const m = state.meetings[i];
    if (m && m.status !== 'cancelled') {
      next = m;
      break;
    }
  }
  return { previous, next };
}
