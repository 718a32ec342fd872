// "Aandacht": the coming meetings with their deadlines, and every signal with a link to where it is fixed,
// grouped per meeting (its agenda, its minutes) and — for overdue actions — one line per meeting they come
// from, with counts. Reads only what it shows: the coming meetings, those whose minutes are still a draft, and
// the overdue actions (on a ten-year archive: 1,386 of them, once 1,402 lines and 1.2 s; now one group).
import type {
  AttentionGroup,
  AttentionMeeting,
  AttentionView,
  Severity,
  WarningView,
} from '../../../shared/api/views';
import type { Meeting } from '../../../db/schema';
import { actionRows } from '../../../db/repos/minutes';
import type { Db } from '../../../db/repos/reads';
import { daysUntil } from '../../../shared/rules/deadlines';
import { formatDutchDate } from '../../../shared/rules/calendar';
import { MISSING_FIELD_LABEL, type MissingField } from '../../../shared/rules/agenda';
import type { BodyState } from './body-state';
import { agendaChecks, meetingSummaries } from './meeting-views';
import { followUpWarnings } from '../chain/warnings';
import { keptUntilChange } from './memo';

/** Meetings further ahead than this are not "coming" (the first one always is). */
const UPCOMING_DAYS = 70;
/** The coming meetings whose items are checked one by one. */
const CHECKED_AGENDAS = 3;
const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
export const ACTIONS_GROUP = 'actions';
export const FOLLOW_UPS_GROUP = 'follow-ups';

const meetingGroup = (id: string) => `meeting:${id}`;

/** The "Aandacht" view of a body on `day`, kept until the next change (~20 ms on a ten-year archive). */
export function attentionView(db: Db, state: BodyState, day: string): Promise<AttentionView> {
  return keptUntilChange(db, state, `attention:${day}`, () => buildAttentionView(db, state, day));
}

