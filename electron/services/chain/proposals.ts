// What the decision chain proposes for an agenda: on the regiegroep's next agenda the outcome of each decided
// follow-up (one feedback item per destination), and on the stuurgroep's next meeting the advice other bodies
// sent it (forwarded: the type of the item is chosen there).
import type { Decision, Meeting } from '../../../db/schema';
import type { Db } from '../../../db/repos/reads';
import type { FollowUpView, ProposalView } from '../../../shared/api/views';
import { formatDutchDate } from '../../../shared/rules/calendar';
import { FOLLOW_UP_RESULT_LABEL, byInSentence } from '../../../shared/rules/chain';
import { bodiesForChain, stuurgroepFollowUpsToForward } from '../../../db/repos/chain';
import type { BodyState } from '../read/body-state';
import { bodiesAdvising } from './stuurgroep';
import { forwardedExplanation, outcomeSentence } from './follow-ups';

export async function chainProposals(
  db: Db,
  state: BodyState,
  meeting: Meeting,
  context: {
    decisions: readonly Decision[];
    followUps: Map<string, FollowUpView[]>;
    titles: Map<string, string>;
    meetingDates: Map<string, string>;
    today: string;
  },
): Promise<ProposalView[]> {
  if (meeting.status !== 'planned') return [];
  const out: ProposalView[] = [];
  for (const d of context.decisions) {
    const adviceDate = context.meetingDates.get(d.meeting_id) ?? '9999-12-31';
    if (adviceDate >= meeting.date) continue;
    for (const f of context.followUps.get(d.id) ?? []) {
      if (f.status !== 'besloten' || f.reportedIn || (f.on !== null && f.on > meeting.date)) continue;
      const who = f.byKind === 'stuurgroep' ? 'stuurgroep' : `college ${f.byName}`;
      const title = context.titles.get(d.item_id) ?? d.text;
      out.push({
        kind: 'feedback',
        key: `feedback:${f.id}`,
        title: `Terugkoppeling ${who}: ${title}`,
        itemKind: 'informerend',
        reason: `besluit van ${byInSentence(f.byKind, f.municipality?.name ?? null)}${f.on ? ` op ${formatDutchDate(f.on)}` : ''}${f.result ? `: ${FOLLOW_UP_RESULT_LABEL[f.result]}` : ''}`,
        fromItemId: d.item_id,
        decisionId: d.id,
        followUpId: f.id,
        proposal: '',
        explanation: outcomeSentence({
          byKind: f.byKind,
          municipalityName: f.municipality?.name ?? null,
          on: f.on,
          result: f.result,
          note: f.note,
        }),
      });
    }
  }

  const bodies = await bodiesForChain(db);
  const advising = bodiesAdvising(state.body.id, bodies);
  if (advising.length === 0) return out;
  const planned = state.meetings.filter((m) => m.status === 'planned' && m.date >= context.today);
  for (const f of await stuurgroepFollowUpsToForward(
    db,
    advising.map((b) => b.id),
  )) {
    // The stuurgroep's next meeting after the advice was given.
    const next = planned.find((m) => m.date > f.meeting_date);
    if (next?.id !== meeting.id) continue;
    out.push({
      kind: 'forwarded',
      key: `forward:${f.id}`,
      title: f.item_title,
      itemKind: 'besluitvormend',
      reason: `advies van de ${f.body_name} van ${formatDutchDate(f.meeting_date)}`,
      fromItemId: f.item_id,
      decisionId: f.decision_id,
      followUpId: f.id,
      proposal: f.item_proposal,
      explanation: forwardedExplanation(f.item_explanation, {
        bodyName: f.body_name,
        date: f.meeting_date,
        text: f.decision_text,
      }),
    });
  }
  return out;
}
