// The dossier of a subject: the items that return (carried after a postponement, forwarded to the stuurgroep,
// reported back, or linked by hand because a revised document came back on a later agenda) with their
// documents numbered v1, v2 … per dossier, their decisions and follow-ups, and the trajectory ("Verloop") in the
// words of seed 002. An item points at its dossier's first item (agenda_items.dossier_item_id).
import type { Handlers } from '../../../shared/api/contract';
import type { DecisionView, DossierItemView, DossierView } from '../../../shared/api/views';
import { ApiError } from '../../../shared/api/errors';
import { localDateOf } from '../../../shared/rules/clock';
import {
  inSentence,
  numberVersions,
  verloopLines,
  type DossierAppearance,
  type DossierOutcome,
} from '../../../shared/rules/dossier';
import {
  bodiesForChain,
  documentsOfItems,
  dossierMembers,
  dossierPointers,
  linkableItems,
} from '../../../db/repos/chain';
import { getItem, type Db } from '../../../db/repos/reads';
import { updateRow, type ChangeContext } from '../../../db/tracked';
import { packDocx, writeFileAtomic } from '../../documents/index';
import { buildVerloopDocument } from '../../documents/verloop';
import { act, today, type AppContext } from '../context';
import { loadBodyState, type BodyState } from '../read/body-state';
import { meetingDetail } from '../read/meeting-views';
import { result, target } from '../exports/handlers';
import { bodiesAdvising, stuurgroepOf } from './stuurgroep';

/** The first item of an item's dossier (the item itself when it is first, or alone). */
export async function dossierRoot(db: Db, itemId: string): Promise<string> {
  const item = await getItem(db, itemId);
  if (!item) throw new ApiError('not_found', 'Dit agendapunt bestaat niet (meer).');
  return item.dossier_item_id ?? item.id;
}

const normalise = (title: string) => title.toLowerCase().replace(/\s+/g, ' ').trim();

export async function dossierView(ctx: AppContext, itemId: string): Promise<DossierView> {
  const db = ctx.store.db;
  const root = await dossierRoot(db, itemId);
  const members = await dossierMembers(db, root);
  if (members.length === 0) throw new ApiError('not_found', 'Dit agendapunt bestaat niet (meer).');
  const day = today(ctx);
  const states = new Map<string, BodyState>();
  const details = new Map<string, Awaited<ReturnType<typeof meetingDetail>>>();
  for (const m of members) {
    if (!states.has(m.body_id)) states.set(m.body_id, await loadBodyState(db, m.body_id));
    if (!details.has(m.meeting_id))
      details.set(
        m.meeting_id,
        await meetingDetail(db, states.get(m.body_id) as BodyState, m.meeting_id, day),
      );
  }
  const docs = await documentsOfItems(
    db,
    members.map((m) => m.id),
  );
  const memberOf = new Map(members.map((m) => [m.id, m]));
  const versions = numberVersions(
    docs.map((d) => {
      const m = memberOf.get(d.item_id);
      const meetingDate = m?.date ?? '9999-12-31';
      const recorded = localDateOf(new Date(d.created_at));
      return {
        id: d.id,
        sha256: d.sha256,
        title: d.title,
        attachedOn: recorded < meetingDate ? recorded : meetingDate,
        recordedAt: d.created_at,
        meetingDate,
        itemPosition: m?.position ?? 0,
        position: d.position,
      };
    }),
  );
  const versionOf = new Map(versions.flatMap((v) => v.documentIds.map((id) => [id, v])));
  const firstShown = new Set<number>();

  const items: DossierItemView[] = members.map((m) => {
    const view = details.get(m.meeting_id)?.items.find((i) => i.id === m.id);
    return {
      itemId: m.id,
      meetingId: m.meeting_id,
      meetingDate: m.date,
      meetingStatus: m.meeting_status,
      bodyId: m.body_id,
      bodyName: m.body_name,
      number: view?.number ?? null,
      title: m.title,
      kind: m.kind,
      status: m.status,
      documents: docs
        .filter((d) => d.item_id === m.id)
        .map((d) => {
          const version = versionOf.get(d.id)?.version ?? 0;
          const isNew = !firstShown.has(version);
          firstShown.add(version);
          return { id: d.id, title: d.title, fileName: d.file_name, version, isNew };
        }),
      decisions: view?.decisions ?? [],
    };
  });

  const decisions: DecisionView[] = items.flatMap((i) => i.decisions);
  const appearances: DossierAppearance[] = members
    .filter((m) => m.meeting_status !== 'cancelled')
    .map((m) => ({
      date: m.date,
      bodyName: inSentence(m.body_short_name ?? m.body_name),
      kind: m.kind,
      postponed: m.status === 'postponed',
    }));
  const outcomes: DossierOutcome[] = decisions.flatMap((d) =>
    d.followUps
      .filter((f) => (f.status === 'besloten' || f.status === 'aangehouden') && f.on)
      .map((f) => ({
        on: f.on as string,
        byKind: f.byKind,
        municipality: f.municipality?.name ?? null,
        status: f.status,
        result: f.result,
      })),
  );

  const bodies = await bodiesForChain(db);
  const related = new Set<string>();
  for (const id of states.keys()) {
    related.add(id);
    const body = bodies.find((b) => b.id === id);
    const sg = body ? stuurgroepOf(body, bodies) : null;
    if (sg) related.add(sg.id);
    for (const b of bodiesAdvising(id, bodies)) related.add(b.id);
  }
  const title = memberOf.get(root)?.title ?? members[0]?.title ?? '';
  const candidates = (await linkableItems(db, [...related]))
    .filter((c) => !memberOf.has(c.id) && c.dossier_item_id !== root)
    .map((c) => ({
      itemId: c.id,
      title: c.title,
      meetingDate: c.date,
      bodyName: c.body_name,
      sameTitle: normalise(c.title) === normalise(title),
    }))
    .sort((a, b) => Number(b.sameTitle) - Number(a.sameTitle));

  return {
    rootItemId: root,
    title,
    items,
    versions: versions.map((v) => ({ version: v.version, title: v.title, attachedOn: v.attachedOn })),
    verloop: verloopLines({ versions, appearances, outcomes }),
    candidates,
  };
}

