import { withRoute } from '@/lib/api/with-route';
import { readAuditEvents } from '@/lib/audit/read-audit-events';
import { ZAuditList } from '@/lib/contracts/auth-api';
import { getEnv } from '@/lib/env';

export const GET = withRoute({
  role: 'admin',
  output: ZAuditList,
  handler: async () => ({ events: await readAuditEvents(getEnv().dataDir) }),
});
