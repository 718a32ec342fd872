// Search over a body's items, notes, decisions and actions (SQLite FTS5), with highlighted snippets.
import type { Handlers } from '../../../shared/api/contract';
import { makeSnippet, queryWords } from '../../../shared/rules/snippet';
import { getItem } from '../../../db/repos/reads';
import { ftsQuery, searchBody } from '../../../db/repos/minutes';
import type { AppContext } from '../context';

export function searchHandlers(ctx: AppContext): Pick<Handlers, 'search.query'> {
  const db = ctx.store.db;
  return {
    async 'search.query'(req) {
      const match = ftsQuery(req.q);
      if (!match) return [];
      const rows = await searchBody(db, req.bodyId, match, req.limit);
      const words = queryWords(req.q);
      const titles = new Map<string, string>();
      for (const r of rows) {
        if (r.item_id && !titles.has(r.item_id))
          titles.set(r.item_id, (await getItem(db, r.item_id))?.title ?? '');
      }
      return rows.map((r) => ({
        kind: r.kind,
        id: r.ref_id,
        title: r.title || (r.item_id ? (titles.get(r.item_id) ?? '') : ''),
        snippet: makeSnippet(r.content.trim() ? r.content : r.title, words),
        meetingId: r.meeting_id,
        meetingDate: r.date,
        itemId: r.item_id,
      }));
    },
  };
}
