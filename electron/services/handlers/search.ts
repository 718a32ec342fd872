// Search over a body's items, notes, decisions, actions, document titles and the text inside the documents
// (SQLite FTS5), with highlighted snippets. A document is shown once, where it matched best, with its letter and
// item ("B – Stavaza Beschermd wonen, p. 3").
import type { Handlers } from '../../../shared/api/contract';
import type { SearchResultView } from '../../../shared/api/views';
import { makeSnippet, queryWords } from '../../../shared/rules/snippet';
import { itemTitles } from '../../../db/repos/meeting-scope';
import { ftsQuery, searchBody, type SearchRow } from '../../../db/repos/minutes';
import { documentsWithItem } from '../../../db/repos/document-text';
import type { AppContext } from '../context';
import { loadBodyState } from '../read/body-state';
import { documentLabels } from '../read/meeting-views';

/** The document a row is about: its own row, or one of its pages ('documentId:page'). */
function documentOf(r: SearchRow): { id: string; page: number | null } | null {
  if (r.kind === 'document') return { id: r.ref_id, page: null };
  if (r.kind !== 'page') return null;
  const [id = '', page = '0'] = r.ref_id.split(':');
  return { id, page: Number(page) || null };
}

export function searchHandlers(ctx: AppContext): Pick<Handlers, 'search.query'> {
  const db = ctx.store.db;
  return {
    async 'search.query'(req) {
      const match = ftsQuery(req.q);
      if (!match) return [];
      // Twice the rows: the pages of one document come down to one result.
      const found = await searchBody(db, req.bodyId, match, req.limit * 2);
      const seen = new Set<string>();
      const rows = found
        .filter((r) => {
          const doc = documentOf(r);
          if (!doc) return true;
          if (seen.has(doc.id)) return false;
          seen.add(doc.id);
          return true;
        })
        .slice(0, req.limit);
      const words = queryWords(req.q);
      const docRows = rows.filter((r) => documentOf(r) !== null);
      const [documents, labels] = docRows.length
        ? await Promise.all([
            documentsWithItem(
              db,
              docRows.map((r) => documentOf(r)?.id ?? ''),
            ),
            loadBodyState(db, req.bodyId).then((state) =>
              documentLabels(db, state, [...new Set(docRows.map((r) => r.meeting_id))]),
            ),
          ])
        : [[], new Map<string, string>()];
      const byId = new Map(documents.map((d) => [d.id, d]));
      const titles = await itemTitles(db, [
        ...new Set(rows.flatMap((r) => (r.item_id && !r.title && !documentOf(r) ? [r.item_id] : []))),
      ]);
      return rows.map((r): SearchResultView => {
        const base = {
          snippet: makeSnippet(r.content.trim() ? r.content : r.title, words),
          meetingId: r.meeting_id,
          meetingDate: r.date,
          itemId: r.item_id,
        };
        const doc = documentOf(r);
        if (!doc)
          return {
            ...base,
            kind: r.kind as Exclude<SearchRow['kind'], 'page' | 'document'>,
            id: r.ref_id,
            title: r.title || (r.item_id ? (titles.get(r.item_id) ?? '') : ''),
          };
        const stored = byId.get(doc.id);
        return {
          ...base,
          kind: 'document',
          id: doc.id,
          title: stored?.title ?? r.title,
          document: { label: labels.get(doc.id) ?? null, itemTitle: stored?.item_title ?? '' },
          ...(r.kind === 'page' ? { page: doc.page } : {}),
        };
      });
    },
  };
}
