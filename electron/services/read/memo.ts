// Read views kept until the database changes. A screen switch asks for the same views again and again (the
// meetings list, a meeting, "Aandacht"); on a ten-year archive building them anew each time took 20–130 ms.
// A view is kept per body state (itself made anew after each change) and per database change stamp, and
// handed out as a copy, so no caller can change what the next one gets.
import { changeStamp } from '../../../db/repos/meeting-scope';
import type { Db } from '../../../db/repos/reads';

interface Entry {
  db: Db;
  stamp: string;
  value: Promise<unknown>;
}

const views = new WeakMap<object, Map<string, Entry>>();

/**
 * Views kept per body state, the most recently asked for: a meeting's view on the ten-year archive is ~0.7 MB,
 * and opening all 250 meetings without a change in between held 165 MB until the next change.
 */
export const KEPT_VIEWS = 16;

/**
 * The view `key` of `owner` (a body state) as `build` makes it, kept until the database changes. Inside a
 * transaction, whose writes may still roll back, it is always built anew.
 */
export async function keptUntilChange<T>(
  db: Db,
  owner: object,
  key: string,
  build: () => Promise<T>,
): Promise<T> {
  const stamp = await changeStamp(db);
  if (stamp === null) return build();
  let cache = views.get(owner);
  if (!cache) {
    cache = new Map();
    views.set(owner, cache);
  }
  let entry = cache.get(key);
  if (!entry || entry.stamp !== stamp || entry.db !== db) {
    const value = build();
    const made: Entry = { db, stamp, value };
    entry = made;
    value.catch(() => {
      if (cache.get(key) === made) cache.delete(key);
    });
  }
  // Last asked for, last in the map's order; beyond the limit the one asked for longest ago goes.
  cache.delete(key);
  cache.set(key, entry);
  for (const oldest of cache.keys()) {
    if (cache.size <= KEPT_VIEWS) break;
    cache.delete(oldest);
  }
  return structuredClone((await entry.value) as T);
}
