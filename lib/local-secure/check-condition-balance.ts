import 'server-only';

/**
 * A cheap stand-in for the agents' Falco validation (spec §6.2, issue #665): checks that the
 * parentheses of a condition balance, ignoring quoted strings. Returns the agent-style reason
 * (`expected a ')' token`) or `undefined` when the condition is balanced. Pure.
 */
export function checkConditionBalance(condition: string): string | undefined {
  let depth = 0;
  let quote: string | undefined;
  for (const char of condition) {
    if (quote) {
      if (char === quote) quote = undefined;
      continue;
    }
    if (char === '"' || char === "'") quote = char;
    else if (char === '(') depth += 1;
    else if (char === ')') {
      depth -= 1;
      if (depth < 0) return "unexpected token ')'";
    }
  }
  return depth > 0 ? "expected a ')' token" : undefined;
}
