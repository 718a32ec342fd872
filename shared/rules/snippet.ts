// The fragment shown under a search result: a few words around the first match, matched words between
// [ and ], compared without case and accents, as the search index does (unicode61 remove_diacritics).

function fold(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Splits the user's query into the words the search matched as prefixes. */
export function queryWords(query: string): string[] {
  return fold(query)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0)
    .slice(0, 8);
}

export function makeSnippet(text: string, words: readonly string[], around = 6): string {
  const tokens = text.split(/\s+/).filter(Boolean);
  if (tokens.length === 0) return '';
  const isMatch = (token: string) => {
    const t = fold(token).replace(/^[^\p{L}\p{N}]+/u, '');
    return words.some((w) => t.startsWith(w));
  };
  const first = tokens.findIndex(isMatch);
  const center = first < 0 ? 0 : first;
  const from = Math.max(0, center - around);
  const to = Math.min(tokens.length, center + around + 1);
  const body = tokens
    .slice(from, to)
    .map((t) => (isMatch(t) ? `[${t}]` : t))
    .join(' ');
  return `${from > 0 ? '… ' : ''}${body}${to < tokens.length ? ' …' : ''}`;
}
