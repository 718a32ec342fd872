// Agenda order helpers: fixed items (opening, minutes, closing) stay put; typed items move among themselves,
// and items.move takes the new index among the typed items only.
interface Orderable {
  id: string;
  fixedRole: string | null;
}

export function typedIds(items: readonly Orderable[]): string[] {
  return items.filter((i) => i.fixedRole === null).map((i) => i.id);
}

/** The typed index an item moves to with Alt+↑/↓ (null when it is already at that end). */
export function stepTarget(items: readonly Orderable[], id: string, step: -1 | 1): number | null {
  const typed = typedIds(items);
  const from = typed.indexOf(id);
  if (from < 0) return null;
  const to = from + step;
  return to < 0 || to >= typed.length ? null : to;
}

/** The item list with one typed item moved to a typed index (for an optimistic update). */
export function moveTyped<T extends Orderable>(items: readonly T[], id: string, toIndex: number): T[] {
  const typed = items.filter((i) => i.fixedRole === null);
  const moving = typed.find((i) => i.id === id);
  if (!moving) return [...items];
  const rest = typed.filter((i) => i.id !== id);
  rest.splice(Math.max(0, Math.min(toIndex, rest.length)), 0, moving);
  let next = 0;
  return items.map((i) => (i.fixedRole === null ? (rest[next++] as T) : i));
}

/** Moving one element of a list (rotation, documents). */
export function moveInList<T>(list: readonly T[], from: number, to: number): T[] {
  const out = [...list];
  if (from < 0 || from >= out.length || to < 0 || to >= out.length) return out;
  const [item] = out.splice(from, 1);
  out.splice(to, 0, item as T);
  return out;
}
