// Shared test fixtures: a regiegroep of three municipalities with their opdrachtgevers.
import type { Api } from '../../shared/api/contract';
import type { ApiError } from '../../shared/api/errors';
import type { BodyView } from '../../shared/api/views';

export const CALENDAR_5_DAYS = {
  submissionDays: 5,
  distributionDays: 5,
  minutesDays: 5,
  unit: 'calendar' as const,
  shiftToWorkingDay: true,
};

export const OPDRACHTGEVERS = [
  ['A. Hendriks', 'Leudal'],
  ['M. Janssen', 'Nederweert'],
  ['P. Smeets', 'Weert'],
] as const;

/** Body 'Regiegroep' rotating Leudal → Nederweert → Weert, one opdrachtgever each; people by name. */
export async function createRegiegroep(
  api: Api,
  name = 'Regiegroep',
): Promise<{ body: BodyView; people: Record<string, string> }> {
  const body = await api['bodies.save']({
    name,
    rotation: OPDRACHTGEVERS.map(([, m]) => m),
    deadlines: CALENDAR_5_DAYS,
    closedDays: [],
  });
  const people: Record<string, string> = {};
  for (const [person, municipality] of OPDRACHTGEVERS) {
    people[person] = (
      await api['people.save']({
        bodyId: body.id,
        name: person,
        municipality,
        memberships: [{ role: 'opdrachtgever', municipality }],
      })
    ).id;
  }
  return { body, people };
}

/** The error body of a call that must fail (the test fails when it does not). */
export async function errorOf(p: Promise<unknown>): Promise<ApiError['body']> {
  try {
    await p;
  } catch (e) {
    return (e as ApiError).body;
  }
  throw new Error('expected an error');
}
