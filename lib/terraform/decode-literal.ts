import type { HclExpression } from '../hcl/index.ts';
import type { TConfigValue } from './config-value.ts';
import { bareKey } from './bare-key.ts';
import { setOwn } from './set-own.ts';

/**
 * The value of a literal expression — numbers, bools, null, `-n`, `!b`, templates with no
 * interpolation or directive, and tuples/objects made only of those (bare or literal keys; a
 * later duplicate key wins, as in HCL) — or undefined when evaluation is needed. The same
 * verdicts as lib/hcl's decodeValue, without listing references. Never throws.
 */
export function decodeLiteral(expression: HclExpression): TConfigValue | undefined {
  switch (expression.kind) {
    case 'literal':
      return expression.value;
    case 'unary': {
      const operand = expression.operand;
      if (operand.kind !== 'literal') return undefined;
      if (expression.operator === '-' && typeof operand.value === 'number') return -operand.value;
      if (expression.operator === '!' && typeof operand.value === 'boolean') return !operand.value;
      return undefined;
    }
    case 'template': {
      if (expression.literal !== undefined) return expression.literal;
      if (expression.isWrap) return undefined;
      let value = '';
      for (const part of expression.parts) {
        if (part.kind !== 'template-literal') return undefined;
        value += part.value;
      }
      return value;
    }
    case 'tuple': {
      const items: TConfigValue[] = [];
      for (const item of expression.items) {
        const value = decodeLiteral(item);
        if (value === undefined) return undefined;
        items.push(value);
      }
      return items;
    }
    case 'object': {
      const out: { [key: string]: TConfigValue } = {};
      for (const item of expression.items) {
        let key: TConfigValue | undefined;
        const bare = bareKey(item);
        key = bare ?? decodeLiteral(item.key);
        if (typeof key === 'number' || typeof key === 'boolean') key = String(key);
        if (typeof key !== 'string') return undefined;
        const value = decodeLiteral(item.value);
        if (value === undefined) return undefined;
        delete out[key];
        setOwn(out, key, value);
      }
      return out;
    }
    default:
      return undefined;
  }
}
