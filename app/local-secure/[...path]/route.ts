// The embedded local Secure backend (both API eras of the Sysdig Secure API), mounted in Rampart's
// own server as the default backend. Token-protected; the token never leaves the server.
import { handleLocalSecureRequest } from '@/lib/server/mounted-local-secure';

export const GET = handleLocalSecureRequest;
export const POST = handleLocalSecureRequest;
export const PUT = handleLocalSecureRequest;
export const DELETE = handleLocalSecureRequest;
export const PATCH = handleLocalSecureRequest;
