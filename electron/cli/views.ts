// The JSON that `regie meeting show REF --json` prints (the documented shape, and a little more).
import type { FollowUpView, MeetingDetail } from '../../shared/api/views';

/** A follow-up as the command line gives it: by "stuurgroep" or the municipality's name. */
export function followUpJson(f: FollowUpView) {
  return {
    by: f.byKind === 'stuurgroep' ? 'stuurgroep' : f.byName,
    status: f.status,
    on: f.on,
    result: f.result,
  };
}

export function meetingShowJson(d: MeetingDetail) {
  return {
    id: d.id,
    body: d.bodyName,
    date: d.date,
    start: d.start,
    status: d.status,
    host: d.host?.name ?? null,
    location: d.location,
    chair: {
      name: d.chair.name,
      overridden: d.chair.overridden,
      ...(d.chair.reason ? { reason: d.chair.reason } : {}),
    },
    notulist: {
      name: d.notulist.name,
      overridden: d.notulist.overridden,
      ...(d.notulist.reason ? { reason: d.notulist.reason } : {}),
    },
    deadlines: d.deadlines,
    items: d.items.map((i) => ({
      number: i.number,
      kind: i.kind,
      title: i.title,
      ...(i.target ? { target: i.target } : {}),
      ...(i.proposal ? { proposal: i.proposal } : {}),
      late: i.late,
      ...(i.late ? { lateDecision: i.lateDecision } : {}),
      ...(i.startsAt ? { startsAt: i.startsAt } : {}),
      attachments: i.attachments.map((a) => ({ label: a.label, title: a.title, fileName: a.fileName })),
      decisions: i.decisions.map((d) => ({
        text: d.text,
        destination: d.destination,
        followUps: d.followUps.map(followUpJson),
      })),
    })),
    actions: [...d.openActions, ...d.actions]
      .filter((a, index, all) => all.findIndex((b) => b.id === a.id) === index)
      .map((a) => ({
        nr: a.nr,
        what: a.what,
        who: a.who,
        due: a.due,
        status: a.status,
        ...(a.overdue ? { overdue: true } : {}),
      })),
  };
}
