import { withRoute } from '@/lib/api/with-route';
import { sessionCookie } from '@/lib/auth/session-cookie';
import { signIn } from '@/lib/auth/sign-in';
import { ZMe, ZSignInBody } from '@/lib/contracts/auth-api';
import { getEnv } from '@/lib/env';

export const POST = withRoute({
  role: 'public',
  body: ZSignInBody,
  output: ZMe,
  maxBodyBytes: 8 * 1024,
  handler: async ({ body, request, setHeader }) => {
    const { token, expiresAt, user } = await signIn(getEnv().dataDir, body.username, body.password);
    setHeader('set-cookie', sessionCookie(request, token, expiresAt));
    return { username: user.username, name: user.name, role: user.role, isLocalDefault: false };
  },
});
