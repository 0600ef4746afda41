import 'server-only';
import { createChannel } from './create-channel.ts';
import { createList } from './create-list.ts';
import { createMacro } from './create-macro.ts';
import { createRule } from './create-rule.ts';
import { createV1Policy } from './create-v1-policy.ts';
import { createV2Policy } from './create-v2-policy.ts';
import { deleteChannel } from './delete-channel.ts';
import { deleteList } from './delete-list.ts';
import { deleteMacro } from './delete-macro.ts';
import { deleteRule } from './delete-rule.ts';
import { deleteV1Policy } from './delete-v1-policy.ts';
import { deleteV2Policy } from './delete-v2-policy.ts';
import { findRulesByName } from './find-rules-by-name.ts';
import { forwardPolicyV2Msg } from './forward-policy-v2-msg.ts';
import { getChannel } from './get-channel.ts';
import { getCurrentUser } from './get-current-user.ts';
import { getList } from './get-list.ts';
import { getMacro } from './get-macro.ts';
import { getPriorities } from './get-priorities.ts';
import { getRule } from './get-rule.ts';
import { getUserRulesFile } from './get-user-rules-file.ts';
import { getV1Policy } from './get-v1-policy.ts';
import { getV2Policy } from './get-v2-policy.ts';
import { listChannels } from './list-channels.ts';
import { listV1Policies } from './list-v1-policies.ts';
import { listV2Policies } from './list-v2-policies.ts';
import { putPriorities } from './put-priorities.ts';
import { putUserRulesFile } from './put-user-rules-file.ts';
import {
  DEFAULT_RETRY,
  DEFAULT_TIMEOUT_MS,
  RAMPART_VERSION,
  type TRetryEvent,
  type TRetryOptions,
  type TSecureTransport,
} from './secure-transport.ts';
import { updateChannel } from './update-channel.ts';
import { updateList } from './update-list.ts';
import { updateMacro } from './update-macro.ts';
import { updateRule } from './update-rule.ts';
import { updateV1Policy } from './update-v1-policy.ts';
import { updateV2Policy } from './update-v2-policy.ts';

/** Options of `createSecureClient`. */
export interface TSecureClientOptions {
  /** e.g. `https://secure.sysdig.com` or a local Secure URL; a trailing slash is dropped. */
  baseUrl: string;
  /** API token, sent as `Authorization: Bearer`; never put in messages. */
  token: string;
  /** Per-attempt timeout (default 30 s). */
  timeoutMs?: number;
  retry?: Partial<TRetryOptions>;
  /** Injected fetch (tests); default global fetch. */
  fetch?: typeof fetch;
  /** `skipPolicyV2Msg` on mutating calls (default true, like the provider, spec §6.4). */
  skipPolicyV2Msg?: boolean;
  /** Called before each retry wait (for logs). */
  onRetry?: (event: TRetryEvent) => void;
  /** Headers added to every request (provider `extra_headers`). */
  extraHeaders?: Record<string, string>;
}

type TBound<F> = F extends (transport: TSecureTransport, ...rest: infer A) => infer R
  ? (...rest: A) => R
  : never;

const METHODS = {
  getCurrentUser,
  listV1Policies,
  getV1Policy,
  createV1Policy,
  updateV1Policy,
  deleteV1Policy,
  getPriorities,
  putPriorities,
  getUserRulesFile,
  putUserRulesFile,
  listChannels,
  getChannel,
  createChannel,
  updateChannel,
  deleteChannel,
  listV2Policies,
  getV2Policy,
  createV2Policy,
  updateV2Policy,
  deleteV2Policy,
  forwardPolicyV2Msg,
  createRule,
  getRule,
  updateRule,
  deleteRule,
  findRulesByName,
  createList,
  getList,
  updateList,
  deleteList,
  createMacro,
  getMacro,
  updateMacro,
  deleteMacro,
};

/** A Secure API client: one typed method per endpoint of spec §7, both eras. */
export type TSecureClient = { [K in keyof typeof METHODS]: TBound<(typeof METHODS)[K]> } & {
  /** HTTP attempts made so far (retries included). */
  readonly requestCount: number;
  /**
   * True after a policy/rule/list/macro mutation sent with `skipPolicyV2Msg=true` and until
   * `forwardPolicyV2Msg()` succeeds: call it once after a batch, as the provider does at exit (§6.4).
   */
  readonly hasPendingForward: boolean;
  /** The base URL, without trailing slash. */
  readonly baseUrl: string;
};

/**
 * Creates a Secure API client speaking the provider's protocol (spec §1.2 headers, §6.3 retries,
 * §6.2 errors, §6.4 `skipPolicyV2Msg`). Methods throw AppError('NOT_FOUND' | 'CONFLICT' |
 * 'SECURE_UPSTREAM'). No side effects until a method is called.
 */
export function createSecureClient(options: TSecureClientOptions): TSecureClient {
  const transport: TSecureTransport = {
    baseUrl: options.baseUrl.replace(/\/+$/, ''),
    token: options.token,
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    retry: { ...DEFAULT_RETRY, ...options.retry },
    fetch: options.fetch ?? fetch,
    userAgent: `Rampart/${RAMPART_VERSION}`,
    skipPolicyV2Msg: options.skipPolicyV2Msg ?? true,
    onRetry: options.onRetry,
    extraHeaders: options.extraHeaders ?? {},
    requestCount: 0,
    hasPendingForward: false,
  };
  const client: Record<string, unknown> = {};
  for (const [name, method] of Object.entries(METHODS)) {
    client[name] = (...args: unknown[]) =>
      (method as (transport: TSecureTransport, ...rest: unknown[]) => unknown)(transport, ...args);
  }
  Object.defineProperty(client, 'requestCount', {
    get: () => transport.requestCount,
    enumerable: true,
  });
  Object.defineProperty(client, 'hasPendingForward', {
    get: () => transport.hasPendingForward,
    enumerable: true,
  });
  Object.defineProperty(client, 'baseUrl', { value: transport.baseUrl, enumerable: true });
  return client as TSecureClient;
}
