// After a restore the services must work on the restored database. The handlers keep a reference to
// the store they were created with, so whoever owns them (openRegie) registers here how to recreate
// them; the restore swaps ctx.store and calls it. A WeakMap, so no context is kept alive by this.
import type { AppContext } from '../context';

const listeners = new WeakMap<AppContext, () => void>();

export function onStoreReplaced(ctx: AppContext, listener: () => void): void {
  listeners.set(ctx, listener);
}

export function storeReplaced(ctx: AppContext): void {
  listeners.get(ctx)?.();
}
