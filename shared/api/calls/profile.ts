// Who works with this installation: the name and role asked on first start, editable in Instellingen, and
// named as the author of every change (Logboek) and sending (agenda, minutes). Part of the one contract.
import { z } from 'zod';
import { call, type CallSpec } from '../define';
import { requiredText } from '../schemas';
import { dutchEnum } from '../messages';
import { USER_ROLES, type UserRole } from '../../domain/types';

const empty = z.strictObject({}).default({});

export const userRole = dutchEnum(USER_ROLES, 'rol');

export interface ProfileView {
  /** Null until the user has given a name. */
  name: string | null;
  role: UserRole | null;
  /** The operating-system account, named as author while no name is given. */
  account: string;
  /** How changes and sendings are signed: 'L. Peeters (ondersteuner)', or the account. */
  author: string;
}

export const profileCalls = {
  'profile.get': call<typeof empty, ProfileView>(empty),
  'profile.save': call<
    z.ZodObject<{ name: ReturnType<typeof requiredText>; role: typeof userRole }>,
    ProfileView
  >(z.strictObject({ name: requiredText(80, 'naam'), role: userRole })),
} satisfies Record<string, CallSpec<z.ZodType, unknown>>;
