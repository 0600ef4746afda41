import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { errorResponse } from '@/lib/api/error-response';
import { requireRole } from '@/lib/api/require-role';
import { streamRunEvents } from '@/lib/runs/stream-run-events';

const ZParams = z.object({ workspaceId: z.string().min(1).max(63), runId: z.string().uuid() });

// Live progress of an apply, as server-sent events (not JSON, so not through withRoute).
async function streamEvents(
  request: Request,
  context: { params: Promise<Record<string, string | string[] | undefined>> },
): Promise<Response> {
  const requestId = randomUUID();
  try {
    await requireRole(request, 'viewer');
    const { workspaceId, runId } = ZParams.parse(await context.params);
    return new Response(streamRunEvents(runId, workspaceId), {
      headers: {
        'content-type': 'text/event-stream',
        'cache-control': 'no-store',
        'x-request-id': requestId,
      },
    });
  } catch (error) {
    return errorResponse(error, requestId, new URL(request.url).pathname);
  }
}

export const GET = Object.assign(streamEvents, { requiredRole: 'viewer' as const });
