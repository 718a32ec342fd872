// Which body in Regie is a body's stuurgroep: the one chosen in its settings, or else the one other body whose
// name says "stuurgroep" (most installations have exactly one). Advice for the stuurgroep is forwarded there.
import { bodiesForChain } from '../../../db/repos/chain';
import type { Db } from '../../../db/repos/reads';

export type ChainBody = Awaited<ReturnType<typeof bodiesForChain>>[number];

export function stuurgroepOf(
  body: Pick<ChainBody, 'id' | 'stuurgroep_body_id'>,
  bodies: readonly ChainBody[],
): { id: string; name: string; chosen: boolean } | null {
  if (body.stuurgroep_body_id) {
    const chosen = bodies.find((b) => b.id === body.stuurgroep_body_id && b.id !== body.id);
    return chosen ? { id: chosen.id, name: chosen.name, chosen: true } : null;
  }
  const named = bodies.filter((b) => b.id !== body.id && /stuurgroep/i.test(b.name));
  return named.length === 1 && named[0] ? { id: named[0].id, name: named[0].name, chosen: false } : null;
}

/** The bodies whose stuurgroep is `stuurgroepId`. */
export function bodiesAdvising(stuurgroepId: string, bodies: readonly ChainBody[]): ChainBody[] {
  return bodies.filter((b) => stuurgroepOf(b, bodies)?.id === stuurgroepId);
}

export async function stuurgroepOfBody(db: Db, bodyId: string) {
  const bodies = await bodiesForChain(db);
  const body = bodies.find((b) => b.id === bodyId);
  return body ? stuurgroepOf(body, bodies) : null;
}
