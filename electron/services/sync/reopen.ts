// After a restore the services must work on the restored database. The handlers keep a reference to
// the store they were created with, so whoever owns them (openRegie) registers here how to recreate
// them; the restore swaps ctx.store and calls it. A WeakMap, so no context is kept alive by this.
import type { AppContext } from '../context';

type Listener = () => void | Promise<void>;

const listeners = new WeakMap<AppContext, Listener>();

export function onStoreReplaced(ctx: AppContext, listener: Listener): void {
  listeners.set(ctx, listener);
}

export async function storeReplaced(ctx: AppContext): Promise<void> {
  await listeners.get(ctx)?.();
}
