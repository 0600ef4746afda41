import type { TItemReporter } from './create-item-reporter.ts';
import { CHECK_OPERATORS } from './parse-condition-check.ts';
import { BUILTIN_FIELDS } from './falco-fields.ts';
import { isKnownField } from './is-known-field.ts';
import { suggestName } from './suggest-name.ts';

const EXCEPTION_KEYS = ['name', 'fields', 'comps', 'values'];
const SINGLE_FIELD_OPERATORS = ['in', 'pmatch', 'intersects'];
const MODIFIED_OPERATOR =
  /^(==|=|!=|glob|iglob|contains|icontains|bcontains|startswith|bstartswith|endswith|regex)\s+(oneof|anyof|allof)$/;

/**
 * Checks a rule's `exceptions` as Falco's reader, collector and compiler do
 * (rule_loader_reader.cpp `read_rule_exceptions`, rule_loader_collector.cpp
 * `validate_exception_info`, rule_loader_compiler.cpp `build_rule_exception_infos`): a sequence
 * of mappings with a unique `name`; `fields` a list (comps a list of the same length, default
 * `=`) or a string (comps `in`/`pmatch`/`intersects` or a modifier operator); `values` a list of
 * tuples as long as `fields`, or of strings when `fields` is a string. When `isAppend`, fields may
 * be omitted (values appended to an existing exception). Side effect: diagnostics on `reporter`.
 */
export function validateExceptions(reporter: TItemReporter, isAppend: boolean): void {
  const field = reporter.field('exceptions');
  if (!field || field.value === null) return;
  if (!Array.isArray(field.value)) {
    reporter.report(
      'error',
      'invalid-exceptions',
      'Rule exceptions must be a sequence',
      'exceptions',
    );
    return;
  }
  const names = new Set<string>();
  const source = reporter.field('source')?.value;
  const isSyscall =
    source === undefined || source === null || source === '' || source === 'syscall';
  field.value.forEach((exception: unknown, index) => {
    const fail = (message: string, hint?: string): void =>
      reporter.report(
        'error',
        'invalid-exception',
        `Exception ${index + 1}: ${message}`,
        'exceptions',
        hint,
      );
    if (exception === null || typeof exception !== 'object' || Array.isArray(exception))
      return fail('Rule exception must be a mapping');
    const record = exception as Record<string, unknown>;
    if (
      record.name === undefined ||
      record.name === null ||
      record.name === '' ||
      typeof record.name === 'object'
    ) {
      return fail("Item has no mapping for key 'name'", 'Every exception needs a non-empty name.');
    }
    const name = String(record.name);
    if (names.has(name))
      reporter.report(
        'warning',
        'duplicate-exception',
        `Multiple definitions of exception '${name}' in the same rule`,
        'exceptions',
      );
    names.add(name);
    for (const key of Object.keys(record).filter((entry) => !EXCEPTION_KEYS.includes(entry))) {
      const suggestion = suggestName(key, EXCEPTION_KEYS);
      reporter.report(
        'warning',
        'unknown-key',
        `Exception '${name}': unknown key '${key}'${suggestion ? `; did you mean '${suggestion}'?` : ''}`,
        'exceptions',
      );
    }
    const message = checkException(record, isAppend);
    if (message) fail(`'${name}': ${message}`);
    const fieldNames = Array.isArray(record.fields) ? record.fields : [record.fields];
    for (const field of fieldNames.filter((entry): entry is string => typeof entry === 'string')) {
      if (isSyscall && !isKnownField(field)) {
        const suggestion = suggestName(field, BUILTIN_FIELDS);
        reporter.report(
          'warning',
          'unknown-field',
          `Exception '${name}': unknown field '${field}'${suggestion ? `; did you mean '${suggestion}'?` : ''}`,
          'exceptions',
        );
      }
    }
  });
}

function checkException(record: Record<string, unknown>, isAppend: boolean): string | undefined {
  const { fields, comps, values } = record;
  if (values !== undefined && !Array.isArray(values))
    return 'Rule exception values must be a sequence';
  if (fields === undefined || fields === null) {
    return isAppend
      ? undefined
      : 'Rule exception item must have fields property with a list of fields';
  }
  if (Array.isArray(fields)) return checkListFields(fields, comps, values as unknown[] | undefined);
  if (typeof fields === 'object' || fields === '')
    return 'fields must be a field name or a list of field names';
  return checkSingleField(comps, values as unknown[] | undefined);
}

function checkListFields(
  fields: unknown[],
  comps: unknown,
  values: unknown[] | undefined,
): string | undefined {
  if (fields.some((entry) => entry === null || entry === '' || typeof entry === 'object'))
    return 'fields must be a list of field names';
  const compList =
    comps === undefined || comps === null
      ? fields.map(() => '=')
      : Array.isArray(comps)
        ? comps
        : [];
  if (compList.length !== fields.length) return 'Fields and comps lists must have equal length';
  for (const comp of compList) {
    const operator = String(comp).trim();
    if (!CHECK_OPERATORS.includes(operator) && !MODIFIED_OPERATOR.test(operator))
      return `'${operator}' is not a supported comparison operator`;
  }
  for (const tuple of values ?? []) {
    if (!Array.isArray(tuple) || tuple.length !== fields.length) {
      return `Fields and values lists must have equal length (each value must be a list of ${fields.length} item${fields.length === 1 ? '' : 's'}: ${JSON.stringify(tuple)})`;
    }
  }
  return undefined;
}

function checkSingleField(comps: unknown, values: unknown[] | undefined): string | undefined {
  if (Array.isArray(comps)) return 'Fields and comps must both be strings';
  const operator = comps === undefined || comps === null ? 'in' : String(comps).trim();
  if (!SINGLE_FIELD_OPERATORS.includes(operator) && !MODIFIED_OPERATOR.test(operator)) {
    return 'When fields is a single value, comps must be one of (in, pmatch, intersects) or a modifier operator (e.g. startswith oneof)';
  }
  if ((values ?? []).some((value) => value !== null && typeof value === 'object'))
    return 'Expected values array to contain a list of strings';
  return undefined;
}
