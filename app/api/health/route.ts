import { z } from 'zod';
import { withRoute } from '@/lib/api/with-route';

export const GET = withRoute({
  role: 'public',
  output: z.object({ ok: z.literal(true) }),
  handler: async () => ({ ok: true as const }),
});
