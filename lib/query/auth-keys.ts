/** Query keys of the auth domain. */
export const authKeys = {
  all: ['auth'] as const,
  me: () => [...authKeys.all, 'me'] as const,
  audit: () => [...authKeys.all, 'audit'] as const,
};
