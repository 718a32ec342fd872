// What every handler gets: the store, the document store, the clock and the local user. No globals.
import type { Store } from '../../db/open';
import type { DocumentStore } from './document-store';
import type { JobRegistry } from './exports/jobs';
import type { UserProfile } from './profile';
import type { TextIndexer } from './document-text';
import { runAction, type ChangeContext } from '../../db/tracked';
import { localDateOf, localDateTimeOf } from '../../shared/rules/clock';

export interface AppContext {
  store: Store;
  files: DocumentStore;
  dataDir: string;
  /** Who signs changes and sendings: the profile's name and role, or the account (see profile.ts). */
  readonly user: string;
  /** The operating-system account (or REGIE_USER). */
  account: string;
  /** The name and role given in Regie; null until given. */
  profile: UserProfile | null;
  version: string;
  now: () => Date;
  jobs: JobRegistry;
  /** Reads the text inside stored documents for search, in the background (document-text.ts). */
  texts: TextIndexer;
}

export function today(ctx: AppContext): string {
  return localDateOf(ctx.now());
}

export function nowLocal(ctx: AppContext): string {
  return localDateTimeOf(ctx.now());
}

/** One user action = one transaction = one change set in the audit log (and one step of undo). */
export function act<T>(ctx: AppContext, label: string, fn: (cx: ChangeContext) => Promise<T>): Promise<T> {
  return runAction(ctx.store.db, { user: ctx.user, label, now: ctx.now() }, fn);
}
