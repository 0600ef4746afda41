// What to do about each libsinsp parser message, matched by its beginning.
const HINTS: [string, string][] = [
  ['filter input string is empty', 'Write a condition, e.g. proc.name = bash.'],
  [
    "expected a ')' token closing the transformer",
    'Close the transformer, e.g. tolower(proc.name).',
  ],
  ["expected a ')' token", "A '(' is not closed: add ')' or remove the extra '('."],
  ["expected ')'", "A transformer list is not closed: add ')'."],
  [
    'unexpected token after',
    "Join checks with 'and' or 'or', and quote values that contain spaces.",
  ],
  ['expected blank or', "Follow 'and'/'or' with a space (or '(') and another check."],
  [
    'expected a valid check operator',
    'After a field comes an operator: =, !=, <, >, contains, startswith, in, pmatch, exists, …',
  ],
  [
    'expected a string value',
    'Give a value after the operator; quote it if it contains spaces or ( ) , = characters.',
  ],
  ['expected a number value', 'The operators <, <=, > and >= compare numbers.'],
  ['expected a list', "in, intersects and pmatch take a list such as (a, b) or a list's name."],
  [
    "expected a '(' token, a field check, or an identifier",
    "Expected a check (field operator value), a macro name, or '(' here.",
  ],
  ["expected a ']' token", 'Field arguments are written field[argument], e.g. proc.aname[2].'],
  [
    'expected a valid field argument',
    'Field arguments are written field[argument], e.g. proc.aname[2].',
  ],
  ["expected a field within 'val'", 'val() takes a field, e.g. val(proc.pname).'],
  [
    'expected field transformer argument',
    'Transformers take fields, quoted strings, numbers or other transformers.',
  ],
  [
    'expected transformer list argument',
    'Transformers take fields, quoted strings, numbers or other transformers.',
  ],
  [
    'exceeded max depth limit',
    'The condition is nested too deeply for Falco; move parts into macros.',
  ],
];
const ESCAPE_HINT =
  "Supported escapes: \\b \\f \\n \\r \\t \\\\ \\/ \\xHH and the string's own quote.";

/** A hint (what to do) for a libsinsp condition parser message. Pure. */
export function explainConditionError(message: string): string {
  if (/escape/.test(message)) return ESCAPE_HINT;
  return (
    HINTS.find(([prefix]) => message.startsWith(prefix))?.[1] ??
    'Check the condition syntax at this position.'
  );
}
