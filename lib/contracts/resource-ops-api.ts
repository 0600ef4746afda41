import { z } from 'zod';

const ZName = z
  .string()
  .regex(
    /^[A-Za-z_][A-Za-z0-9_-]{0,63}$/,
    'must start with a letter or "_" and hold only letters, digits, "_" or "-"',
  );
const ZAddress = z.string().min(3).max(300);

/** Create, duplicate, rename or delete a resource of the draft. */
export const ZResourceOperation = z.discriminatedUnion('op', [
  z.object({
    op: z.literal('create'),
    type: z.string().regex(/^sysdig_[a-z0-9_]+$/),
    name: ZName,
    file: z.string().min(1).max(1024),
  }),
  z.object({ op: z.literal('duplicate'), address: ZAddress, name: ZName }),
  z.object({ op: z.literal('rename'), address: ZAddress, name: ZName }),
  z.object({ op: z.literal('delete'), address: ZAddress }),
]);
export type TResourceOperation = z.infer<typeof ZResourceOperation>;

export const ZResourceOperationResult = z.object({
  address: z.string().nullable(),
  files: z.array(z.string()),
});
