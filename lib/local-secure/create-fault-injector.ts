import 'server-only';
import type { TFaultRule } from './types.ts';

/** The fault rules of one backend instance. */
export interface TFaultInjector {
  /** Adds rules (ids assigned) and returns them. */
  add(rules: Omit<TFaultRule, 'id' | 'matched' | 'fired'>[]): TFaultRule[];
  list(): TFaultRule[];
  clear(): void;
  /** The first rule that fires for this request, counting matches; `undefined` when none. */
  pick(method: string, path: string): TFaultRule | undefined;
}

/**
 * Fault injection for tests (spec §6.2/§6.3 behaviours on demand): each rule matches by method and
 * path pattern, skips its first `afterCount` matches, fires at most `times` times, with
 * probability `rate`. The first rule that fires wins.
 */
export function createFaultInjector(random: () => number = Math.random): TFaultInjector {
  let rules: (TFaultRule & { regex?: RegExp })[] = [];
  let nextId = 1;
  return {
    add(newRules) {
      const added = newRules.map((rule) => ({
        ...rule,
        id: nextId++,
        matched: 0,
        fired: 0,
        regex: rule.pathPattern === undefined ? undefined : new RegExp(rule.pathPattern),
      }));
      rules = [...rules, ...added];
      return added.map(publicRule);
    },
    list: () => rules.map(publicRule),
    clear() {
      rules = [];
    },
    pick(method, path) {
      for (const rule of rules) {
        if (rule.method && rule.method.toUpperCase() !== method) continue;
        if (rule.regex && !rule.regex.test(path)) continue;
        rule.matched = (rule.matched ?? 0) + 1;
        if (rule.matched <= (rule.afterCount ?? 0)) continue;
        if (rule.times !== undefined && (rule.fired ?? 0) >= rule.times) continue;
        if (rule.rate !== undefined && random() >= rule.rate) continue;
        rule.fired = (rule.fired ?? 0) + 1;
        return publicRule(rule);
      }
      return undefined;
    },
  };
}

function publicRule(rule: TFaultRule & { regex?: RegExp }): TFaultRule {
  const { regex: _regex, ...rest } = rule;
  return { ...rest };
}
