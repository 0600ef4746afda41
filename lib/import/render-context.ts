import type { TAttributeMeta } from '../sysdig/index.ts';
import type { TPlannedResource } from './types.ts';

/** What rendering a resource body needs from the rest of the module. */
export interface TRenderContext {
  /** Live channel id → address of the channel resource (generated or already in the module). */
  readonly channelAddressById: ReadonlyMap<number, string>;
  /** Rule name → address of the `sysdig_secure_rule_falco` that defines it. */
  readonly ruleAddressByName: ReadonlyMap<string, string>;
  /** Declares the variable of a secret attribute (side effect: recorded); returns its name. */
  declareSecret(resource: TPlannedResource, meta: TAttributeMeta): string;
}
