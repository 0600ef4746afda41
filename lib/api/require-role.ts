import 'server-only';
import { getActor, type TActor } from '../auth/get-actor.ts';
import { hasRole, type TRole } from '../auth/roles.ts';
import { AppError } from '../errors/app-error.ts';

/** The request's actor when it has at least `role`; throws AppError('UNAUTHORIZED' | 'FORBIDDEN'). */
export async function requireRole(request: Request, role: TRole): Promise<TActor> {
  const actor = await getActor(request);
  if (!actor) throw new AppError('UNAUTHORIZED', { message: 'sign in to continue' });
  if (!hasRole(actor.role, role))
    throw new AppError('FORBIDDEN', {
      message: `this action needs the ${role} role; you are ${actor.role}`,
    });
  return actor;
}
