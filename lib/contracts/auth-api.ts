import { z } from 'zod';

/** Sign-in form and body. */
export const ZSignInBody = z.object({
  username: z.string().trim().min(1, 'enter your username').max(64),
  password: z.string().min(1, 'enter your password').max(1024),
});
export type TSignInBody = z.infer<typeof ZSignInBody>;

/** The signed-in person as the browser may know them. */
export const ZMe = z.object({
  username: z.string(),
  name: z.string(),
  role: z.enum(['viewer', 'editor', 'approver', 'admin']),
  isLocalDefault: z.boolean(),
});
export type TMe = z.infer<typeof ZMe>;

export const ZAuditList = z.object({
  events: z.array(
    z.object({
      time: z.string(),
      actor: z.string(),
      action: z.string(),
      target: z.string().optional(),
      detail: z
        .record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()]))
        .optional(),
    }),
  ),
});
export type TAuditList = z.infer<typeof ZAuditList>;
