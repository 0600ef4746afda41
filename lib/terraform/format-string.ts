import { isUnknownValue, type TConfigValue } from './config-value.ts';
import { describeValueType } from './describe-value-type.ts';
import { encodeJson } from './encode-json.ts';
import { formatNumber } from './format-number.ts';

const VERB = /%([-+# 0]*)(\d+)?(?:\.(\d+))?([a-zA-Z%])/g;

/**
 * Terraform's `format(spec, args…)` for the verbs real configs use: `%%`, `%s`, `%d`, `%q`
 * (JSON-quoted string), `%v` (strings plain, collections as JSON), `%#v` (JSON), `%t`, `%f`,
 * `%x`/`%X`, `%o`, `%b`, `%e`, `%g`, with flags `-` `0` `+` and width/precision. Returns
 * `{ error }` for a bad verb, a wrong argument type or a missing argument. Never throws.
 */
export function formatString(
  spec: string,
  args: readonly TConfigValue[],
): { value: string } | { error: string } {
  let next = 0;
  let error: string | null = null;
  const value = spec.replace(
    VERB,
    (
      whole,
      flags: string,
      width: string | undefined,
      precision: string | undefined,
      verb: string,
    ) => {
      if (error !== null) return whole;
      if (verb === '%') return '%';
      if (next >= args.length) {
        error = `not enough arguments for ${whole} (argument ${next + 1} is missing)`;
        return whole;
      }
      const arg = args[next++] as TConfigValue;
      const formatted = formatOne(
        arg,
        verb,
        flags,
        precision === undefined ? undefined : Number(precision),
      );
      if ('error' in formatted) {
        error = `${whole} for argument ${next}: ${formatted.error}`;
        return whole;
      }
      return pad(formatted.text, flags, width === undefined ? 0 : Number(width), verb);
    },
  );
  if (error !== null) return { error };
  if (next < args.length) return { error: `too many arguments; ${args.length - next} left unused` };
  return { value };
}

function formatOne(
  arg: TConfigValue,
  verb: string,
  flags: string,
  precision: number | undefined,
): { text: string } | { error: string } {
  if (isUnknownValue(arg)) return { error: 'unknown value' };
  const isSharp = flags.includes('#');
  switch (verb) {
    case 's': {
      const text = primitiveText(arg);
      if (text === null) return { error: `a string is required, got ${describeValueType(arg)}` };
      return {
        text: precision === undefined ? text : Array.from(text).slice(0, precision).join(''),
      };
    }
    case 'q': {
      const text = primitiveText(arg);
      if (text === null) return { error: `a string is required, got ${describeValueType(arg)}` };
      // Terraform quotes with Go's JSON encoder, so `<`, `>` and `&` come out escaped.
      return { text: encodeJson(text) ?? '' };
    }
    case 'v': {
      if (isSharp || (arg !== null && typeof arg === 'object'))
        return { text: encodeJson(arg) ?? '' };
      return { text: arg === null ? 'null' : (primitiveText(arg) ?? '') };
    }
    case 't':
      if (typeof arg !== 'boolean')
        return { error: `a bool is required, got ${describeValueType(arg)}` };
      return { text: String(arg) };
    default: {
      const number =
        typeof arg === 'number'
          ? arg
          : typeof arg === 'string' && arg.trim() !== ''
            ? Number(arg)
            : NaN;
      if (!Number.isFinite(number))
        return { error: `a number is required, got ${describeValueType(arg)}` };
      const sign = flags.includes('+') && number >= 0 ? '+' : '';
      switch (verb) {
        case 'd':
          if (!Number.isInteger(number)) return { error: `an integer is required, got ${number}` };
          return { text: sign + formatNumber(number) };
        case 'f':
        case 'F':
          return { text: sign + number.toFixed(precision ?? 6) };
        case 'e':
        case 'E': {
          const text = number.toExponential(precision ?? 6).replace(/e([+-])(\d)$/, 'e$10$2');
          return { text: sign + (verb === 'E' ? text.toUpperCase() : text) };
        }
        case 'g':
        case 'G':
          return {
            text: sign + (precision === undefined ? String(number) : number.toPrecision(precision)),
          };
        case 'x':
        case 'X':
        case 'o':
        case 'b': {
          if (!Number.isInteger(number)) return { error: `an integer is required, got ${number}` };
          const radix = verb === 'o' ? 8 : verb === 'b' ? 2 : 16;
          const text = number.toString(radix);
          return { text: sign + (verb === 'X' ? text.toUpperCase() : text) };
        }
        default:
          return { error: `unsupported format verb %${verb}` };
      }
    }
  }
}

function primitiveText(arg: TConfigValue): string | null {
  if (typeof arg === 'string') return arg;
  if (typeof arg === 'number') return formatNumber(arg);
  if (typeof arg === 'boolean') return String(arg);
  return null;
}

function pad(text: string, flags: string, width: number, verb: string): string {
  const length = Array.from(text).length;
  if (length >= width) return text;
  const fill = width - length;
  if (flags.includes('-')) return text + ' '.repeat(fill);
  if (flags.includes('0') && verb !== 's' && verb !== 'q' && verb !== 'v') {
    const sign = /^[+-]/.test(text) ? (text[0] as string) : '';
    return sign + '0'.repeat(fill) + text.slice(sign.length);
  }
  return ' '.repeat(fill) + text;
}
