import 'server-only';
import type { TApiFamily } from '../sysdig/definition.ts';
import type { TSecureClient } from '../secure/create-secure-client.ts';

/** How to write one API family: create, update, delete, and read back one object. */
export interface TFamilyOperations {
  create: (body: Record<string, unknown>) => Promise<unknown>;
  update: (id: number, body: Record<string, unknown>) => Promise<unknown>;
  remove: (id: number, body: Record<string, unknown> | null) => Promise<void>;
  read: (id: number) => Promise<unknown>;
}

// The client's methods take typed objects; bodies come from the registry's toApi (spec payloads).
type TAny = never;

/** The client calls of each API family (spec §7). Singletons ignore the id. */
export function familyOperations(client: TSecureClient, family: TApiFamily): TFamilyOperations {
  switch (family) {
    case 'v2-policy':
      return {
        create: (b) => client.createV2Policy(b as TAny),
        update: (id, b) => client.updateV2Policy(id, b as TAny),
        remove: async (id) => void (await client.deleteV2Policy(id)),
        read: (id) => client.getV2Policy(id),
      };
    case 'v1-policy':
      return {
        create: (b) => client.createV1Policy(b as TAny),
        update: (id, b) => client.updateV1Policy(id, b as TAny),
        remove: async (id) => void (await client.deleteV1Policy(id)),
        read: (id) => client.getV1Policy(id),
      };
    case 'notification-channel':
      return {
        create: (b) => client.createChannel(b as TAny),
        update: (id, b) => client.updateChannel(id, b as TAny),
        remove: async (id) => void (await client.deleteChannel(id)),
        read: (id) => client.getChannel(id),
      };
    case 'rule':
      return {
        create: (b) => client.createRule(b as TAny),
        update: (id, b) => client.updateRule(id, b as TAny),
        remove: async (id) => void (await client.deleteRule(id)),
        read: (id) => client.getRule(id),
      };
    case 'list':
      return {
        create: (b) => client.createList(b as TAny),
        update: (id, b) => client.updateList(id, b as TAny),
        remove: async (id) => void (await client.deleteList(id)),
        read: (id) => client.getList(id),
      };
    case 'macro':
      return {
        create: (b) => client.createMacro(b as TAny),
        update: (id, b) => client.updateMacro(id, b as TAny),
        remove: async (id) => void (await client.deleteMacro(id)),
        read: (id) => client.getMacro(id),
      };
    case 'user-rules-file':
      // Create == update; delete empties the file (spec §2.3).
      return {
        create: (b) => client.putUserRulesFile(b as TAny),
        update: (_id, b) => client.putUserRulesFile(b as TAny),
        remove: async (_id, b) =>
          void (await client.putUserRulesFile({ ...(b as object), content: '' } as TAny)),
        read: () => client.getUserRulesFile(),
      };
    case 'priorities':
      // Create == update; delete is a no-op in the provider (spec §2.4).
      return {
        create: (b) => client.putPriorities(b as TAny),
        update: (_id, b) => client.putPriorities(b as TAny),
        remove: async () => undefined,
        read: () => client.getPriorities(),
      };
  }
}
