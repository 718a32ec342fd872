// The person working with this installation (name and role, asked on first start), kept in the database's
// settings. They sign every change set in the audit log and every sending (sent_by); while no name is given,
// the operating-system account does, as before.
import type { Handlers } from '../../shared/api/contract';
import type { ProfileView } from '../../shared/api/calls/profile';
import { USER_ROLES, type UserRole } from '../../shared/domain/types';
import { getSetting, setSetting, type Db } from '../../db/repos/reads';
import type { AppContext } from './context';

export interface UserProfile {
  name: string;
  role: UserRole;
}

const NAME = 'user_name';
const ROLE = 'user_role';

export async function loadProfile(db: Db): Promise<UserProfile | null> {
  const name = (await getSetting(db, NAME))?.trim();
  const role = await getSetting(db, ROLE);
  if (!name) return null;
  return { name, role: USER_ROLES.find((r) => r === role) ?? 'anders' };
}

export async function storeProfile(db: AppContext['store']['db'], profile: UserProfile): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await setSetting(trx, NAME, profile.name);
    await setSetting(trx, ROLE, profile.role);
  });
}

const ROLE_NAMES: Record<UserRole, string | null> = {
  ondersteuner: 'ondersteuner',
  voorzitter: 'voorzitter',
  notulist: 'notulist',
  opdrachtgever: 'opdrachtgever',
  projectleider: 'projectleider',
  anders: null,
};

/** How a change or a sending is signed: 'L. Peeters (ondersteuner)'; the account while no name is given. */
export function authorOf(profile: UserProfile | null, account: string): string {
  if (!profile) return account;
  const role = ROLE_NAMES[profile.role];
  return role ? `${profile.name} (${role})` : profile.name;
}

function view(ctx: AppContext): ProfileView {
  return {
    name: ctx.profile?.name ?? null,
    role: ctx.profile?.role ?? null,
    account: ctx.account,
    author: ctx.user,
  };
}

export function profileHandlers(ctx: AppContext): Pick<Handlers, 'profile.get' | 'profile.save'> {
  return {
    async 'profile.get'() {
      return view(ctx);
    },
    async 'profile.save'(req) {
      const profile = { name: req.name, role: req.role };
      await storeProfile(ctx.store.db, profile);
      ctx.profile = profile;
      return view(ctx);
    },
  };
}
