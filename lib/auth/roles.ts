import { z } from 'zod';

/** The roles of Rampart, each including the one before: viewer < editor < approver < admin. */
export const ZRole = z.enum(['viewer', 'editor', 'approver', 'admin']);
export type TRole = z.infer<typeof ZRole>;

const RANK: Record<TRole, number> = { viewer: 1, editor: 2, approver: 3, admin: 4 };

/** True when `role` may do what `required` may. */
export function hasRole(role: TRole, required: TRole): boolean {
  return RANK[role] >= RANK[required];
}
