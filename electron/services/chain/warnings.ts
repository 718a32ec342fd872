// Aandacht: advice whose follow-ups wait longer than the body's setting (default 8 weeks), one warning per
// advice naming who it still waits for.
import type { WarningView } from '../../../shared/api/views';
import { diffDays, formatDutchDate } from '../../../shared/rules/calendar';
import type { Db } from '../../../db/repos/reads';
import { decisionsWithFollowUps } from '../../../db/repos/chain';
import type { BodyState } from '../read/body-state';
import { followUpViewsOfBody } from './views';

/** 'de stuurgroep en de colleges van Leudal en Weert'. */
export function waitingFor(names: { stuurgroep: boolean; colleges: string[] }): string {
  const list = (parts: string[]) =>
    parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} en ${parts.at(-1)}`;
  const colleges = names.colleges.length
    ? `${names.colleges.length > 1 ? 'de colleges' : 'het college'} van ${list(names.colleges)}`
    : '';
  return list([...(names.stuurgroep ? ['de stuurgroep'] : []), ...(colleges ? [colleges] : [])]);
}

export async function followUpWarnings(
  db: Db,
  state: BodyState,
  today: string,
): Promise<Omit<WarningView, 'group'>[]> {
  const [byDecision, decisions] = await Promise.all([
    followUpViewsOfBody(db, state, today),
    decisionsWithFollowUps(db, state.body.id),
  ]);
  const dates = new Map(state.meetings.map((m) => [m.id, m.date]));
  const warnings: Omit<WarningView, 'group'>[] = [];
  for (const d of decisions) {
    const late = (byDecision.get(d.id) ?? []).filter((f) => f.overdue);
    const since = dates.get(d.meeting_id);
    if (late.length === 0 || !since) continue;
    const weeks = Math.floor(diffDays(today, since) / 7);
    const who = waitingFor({
      stuurgroep: late.some((f) => f.byKind === 'stuurgroep'),
      colleges: late.filter((f) => f.byKind === 'college').map((f) => f.byName),
    });
    warnings.push({
      kind: 'follow-up-overdue',
      severity: 'warning',
      message: `Het advies "${d.item_title ?? d.text}" van ${formatDutchDate(since)} wacht al ${weeks} weken op ${who} (langer dan ${state.body.follow_up_weeks} weken).`,
      link: { screen: 'decisions', decisionId: d.id },
    });
  }
  return warnings;
}
