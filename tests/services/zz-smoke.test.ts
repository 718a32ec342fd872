import { it } from 'vitest';
import { openTestRegie } from '../helpers/regie';
it('smoke', async () => {
  const r = await openTestRegie('2026-11-23T09:00:00Z');
  const t0 = Date.now();
  const { bodyId } = await r.api['demo.load']({});
  console.log('demo ms', Date.now() - t0);
  const list = await r.api['meetings.list']({ bodyId });
  for (const m of list)
    console.log(
      m.date,
      m.status,
      m.host?.name,
      m.chair.name,
      m.notulist.name,
      JSON.stringify(m.deadlines),
      m.typedItemCount,
      m.lateCount,
      m.minutesStatus,
    );
  const next = list.find((m) => m.date >= '2026-11-23')!;
  const d = await r.api['meetings.get']({ id: next.id });
  for (const i of d.items)
    console.log(
      i.number,
      i.kind,
      i.title,
      i.letter,
      i.attachments.map((a) => a.label + ':' + a.title).join('|'),
      i.late,
      i.lateDecision,
      i.startsAt,
      i.missing,
    );
  console.log(
    'open actions',
    d.openActions.length,
    'proposals',
    d.proposals.map((p) => p.title),
  );
  const att = await r.api['attention.get']({ bodyId });
  console.log(att.warnings.map((w) => w.severity + ' ' + w.message).join('\n'));
  const again = await r.api['demo.load']({}).catch((e) => e.message);
  console.log('again', again);
  await r.cleanup();
});