/** A new item that continues another's subject (carried, forwarded, feedback) joins that item's dossier. */
export async function dossierOfSource(cx: ChangeContext, sourceItemId: string | null | undefined) {
  return sourceItemId ? dossierRoot(cx.trx, sourceItemId) : null;
}

/** Makes `newRoot` the first item of everything in `members` (one of them). */
async function pointAll(cx: ChangeContext, members: readonly string[], newRoot: string) {
  for (const id of members)
    await updateRow(cx, 'agenda_items', id, { dossier_item_id: id === newRoot ? null : newRoot });
}

async function allOf(cx: ChangeContext, root: string): Promise<{ id: string; date: string }[]> {
  const live = await dossierMembers(cx.trx, root);
  const pointing = await dossierPointers(cx.trx, root);
  const dates = new Map(live.map((m) => [m.id, m.date]));
  const ids = new Set([root, ...pointing.map((p) => p.id)]);
  return [...ids].map((id) => ({ id, date: dates.get(id) ?? '9999-12-31' }));
}

export function dossierHandlers(
  ctx: AppContext,
): Pick<Handlers, 'dossier.get' | 'dossier.link' | 'export.verloop'> {
  const db = ctx.store.db;
  return {
    'dossier.get': (req) => dossierView(ctx, req.itemId),

    async 'dossier.link'(req) {
      const item = await getItem(db, req.itemId);
      if (!item || item.deleted_at) throw new ApiError('not_found', 'Dit agendapunt bestaat niet (meer).');
      await act(ctx, `Dossier van "${item.title}" gewijzigd`, async (cx) => {
        const mine = item.dossier_item_id ?? item.id;
        if (req.withItemId === null) {
          // Out of its dossier: the others keep theirs (the earliest of them becomes its first item).
          const rest = (await allOf(cx, mine)).filter((m) => m.id !== item.id);
          await updateRow(cx, 'agenda_items', item.id, { dossier_item_id: null });
          const first = [...rest].sort((a, b) => a.date.localeCompare(b.date))[0];
          if (first)
            await pointAll(
              cx,
              rest.map((m) => m.id),
              first.id,
            );
          return;
        }
        const other = await getItem(cx.trx, req.withItemId);
        if (!other || other.deleted_at)
          throw new ApiError('not_found', 'Het andere agendapunt bestaat niet (meer).', [
            { path: 'withItemId', message: 'kies een bestaand agendapunt' },
          ]);
        const theirs = other.dossier_item_id ?? other.id;
        if (theirs === mine) return;
        // One dossier of both; its first item is the earliest on an agenda.
        const all = [...(await allOf(cx, mine)), ...(await allOf(cx, theirs))];
        const first = [...all].sort((a, b) => a.date.localeCompare(b.date))[0] as { id: string };
        await pointAll(
          cx,
          all.map((m) => m.id),
          first.id,
        );
      });
      return dossierView(ctx, req.itemId);
    },

    async 'export.verloop'(req) {
      const view = await dossierView(ctx, req.itemId);
      const bytes = await packDocx(
        buildVerloopDocument({
          title: view.title,
          lines: view.verloop,
          date: today(ctx),
          generatedAt: ctx.now().toISOString(),
        }),
      );
      const path = await target(ctx, req.outPath, `Verloop ${view.title}.docx`, 'Het verloop');
      await writeFileAtomic(path, bytes);
      return result(ctx, path);
    },
  };
}
