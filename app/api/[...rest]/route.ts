// Unknown API paths answer problem+json, like every other API error.
import { z } from 'zod';
import { withRoute } from '@/lib/api/with-route';
import { AppError } from '@/lib/errors/app-error';

const notFound = withRoute({
  role: 'public',
  output: z.never(),
  handler: async ({ request }) => {
    throw new AppError('NOT_FOUND', {
      message: `no API route ${request.method} ${new URL(request.url).pathname}`,
    });
  },
});

export const GET = notFound;
export const POST = notFound;
export const PUT = notFound;
export const DELETE = notFound;
export const PATCH = notFound;
