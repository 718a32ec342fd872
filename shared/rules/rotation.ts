// Host, chair and notulist per meeting (DOMAIN.md agreements 3 and 4, "Rotation" made precise).
//
// - host: the meeting's explicit host, else the next municipality in the rotation after the host of the
//   previous non-cancelled meeting (the first meeting: rotation[0]).
// - chair: the override, else the opdrachtgever of the host on the meeting date.
// - notulist: the override, else the chair (override included) of the previous non-cancelled meeting.
// Cancelled meetings are shown with the roles they would have had, but never count for the next one.
import type { LocalDate, MeetingStatus } from '../domain/types';
import { formatDutchDate } from './calendar';

interface RoleOverride {
  personId: string;
  reason: string;
}

export interface RotationMeetingInput {
  id: string;
  date: LocalDate;
  status: MeetingStatus;
  /** Explicit host; null = follow the rotation. */
  hostId: string | null;
  chairOverride: RoleOverride | null;
  notulistOverride: RoleOverride | null;
}

export interface OpdrachtgeverTerm {
  municipalityId: string;
  personId: string;
  /** Inclusive; null = since always. */
  validFrom: LocalDate | null;
  /** Inclusive; null = until further notice. */
  validTo: LocalDate | null;
}

export interface RoleHolder {
  personId: string | null;
  overridden: boolean;
  reason: string | null;
  /** Dutch explanation for the UI. */
  explanation: string;
  /** For an override: whom the rotation would have given the role (null when nobody or not overridden). */
  replacesPersonId?: string | null;
}

export interface ResolvedMeetingRoles {
  meetingId: string;
  hostId: string | null;
  hostFromRotation: boolean;
  chair: RoleHolder;
  notulist: RoleHolder;
}

interface RotationInput {
  /** Municipality ids in rotation order. */
  rotation: readonly string[];
  meetings: readonly RotationMeetingInput[];
  opdrachtgevers: readonly OpdrachtgeverTerm[];
  /** Display name of a municipality for the explanations; defaults to the id. */
  municipalityName?: (id: string) => string;
}

/**
 * The municipality after `previousHostId` in the rotation, wrapping round. Without a previous host, or
 * with one that is not in the rotation, the rotation starts over at rotation[0]. Null for an empty rotation.
 */
export function nextHost(rotation: readonly string[], previousHostId: string | null): string | null {
  if (rotation.length === 0) return null;
  const i = previousHostId === null ? -1 : rotation.indexOf(previousHostId);
  return rotation[(i + 1) % rotation.length] ?? null;
}

/**
 * The opdrachtgever of a municipality on a date (validFrom and validTo inclusive, null = open).
 * When terms overlap (a successor entered before the predecessor's end date) the term that started
 * last wins: the newest appointment is the one the secretariat meant.
 */
export function opdrachtgeverOn(
  opdrachtgevers: readonly OpdrachtgeverTerm[],
  municipalityId: string,
  date: LocalDate,
): string | null {
  let best: OpdrachtgeverTerm | null = null;
  for (const t of opdrachtgevers) {
    if (t.municipalityId !== municipalityId) continue;
    if (t.validFrom !== null && t.validFrom > date) continue;
    if (t.validTo !== null && t.validTo < date) continue;
    if (best === null || (t.validFrom ?? '') >= (best.validFrom ?? '')) best = t;
  }
  return best?.personId ?? null;
}

function overridden(o: RoleOverride, replaces: RoleHolder): RoleHolder {
  return {
    personId: o.personId,
    overridden: true,
    reason: o.reason,
    explanation: `vervangt: ${o.reason}`,
    replacesPersonId: replaces.personId !== o.personId ? replaces.personId : null,
  };
}

function derived(personId: string | null, explanation: string): RoleHolder {
  return { personId, overridden: false, reason: null, explanation };
}

/**
 * Resolves the roles of all meetings of one body. Meetings are taken in date order (same date: input
 * order). Product choices where the agreements are silent:
 * - an explicit host makes the following meetings rotate on from it; an explicit host that is not in the
 *   rotation (a one-off location) does not reset it: the next meeting rotates on from the last host that is;
 * - the notulist of the first meeting (no previous chair) is the opdrachtgever of the municipality
 *   before the host in the rotation, i.e. whoever would have chaired "the meeting before";
 * - when nobody can be found, personId is null and the explanation says why.
 */
export function resolveRotation(input: RotationInput): Map<string, ResolvedMeetingRoles> {
  const { rotation, opdrachtgevers } = input;
  const name = input.municipalityName ?? ((id: string) => id);
  const sorted = [...input.meetings].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const result = new Map<string, ResolvedMeetingRoles>();

  /** Host (in the rotation) of the last non-cancelled meeting: where the rotation continues from. */
  let rotationHost: string | null = null;
  /** The last non-cancelled meeting, for the notulist. */
  let previous: { date: LocalDate; chair: RoleHolder } | null = null;

  for (const m of sorted) {
    const hostId: string | null = m.hostId ?? nextHost(rotation, rotationHost);
    const hostFromRotation = m.hostId === null && hostId !== null;

    // What the rotation gives, so an override can say whom it replaces.
    let defaultChair: RoleHolder;
    if (hostId === null) defaultChair = derived(null, 'geen gastgemeente bekend');
    else {
      const personId = opdrachtgeverOn(opdrachtgevers, hostId, m.date);
      defaultChair = derived(
        personId,
        personId !== null
          ? `opdrachtgever van ${name(hostId)} (gastgemeente)`
          : `geen opdrachtgever van ${name(hostId)} (gastgemeente) bekend op ${formatDutchDate(m.date)}`,
      );
    }
    const chair = m.chairOverride ? overridden(m.chairOverride, defaultChair) : defaultChair;

    let defaultNotulist: RoleHolder;
    if (previous) {
      const when = formatDutchDate(previous.date);
      defaultNotulist = derived(
        previous.chair.personId,
        previous.chair.personId !== null
          ? `voorzitter van de vorige vergadering (${when})`
          : `voorzitter van de vorige vergadering (${when}) is onbekend`,
      );
    } else {
      const i = hostId === null ? -1 : rotation.indexOf(hostId);
      const before = i < 0 ? undefined : rotation[(i - 1 + rotation.length) % rotation.length];
      if (before === undefined) {
        defaultNotulist = derived(null, 'eerste vergadering en de gastgemeente staat niet in de rotatie');
      } else {
        const personId = opdrachtgeverOn(opdrachtgevers, before, m.date);
        defaultNotulist = derived(
          personId,
          personId !== null
            ? `eerste vergadering: opdrachtgever van ${name(before)} (vorige in de rotatie)`
            : `eerste vergadering: geen opdrachtgever van ${name(before)} (vorige in de rotatie) bekend`,
        );
      }
    }
    const notulist = m.notulistOverride ? overridden(m.notulistOverride, defaultNotulist) : defaultNotulist;

    result.set(m.id, { meetingId: m.id, hostId, hostFromRotation, chair, notulist });

    if (m.status !== 'cancelled') {
      if (hostId !== null && rotation.includes(hostId)) rotationHost = hostId;
      previous = { date: m.date, chair };
    }
  }
  return result;
}
