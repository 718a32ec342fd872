// The matched words of a search, pure: the services' snippets carry them between [ and ]; titles are
// marked the same way here, with the words matched as prefixes, without case and accents (as the index).
import { queryWords } from '../../../../shared/rules/snippet';

/** Splits '… de [Privacy-effectbeoordeling] gevraagd' into plain and matched parts. */
export function snippetParts(snippet: string): { text: string; match: boolean }[] {
  const parts: { text: string; match: boolean }[] = [];
  const re = /\[([^[\]]+)\]/g;
  let last = 0;
  for (let m = re.exec(snippet); m; m = re.exec(snippet)) {
    if (m.index > last) parts.push({ text: snippet.slice(last, m.index), match: false });
    parts.push({ text: m[1] ?? '', match: true });
    last = m.index + m[0].length;
  }
  if (last < snippet.length) parts.push({ text: snippet.slice(last), match: false });
  return parts;
}

function fold(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** A title with the words the query matched (as prefixes, like the search itself) between [ and ]. */
export function markTitle(title: string, query: string): string {
  const words = queryWords(query);
  if (words.length === 0) return title;
  return title
    .split(/(\s+)/)
    .map((token) => {
      const bare = fold(token).replace(/^[^\p{L}\p{N}]+/u, '');
      return token.trim() && words.some((w) => bare.startsWith(w)) ? `[${token}]` : token;
    })
    .join('');
}
