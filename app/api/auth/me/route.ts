import { withRoute } from '@/lib/api/with-route';
import { ZMe } from '@/lib/contracts/auth-api';

export const GET = withRoute({
  role: 'viewer',
  output: ZMe,
  handler: async ({ actor }) => ({
    username: actor.username,
    name: actor.name,
    role: actor.role,
    isLocalDefault: actor.isLocalDefault,
  }),
});