async function buildAttentionView(db: Db, state: BodyState, day: string): Promise<AttentionView> {
  const live = state.meetings.filter((m) => m.status !== 'cancelled');
  const coming: Meeting[] = [];
  for (const m of live.filter((x) => x.date >= day)) {
    if (coming.length > 0 && daysUntil(day, m.date) > UPCOMING_DAYS) break;
    coming.push(m);
  }
  const draftMinutes = live.filter((m) => m.date < day && m.minutes_status === 'draft');
  const [summaries, checks, overdue, waitingAdvice] = await Promise.all([
    meetingSummaries(db, state, [...coming, ...draftMinutes]),
    agendaChecks(db, state, coming.slice(0, CHECKED_AGENDAS)),
    actionRows(db, state.body.id, { status: 'overdue', today: day }),
    followUpWarnings(db, state, day),
  ]);
  const warnings: WarningView[] = [];
  const groups: AttentionGroup[] = [];
  const upcoming: AttentionMeeting[] = [];

  for (const m of summaries.slice(0, coming.length)) {
    const entry: AttentionMeeting = {
      meeting: m,
      daysToSubmission: daysUntil(day, m.deadlines.submission),
      daysToDistribution: daysUntil(day, m.deadlines.distribution),
      daysToMeeting: daysUntil(day, m.date),
    };
    upcoming.push(entry);
    groups.push({
      key: meetingGroup(m.id),
      kind: 'meeting',
      meeting: { id: m.id, date: m.date },
      counts: none(),
    });
    const when = formatDutchDate(m.date);
    const link = { screen: 'meeting' as const, meetingId: m.id };
    const add = (w: Omit<WarningView, 'group'>) => warnings.push({ ...w, group: meetingGroup(m.id) });
    if (!m.agendaSent) {
      if (entry.daysToDistribution < 0)
        add({
          kind: 'distribution-due',
          severity: 'error',
          message: `De agenda voor ${when} had op ${formatDutchDate(m.deadlines.distribution)} verstuurd moeten worden.`,
          link,
        });
      else if (entry.daysToDistribution <= 2)
        add({
          kind: 'distribution-due',
          severity: 'warning',
          message: `De agenda voor ${when} moet ${entry.daysToDistribution === 0 ? 'vandaag' : `over ${entry.daysToDistribution} dag(en)`} verstuurd worden (${formatDutchDate(m.deadlines.distribution)}).`,
          link,
        });
    } else if (m.agendaChangedSinceSent) {
      add({
        kind: 'agenda-changed',
        severity: 'warning',
        message: `De agenda voor ${when} is gewijzigd na verzending: stuur een gewijzigde agenda.`,
        link,
      });
    }
    if (entry.daysToSubmission >= 0 && entry.daysToSubmission <= 3)
      add({
        kind: 'submission-deadline',
        severity: 'info',
        message: `Inbrengen voor ${when} kan nog tot en met ${formatDutchDate(m.deadlines.submission)}.`,
        link,
      });
    for (const item of checks.get(m.id) ?? []) {
      if (item.lateDecision === 'pending')
        add({
          kind: 'late-item',
          severity: 'warning',
          message: `Punt ${item.number} "${item.title}" (${when}) is na de deadline ingebracht: toelaten of verplaatsen?`,
          link: { ...link, itemId: item.id },
        });
      if (item.missing.length)
        add({
          kind: 'item-missing',
          severity: item.missing.includes('proposal') || item.missing.includes('target') ? 'warning' : 'info',
          message: `Punt ${item.number} "${item.title}" (${when}): ${item.missing.map((f) => MISSING_FIELD_LABEL[f as MissingField] ?? f).join(', ')}.`,
          link: { ...link, itemId: item.id },
        });
    }
  }

  // Minutes still a draft, newest meeting first.
  for (const m of summaries.slice(coming.length).reverse()) {
    const left = daysUntil(day, m.deadlines.minutes);
    const link = { screen: 'minutes' as const, meetingId: m.id };
    const who = m.notulist.name ? ` (notulist: ${m.notulist.name})` : '';
    const group = meetingGroup(m.id);
    groups.push({ key: group, kind: 'meeting', meeting: { id: m.id, date: m.date }, counts: none() });
    warnings.push(
      left < 0
        ? {
            kind: 'minutes-overdue',
            severity: 'error',
            message: `Het verslag van ${formatDutchDate(m.date)} is te laat: uiterlijk ${formatDutchDate(m.deadlines.minutes)}${who}.`,
            link,
            group,
          }
        : {
            kind: 'minutes-due',
            severity: 'info',
            message: `Het verslag van ${formatDutchDate(m.date)} wordt uiterlijk ${formatDutchDate(m.deadlines.minutes)} verwacht${who}.`,
            link,
            group,
          },
    );
  }

  // Overdue actions: one line per meeting they were agreed in, newest meeting first.
  const byMeeting = new Map<string, typeof overdue>();
  for (const a of overdue) byMeeting.set(a.meeting_id, [...(byMeeting.get(a.meeting_id) ?? []), a]);
  const origins = [...byMeeting.values()].sort((a, b) =>
    (b[0]?.meeting_date ?? '').localeCompare(a[0]?.meeting_date ?? ''),
  );
  if (origins.length > 0) groups.push({ key: ACTIONS_GROUP, kind: 'actions', meeting: null, counts: none() });
  for (const actions of origins) {
    const first = actions[0];
    if (!first) continue;
    const oldest = actions.reduce((min, a) => (a.due && a.due < min ? a.due : min), first.due ?? day);
    warnings.push({
      kind: 'action-overdue',
      severity: 'warning',
      message:
        actions.length === 1
          ? `Actie ${first.nr} "${first.what}" (${first.person_name ?? first.who_name}) was uiterlijk ${formatDutchDate(first.due ?? day)} gereed.`
          : `${actions.length} acties uit de vergadering van ${formatDutchDate(first.meeting_date)} zijn over tijd (de oudste moest ${formatDutchDate(oldest)} gereed zijn).`,
      link: { screen: 'actions', meetingId: first.meeting_id },
      group: ACTIONS_GROUP,
      count: actions.length,
    });
  }

  // Advice waiting longer than the body's setting for the stuurgroep or the colleges.
  if (waitingAdvice.length > 0)
    groups.push({ key: FOLLOW_UPS_GROUP, kind: 'follow-ups', meeting: null, counts: none() });
  for (const w of waitingAdvice) warnings.push({ ...w, group: FOLLOW_UPS_GROUP });

  const byKey = new Map(groups.map((g) => [g.key, g]));
  for (const w of warnings) {
    const group = byKey.get(w.group);
    if (group) group.counts[w.severity] += w.count ?? 1;
  }
  const worst = (g: AttentionGroup) =>
    g.counts.error > 0 ? 0 : g.counts.warning > 0 ? 1 : g.counts.info > 0 ? 2 : 3;
  return {
    today: day,
    upcoming,
    warnings: warnings.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]),
    groups: groups.filter((g) => worst(g) < 3).sort((a, b) => worst(a) - worst(b)),
  };
}

function none(): Record<Severity, number> {
  return { error: 0, warning: 0, info: 0 };
}
